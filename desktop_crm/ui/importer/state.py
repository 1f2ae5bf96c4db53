"""What the wizard's steps decide together, and the plan built from it. Qt-free.

``load_file`` (run in the background) reads what the first steps show: the file's kind,
sheets, encoding and delimiter, and its first raw rows with the header row detected.
``WizardState`` holds the user's choices step by step; ``plan()`` turns them into the
``ImportPlan`` that ``analyze`` and ``run_import`` take.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop_crm.domain.fields import CUSTOM_PREFIX, FIELDS_BY_TYPE, Kind
from desktop_crm.domain.records import CustomFieldDef
from desktop_crm.domain.tasks import TASK_SPECS
from desktop_crm.services.importing import readers
from desktop_crm.services.importing.dates import guess_date_order
from desktop_crm.services.importing.mapping import MULTI_TARGETS, TARGETS_BY_TYPE, guess_mapping
from desktop_crm.services.importing.plan import (
    ImportPlan,
    ImportPreview,
    ImportResult,
    NewCustomField,
)
from desktop_crm.services.importing.read_header import cell_text, is_blank
from desktop_crm.services.importing.readers import Cell, FileInfo
from desktop_crm.ui.importer.memory import MappingMemory

PREVIEW_LIMIT = 50  # raw rows read for the sheet/header step, the samples and the guesses
SAMPLES_SHOWN = 3  # sample values per column on the mapping step
_DATE_KINDS = (Kind.DATE, Kind.DATETIME)


@dataclass(frozen=True)
class Loaded:
    """The file as the first steps show it."""

    info: FileInfo
    rows: list[list[Cell]]
    header_row: int  # detected
    sheet: str | None
    delimiter: str | None


def load_file(
    path: Path, *, sheet: str | None, encoding: str | None, delimiter: str | None
) -> Loaded:
    """Inspect and preview ``path``; raises ImportFileError with a code the UI translates."""
    info = readers.inspect(path, encoding=encoding)
    if sheet not in info.sheets:
        sheet = info.sheets[0] if info.sheets else None
    chosen = delimiter or info.delimiter
    rows = readers.preview(
        path, sheet=sheet, encoding=info.encoding, delimiter=chosen, limit=PREVIEW_LIMIT
    )
    if not rows:
        readers.require_data(rows, 0)  # raises "empty"
    header = readers.detect_header(rows) if rows else 0
    return Loaded(info, rows, header, sheet, chosen)


@dataclass
class WizardState:
    record_type: str = "contact"
    path: Path | None = None
    loaded: Loaded | None = None
    encoding: str | None = None  # the user's choice; None: detected
    delimiter: str | None = None  # the user's choice; None: detected
    sheet: str | None = None
    header_row: int = 0
    names: list[str] = field(default_factory=list)
    targets: list[str | None] = field(default_factory=list)
    new_fields: dict[int, NewCustomField] = field(default_factory=dict)
    custom: list[CustomFieldDef] = field(default_factory=list)  # the record type's existing ones
    mapping_key: tuple[str, tuple[str, ...]] | None = None  # what the mapping was made for
    recalled: bool = False  # the mapping came from the memory
    match_by: str | None = "email"
    on_match: str = "fill"
    region: str | None = None
    date_order: str | None = None  # None: guessed from the rows
    date_unsure: bool = False  # the rows read both ways and the user has not chosen yet
    decimal: str | None = None  # None: guessed per column
    jalali: bool | None = None
    pipeline_id: str | None = None
    preview: ImportPreview | None = None
    result: ImportResult | None = None

    # ----- the file ------------------------------------------------------------------------
    @property
    def rows(self) -> list[list[Cell]]:
        return self.loaded.rows if self.loaded is not None else []

    def data_rows(self) -> list[list[Cell]]:
        """The previewed rows after the header row, blank ones left out."""
        after = self.rows[self.header_row + 1 :]
        return [row for row in after if not all(is_blank(c) for c in row)]

    def header_names(self) -> list[str]:
        if not self.rows or self.header_row >= len(self.rows):
            return []
        width = max((len(r) for r in self.rows), default=0)
        header = list(self.rows[self.header_row])
        header += [""] * (width - len(header))
        return readers.header_names(header)

    def samples(self, column: int) -> list[str]:
        found: list[str] = []
        for row in self.data_rows():
            if column < len(row) and not is_blank(row[column]):
                found.append(cell_text(row[column]))
                if len(found) == SAMPLES_SHOWN:
                    break
        return found

    # ----- the mapping -----------------------------------------------------------------------
    def allowed_targets(self) -> list[str]:
        base = list(TARGETS_BY_TYPE[self.record_type])
        return base + [CUSTOM_PREFIX + f.key for f in self.custom]

    def custom_labels(self) -> dict[str, str]:
        return {CUSTOM_PREFIX + f.key: f.label for f in self.custom}

    def prepare_mapping(self, memory: MappingMemory) -> bool:
        """(Re)build the mapping when the columns or the record type changed; True if it did.

        A layout imported before gets its remembered targets; otherwise they are guessed from
        the header names and the values."""
        names = self.header_names()
        key = (self.record_type, tuple(names))
        if key == self.mapping_key:
            return False
        self.names = names
        self.mapping_key = key
        self.new_fields = {}
        self.date_order, self.date_unsure = None, False
        allowed = set(self.allowed_targets())
        remembered = memory.recall(self.record_type, names)
        self.recalled = remembered is not None and any(t in allowed for t in remembered)
        if remembered is not None and self.recalled:
            targets = remembered
        else:
            targets = guess_mapping(self.record_type, names, self.data_rows())
        self.targets = [t if t in allowed else None for t in targets]
        self._default_match()
        return True

    def set_target(self, column: int, target: str | None) -> int | None:
        """Map ``column`` to ``target``; returns the other column that lost it (single-valued
        targets go to one column only), if any."""
        self.new_fields.pop(column, None)
        self.targets[column] = target
        if target is None or target in MULTI_TARGETS:
            return None
        for other, existing in enumerate(self.targets):
            if other != column and existing == target:
                self.targets[other] = None
                return other
        return None

    def add_new_field(self, column: int, label: str, field_type: str) -> None:
        self.targets[column] = None
        self.new_fields[column] = NewCustomField(column, label, field_type)

    def mapped_count(self) -> int:
        return sum(t is not None for t in self.targets) + len(self.new_fields)

    def _default_match(self) -> None:
        mapped = set(self.targets)
        if self.record_type == "contact":
            self.match_by = (
                "email" if "emails" in mapped else "phone" if "phones" in mapped else "name"
            )
        elif self.record_type == "company":
            self.match_by = "name" if "name" in mapped else None
        elif self.record_type == "deal":
            self.match_by = None
        else:
            self.match_by = None

    # ----- dates -------------------------------------------------------------------------------
    def date_columns(self) -> list[int]:
        specs = TASK_SPECS if self.record_type == "task" else FIELDS_BY_TYPE[self.record_type]
        custom_dates = {CUSTOM_PREFIX + f.key for f in self.custom if f.field_type == "date"}
        found = []
        for index, target in enumerate(self.targets):
            spec = specs.get(target or "")
            if (spec is not None and spec.kind in _DATE_KINDS) or target in custom_dates:
                found.append(index)
        found += [i for i, f in self.new_fields.items() if f.field_type == "date"]
        return sorted(found)

    def date_samples(self) -> list[str]:
        """Text dates of the date columns in the first rows (what the order question is about)."""
        texts: list[str] = []
        for column in self.date_columns():
            for row in self.data_rows():
                cell = row[column] if column < len(row) else None
                if isinstance(cell, str) and cell.strip():
                    texts.append(cell.strip())
        return texts

    def guessed_date_order(self) -> tuple[str | None, bool]:
        return guess_date_order(self.date_samples())

    # ----- the plan ----------------------------------------------------------------------------
    def plan(self) -> ImportPlan:
        assert self.path is not None and self.loaded is not None
        info = self.loaded.info
        targets = tuple(None if i in self.new_fields else t for i, t in enumerate(self.targets))
        new = tuple(self.new_fields[i] for i in sorted(self.new_fields))
        return ImportPlan(
            record_type=self.record_type,
            path=self.path,
            targets=targets,
            sheet=self.loaded.sheet,
            encoding=info.encoding,
            delimiter=self.loaded.delimiter,
            header_row=self.header_row,
            column_names=tuple(self.names),
            new_custom_fields=new,
            match_by=self.match_by,
            on_match=self.on_match,
            default_region=self.region,
            date_order=self.date_order,
            decimal_separator=self.decimal,
            jalali=self.jalali,
            pipeline_id=self.pipeline_id if self.record_type == "deal" else None,
        )
