"""The web interface's browser sessions, and the case search index (keyed digests, no names).

Existing cases are indexed by ``vault search reindex`` (the index key is wrapped by the master key,
which a migration cannot reach); until then a search finds only cases written since.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('search_keys',
    sa.Column('generation', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('wrapped', sa.LargeBinary(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('generation', name=op.f('pk_search_keys'))
    )
    op.create_table('search_tokens',
    sa.Column('generation', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('digest', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_search_tokens_case_id_cases')),
    sa.PrimaryKeyConstraint('generation', 'digest', 'case_id', name=op.f('pk_search_tokens'))
    )
    op.create_index('ix_search_tokens_generation_digest', 'search_tokens', ['generation', 'digest'], unique=False)
    op.create_index(op.f('ix_search_tokens_case_id'), 'search_tokens', ['case_id'], unique=False)
    op.create_table('web_sessions',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('staff_id', sa.String(length=32), nullable=False),
    sa.Column('csrf_token', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_web_sessions'))
    )
    op.create_index(op.f('ix_web_sessions_staff_id'), 'web_sessions', ['staff_id'], unique=False)
    op.create_index(op.f('ix_web_sessions_expires_at'), 'web_sessions', ['expires_at'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_web_sessions_expires_at'), table_name='web_sessions')
    op.drop_index(op.f('ix_web_sessions_staff_id'), table_name='web_sessions')
    op.drop_table('web_sessions')
    op.drop_index(op.f('ix_search_tokens_case_id'), table_name='search_tokens')
    op.drop_index('ix_search_tokens_generation_digest', table_name='search_tokens')
    op.drop_table('search_tokens')
    op.drop_table('search_keys')
