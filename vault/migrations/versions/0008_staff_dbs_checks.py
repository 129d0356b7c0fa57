"""Staff: the date of each member's DBS check (a family is assigned only to staff whose check is
recorded and current, vault.services.access).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('staff') as batch:
        batch.add_column(sa.Column('dbs_checked_on', sa.Date(), nullable=True))


def downgrade() -> None:
    # Dropped in place (SQLite 3.35+): recreating `staff` would trip every foreign key naming staff.
    with op.batch_alter_table('staff', recreate='never') as batch:
        batch.drop_column('dbs_checked_on')
