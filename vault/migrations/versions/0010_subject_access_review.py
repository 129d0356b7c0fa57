"""Subject access review: items of other people's information decided one by one, the deadline's
extension and its reason, and how a response was delivered; staff's work e-mail addresses (the
daily digest).

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('subject_access_requests', recreate='never') as batch:
        batch.add_column(sa.Column('assembled_at', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('reviewed_sources_sealed', sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column('extended_months', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('extension_reason_sealed', sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column('extended_by', sa.String(length=32), nullable=True))
        batch.add_column(sa.Column('extended_at', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('delivered_how', sa.String(length=16), nullable=True))
        batch.add_column(sa.Column('handover_note_sealed', sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column('archive_object_id', sa.String(length=32), nullable=True))
        batch.add_column(sa.Column('archive_sha256', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('archive_size', sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column('archive_built_at', sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table('staff') as batch:
        batch.add_column(sa.Column('email', sa.String(length=254), nullable=True))
    op.create_table('subject_access_items',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('request_id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.Column('source_id', sa.String(length=32), nullable=False),
    sa.Column('field', sa.String(length=32), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('span_type', sa.String(length=32), nullable=False),
    sa.Column('text_sealed', sa.LargeBinary(), nullable=False),
    sa.Column('context_sealed', sa.LargeBinary(), nullable=False),
    sa.Column('decision', sa.String(length=8), nullable=True),
    sa.Column('reason_sealed', sa.LargeBinary(), nullable=True),
    sa.Column('decided_by', sa.String(length=32), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_subject_access_items_case_id_cases')),
    sa.ForeignKeyConstraint(['request_id'], ['subject_access_requests.id'], name=op.f('fk_subject_access_items_request_id_subject_access_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subject_access_items'))
    )
    op.create_index(op.f('ix_subject_access_items_case_id'), 'subject_access_items', ['case_id'], unique=False)
    op.create_index(op.f('ix_subject_access_items_request_id'), 'subject_access_items', ['request_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_subject_access_items_request_id'), table_name='subject_access_items')
    op.drop_index(op.f('ix_subject_access_items_case_id'), table_name='subject_access_items')
    op.drop_table('subject_access_items')
    with op.batch_alter_table('staff', recreate='never') as batch:  # in place: see 0005
        batch.drop_column('email')
    with op.batch_alter_table('subject_access_requests', recreate='never') as batch:
        for column in ('archive_built_at', 'archive_size', 'archive_sha256', 'archive_object_id', 'handover_note_sealed', 'delivered_how', 'extended_at', 'extended_by', 'extension_reason_sealed',
                       'extended_months', 'reviewed_sources_sealed', 'assembled_at'):
            batch.drop_column(column)
