"""Sign-in hardening: the second factor (TOTP) and password resets on staff, session scopes, and
the sign-in throttle's buckets.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sign_in_buckets',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('tokens', sa.Float(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('unreported', sa.Integer(), nullable=False),
    sa.Column('reported_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('staff_id', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_sign_in_buckets'))
    )
    op.create_index(op.f('ix_sign_in_buckets_updated_at'), 'sign_in_buckets', ['updated_at'], unique=False)
    with op.batch_alter_table('staff') as batch:
        batch.add_column(sa.Column('totp_sealed', sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column('totp_pending_sealed', sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column('totp_last_step', sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column('reset_token_hash', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('reset_expires_at', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('reset_by', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('totp_reset_by', sa.String(length=64), nullable=True))
    with op.batch_alter_table('session_tokens') as batch:
        batch.add_column(sa.Column('scope', sa.String(length=16), server_default='full', nullable=False))


def downgrade() -> None:
    # Columns are dropped in place (SQLite 3.35+ ALTER TABLE ... DROP COLUMN): recreating `staff` would
    # trip the foreign keys of session_tokens and every other table that names a member of staff.
    with op.batch_alter_table('session_tokens', recreate='never') as batch:
        batch.drop_column('scope')
    with op.batch_alter_table('staff', recreate='never') as batch:
        batch.drop_column('totp_reset_by')
        batch.drop_column('reset_by')
        batch.drop_column('reset_expires_at')
        batch.drop_column('reset_token_hash')
        batch.drop_column('totp_last_step')
        batch.drop_column('totp_pending_sealed')
        batch.drop_column('totp_sealed')
    op.drop_index(op.f('ix_sign_in_buckets_updated_at'), table_name='sign_in_buckets')
    op.drop_table('sign_in_buckets')
