"""Case studies (drafts, sealed under the case key) and publications (no link back to a family).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('publications',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('published_by', sa.String(length=32), nullable=False),
    sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('withdrawn_by', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_publications'))
    )
    op.create_table('case_studies',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('drafted_by', sa.String(length=32), nullable=False),
    sa.Column('drafted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('accepted_by', sa.String(length=32), nullable=True),
    sa.Column('consent', sa.String(length=16), nullable=False),
    sa.Column('consent_id', sa.String(length=32), nullable=True),
    sa.Column('settings_sealed', sa.LargeBinary(), nullable=False),
    sa.Column('history_sealed', sa.LargeBinary(), nullable=False),
    sa.Column('report_sealed', sa.LargeBinary(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_studies_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_studies'))
    )
    op.create_index(op.f('ix_case_studies_case_id'), 'case_studies', ['case_id'], unique=False)
    op.create_index(op.f('ix_case_studies_state'), 'case_studies', ['state'], unique=False)
    op.create_table('publication_parts',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('publication_id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('content_type', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['publication_id'], ['publications.id'], name=op.f('fk_publication_parts_publication_id_publications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_publication_parts'))
    )
    op.create_index(op.f('ix_publication_parts_publication_id'), 'publication_parts', ['publication_id'], unique=False)
    op.create_table('case_study_items',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_study_id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('source_kind', sa.String(length=16), nullable=False),
    sa.Column('source_id', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('output_kind', sa.String(length=16), nullable=True),
    sa.Column('object_id', sa.String(length=32), nullable=True),
    sa.Column('size', sa.BigInteger(), nullable=True),
    sa.Column('report_sealed', sa.LargeBinary(), nullable=True),
    sa.Column('reason_sealed', sa.LargeBinary(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_study_items_case_id_cases')),
    sa.ForeignKeyConstraint(['case_study_id'], ['case_studies.id'], name=op.f('fk_case_study_items_case_study_id_case_studies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_study_items'))
    )
    op.create_index(op.f('ix_case_study_items_case_id'), 'case_study_items', ['case_id'], unique=False)
    op.create_index(op.f('ix_case_study_items_case_study_id'), 'case_study_items', ['case_study_id'], unique=False)
    op.create_index(op.f('ix_case_study_items_source_id'), 'case_study_items', ['source_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_case_study_items_source_id'), table_name='case_study_items')
    op.drop_index(op.f('ix_case_study_items_case_study_id'), table_name='case_study_items')
    op.drop_index(op.f('ix_case_study_items_case_id'), table_name='case_study_items')
    op.drop_table('case_study_items')
    op.drop_index(op.f('ix_publication_parts_publication_id'), table_name='publication_parts')
    op.drop_table('publication_parts')
    op.drop_index(op.f('ix_case_studies_state'), table_name='case_studies')
    op.drop_index(op.f('ix_case_studies_case_id'), table_name='case_studies')
    op.drop_table('case_studies')
    op.drop_table('publications')
