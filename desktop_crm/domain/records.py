"""Plain, immutable data the services hand to the UI and the command line (safe across threads)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class Change:
    """What one user action changed: the UI turns it into one "data changed" signal."""

    changeset_id: str
    description: str
    entities: frozenset[tuple[str, str]] = frozenset()  # (record type, id)
    created_id: str | None = None

    def touches(self, record_type: str) -> bool:
        return any(kind == record_type for kind, _ in self.entities)


@dataclass(frozen=True)
class User:
    id: str
    name: str
    email: str | None
    role: str
    active: bool = True


@dataclass(frozen=True)
class Tag:
    id: str
    name: str
    color: str | None = None


@dataclass(frozen=True)
class CustomFieldDef:
    id: str
    record_type: str
    key: str
    label: str
    field_type: str
    options: tuple[str, ...] = ()
    position: int = 0


@dataclass(frozen=True)
class ContactRow:
    """One line of the contacts list."""

    id: str
    first_name: str | None
    last_name: str | None
    email: str | None
    phone: str | None
    company_id: str | None
    company_name: str | None
    job_title: str | None
    lifecycle_stage: str | None
    customer_status: str | None
    owner_name: str | None
    source: str | None
    city: str | None
    country: str | None
    last_contacted_at: datetime | None
    created_at: datetime
    updated_at: datetime

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p) or (self.email or "")


@dataclass(frozen=True)
class CompanyRow:
    id: str
    name: str
    industry: str | None
    city: str | None
    country: str | None
    website: str | None
    phone: str | None
    owner_name: str | None
    size: int | None
    annual_revenue: Decimal | None
    currency: str | None
    contact_count: int
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class LinkedContact:
    id: str
    name: str
    role: str | None
    email: str | None
    phone: str | None


@dataclass(frozen=True)
class RecordDetail:
    """A contact or company with every field, for its card."""

    record_type: str
    id: str
    values: dict[str, Any]
    custom: dict[str, Any]
    tags: tuple[Tag, ...]
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    company_name: str | None = None
    owner_name: str | None = None
    contacts: tuple[LinkedContact, ...] = ()

    @property
    def title(self) -> str:
        if self.record_type == "company":
            return str(self.values.get("name") or "")
        parts = (self.values.get("first_name"), self.values.get("last_name"))
        name = " ".join(p for p in parts if p)
        emails = self.values.get("emails") or ()
        return name or (emails[0] if emails else "")


@dataclass(frozen=True)
class TimelineEntry:
    """An activity or a field change on a record's timeline, newest first."""

    at: datetime
    kind: str  # "activity" | "change" | "created" | "deleted" | "restored" | "tag_added" | ...
    user_name: str | None
    activity_kind: str | None = None
    subject: str | None = None
    body: str | None = None
    field: str | None = None
    old_value: Any = None
    new_value: Any = None
    activity_id: str | None = None
    duration_minutes: int | None = None
    outcome: str | None = None


@dataclass(frozen=True)
class SearchHit:
    record_type: str
    id: str
    title: str
    subtitle: str


@dataclass(frozen=True)
class SearchResult:
    hits: tuple[SearchHit, ...]
    total: int


@dataclass(frozen=True)
class DeletedRecord:
    record_type: str
    id: str
    title: str
    deleted_at: datetime


@dataclass(frozen=True)
class ListQuery:
    """Filters and order of a contacts or companies list."""

    owner_id: str | None = None
    lifecycle_stage: str | None = None
    tag_id: str | None = None
    source: str | None = None
    company_id: str | None = None
    sort: str = "name"
    descending: bool = False
    extra: tuple[tuple[str, Any], ...] = field(default=())


@dataclass(frozen=True)
class HistoryEntry:
    changeset_id: str
    description: str
    at: datetime
    user_name: str | None


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    problems: tuple[str, ...]
    path: str
    schema_revision: str | None
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class BackupInfo:
    path: str
    created_at: datetime
    size: int
    reason: str


__all__ = [
    "BackupInfo",
    "Change",
    "CheckReport",
    "CompanyRow",
    "ContactRow",
    "CustomFieldDef",
    "DeletedRecord",
    "HistoryEntry",
    "LinkedContact",
    "ListQuery",
    "RecordDetail",
    "SearchHit",
    "SearchResult",
    "Tag",
    "TimelineEntry",
    "User",
]


def birthday_today(birthday: date | None, today: date) -> bool:
    return birthday is not None and (birthday.month, birthday.day) == (today.month, today.day)
