"""What can be exported of each record type: column keys, English headers and value kinds.

Keys are field names (``emails``, ``birthday``, ``custom.<key>``) plus a few shown values
(``company`` and ``owner`` are names, ``tags`` the tag names, ``contacts`` a count or names). The
list views' column keys are accepted as aliases (``email`` -> ``emails``), so the columns a list
shows can be handed over as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.fields import CUSTOM_PREFIX

if TYPE_CHECKING:
    from desktop_crm.services.crm import Crm

RECORD_TYPES = ("contact", "company", "deal")


class ColumnKind(StrEnum):
    ID = "id"
    TEXT = "text"
    LIST = "list"  # several values, joined with ", "
    DATE = "date"
    DATETIME = "datetime"
    BOOL = "bool"
    INT = "int"
    NUMBER = "number"
    MONEY = "money"  # a number; the currency is its own column


@dataclass(frozen=True)
class ExportColumn:
    key: str
    title: str  # English header (a custom field's own label); the UI passes translated ones
    kind: ColumnKind = ColumnKind.TEXT
    default: bool = True  # part of "all fields" when no columns are chosen


K = ColumnKind
_COMMON_TAIL = (
    ExportColumn("tags", "Tags", K.LIST),
    ExportColumn("notes", "Notes"),
)
_TIMESTAMPS = (
    ExportColumn("created_at", "Created", K.DATETIME),
    ExportColumn("updated_at", "Updated", K.DATETIME),
)

CONTACT_COLUMNS: tuple[ExportColumn, ...] = (
    ExportColumn("id", "ID", K.ID, default=False),
    ExportColumn("name", "Name", default=False),
    ExportColumn("first_name", "First name"),
    ExportColumn("last_name", "Last name"),
    ExportColumn("emails", "Emails", K.LIST),
    ExportColumn("phones", "Phones", K.LIST),
    ExportColumn("job_title", "Job title"),
    ExportColumn("company", "Company"),
    ExportColumn("company_role", "Role at company"),
    ExportColumn("address", "Address"),
    ExportColumn("city", "City"),
    ExportColumn("country", "Country"),
    ExportColumn("birthday", "Birthday", K.DATE),
    ExportColumn("language", "Language"),
    ExportColumn("source", "Source"),
    ExportColumn("lifecycle_stage", "Lifecycle stage"),
    ExportColumn("customer_status", "Customer status"),
    ExportColumn("owner", "Owner"),
    ExportColumn("preferred_channel", "Preferred channel"),
    ExportColumn("best_time", "Best time to contact"),
    ExportColumn("no_email", "No email", K.BOOL),
    ExportColumn("no_calls", "No calls", K.BOOL),
    ExportColumn("no_sms", "No SMS", K.BOOL),
    *_COMMON_TAIL,
    ExportColumn("last_contacted_at", "Last contacted", K.DATETIME),
    *_TIMESTAMPS,
)

COMPANY_COLUMNS: tuple[ExportColumn, ...] = (
    ExportColumn("id", "ID", K.ID, default=False),
    ExportColumn("name", "Name"),
    ExportColumn("industry", "Industry"),
    ExportColumn("size", "Employees", K.INT),
    ExportColumn("annual_revenue", "Annual revenue", K.MONEY),
    ExportColumn("currency", "Currency"),
    ExportColumn("website", "Website"),
    ExportColumn("email", "Email"),
    ExportColumn("phone", "Phone"),
    ExportColumn("address", "Address"),
    ExportColumn("city", "City"),
    ExportColumn("country", "Country"),
    ExportColumn("source", "Source"),
    ExportColumn("owner", "Owner"),
    ExportColumn("contacts", "Contacts", K.INT),
    *_COMMON_TAIL,
    *_TIMESTAMPS,
)

DEAL_COLUMNS: tuple[ExportColumn, ...] = (
    ExportColumn("id", "ID", K.ID, default=False),
    ExportColumn("title", "Title"),
    ExportColumn("value", "Value", K.MONEY),
    ExportColumn("currency", "Currency"),
    ExportColumn("pipeline", "Pipeline"),
    ExportColumn("stage", "Stage"),
    ExportColumn("status", "Status"),
    ExportColumn("probability", "Probability", K.INT),
    ExportColumn("expected_close", "Expected close", K.DATE),
    ExportColumn("days_in_stage", "Days in stage", K.INT),
    ExportColumn("owner", "Owner"),
    ExportColumn("company", "Company"),
    ExportColumn("contacts", "Contacts", K.LIST),
    ExportColumn("source", "Source"),
    ExportColumn("lost_reason", "Lost reason"),
    ExportColumn("closed_at", "Closed", K.DATETIME),
    *_COMMON_TAIL,
    *_TIMESTAMPS,
)

BUILT_IN: dict[str, tuple[ExportColumn, ...]] = {
    "contact": CONTACT_COLUMNS,
    "company": COMPANY_COLUMNS,
    "deal": DEAL_COLUMNS,
}

#: list-view column keys and field names that mean an export column
ALIASES: dict[str, dict[str, str]] = {
    "contact": {
        "email": "emails",
        "phone": "phones",
        "company_id": "company",
        "owner_id": "owner",
    },
    "company": {"owner_id": "owner", "employees": "size"},
    "deal": {
        "owner_id": "owner",
        "company_id": "company",
        "pipeline_id": "pipeline",
        "stage_id": "stage",
        "days": "days_in_stage",
    },
}

_CUSTOM_KINDS = {
    "number": K.NUMBER,
    "money": K.NUMBER,  # a custom amount has no currency of its own
    "date": K.DATE,
    "multi_choice": K.LIST,
    "checkbox": K.BOOL,
}


def check_record_type(record_type: str) -> None:
    if record_type not in RECORD_TYPES:
        raise ValidationError(
            "record_type", f"Cannot export {record_type!r}", code="choice", value=record_type
        )


def export_columns(crm: Crm, record_type: str) -> list[ExportColumn]:
    """Every column ``record_type`` can be exported with, custom fields last."""
    check_record_type(record_type)
    custom = [
        ExportColumn(CUSTOM_PREFIX + f.key, f.label, _CUSTOM_KINDS.get(f.field_type, K.TEXT))
        for f in crm.catalog.custom_fields(record_type)
    ]
    return [*BUILT_IN[record_type], *custom]


def default_columns(crm: Crm, record_type: str) -> list[str]:
    """The keys of "all fields": every field and custom field (not the id)."""
    return [c.key for c in export_columns(crm, record_type) if c.default]


def canonical_key(record_type: str, key: str) -> str:
    return ALIASES.get(record_type, {}).get(key, key)


def resolve_columns(
    crm: Crm, record_type: str, columns: Sequence[str] | None
) -> list[ExportColumn]:
    """The columns to write, in order; aliases resolved, repeats dropped; a money column is
    followed by its currency when the currency was not chosen."""
    available = {c.key: c for c in export_columns(crm, record_type)}
    if columns is None:
        return [c for c in available.values() if c.default]
    keys = list(dict.fromkeys(canonical_key(record_type, k) for k in columns))
    unknown = [k for k in keys if k not in available]
    if unknown:
        raise ValidationError(
            "columns", f"Unknown column {unknown[0]!r}", code="unknown_field", value=unknown[0]
        )
    if not keys:
        raise ValidationError("columns", "Choose at least one column", code="required")
    chosen = [available[k] for k in keys]
    if "currency" in available and "currency" not in keys:
        money = [n for n, c in enumerate(chosen) if c.kind is K.MONEY]
        if money:
            chosen.insert(money[0] + 1, available["currency"])
    return chosen
