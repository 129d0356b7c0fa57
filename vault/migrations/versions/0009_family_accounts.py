"""The parent portal and delivered sharing: family accounts with their invitations, the notices a
supporter gets of what the family did, and the links that deliver a disclosure to its recipient.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('family_accounts',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('person_id', sa.String(length=32), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=True),
    sa.Column('invited_by', sa.String(length=32), nullable=True),
    sa.Column('invited_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('email_sealed', sa.LargeBinary(), nullable=True),
    sa.Column('email_consent_sealed', sa.LargeBinary(), nullable=True),
    sa.Column('account_id', sa.String(length=32), nullable=True),
    sa.Column('accepted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ended_by', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['staff.id'], name=op.f('fk_family_accounts_account_id_staff')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_family_accounts_case_id_cases')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_family_accounts_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_family_accounts')),
    sa.UniqueConstraint('account_id', name=op.f('uq_family_accounts_account_id')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_family_accounts_token_hash'))
    )
    op.create_index('ix_family_accounts_account_active', 'family_accounts', ['account_id', 'ended_at', 'case_id'], unique=False)
    op.create_index(op.f('ix_family_accounts_case_id'), 'family_accounts', ['case_id'], unique=False)
    op.create_table('family_notices',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('target_id', sa.String(length=32), nullable=True),
    sa.Column('made_by', sa.String(length=32), nullable=False),
    sa.Column('made_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('seen_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('seen_by', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_family_notices_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_family_notices'))
    )
    op.create_index(op.f('ix_family_notices_case_id'), 'family_notices', ['case_id'], unique=False)
    op.create_index(op.f('ix_family_notices_seen_at'), 'family_notices', ['seen_at'], unique=False)
    op.create_table('share_links',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('disclosure_id', sa.String(length=32), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('document_ids', sa.Text(), nullable=False),
    sa.Column('single_use', sa.Boolean(), nullable=False),
    sa.Column('created_by', sa.String(length=32), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_by', sa.String(length=32), nullable=True),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('visit_hash', sa.String(length=64), nullable=True),
    sa.Column('opens', sa.Integer(), nullable=False),
    sa.Column('window_started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('window_uses', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_share_links_case_id_cases')),
    sa.ForeignKeyConstraint(['disclosure_id'], ['disclosures.id'], name=op.f('fk_share_links_disclosure_id_disclosures')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_share_links')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_share_links_token_hash'))
    )
    op.create_index(op.f('ix_share_links_case_id'), 'share_links', ['case_id'], unique=False)
    op.create_index(op.f('ix_share_links_disclosure_id'), 'share_links', ['disclosure_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_share_links_disclosure_id'), table_name='share_links')
    op.drop_index(op.f('ix_share_links_case_id'), table_name='share_links')
    op.drop_table('share_links')
    op.drop_index(op.f('ix_family_notices_seen_at'), table_name='family_notices')
    op.drop_index(op.f('ix_family_notices_case_id'), table_name='family_notices')
    op.drop_table('family_notices')
    op.drop_index(op.f('ix_family_accounts_case_id'), table_name='family_accounts')
    op.drop_index('ix_family_accounts_account_active', table_name='family_accounts')
    op.drop_table('family_accounts')
