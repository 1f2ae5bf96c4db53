"""The records behind a dashboard number, as rows to list: one fetcher per record type.

Each fetcher reads a page of ids through the existing services (``crm.deals.get``,
``crm.contacts.get``, ``crm.tasks.get`` …) and turns each record into a ``DrillRow``: its cells
(already formatted for the user) and the record to open on double-click. A record deleted since
the number was computed is left out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from desktop_crm.domain.errors import NotFoundError
from desktop_crm.services.crm import Crm
from desktop_crm.ui import dates
from desktop_crm.ui.labels import activity_label, name_label, priority_label
from desktop_crm.ui.noop import QT_TRANSLATE_NOOP
from desktop_crm.ui.pipeline.money import format_money

_CTX = "DashboardDrill"


@dataclass(frozen=True)
class DrillRow:
    record_type: str  # what the row is: deal | contact | task | activity
    id: str
    cells: tuple[str, ...]
    open_type: str  # what double-click opens (an activity opens its deal or contact)
    open_id: str


Fetcher = Callable[[Crm, Sequence[str]], list[DrillRow]]

#: record type -> column titles
COLUMNS: dict[str, tuple[str, ...]] = {
    "deal": (
        QT_TRANSLATE_NOOP("DashboardDrill", "Deal"),
        QT_TRANSLATE_NOOP("DashboardDrill", "Company"),
        QT_TRANSLATE_NOOP("DashboardDrill", "Value"),
        QT_TRANSLATE_NOOP("DashboardDrill", "Stage"),
        QT_TRANSLATE_NOOP("DashboardDrill", "Owner"),
        QT_TRANSLATE_NOOP("DashboardDrill", "Expected close"),
    ),
    "contact": (
        QT_TRANSLATE_NOOP("DashboardDrill", "Name"),
        QT_TRANSLATE_NOOP("DashboardDrill", "Company"),
        QT_TRANSLATE_NOOP("DashboardDrill", "Source"),
        QT_TRANSLATE_NOOP("DashboardDrill", "Owner"),
        QT_TRANSLATE_NOOP("DashboardDrill", "Created"),
    ),
    "activity": (
        QT_TRANSLATE_NOOP("DashboardDrill", "When"),
        QT_TRANSLATE_NOOP("DashboardDrill", "Kind"),
        QT_TRANSLATE_NOOP("DashboardDrill", "Subject"),
        QT_TRANSLATE_NOOP("DashboardDrill", "By"),
        QT_TRANSLATE_NOOP("DashboardDrill", "Linked to"),
    ),
    "task": (
        QT_TRANSLATE_NOOP("DashboardDrill", "Task"),
        QT_TRANSLATE_NOOP("DashboardDrill", "Due"),
        QT_TRANSLATE_NOOP("DashboardDrill", "Priority"),
        QT_TRANSLATE_NOOP("DashboardDrill", "Assigned to"),
        QT_TRANSLATE_NOOP("DashboardDrill", "Linked to"),
    ),
}


def column_titles(record_type: str) -> tuple[str, ...]:
    titles = COLUMNS.get(record_type, (QT_TRANSLATE_NOOP("DashboardDrill", "Record"),))
    return tuple(QCoreApplication.translate(_CTX, t) for t in titles)


def _day(value: object) -> str:
    if isinstance(value, datetime):
        return dates.format_date(value.astimezone().date() if value.tzinfo else value.date())
    if isinstance(value, date):
        return dates.format_date(value)
    return ""


def fetch_deals(crm: Crm, ids: Sequence[str]) -> list[DrillRow]:
    rows: list[DrillRow] = []
    for deal_id in ids:
        try:
            deal = crm.deals.get(deal_id)
        except NotFoundError:
            continue
        if deal.deleted_at is not None:
            continue
        v = deal.values
        value = format_money(v.get("value"), str(v.get("currency") or ""))
        cells = (
            str(v.get("title") or ""),
            deal.company_name or "",
            value,
            name_label(deal.stage.name),
            deal.owner_name or "",
            _day(v.get("expected_close")),
        )
        rows.append(DrillRow("deal", deal_id, cells, "deal", deal_id))
    return rows


def fetch_contacts(crm: Crm, ids: Sequence[str]) -> list[DrillRow]:
    rows: list[DrillRow] = []
    for contact_id in ids:
        try:
            contact = crm.contacts.get(contact_id)
        except NotFoundError:
            continue
        if contact.deleted_at is not None:
            continue
        v = contact.values
        name = " ".join(str(p) for p in (v.get("first_name"), v.get("last_name")) if p)
        cells = (
            name,
            contact.company_name or "",
            name_label(v.get("source")),
            contact.owner_name or "",
            _day(contact.created_at),
        )
        rows.append(DrillRow("contact", contact_id, cells, "contact", contact_id))
    return rows


def fetch_tasks(crm: Crm, ids: Sequence[str]) -> list[DrillRow]:
    rows: list[DrillRow] = []
    for task_id in ids:
        try:
            task = crm.tasks.get(task_id)
        except NotFoundError:
            continue
        due = dates.format_datetime(task.due_at) if task.due_at else ""
        if task.all_day and task.due_day:
            due = dates.format_date(task.due_day)
        linked = task.deal_title or task.contact_name or task.company_name or ""
        cells = (task.title, due, priority_label(task.priority), task.assignee_name or "", linked)
        rows.append(DrillRow("task", task_id, cells, "task", task_id))
    return rows


def fetch_activities(crm: Crm, ids: Sequence[str]) -> list[DrillRow]:
    """Activities through ``crm.activities.briefs(ids)`` (one query for a page of ids): each
    brief has id, kind, subject, occurred_at, user_name and the deal / contact / company it
    was logged on (``*_id`` and ``deal_title`` / ``contact_name`` / ``company_name``). A double
    click opens that record. Without that service method the list stays empty."""
    briefs = getattr(crm.activities, "briefs", None)
    if briefs is None:
        return []
    rows: list[DrillRow] = []
    for brief in briefs(list(ids)):
        links = (
            ("deal", brief.deal_id, brief.deal_title),
            ("contact", brief.contact_id, brief.contact_name),
            ("company", brief.company_id, brief.company_name),
        )
        open_type, open_id, linked = next(
            ((kind, rid, name) for kind, rid, name in links if rid), ("activity", brief.id, "")
        )
        cells = (
            dates.format_datetime(brief.occurred_at),
            activity_label(str(brief.kind)),
            str(brief.subject or ""),
            str(brief.user_name or ""),
            str(linked or ""),
        )
        rows.append(DrillRow("activity", str(brief.id), cells, open_type, str(open_id)))
    return rows


FETCHERS: dict[str, Fetcher] = {
    "deal": fetch_deals,
    "contact": fetch_contacts,
    "task": fetch_tasks,
    "activity": fetch_activities,
}


def fetcher_for(record_type: str) -> Fetcher:
    return FETCHERS.get(record_type, lambda _crm, _ids: [])


__all__ = ["COLUMNS", "FETCHERS", "DrillRow", "Fetcher", "column_titles", "fetcher_for"]
