"""Turning a row of cells into field values with the columns' converters (``converters.py``),
built once per import; splitting full names; reading the names a row refers to (company,
contact, owner, stage, tags). A problem becomes a :class:`RowError` naming the row, the column
and the reason; the row is then left out and every other row goes on. Also the change log's
JSON form of values (``encode_values``) and the custom-field JSON form (``jsonable``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.fields import FieldSpec, Kind, encode, validate
from desktop_crm.services.importing.converters import Converter, blank, tag_names
from desktop_crm.services.importing.mapping import split_full_name
from desktop_crm.services.importing.plan import RowError
from desktop_crm.services.importing.reader_types import Cell, RawRow
from desktop_crm.services.importing.values import ValueProblem, cell_error_code, cell_text, fold

MESSAGES = {
    "not_a_date": "Not a date: {value!r}",
    "impossible_date": "No such date: {value!r}",
    "ambiguous_date": "The date {value!r} reads both day-first and month-first",
    "not_a_number": "Not a number: {value!r}",
    "not_a_phone": "Not a phone number: {value!r}",
    "not_an_email": "Not an email address: {value!r}",
    "not_a_bool": "Not yes or no: {value!r}",
    "cell_error": "The cell holds the spreadsheet error {value}",
    "too_many_cells": "The row has {count} cells, more than the {columns} columns of the header",
    "unknown_user": "No user named {value!r}: imported without that owner",
    "unknown_stage": "No stage named {value!r} in the pipeline: put in its first stage",
    "unknown_pipeline": "No pipeline named {value!r}",
    "choice": "Not one of the choices: {value!r}",
}


@dataclass(frozen=True)
class Lookups:
    """Names the rows may refer to, read once per import (folded name → id)."""

    users: dict[str, str] = field(default_factory=dict)
    pipelines: dict[str, str] = field(default_factory=dict)
    # pipeline id -> folded stage name -> (stage id, kind, required fields)
    stages: dict[str, dict[str, tuple[str, str, tuple[str, ...]]]] = field(default_factory=dict)
    lifecycle_stages: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Converted:
    """A row's values by field name (``custom.<key>`` for custom fields) and its references."""

    number: int
    values: dict[str, Any]
    company: str | None = None
    contact: str | None = None
    pipeline: str | None = None
    stage: str | None = None
    tags: tuple[str, ...] = ()
    # what was set aside but did not stop the row (an unknown owner or stage): RowErrors
    warnings: list[RowError] | None = None

    def warn(self, warning: RowError) -> None:
        if self.warnings is None:
            self.warnings = []
        self.warnings.append(warning)


def problem_error(
    number: int, column: int | None, name: str | None, exc: Exception, cell: Cell = None
) -> RowError:
    """A RowError from a parser's ValueProblem or a validator's ValidationError."""
    value = shown_text(cell)
    if isinstance(exc, ValueProblem):
        params = dict(exc.params)
        value = str(params.get("value", value))
        template = MESSAGES.get(exc.code, "{value!r} cannot be imported")
        return RowError(
            number,
            name,
            exc.code,
            value,
            template.format(**{**params, "value": value}),
            column,
            params,
        )
    if isinstance(exc, ValidationError):
        return RowError(number, name, exc.code, value, exc.message, column, dict(exc.params))
    return RowError(number, name, "invalid", value, str(exc), column)


def shown_text(cell: Cell) -> str:
    code = cell_error_code(cell)
    if code is not None:
        return code
    try:
        return cell_text(cell)
    except ValueProblem:
        return str(cell)


def _column_order(error: RowError) -> int:
    return -1 if error.column is None else error.column


# ----- rows ---------------------------------------------------------------------------------

_NAME_PARTS = ("first_name", "last_name")
_REFERENCE_TARGETS = ("company", "contact", "owner", "stage", "pipeline")
_NAME_SPEC = FieldSpec("name", Kind.TEXT, max_length=200)


