"""Declarative base and the columns every synced record has."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desktop_crm.domain.ids import new_id
from desktop_crm.store.types import UtcDateTime, utcnow

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
}


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING)


class RecordMixin:
    """UUIDv7 text key, created/updated timestamps and a soft-delete marker (a tombstone)."""

    id: Mapped[str] = mapped_column(sa.String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)


def fk(target: str, *, nullable: bool = True, index: bool = True) -> Mapped[str | None]:
    return mapped_column(
        sa.String(36), sa.ForeignKey(target, ondelete="RESTRICT"), nullable=nullable, index=index
    )
