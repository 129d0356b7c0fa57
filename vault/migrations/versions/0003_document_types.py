"""Documents: the type the uploader declared, and the type sniffed from the content (which is used).

Existing rows keep their content type as what was declared; their kind stays empty until known (they
were never sniffed), and the vault treats their content type as unknown, never as declared.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('documents') as batch:
        batch.add_column(sa.Column('declared_type', sa.String(length=128), nullable=True))
        batch.add_column(sa.Column('kind', sa.String(length=16), nullable=True))
    op.execute("UPDATE documents SET declared_type = content_type")


def downgrade() -> None:
    with op.batch_alter_table('documents') as batch:
        batch.drop_column('kind')
        batch.drop_column('declared_type')
