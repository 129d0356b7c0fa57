"""The initial schema: staff, cases, content, consent, safeguarding, requests, keys, audit log.

Revision ID: 0001
Revises: (none)
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('audit_events',
    sa.Column('seq', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor_id', sa.String(length=64), nullable=True),
    sa.Column('actor_role', sa.String(length=32), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('operation', sa.String(length=64), nullable=False),
    sa.Column('target_kind', sa.String(length=32), nullable=False),
    sa.Column('target_id', sa.String(length=64), nullable=True),
    sa.Column('case_id', sa.String(length=32), nullable=True),
    sa.Column('override_id', sa.String(length=32), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_events'))
    )
    op.create_index(op.f('ix_audit_events_actor_id'), 'audit_events', ['actor_id'], unique=False)
    op.create_index(op.f('ix_audit_events_case_id'), 'audit_events', ['case_id'], unique=False)
    op.create_index(op.f('ix_audit_events_override_id'), 'audit_events', ['override_id'], unique=False)
    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    # The chain starts here: appending locks this row, so it must exist before the first event.
    op.bulk_insert(
        sa.table('audit_head', sa.column('id', sa.Integer()), sa.column('seq', sa.BigInteger()), sa.column('hash', sa.String())),
        [{'id': 1, 'seq': 0, 'hash': '0' * 64}],
    )
    op.create_table('case_keys',
    sa.Column('case_id', sa.String(length=200), nullable=False),
    sa.Column('wrapped', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('case_id', name=op.f('pk_case_keys'))
    )
    op.create_table('cases',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('reference', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('need', sa.String(length=100), nullable=False),
    sa.Column('outcome', sa.String(length=100), nullable=True),
    sa.Column('referral_source', sa.String(length=100), nullable=False),
    sa.Column('school_phase', sa.String(length=100), nullable=False),
    sa.Column('age_band', sa.String(length=100), nullable=False),
    sa.Column('details_consent', sa.Boolean(), nullable=False),
    sa.Column('code_sealed', sa.LargeBinary(), nullable=True),
    sa.Column('label_sealed', sa.LargeBinary(), nullable=True),
    sa.Column('legal_hold', sa.Boolean(), nullable=False),
    sa.Column('hold_reason_sealed', sa.LargeBinary(), nullable=True),
    sa.Column('created_by', sa.String(length=32), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('destroyed_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cases')),
    sa.UniqueConstraint('reference', name=op.f('uq_cases_reference'))
    )
    op.create_index(op.f('ix_cases_status'), 'cases', ['status'], unique=False)
    op.create_table('enquiries',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('topic', sa.String(length=100), nullable=False),
    sa.Column('outcome', sa.String(length=100), nullable=False),
    sa.Column('channel', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enquiries'))
    )
    op.create_index(op.f('ix_enquiries_received_on'), 'enquiries', ['received_on'], unique=False)
    op.create_table('object_keys',
    sa.Column('object_id', sa.String(length=200), nullable=False),
    sa.Column('case_id', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('wrapped', sa.LargeBinary(), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('created', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('object_id', name=op.f('pk_object_keys'))
    )
    op.create_index(op.f('ix_object_keys_case_id'), 'object_keys', ['case_id'], unique=False)
    op.create_table('shredded_cases',
    sa.Column('case_id', sa.String(length=200), nullable=False),
    sa.Column('shredded', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('case_id', name=op.f('pk_shredded_cases'))
    )
    op.create_table('staff',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('username', name=op.f('uq_staff_username'))
    )
    op.create_table('tombstones',
    sa.Column('object_id', sa.String(length=200), nullable=False),
    sa.Column('case_id', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('shredded', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('object_id', name=op.f('pk_tombstones'))
    )
    op.create_index(op.f('ix_tombstones_case_id'), 'tombstones', ['case_id'], unique=False)
    op.create_table('access_grants',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('grantee_id', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('include_details', sa.Boolean(), nullable=False),
    sa.Column('include_notes', sa.Boolean(), nullable=False),
    sa.Column('all_documents', sa.Boolean(), nullable=False),
    sa.Column('document_ids', sa.Text(), nullable=False),
    sa.Column('request_sealed', sa.LargeBinary(), nullable=False),
    sa.Column('recorded_by', sa.String(length=32), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_access_grants_case_id_cases')),
    sa.ForeignKeyConstraint(['grantee_id'], ['staff.id'], name=op.f('fk_access_grants_grantee_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_access_grants'))
    )
    op.create_index(op.f('ix_access_grants_case_id'), 'access_grants', ['case_id'], unique=False)
    op.create_index('ix_access_grants_grantee_active', 'access_grants', ['grantee_id', 'ended_at', 'case_id'], unique=False)
    op.create_table('assignments',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('staff_id', sa.String(length=32), nullable=False),
    sa.Column('assigned_by', sa.String(length=32), nullable=True),
    sa.Column('assigned_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_assignments_case_id_cases')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_assignments_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assignments'))
    )
    op.create_index(op.f('ix_assignments_case_id'), 'assignments', ['case_id'], unique=False)
    op.create_index('ix_assignments_staff_active', 'assignments', ['staff_id', 'ended_at', 'case_id'], unique=False)
    op.create_table('documents',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('title_sealed', sa.LargeBinary(), nullable=True),
    sa.Column('filename_sealed', sa.LargeBinary(), nullable=True),
    sa.Column('content_type', sa.String(length=128), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('return_on_request', sa.Boolean(), nullable=False),
    sa.Column('keep_on_file', sa.Boolean(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('uploaded_by', sa.String(length=32), nullable=True),
    sa.Column('uploaded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('returned_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('destroyed_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_documents_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents'))
    )
    op.create_index(op.f('ix_documents_case_id'), 'documents', ['case_id'], unique=False)
    op.create_table('notes',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('author_id', sa.String(length=32), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('body_sealed', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_notes_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notes'))
    )
    op.create_index(op.f('ix_notes_case_id'), 'notes', ['case_id'], unique=False)
    op.create_table('people',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('relation', sa.String(length=16), nullable=False),
    sa.Column('initials_sealed', sa.LargeBinary(), nullable=False),
    sa.Column('birth_date_sealed', sa.LargeBinary(), nullable=True),
    sa.Column('details_sealed', sa.LargeBinary(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_people_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people'))
    )
    op.create_index(op.f('ix_people_case_id'), 'people', ['case_id'], unique=False)
    op.create_table('safeguarding_overrides',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('requested_by', sa.String(length=32), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('concern_sealed', sa.LargeBinary(), nullable=False),
    sa.Column('hours', sa.Integer(), nullable=False),
    sa.Column('approved_by', sa.String(length=32), nullable=True),
    sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ended_by', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['approved_by'], ['staff.id'], name=op.f('fk_safeguarding_overrides_approved_by_staff')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_safeguarding_overrides_case_id_cases')),
    sa.ForeignKeyConstraint(['requested_by'], ['staff.id'], name=op.f('fk_safeguarding_overrides_requested_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_safeguarding_overrides'))
    )
    op.create_index(op.f('ix_safeguarding_overrides_case_id'), 'safeguarding_overrides', ['case_id'], unique=False)
    op.create_table('session_tokens',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('staff_id', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_session_tokens_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_tokens')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_session_tokens_token_hash'))
    )
    op.create_index(op.f('ix_session_tokens_staff_id'), 'session_tokens', ['staff_id'], unique=False)
    op.create_table('consents',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('recipient_kind', sa.String(length=16), nullable=False),
    sa.Column('recipient_sealed', sa.LargeBinary(), nullable=True),
    sa.Column('purpose_sealed', sa.LargeBinary(), nullable=True),
    sa.Column('decision', sa.String(length=16), nullable=False),
    sa.Column('roles_sealed', sa.LargeBinary(), nullable=True),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('obtained_on', sa.Date(), nullable=False),
    sa.Column('method_note_sealed', sa.LargeBinary(), nullable=True),
    sa.Column('form_document_id', sa.String(length=32), nullable=True),
    sa.Column('recorded_by', sa.String(length=32), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('review_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_consents_case_id_cases')),
    sa.ForeignKeyConstraint(['form_document_id'], ['documents.id'], name=op.f('fk_consents_form_document_id_documents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consents'))
    )
    op.create_index(op.f('ix_consents_case_id'), 'consents', ['case_id'], unique=False)
    op.create_index(op.f('ix_consents_review_on'), 'consents', ['review_on'], unique=False)
    op.create_table('return_requests',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('document_id', sa.String(length=32), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_by', sa.String(length=32), nullable=True),
    sa.Column('released_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('released_by', sa.String(length=32), nullable=True),
    sa.Column('released_to', sa.String(length=16), nullable=True),
    sa.Column('solicitor_sealed', sa.LargeBinary(), nullable=True),
    sa.Column('completed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('completed_by', sa.String(length=32), nullable=True),
    sa.Column('outcome', sa.String(length=16), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_return_requests_case_id_cases')),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_return_requests_document_id_documents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_return_requests'))
    )
    op.create_index(op.f('ix_return_requests_case_id'), 'return_requests', ['case_id'], unique=False)
    op.create_index(op.f('ix_return_requests_document_id'), 'return_requests', ['document_id'], unique=False)
    op.create_table('subject_access_requests',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('subject_id', sa.String(length=32), nullable=False),
    sa.Column('requester_id', sa.String(length=32), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('recorded_by', sa.String(length=32), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('fulfilled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('fulfilled_by', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_subject_access_requests_case_id_cases')),
    sa.ForeignKeyConstraint(['requester_id'], ['people.id'], name=op.f('fk_subject_access_requests_requester_id_people')),
    sa.ForeignKeyConstraint(['subject_id'], ['people.id'], name=op.f('fk_subject_access_requests_subject_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subject_access_requests'))
    )
    op.create_index(op.f('ix_subject_access_requests_case_id'), 'subject_access_requests', ['case_id'], unique=False)
    op.create_index(op.f('ix_subject_access_requests_due_on'), 'subject_access_requests', ['due_on'], unique=False)
    op.create_table('disclosures',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('recipient_sealed', sa.LargeBinary(), nullable=False),
    sa.Column('recipient_role_sealed', sa.LargeBinary(), nullable=True),
    sa.Column('purpose_sealed', sa.LargeBinary(), nullable=False),
    sa.Column('shared_sealed', sa.LargeBinary(), nullable=False),
    sa.Column('document_ids', sa.Text(), nullable=False),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('consent_id', sa.String(length=32), nullable=True),
    sa.Column('override_id', sa.String(length=32), nullable=True),
    sa.Column('disclosed_by', sa.String(length=32), nullable=True),
    sa.Column('disclosed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_disclosures_case_id_cases')),
    sa.ForeignKeyConstraint(['consent_id'], ['consents.id'], name=op.f('fk_disclosures_consent_id_consents')),
    sa.ForeignKeyConstraint(['override_id'], ['safeguarding_overrides.id'], name=op.f('fk_disclosures_override_id_safeguarding_overrides')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disclosures'))
    )
    op.create_index(op.f('ix_disclosures_case_id'), 'disclosures', ['case_id'], unique=False)



def downgrade() -> None:
    op.drop_index(op.f('ix_disclosures_case_id'), table_name='disclosures')
    op.drop_table('disclosures')
    op.drop_index(op.f('ix_subject_access_requests_due_on'), table_name='subject_access_requests')
    op.drop_index(op.f('ix_subject_access_requests_case_id'), table_name='subject_access_requests')
    op.drop_table('subject_access_requests')
    op.drop_index(op.f('ix_return_requests_document_id'), table_name='return_requests')
    op.drop_index(op.f('ix_return_requests_case_id'), table_name='return_requests')
    op.drop_table('return_requests')
    op.drop_index(op.f('ix_consents_review_on'), table_name='consents')
    op.drop_index(op.f('ix_consents_case_id'), table_name='consents')
    op.drop_table('consents')
    op.drop_index(op.f('ix_session_tokens_staff_id'), table_name='session_tokens')
    op.drop_table('session_tokens')
    op.drop_index(op.f('ix_safeguarding_overrides_case_id'), table_name='safeguarding_overrides')
    op.drop_table('safeguarding_overrides')
    op.drop_index(op.f('ix_people_case_id'), table_name='people')
    op.drop_table('people')
    op.drop_index(op.f('ix_notes_case_id'), table_name='notes')
    op.drop_table('notes')
    op.drop_index(op.f('ix_documents_case_id'), table_name='documents')
    op.drop_table('documents')
    op.drop_index('ix_assignments_staff_active', table_name='assignments')
    op.drop_index(op.f('ix_assignments_case_id'), table_name='assignments')
    op.drop_table('assignments')
    op.drop_index('ix_access_grants_grantee_active', table_name='access_grants')
    op.drop_index(op.f('ix_access_grants_case_id'), table_name='access_grants')
    op.drop_table('access_grants')
    op.drop_index(op.f('ix_tombstones_case_id'), table_name='tombstones')
    op.drop_table('tombstones')
    op.drop_table('staff')
    op.drop_table('shredded_cases')
    op.drop_index(op.f('ix_object_keys_case_id'), table_name='object_keys')
    op.drop_table('object_keys')
    op.drop_index(op.f('ix_enquiries_received_on'), table_name='enquiries')
    op.drop_table('enquiries')
    op.drop_index(op.f('ix_cases_status'), table_name='cases')
    op.drop_table('cases')
    op.drop_table('case_keys')
    op.drop_table('audit_head')
    op.drop_index(op.f('ix_audit_events_override_id'), table_name='audit_events')
    op.drop_index(op.f('ix_audit_events_case_id'), table_name='audit_events')
    op.drop_index(op.f('ix_audit_events_actor_id'), table_name='audit_events')
    op.drop_table('audit_events')
