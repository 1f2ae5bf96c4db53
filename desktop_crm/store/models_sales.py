"""Pipelines, stages, deals with contacts, line items and the history of stage changes."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from desktop_crm.store.base import Base, RecordMixin, fk
from desktop_crm.store.types import Money, UtcDateTime


class PipelineRecord(RecordMixin, Base):
    __tablename__ = "pipelines"
    name: Mapped[str] = mapped_column(sa.String(200))
    position: Mapped[int] = mapped_column(sa.Integer, default=0)
    owner_id: Mapped[str | None] = fk("users.id")


class StageRecord(RecordMixin, Base):
    __tablename__ = "stages"
    pipeline_id: Mapped[str] = mapped_column(sa.ForeignKey("pipelines.id"), index=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    position: Mapped[int] = mapped_column(sa.Integer, default=0)
    kind: Mapped[str] = mapped_column(sa.String(10), default="open")  # open | won | lost
    probability: Mapped[int] = mapped_column(sa.Integer, default=0)  # percent
    rotting_days: Mapped[int | None] = mapped_column(sa.Integer)
    required_fields: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    on_enter: Mapped[list[dict[str, Any]]] = mapped_column(sa.JSON, default=list)


class DealRecord(RecordMixin, Base):
    __tablename__ = "deals"
    __table_args__ = (sa.Index("ix_deals_stage_position", "stage_id", "position"),)
    title: Mapped[str] = mapped_column(sa.String(300))
    value: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(sa.String(3), default="EUR")
    pipeline_id: Mapped[str] = mapped_column(sa.ForeignKey("pipelines.id"), index=True)
    stage_id: Mapped[str] = mapped_column(sa.ForeignKey("stages.id"))
    position: Mapped[float] = mapped_column(sa.Float, default=0.0)
    probability: Mapped[int | None] = mapped_column(sa.Integer)
    expected_close: Mapped[date | None] = mapped_column(sa.Date, index=True)
    owner_id: Mapped[str | None] = fk("users.id")
    company_id: Mapped[str | None] = fk("companies.id")
    source: Mapped[str | None] = mapped_column(sa.String(200), index=True)
    status: Mapped[str] = mapped_column(sa.String(10), default="open", index=True)
    lost_reason: Mapped[str | None] = mapped_column(sa.String(500))
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    stage_entered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    notes: Mapped[str | None] = mapped_column(sa.Text)
    custom: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)


class DealContactRecord(RecordMixin, Base):
    __tablename__ = "deal_contacts"
    deal_id: Mapped[str] = mapped_column(sa.ForeignKey("deals.id"), index=True)
    contact_id: Mapped[str] = mapped_column(sa.ForeignKey("contacts.id"), index=True)
    role: Mapped[str | None] = mapped_column(sa.String(200))


class DealTagRecord(RecordMixin, Base):
    __tablename__ = "deal_tags"
    __table_args__ = (sa.Index("ix_deal_tags_tag_deal", "tag_id", "deal_id"),)
    deal_id: Mapped[str] = mapped_column(sa.ForeignKey("deals.id"), index=True)
    tag_id: Mapped[str] = mapped_column(sa.ForeignKey("tags.id"))


class DealItemRecord(RecordMixin, Base):
    __tablename__ = "deal_items"
    deal_id: Mapped[str] = mapped_column(sa.ForeignKey("deals.id"), index=True)
    name: Mapped[str] = mapped_column(sa.String(300))
    quantity: Mapped[Decimal] = mapped_column(Money, default=Decimal(1))
    unit_price: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    position: Mapped[int] = mapped_column(sa.Integer, default=0)


class StageChangeRecord(RecordMixin, Base):
    """One move of a deal between stages: the source of velocity and conversion reports."""

    __tablename__ = "stage_changes"
    deal_id: Mapped[str] = mapped_column(sa.ForeignKey("deals.id"), index=True)
    from_stage_id: Mapped[str | None] = fk("stages.id")
    to_stage_id: Mapped[str] = mapped_column(sa.ForeignKey("stages.id"), index=True)
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    user_id: Mapped[str | None] = fk("users.id")


class CurrencyRateRecord(RecordMixin, Base):
    """How many units of the base currency one unit of ``currency`` is worth."""

    __tablename__ = "currency_rates"
    currency: Mapped[str] = mapped_column(sa.String(3), index=True)
    rate: Mapped[Decimal] = mapped_column(Money)
