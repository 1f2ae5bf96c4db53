"""Field values as text in the user's locale, and typed text back into values the services take.

Parsing is lenient and never decides validity: text it cannot read is handed to the service
as it is, so that the domain's validation names the problem ("“31/02” is not a date").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from desktop_crm.domain.fields import CUSTOM_PREFIX, FieldSpec, Kind, normalize_digits
from desktop_crm.ui import dates
from desktop_crm.ui.labels import FIELD_LABELS, choice_label, field_label, name_label

_CTX = "Formatting"
EMPTY = "—"
_BIDI_MARKS = str.maketrans("", "", "\u200e\u200f\u061c")
_NAMED_FIELDS = {"lifecycle_stage", "source"}  # built-in names stored in English


# ----- bidirectional text ------------------------------------------------------------------
def isolate(text: str) -> str:
    """``text`` as a bidi isolate, so that a Persian value inside an English sentence (or the
    reverse) keeps its own order and does not reorder the words around it."""
    return f"\u2068{text}\u2069" if text else text


def content_direction(text: str) -> Qt.LayoutDirection:
    """The direction of the first strong character (left to right when there is none)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return Qt.LayoutDirection.LeftToRight


def leading_alignment(direction: Qt.LayoutDirection) -> Qt.AlignmentFlag:
    """The layout's leading edge, whatever the direction of the text shown there."""
    if direction == Qt.LayoutDirection.RightToLeft:
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute


# ----- dates -----------------------------------------------------------------------------
def _four_digit_years(fmt: str) -> str:
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format, always with a four-digit year."""
    return _four_digit_years((locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat))


def as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def format_date(value: Any) -> str:
    """A date in the user's calendar system and the locale's short format."""
    day = as_date(value)
    if day is None:
        return "" if value in (None, "") else str(value)
    return dates.format_date(day)


def parse_date(text: str) -> date | str:
    """A typed date (locale order or year first, the user's calendar and digits) as a date;
    unreadable text, or a day the calendar lacks, is returned as it is (the service names it)."""
    text = text.strip()
    if not text:
        return ""
    try:
        parsed = dates.parse_date(text)
    except dates.ImpossibleDate:
        return text
    if parsed is not None:
        return parsed
    try:
        return date.fromisoformat(normalize_digits(text))
    except ValueError:
        return text


def format_datetime(value: datetime | None) -> str:
    """An aware datetime in local time: the date in the user's calendar, the locale's time."""
    if value is None:
        return ""
    if value.tzinfo is None:  # the store keeps UTC
        value = value.replace(tzinfo=UTC)
    return dates.format_datetime(value)


# ----- numbers ---------------------------------------------------------------------------
def _localize_digits(digits: str, locale: QLocale) -> str:
    zero = locale.zeroDigit()
    if zero == "0":
        return digits
    return "".join(chr(ord(zero) + int(d)) if d.isdigit() else d for d in digits)


def format_number(value: Any, kind: Kind = Kind.NUMBER) -> str:
    """A number with the locale's digits and separators, exact (no float rounding)."""
    if value is None or value == "":
        return ""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if not number.is_finite():
        return str(value)
    if kind is Kind.MONEY and number == number.quantize(Decimal("0.01")):
        number = number.quantize(Decimal("0.01"))
    elif kind is Kind.INT:
        number = number.quantize(Decimal(1))
    else:
        number = number.normalize()
    text = format(number, "f")
    negative = text.startswith("-")
    whole, _, fraction = text.lstrip("-").partition(".")
    locale = QLocale()
    out = locale.toString(float(whole), "f", 0)
    if fraction:
        out += locale.decimalPoint() + _localize_digits(fraction, locale)
    return (locale.negativeSign() + out) if negative else out


def parse_number(text: str) -> str:
    """Typed text in the locale's format as a plain ``1234.5`` string for the service."""
    raw = text.strip()
    if not raw:
        return ""
    locale = QLocale()
    group = normalize_digits(locale.groupSeparator().translate(_BIDI_MARKS))
    point = locale.decimalPoint().translate(_BIDI_MARKS)
    clean = normalize_digits(raw.translate(_BIDI_MARKS)).replace("−", "-")
    clean = re.sub(r"[\s\u00a0\u202f]", "", clean)
    if group.strip() and group in clean:
        pattern = rf"^-?\d{{1,3}}(?:{re.escape(group)}\d{{3}})+(?:{re.escape(point)}\d+)?$"
        if not re.match(pattern, clean):
            return raw
        clean = clean.replace(group, "")
    if point != ".":
        clean = clean.replace(point, ".")
    return clean


# ----- any value ---------------------------------------------------------------------------
def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("Formatting", "Yes")
        if value
        else QCoreApplication.translate("Formatting", "No")
    )


def choice_text(value: str | None) -> str:
    """A built-in choice value (customer status, channel) as translated text."""
    label = choice_label(value)
    if label == value and value in FIELD_LABELS:
        return field_label(value)
    return label


def is_custom(spec: FieldSpec) -> bool:
    return spec.name.startswith(CUSTOM_PREFIX)


def format_value(spec: FieldSpec, value: Any, names: Mapping[str, str] | None = None) -> str:
    """Any stored value of ``spec`` for reading (timeline, read-only fields); empty is "—"."""
    if value is None or value == "" or value == () or value == []:
        return EMPTY
    kind = spec.kind
    if kind is Kind.BOOL:
        return yes_no(bool(value))
    if kind is Kind.DATE:
        return format_date(value)
    if kind is Kind.DATETIME:
        return format_datetime(value) if isinstance(value, datetime) else str(value)
    if kind in (Kind.INT, Kind.NUMBER, Kind.MONEY):
        return format_number(value, kind)
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    if kind is Kind.CHOICE and not is_custom(spec):
        return choice_text(str(value))
    if kind is Kind.REF:
        return (names or {}).get(str(value)) or QCoreApplication.translate(
            "Formatting", "(unknown)"
        )
    if spec.name in _NAMED_FIELDS:
        return name_label(str(value))
    return str(value)
