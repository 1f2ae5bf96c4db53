"""Users, contacts, companies, tags, lifecycle stages and custom field definitions."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from desktop_crm.store.base import Base, RecordMixin, fk
from desktop_crm.store.types import Money, UtcDateTime


class UserRecord(RecordMixin, Base):
    __tablename__ = "users"
    name: Mapped[str] = mapped_column(sa.String(200))
    email: Mapped[str | None] = mapped_column(sa.String(320))
    role: Mapped[str] = mapped_column(sa.String(20), default="salesperson")
    active: Mapped[bool] = mapped_column(sa.Boolean, default=True)


class CompanyRecord(RecordMixin, Base):
    __tablename__ = "companies"
    __table_args__ = (
        sa.Index(
            "ix_companies_live_sort",
            "sort_name",
            "id",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        ),
    )
    name: Mapped[str] = mapped_column(sa.String(200))
    sort_name: Mapped[str] = mapped_column(sa.String(200), index=True, default="")
    industry: Mapped[str | None] = mapped_column(sa.String(200), index=True)
    size: Mapped[int | None] = mapped_column(sa.Integer)
    annual_revenue: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str | None] = mapped_column(sa.String(3))
    website: Mapped[str | None] = mapped_column(sa.String(500))
    email: Mapped[str | None] = mapped_column(sa.String(320))
    phone: Mapped[str | None] = mapped_column(sa.String(200))
    address: Mapped[str | None] = mapped_column(sa.String(1000))
    city: Mapped[str | None] = mapped_column(sa.String(200), index=True)
    country: Mapped[str | None] = mapped_column(sa.String(200))
    source: Mapped[str | None] = mapped_column(sa.String(200), index=True)
    owner_id: Mapped[str | None] = fk("users.id")
    notes: Mapped[str | None] = mapped_column(sa.Text)
    custom: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)


LIVE = sa.text("deleted_at IS NULL")


class ContactRecord(RecordMixin, Base):
    __tablename__ = "contacts"
    # the list's default order over live contacts; also serves count(*) of live contacts
    __table_args__ = (
        sa.Index(
            "ix_contacts_live_sort", "sort_name", "id", sqlite_where=LIVE, postgresql_where=LIVE
        ),
        # "customers not contacted for N days" (never contacted: by when they were created)
        sa.Index("ix_contacts_last_contacted_created", "last_contacted_at", "created_at"),
    )
    first_name: Mapped[str | None] = mapped_column(sa.String(200))
    last_name: Mapped[str | None] = mapped_column(sa.String(200))
    # casefolded "last first": the list's default order, indexed
    sort_name: Mapped[str] = mapped_column(sa.String(401), index=True, default="")
    # several values, one per line; the first is the primary one
    emails: Mapped[str | None] = mapped_column(sa.String(1000))
    phones: Mapped[str | None] = mapped_column(sa.String(1000))
    job_title: Mapped[str | None] = mapped_column(sa.String(200))
    company_id: Mapped[str | None] = fk("companies.id")
    company_role: Mapped[str | None] = mapped_column(sa.String(200))
    address: Mapped[str | None] = mapped_column(sa.String(1000))
    city: Mapped[str | None] = mapped_column(sa.String(200), index=True)
    country: Mapped[str | None] = mapped_column(sa.String(200))
    birthday: Mapped[date | None] = mapped_column(sa.Date, index=True)
    language: Mapped[str | None] = mapped_column(sa.String(40))
    source: Mapped[str | None] = mapped_column(sa.String(200), index=True)
    lifecycle_stage: Mapped[str | None] = mapped_column(sa.String(200), index=True)
    customer_status: Mapped[str | None] = mapped_column(sa.String(20))
    owner_id: Mapped[str | None] = fk("users.id")
    preferred_channel: Mapped[str | None] = mapped_column(sa.String(20))
    best_time: Mapped[str | None] = mapped_column(sa.String(200))
    no_email: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    no_calls: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    no_sms: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(sa.Text)
    last_contacted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    custom: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)


class TagRecord(RecordMixin, Base):
    __tablename__ = "tags"
    name: Mapped[str] = mapped_column(sa.String(100))
    color: Mapped[str | None] = mapped_column(sa.String(20))


class ContactTagRecord(RecordMixin, Base):
    __tablename__ = "contact_tags"
    __table_args__ = (sa.Index("ix_contact_tags_tag_contact", "tag_id", "contact_id"),)
    contact_id: Mapped[str] = mapped_column(sa.ForeignKey("contacts.id"), index=True)
    tag_id: Mapped[str] = mapped_column(sa.ForeignKey("tags.id"))


class CompanyTagRecord(RecordMixin, Base):
    __tablename__ = "company_tags"
    __table_args__ = (sa.Index("ix_company_tags_tag_company", "tag_id", "company_id"),)
    company_id: Mapped[str] = mapped_column(sa.ForeignKey("companies.id"), index=True)
    tag_id: Mapped[str] = mapped_column(sa.ForeignKey("tags.id"))


class LifecycleStageRecord(RecordMixin, Base):
    __tablename__ = "lifecycle_stages"
    name: Mapped[str] = mapped_column(sa.String(200))
    position: Mapped[int] = mapped_column(sa.Integer, default=0)


class CustomFieldRecord(RecordMixin, Base):
    __tablename__ = "custom_fields"
    record_type: Mapped[str] = mapped_column(sa.String(20), index=True)
    key: Mapped[str] = mapped_column(sa.String(100))
    label: Mapped[str] = mapped_column(sa.String(200))
    field_type: Mapped[str] = mapped_column(sa.String(20))
    options: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    position: Mapped[int] = mapped_column(sa.Integer, default=0)