class RowConverter:
    """Converts the rows of one import (``targets`` and ``specs`` fixed for its life)."""

    def __init__(
        self,
        record_type: str,
        targets: Sequence[str | None],
        specs: dict[str, FieldSpec],
        column_names: Sequence[str],
        converters: dict[int, Converter],
        lookups: Lookups,
    ) -> None:
        self.record_type = record_type
        self.targets = list(targets)
        self.names = list(column_names)
        self.width = len(self.targets)
        self.lookups = lookups
        self.specs = specs
        self.plain: list[tuple[int, str, Converter]] = []
        self.refs: list[tuple[int, str]] = []
        self.full_name: tuple[int, bool] | None = None
        for index, target in enumerate(self.targets):
            if target is None:
                continue
            if target in ("full_name", "full_name_reversed"):
                self.full_name = (index, target == "full_name_reversed")
            elif target == "tags" or target in _REFERENCE_TARGETS:
                self.refs.append((index, target))
            else:
                self.plain.append((index, target, converters[index]))
        self.owner_field = "assignee_id" if record_type == "task" else "owner_id"

    def column_of(self, name: str) -> int | None:
        """The first column whose values go to field ``name`` (None: no such column)."""
        for index, target in enumerate(self.targets):
            if target == name or (
                target in ("full_name", "full_name_reversed") and name in _NAME_PARTS
            ):
                return index
        return None

    def column_name(self, index: int | None) -> str | None:
        if index is None:
            return None
        return self.names[index] if index < len(self.names) else f"Column {index + 1}"

    def convert(self, row: RawRow) -> Converted | list[RowError]:
        cells = row.cells
        width = len(cells)
        errors: list[RowError] = []
        if width > self.width and any(not blank(c) for c in cells[self.width :]):
            errors.append(self._too_many(row.number, width))
        values: dict[str, Any] = {}
        for index, name, convert in self.plain:
            if index >= width:
                continue
            try:
                value = convert(cells[index])
            except (ValueProblem, ValidationError) as exc:
                errors.append(
                    problem_error(row.number, index, self.column_name(index), exc, cells[index])
                )
                continue
            if value is not None:
                if name in values:  # a second emails/phones column: one list, no repeats
                    value = tuple(dict.fromkeys((*values[name], *value)))
                values[name] = value
        result = Converted(row.number, values)
        if self.full_name is not None:
            self._split_name(cells, result, errors)
        if self.refs:
            self._references(cells, result, errors)
        if errors:
            return sorted(errors, key=_column_order)
        return result

    def _too_many(self, number: int, count: int) -> RowError:
        return RowError(
            number,
            None,
            "too_many_cells",
            "",
            MESSAGES["too_many_cells"].format(count=count, columns=self.width),
            None,
            {"count": count, "columns": self.width},
        )

    def _split_name(
        self, cells: tuple[Cell, ...], result: Converted, errors: list[RowError]
    ) -> None:
        assert self.full_name is not None
        index, reversed_ = self.full_name
        if index >= len(cells) or blank(cells[index]):
            return
        try:
            text = cell_text(cells[index])
        except ValueProblem as exc:
            errors.append(problem_error(result.number, index, self.column_name(index), exc))
            return
        first, last = split_full_name(text, surname_first=reversed_)
        for name, part in (("first_name", first), ("last_name", last)):
            if part and name not in result.values:
                try:
                    result.values[name] = validate(self.specs[name], part)
                except ValidationError as exc:
                    errors.append(problem_error(result.number, index, self.column_name(index), exc))

    def _references(
        self, cells: tuple[Cell, ...], result: Converted, errors: list[RowError]
    ) -> None:
        for index, target in self.refs:
            if index >= len(cells) or blank(cells[index]):
                continue
            cell = cells[index]
            try:
                if target == "tags":
                    result.tags = tuple(dict.fromkeys((*result.tags, *tag_names(cell))))
                    continue
                text = cell_text(cell)
                if len(text) > _NAME_SPEC.max_length or "\x00" in text:
                    validate(_NAME_SPEC, text)
            except (ValueProblem, ValidationError) as exc:
                errors.append(
                    problem_error(result.number, index, self.column_name(index), exc, cell)
                )
                continue
            if target == "owner":
                user = self.lookups.users.get(fold(text))
                if user is None:  # imported without that owner (the importing user's)
                    result.warn(self._unknown(result.number, index, "unknown_user", text))
                else:
                    result.values[self.owner_field] = user
            else:
                setattr(result, target, text)

    def _unknown(self, number: int, index: int, code: str, text: str) -> RowError:
        return RowError(
            number,
            self.column_name(index),
            code,
            text,
            MESSAGES[code].format(value=text),
            index,
            {"value": text},
        )


# ----- the change-log form of values ---------------------------------------------------------


def _json_default(value: Any) -> Any:
    """What ``fields.encode`` makes of the values JSON cannot write itself."""
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return json.loads(encode(value))  # Decimal and the rest: exactly as encode() writes them


_ENCODER = json.JSONEncoder(ensure_ascii=False, default=_json_default)  # made once, not per row


def encode_values(values: dict[str, Any]) -> str:
    """``encode(values)`` (the change log's JSON), written in one pass by the C encoder."""
    return _ENCODER.encode(values)


def jsonable(value: Any) -> Any:
    """A value as the ``custom`` JSON column keeps it (what ``Writer`` stores)."""
    if type(value) in (str, int, bool, float):
        return value
    return json.loads(encode(value))


__all__ = [
    "MESSAGES",
    "Converted",
    "Lookups",
    "RowConverter",
    "encode_values",
    "jsonable",
    "problem_error",
]
