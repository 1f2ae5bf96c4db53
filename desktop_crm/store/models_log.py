"""The change log (timeline, undo, sync), import batches and per-database settings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from desktop_crm.domain.ids import new_id
from desktop_crm.store.base import Base, RecordMixin, fk
from desktop_crm.store.types import UtcDateTime, utcnow


class ChangesetRecord(Base):
    """One user action: a transaction's worth of field changes, undone and redone as a whole."""

    __tablename__ = "changesets"
    id: Mapped[str] = mapped_column(sa.String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    user_id: Mapped[str | None] = fk("users.id", index=False)
    description: Mapped[str] = mapped_column(sa.String(500))
    kind: Mapped[str] = mapped_column(sa.String(20), default="edit")  # edit | undo | redo | import
    reverts_id: Mapped[str | None] = mapped_column(sa.String(36))


class FieldChangeRecord(Base):
    """A field's value before and after, as JSON; op is set | create."""

    __tablename__ = "field_changes"
    __table_args__ = (sa.Index("ix_field_changes_record", "record_id", "at"),)
    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    changeset_id: Mapped[str] = mapped_column(sa.ForeignKey("changesets.id"), index=True)
    entity: Mapped[str] = mapped_column(sa.String(30))
    entity_id: Mapped[str] = mapped_column(sa.String(36), index=True)
    record_type: Mapped[str] = mapped_column(sa.String(30))  # whose timeline shows it
    record_id: Mapped[str] = mapped_column(sa.String(36))
    op: Mapped[str] = mapped_column(sa.String(10), default="set")
    field: Mapped[str] = mapped_column(sa.String(120))
    old_value: Mapped[str | None] = mapped_column(sa.Text)
    new_value: Mapped[str | None] = mapped_column(sa.Text)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    hlc: Mapped[str] = mapped_column(sa.String(80), index=True)
    node_id: Mapped[str] = mapped_column(sa.String(36))
    user_id: Mapped[str | None] = mapped_column(sa.String(36))


class ImportBatchRecord(RecordMixin, Base):
    __tablename__ = "import_batches"
    file_name: Mapped[str] = mapped_column(sa.String(1000))
    record_type: Mapped[str] = mapped_column(sa.String(20))
    changeset_id: Mapped[str | None] = mapped_column(sa.String(36))
    counts: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    undone_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class SettingRecord(Base):
    """Settings that belong to the data (base currency, node id), not to one user's machine."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(sa.String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(sa.JSON)
