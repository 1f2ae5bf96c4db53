"""Activities, tasks, service requests, goals, segments, campaigns and message templates."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from desktop_crm.store.base import Base, RecordMixin, fk
from desktop_crm.store.types import Money, UtcDateTime


class ActivityRecord(RecordMixin, Base):
    __tablename__ = "activities"
    # activity reports: a range of days per salesperson and kind without touching the rows
    __table_args__ = (
        sa.Index("ix_activities_report", "occurred_at", "user_id", "kind", "deleted_at"),
    )
    kind: Mapped[str] = mapped_column(sa.String(20), index=True)
    subject: Mapped[str | None] = mapped_column(sa.String(500))
    body: Mapped[str | None] = mapped_column(sa.Text)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    duration_minutes: Mapped[int | None] = mapped_column(sa.Integer)
    outcome: Mapped[str | None] = mapped_column(sa.String(200))
    contact_id: Mapped[str | None] = fk("contacts.id")
    company_id: Mapped[str | None] = fk("companies.id")
    deal_id: Mapped[str | None] = fk("deals.id")
    user_id: Mapped[str | None] = fk("users.id")


class TaskRecord(RecordMixin, Base):
    __tablename__ = "tasks"
    # "completed tasks per salesperson" in the activity report and the digest
    __table_args__ = (sa.Index("ix_tasks_done_at_assignee", "done_at", "assignee_id"),)
    title: Mapped[str] = mapped_column(sa.String(500))
    kind: Mapped[str] = mapped_column(sa.String(20), default="other")
    due_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    all_day: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    duration_minutes: Mapped[int | None] = mapped_column(sa.Integer)
    reminder_minutes: Mapped[int | None] = mapped_column(sa.Integer)
    assignee_id: Mapped[str | None] = fk("users.id")
    priority: Mapped[str] = mapped_column(sa.String(10), default="normal")
    done: Mapped[bool] = mapped_column(sa.Boolean, default=False, index=True)
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    repeat_rule: Mapped[str | None] = mapped_column(sa.String(200))
    contact_id: Mapped[str | None] = fk("contacts.id")
    company_id: Mapped[str | None] = fk("companies.id")
    deal_id: Mapped[str | None] = fk("deals.id")
    notes: Mapped[str | None] = mapped_column(sa.Text)
    # when the reminder is next due (due_at - reminder_minutes, or a snooze); None once handled
    remind_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    # tasks the app creates by rule ("birthday:<contact>:<year>") so that a rule never repeats one
    auto_key: Mapped[str | None] = mapped_column(sa.String(120), index=True)


class ServiceRequestRecord(RecordMixin, Base):
    __tablename__ = "service_requests"
    subject: Mapped[str] = mapped_column(sa.String(500))
    contact_id: Mapped[str | None] = fk("contacts.id")
    company_id: Mapped[str | None] = fk("companies.id")
    channel: Mapped[str | None] = mapped_column(sa.String(20))
    priority: Mapped[str] = mapped_column(sa.String(10), default="normal")
    assignee_id: Mapped[str | None] = fk("users.id")
    status: Mapped[str] = mapped_column(sa.String(20), default="new", index=True)
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    first_response_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    exchanges: Mapped[int] = mapped_column(sa.Integer, default=0)
    escalate_after_minutes: Mapped[int | None] = mapped_column(sa.Integer)


class GoalRecord(RecordMixin, Base):
    __tablename__ = "goals"
    metric: Mapped[str] = mapped_column(sa.String(30))
    target: Mapped[Decimal] = mapped_column(Money)
    period_start: Mapped[date] = mapped_column(sa.Date)
    period_end: Mapped[date] = mapped_column(sa.Date)
    user_id: Mapped[str | None] = fk("users.id")  # None: the whole team


class SegmentRecord(RecordMixin, Base):
    __tablename__ = "segments"
    name: Mapped[str] = mapped_column(sa.String(200))
    record_type: Mapped[str] = mapped_column(sa.String(20))
    filter: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)


class TemplateRecord(RecordMixin, Base):
    __tablename__ = "message_templates"
    name: Mapped[str] = mapped_column(sa.String(200))
    language: Mapped[str | None] = mapped_column(sa.String(40))
    channel: Mapped[str] = mapped_column(sa.String(20), default="email")
    subject: Mapped[str | None] = mapped_column(sa.String(500))
    body: Mapped[str] = mapped_column(sa.Text, default="")


class CampaignRecord(RecordMixin, Base):
    __tablename__ = "campaigns"
    name: Mapped[str] = mapped_column(sa.String(200))
    channel: Mapped[str] = mapped_column(sa.String(20), default="email")
    segment_id: Mapped[str | None] = fk("segments.id")
    template_id: Mapped[str | None] = fk("message_templates.id")
    budget: Mapped[Decimal | None] = mapped_column(Money)
    cost: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(sa.String(3), default="EUR")
    starts_on: Mapped[date | None] = mapped_column(sa.Date)
    ends_on: Mapped[date | None] = mapped_column(sa.Date)


class CampaignMemberRecord(RecordMixin, Base):
    __tablename__ = "campaign_members"
    campaign_id: Mapped[str] = mapped_column(sa.ForeignKey("campaigns.id"), index=True)
    contact_id: Mapped[str] = mapped_column(sa.ForeignKey("contacts.id"), index=True)
    response: Mapped[str] = mapped_column(sa.String(20), default="sent")
    responded_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    deal_id: Mapped[str | None] = fk("deals.id")
