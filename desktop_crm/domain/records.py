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
    # the file an import read, on the entries that import wrote (import_undo False) and on
    # those its undo wrote (import_undo True); None for everything else
    import_file: str | None = None
    import_undo: bool = False


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


# ----- deals and pipelines ------------------------------------------------------------------
@dataclass(frozen=True)
class StageInfo:
    id: str
    pipeline_id: str
    name: str
    position: int
    kind: str  # open | won | lost
    probability: int
    rotting_days: int | None
    required_fields: tuple[str, ...]
    on_enter: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class PipelineInfo:
    id: str
    name: str
    position: int
    stages: tuple[StageInfo, ...]  # every live stage in order, Won and Lost last

    @property
    def open_stages(self) -> tuple[StageInfo, ...]:
        return tuple(s for s in self.stages if s.kind == "open")


@dataclass(frozen=True)
class DealFilter:
    owner_id: str | None = None
    tag_id: str | None = None
    source: str | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class DealCard:
    """One deal on the board (or in a list of closed deals, or on a contact's card)."""

    id: str
    title: str
    value: Decimal | None
    currency: str
    pipeline_id: str
    stage_id: str
    position: float
    probability: int  # effective: the deal's own, else its stage's
    company_id: str | None
    company_name: str | None
    owner_id: str | None
    owner_name: str | None
    source: str | None
    days_in_stage: int
    stale: bool
    next_task: str | None
    next_task_due: datetime | None
    expected_close: date | None
    status: str


@dataclass(frozen=True)
class StageColumn:
    """An open stage with its deals; totals are in the base currency. Deals in a currency without
    a rate are left out of the totals and their currencies listed in ``missing_rates``."""

    stage: StageInfo
    deals: tuple[DealCard, ...]
    count: int
    total: Decimal
    weighted: Decimal
    missing_rates: tuple[str, ...]


@dataclass(frozen=True)
class Board:
    pipeline: PipelineInfo
    columns: tuple[StageColumn, ...]  # open stages only, in order
    base_currency: str
    won_count: int
    lost_count: int


@dataclass(frozen=True)
class TaskBrief:
    """A task as a card lists it: open ones first by due date, then the done ones."""

    id: str
    title: str
    kind: str
    due_at: datetime | None
    done: bool
    assignee_name: str | None


@dataclass(frozen=True)
class DealDetail:
    id: str
    values: dict[str, Any]
    stage: StageInfo
    pipeline: PipelineInfo
    contacts: tuple[tuple[str, str, str | None], ...]  # (contact id, name, role)
    items: tuple[tuple[str, str, Decimal, Decimal], ...]  # (item id, name, quantity, unit price)
    # (when, from stage name, to stage name, user name), oldest first
    history: tuple[tuple[datetime, str | None, str, str | None], ...]
    tags: tuple[Tag, ...]
    company_name: str | None
    owner_name: str | None
    created_at: datetime
    deleted_at: datetime | None
    tasks: tuple[TaskBrief, ...] = ()

    @property
    def title(self) -> str:
        return str(self.values.get("title") or "")


__all__ = [
    "BackupInfo",
    "Board",
    "Change",
    "CheckReport",
    "CompanyRow",
    "ContactRow",
    "CustomFieldDef",
    "DealCard",
    "DealDetail",
    "DealFilter",
    "DeletedRecord",
    "HistoryEntry",
    "LinkedContact",
    "ListQuery",
    "PipelineInfo",
    "RecordDetail",
    "SearchHit",
    "SearchResult",
    "StageColumn",
    "StageInfo",
    "Tag",
    "TaskBrief",
    "TimelineEntry",
    "User",
]


def birthday_today(birthday: date | None, today: date) -> bool:
    return birthday is not None and (birthday.month, birthday.day) == (today.month, today.day)
