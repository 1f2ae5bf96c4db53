"""One converter per column: ``cell -> value`` chosen from the field's kind, then the domain
validator of the field, so that an imported value obeys the same rules as a typed one.

Dates go through ``parse_date`` with the column's order, numbers through ``parse_number`` with
its decimal separator, phones through ``normalize_phone`` with the default region, emails
through ``normalize_email``, yes/no through ``parse_bool``; a parser's ``ValueProblem`` or a
validator's ``ValidationError`` tells the row why the cell cannot be imported.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, time
from typing import Any

from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.fields import CUSTOM_PREFIX, FieldSpec, Kind, validate, validate_deal
from desktop_crm.domain.tasks import all_day_start, clean_task_value, from_local_wall
from desktop_crm.services.importing.dates import parse_date
from desktop_crm.services.importing.numbers import parse_number
from desktop_crm.services.importing.phones import normalize_phone, normalize_phones
from desktop_crm.services.importing.reader_types import Cell
from desktop_crm.services.importing.values import (
    ValueProblem,
    cell_text,
    normalize_email,
    normalize_emails,
    parse_bool,
    split_multi,
    unquoted,
)

Converter = Callable[[Cell], Any]


def blank(cell: Cell) -> bool:
    return cell is None or (type(cell) is str and not cell.strip())


def _text_converter(spec: FieldSpec) -> Converter:
    limit = spec.max_length if spec.kind is not Kind.LONG_TEXT else max(spec.max_length, 1000)

    def convert(cell: Cell) -> Any:
        text = cell.strip() if type(cell) is str else cell_text(cell)
        if text[:1] == "'":
            text = unquoted(text)
        if not text:
            return None
        if len(text) > limit or "\x00" in text:
            return validate(spec, text)  # raises with the field's own message
        return text

    return convert


_SEVERAL = re.compile(r"[;,\n\r|]| / ")


def _emails_converter(spec: FieldSpec) -> Converter:
    """Addresses through ``normalize_email``. A single address skips the domain validator: what
    the parser returns always passes it (no spaces, one @, a dotted domain, at most 254
    characters); several go through it for their total length."""

    def convert(cell: Cell) -> Any:
        if type(cell) is str:
            text = cell.strip()
            if not text:
                return None
            if _SEVERAL.search(text) is None:
                return (normalize_email(text),)
        elif blank(cell):
            return None
        return validate(spec, normalize_emails(cell))

    return convert


def _phones_converter(spec: FieldSpec, region: str | None) -> Converter:
    """Numbers through ``normalize_phone`` (E.164). A single number without an extension skips
    the domain validator: E.164 text (``+`` and at most 17 digits) always passes it."""

    def convert(cell: Cell) -> Any:
        if type(cell) is str:
            text = cell.strip()
            if text[:1] == "'":
                text = unquoted(text)
            if not text:
                return None
            if _SEVERAL.search(text) is None:
                number = normalize_phone(text, region)
                if " " not in number:
                    return (number,)
        elif blank(cell):
            return None
        return validate(spec, normalize_phones(cell, region))

    return convert


def _checked(spec: FieldSpec, parse: Callable[[Cell], Any], deal: bool = False) -> Converter:
    check = validate_deal if deal else validate

    def convert(cell: Cell) -> Any:
        if blank(cell):
            return None
        return check(spec, parse(cell))

    return convert


def _choice_converter(spec: FieldSpec, deal: bool) -> Converter:
    folded = {c.casefold(): c for c in spec.choices}
    folded.update({c.replace("_", " ").casefold(): c for c in spec.choices})

    def pick(text: str) -> str:
        found = folded.get(text.strip().casefold()) if folded else text.strip()
        if found is None:
            raise ValidationError(spec.name, f"Not one of the choices: {text!r}", code="choice")
        return found

    if spec.kind is Kind.MULTI_CHOICE:
        return _checked(spec, lambda cell: tuple(pick(t) for t in split_multi(cell_text(cell))))
    return _checked(spec, lambda cell: pick(cell_text(cell)), deal)


_TIME_RE = re.compile(r"(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([ap]\.?m\.?)?", re.IGNORECASE)


def _parse_datetime(cell: Cell, order: str | None, jalali: bool | None) -> datetime:
    """A date and time as written (local wall time) to an aware UTC time; a date alone is the
    day's UTC midnight (an all-day task)."""
    if isinstance(cell, datetime):
        return from_local_wall(cell) if cell.tzinfo is None else cell
    day = parse_date(cell, order=order, jalali=jalali)  # type: ignore[arg-type]
    if type(cell) is str:
        found = _TIME_RE.search(cell.split(" ", 1)[1] if " " in cell else "")
        if found:
            hour, minute = int(found.group(1)), int(found.group(2))
            if found.group(4) and found.group(4)[0].lower() == "p" and hour < 12:
                hour += 12
            try:
                return from_local_wall(datetime.combine(day, time(hour, minute)))
            except ValueError:
                raise ValueProblem("not_a_date", {"value": cell}) from None
    return all_day_start(day)


def field_converter(
    spec: FieldSpec,
    *,
    record_type: str,
    region: str | None,
    date_order: str | None,
    decimal: str | None,
    jalali: bool | None,
) -> Converter:
    """The converter of a column whose target is ``spec``."""
    kind = spec.kind
    deal = record_type == "deal" and not spec.name.startswith(CUSTOM_PREFIX)
    if record_type == "task" and spec.name in ("kind", "priority"):
        return _checked(spec, lambda cell: clean_task_value(spec.name, cell_text(cell).lower()))
    if kind in (Kind.TEXT, Kind.LONG_TEXT):
        if deal and spec.name == "currency":
            return _checked(spec, cell_text, deal=True)
        return _text_converter(spec)
    if kind is Kind.EMAILS:
        return _emails_converter(spec)
    if kind is Kind.PHONES:
        return _phones_converter(spec, region)
    if kind is Kind.EMAIL:
        return _checked(spec, normalize_email)
    if kind is Kind.PHONE:
        return _checked(spec, lambda cell: normalize_phone(cell, region))
    if kind is Kind.DATE:
        return _checked(spec, lambda cell: parse_date(cell, order=date_order, jalali=jalali))  # type: ignore[arg-type]
    if kind is Kind.DATETIME:
        return _checked(spec, lambda cell: _parse_datetime(cell, date_order, jalali))
    if kind in (Kind.INT, Kind.NUMBER, Kind.MONEY):
        return _checked(spec, lambda cell: parse_number(cell, decimal_hint=decimal), deal)
    if kind is Kind.BOOL:
        return _checked(spec, parse_bool)
    if kind in (Kind.CHOICE, Kind.MULTI_CHOICE):
        return _choice_converter(spec, deal)
    return _checked(spec, cell_text)  # URL and anything else: the validator decides


def tag_names(cell: Cell) -> tuple[str, ...]:
    names = []
    for part in split_multi(cell_text(cell)):
        tag = validate(FieldSpec("tags", Kind.TEXT, max_length=100), part)
        if tag:
            names.append(tag)
    return tuple(dict.fromkeys(names))


__all__ = ["Converter", "blank", "field_converter", "tag_names"]
