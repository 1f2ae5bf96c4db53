"""What an import is asked to do, and what it found or did: plain frozen data, safe across threads.

An :class:`ImportPlan` is built by the wizard (or ``plan_for_cli``) and handed to ``analyze``
(the preview: nothing written) and ``run_import`` (one transaction). Targets, one per column:
- a field of the record type (``first_name``, ``emails``, ``value`` …; for tasks the fields of
  ``domain.tasks.TASK_FIELDS``), or ``custom.<key>`` for an existing custom field;
- a pseudo-target the engine resolves: ``full_name`` / ``full_name_reversed`` (split into first
  and last name), ``company`` (a company by name: linked, or created in the same batch),
  ``contact`` (deals and tasks: a contact by name, linked or created), ``owner`` (a user by name
  or email; a task's assignee), ``stage`` / ``pipeline`` (deals), ``tags`` (several per cell);
- ``None``: not imported. ``emails``, ``phones`` and ``tags`` may take several columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from desktop_crm.domain.records import Change
from desktop_crm.services.importing.reader_types import Cell

RECORD_TYPES = ("contact", "company", "deal", "task")
MATCH_BY = ("email", "phone", "name")
ON_MATCH = ("skip", "fill", "overwrite")
PSEUDO_TARGETS = frozenset(
    {"full_name", "full_name_reversed", "company", "contact", "owner", "stage", "pipeline", "tags"}
)
MULTI_TARGETS = frozenset({"emails", "phones", "tags"})
PREVIEW_ROWS = 50
MAX_ERRORS_KEPT = 10_000


class NewCustomField(NamedTuple):
    """A column that becomes a new custom field (created in the import's transaction)."""

    column: int
    label: str
    field_type: str  # a CustomFieldType value
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportPlan:
    record_type: str  # contact | company | deal | task
    path: Path
    targets: tuple[str | None, ...]
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    header_row: int = 0
    column_names: tuple[str, ...] = ()  # the header's names; read from the file when empty
    new_custom_fields: tuple[NewCustomField, ...] = ()
    match_by: str | None = None  # email | phone | name
    on_match: str = "skip"  # skip | fill | overwrite
    default_region: str | None = None  # phones without a country code: "IT", "IR", "TH" …
    date_order: str | None = None  # dmy | mdy | ymd; None: guessed from the first rows
    decimal_separator: str | None = None  # "." or ","; None: guessed per column
    jalali: bool | None = None
    pipeline_id: str | None = None  # deals: the pipeline; None: the first one
    file_name: str | None = None  # shown in the history; default: the path's name

    @property
    def display_name(self) -> str:
        return self.file_name or Path(self.path).name


@dataclass(frozen=True)
class RowError:
    """Why a row of the file was not imported. ``row_number`` as the user sees it in the file;
    ``column_name`` None for a problem of the whole row. ``code`` is machine-readable (the
    parsers' ``not_a_date``, ``impossible_date``, ``ambiguous_date``, ``not_an_email``,
    ``not_a_phone``, ``not_a_number``, ``not_a_bool``, ``cell_error``; the validators' ``required``,
    ``too_long``, ``choice`` …; the engine's ``too_many_cells``, ``unknown_user``,
    ``unknown_pipeline``, ``contact_needs_name``); ``message`` is English.

    Also a row's warning (imported all the same): ``unknown_user`` (imported without that
    owner), ``unknown_stage`` (a deal put in the pipeline's first stage)."""

    row_number: int
    column_name: str | None
    code: str
    value: str
    message: str
    column: int | None = None
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ErrorRow:
    """A row that was not imported, with its cells as read, for ``write_error_rows``."""

    row_number: int
    cells: tuple[Cell, ...]
    message: str


@dataclass(frozen=True)
class ImportCounts:
    rows: int = 0  # data rows read
    new: int = 0
    updated: int = 0
    unchanged: int = 0  # matched, nothing to change
    skipped: int = 0  # matched and on_match == "skip"
    errors: int = 0  # rows not imported because of an error
    duplicates: int = 0  # rows that matched an earlier row of the same file (also counted above)
    companies_created: int = 0
    contacts_created: int = 0  # deals and tasks: contacts created by name
    tags_created: int = 0
    warnings: int = 0  # rows imported with a warning (an unknown owner or stage set aside)

    def as_dict(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}

    @property
    def imported(self) -> int:
        return self.new + self.updated


@dataclass(frozen=True)
class PreviewRow:
    """A row as it will be saved. ``action``: new | update | unchanged | skip | error.
    ``values``: field → value (new records: every value; updates: the fields that change)."""

    row_number: int
    action: str
    values: dict[str, Any]
    record_id: str | None = None


@dataclass(frozen=True)
class DateWarning:
    """A date column whose day/month order the rows do not settle: the user must confirm it."""

    column: int
    column_name: str
    guessed: str | None  # dmy | mdy | None
    samples: tuple[str, ...]


@dataclass(frozen=True)
class ImportPreview:
    plan: ImportPlan
    column_names: tuple[str, ...]
    counts: ImportCounts
    rows: tuple[PreviewRow, ...]
    errors: tuple[RowError, ...]  # the first MAX_ERRORS_KEPT
    error_rows: tuple[ErrorRow, ...]  # the first MAX_ERRORS_KEPT rows with an error
    error_total: int  # every error found (a row may have several)
    date_warnings: tuple[DateWarning, ...]
    date_order: str | None  # the order used (the plan's, or the guess)
    # what rows were imported without (an unknown owner or stage): the first MAX_ERRORS_KEPT
    warnings: tuple[RowError, ...] = ()

    @property
    def errors_truncated(self) -> bool:
        return self.error_total > len(self.errors)


@dataclass(frozen=True)
class ImportResult:
    batch_id: str
    counts: ImportCounts
    errors: tuple[RowError, ...]
    error_total: int
    change: Change
    backup_path: str | None = None
    seconds: float = 0.0
    warnings: tuple[RowError, ...] = ()  # the first MAX_ERRORS_KEPT, as in ImportPreview


@dataclass(frozen=True)
class ImportBatchInfo:
    """One line of the import history."""

    id: str
    file_name: str
    record_type: str
    created_at: datetime
    counts: dict[str, Any]
    undone_at: datetime | None
    user_name: str | None = None

    @property
    def can_undo(self) -> bool:
        return self.undone_at is None


@dataclass(frozen=True)
class ImportUndo(Change):
    """The undo of a batch: a Change (for the views) with what it did. ``kept``: fields changed
    since the import, left as they are (not reverted to the value before the import)."""

    removed: int = 0
    restored: int = 0
    kept: int = 0


__all__ = [
    "MATCH_BY",
    "MAX_ERRORS_KEPT",
    "MULTI_TARGETS",
    "ON_MATCH",
    "PREVIEW_ROWS",
    "PSEUDO_TARGETS",
    "RECORD_TYPES",
    "DateWarning",
    "ErrorRow",
    "ImportBatchInfo",
    "ImportCounts",
    "ImportPlan",
    "ImportPreview",
    "ImportResult",
    "ImportUndo",
    "NewCustomField",
    "PreviewRow",
    "RowError",
]
