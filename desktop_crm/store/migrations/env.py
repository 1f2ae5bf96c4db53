"""Alembic environment: always run on a connection handed in by ``store.migrate``."""

from __future__ import annotations

from alembic import context

from desktop_crm.store.migrate import include_name
from desktop_crm.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by running alembic by hand
    raise RuntimeError("Run migrations through desktop_crm.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
