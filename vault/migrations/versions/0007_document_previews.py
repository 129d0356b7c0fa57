"""Document previews: page images kept as objects of the case (encrypted under its key).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('document_previews',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('document_id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.Column('page', sa.Integer(), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_document_previews_case_id_cases')),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_document_previews_document_id_documents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_previews')),
    sa.UniqueConstraint('document_id', 'page', name=op.f('uq_document_previews_document_id'))
    )
    op.create_index(op.f('ix_document_previews_case_id'), 'document_previews', ['case_id'], unique=False)
    op.create_index(op.f('ix_document_previews_document_id'), 'document_previews', ['document_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_document_previews_document_id'), table_name='document_previews')
    op.drop_index(op.f('ix_document_previews_case_id'), table_name='document_previews')
    op.drop_table('document_previews')
