"""Field specifications of editable records: kinds, limits, validation and the change-log codec.

One table per record type says what each field is. The store maps names to columns, the UI maps
names to translated labels and editors, and the change log encodes values with ``encode`` /
``decode`` so that undo and sync restore exactly what was there.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Context, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from desktop_crm.domain.enums import Channel, CustomerStatus, CustomFieldType
from desktop_crm.domain.errors import ValidationError


class Kind(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    LIST = "list"  # several short texts (emails, phones)
    EMAILS = "emails"
    PHONES = "phones"
    DATE = "date"
    DATETIME = "datetime"
    BOOL = "bool"
    INT = "int"
    NUMBER = "number"
    MONEY = "money"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    REF = "ref"  # the id of another record
    EMAIL = "email"
    PHONE = "phone"
    URL = "url"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: Kind
    max_length: int = 200
    required: bool = False
    choices: tuple[str, ...] = ()
    ref: str = ""  # record type a REF points at
    derived: bool = False  # maintained by the app, not shown as an edit in the timeline


NAME_MAX = 200
LONG_TEXT_MAX = 10_000

CONTACT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("first_name", Kind.TEXT),
    FieldSpec("last_name", Kind.TEXT),
    FieldSpec("emails", Kind.EMAILS, max_length=1000),
    FieldSpec("phones", Kind.PHONES, max_length=1000),
    FieldSpec("job_title", Kind.TEXT),
    FieldSpec("company_id", Kind.REF, ref="company"),
    FieldSpec("company_role", Kind.TEXT),
    FieldSpec("address", Kind.LONG_TEXT, max_length=1000),
    FieldSpec("city", Kind.TEXT),
    FieldSpec("country", Kind.TEXT),
    FieldSpec("birthday", Kind.DATE),
    FieldSpec("language", Kind.TEXT, max_length=40),
    FieldSpec("source", Kind.TEXT),
    FieldSpec("lifecycle_stage", Kind.TEXT),
    FieldSpec("customer_status", Kind.CHOICE, choices=tuple(CustomerStatus)),
    FieldSpec("owner_id", Kind.REF, ref="user"),
    FieldSpec("preferred_channel", Kind.CHOICE, choices=tuple(Channel)),
    FieldSpec("best_time", Kind.TEXT),
    FieldSpec("no_email", Kind.BOOL),
    FieldSpec("no_calls", Kind.BOOL),
    FieldSpec("no_sms", Kind.BOOL),
    FieldSpec("notes", Kind.LONG_TEXT, max_length=LONG_TEXT_MAX),
    FieldSpec("last_contacted_at", Kind.DATETIME, derived=True),
)

COMPANY_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", Kind.TEXT, required=True),
    FieldSpec("industry", Kind.TEXT),
    FieldSpec("size", Kind.INT),
    FieldSpec("annual_revenue", Kind.MONEY),
    FieldSpec("currency", Kind.TEXT, max_length=3),
    FieldSpec("website", Kind.URL, max_length=500),
    FieldSpec("email", Kind.EMAIL),
    FieldSpec("phone", Kind.PHONE),
    FieldSpec("address", Kind.LONG_TEXT, max_length=1000),
    FieldSpec("city", Kind.TEXT),
    FieldSpec("country", Kind.TEXT),
    FieldSpec("source", Kind.TEXT),
    FieldSpec("owner_id", Kind.REF, ref="user"),
    FieldSpec("notes", Kind.LONG_TEXT, max_length=LONG_TEXT_MAX),
)

# stage_id, pipeline_id, status and lost_reason change only through move / won / lost / reopen
DEAL_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("title", Kind.TEXT, max_length=300, required=True),
    FieldSpec("value", Kind.MONEY),
    FieldSpec("currency", Kind.TEXT, max_length=3),
    FieldSpec("probability", Kind.INT),
    FieldSpec("expected_close", Kind.DATE),
    FieldSpec("owner_id", Kind.REF, ref="user"),
    FieldSpec("company_id", Kind.REF, ref="company"),
    FieldSpec("source", Kind.TEXT),
    FieldSpec("notes", Kind.LONG_TEXT, max_length=LONG_TEXT_MAX),
)

FIELDS_BY_TYPE: dict[str, dict[str, FieldSpec]] = {
    "contact": {f.name: f for f in CONTACT_FIELDS},
    "company": {f.name: f for f in COMPANY_FIELDS},
    "deal": {f.name: f for f in DEAL_FIELDS},
}

_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")


def validate_currency(value: Any, field: str = "currency") -> str:
    """An ISO 4217-shaped code: three letters, returned upper-case (``usd`` -> ``USD``)."""
    text = value.strip().upper() if isinstance(value, str) else value
    if not isinstance(text, str) or not _CURRENCY_RE.match(text):
        raise ValidationError(
            field, f"Not a currency code: {value!r}", code="currency", value=str(value)
        )
    return text


def validate_percent(value: Any, field: str = "probability") -> int | None:
    """A whole percentage 0–100 (None stays None)."""
    number = validate(FieldSpec(field, Kind.INT), value)
    if number is not None and number > 100:
        raise ValidationError(field, "A percentage is 0 to 100", code="percent", value=str(number))
    return number


def validate_deal(spec: FieldSpec, value: Any) -> Any:
    """``validate`` plus the deal's own rules: currency code shape, probability 0–100."""
    if spec.name == "currency":
        if value is None or (isinstance(value, str) and not value.strip()):
            raise ValidationError("currency", "This field is required", code="required")
        return validate_currency(value)
    if spec.name == "probability":
        return validate_percent(value)
    return validate(spec, value)


CUSTOM_PREFIX = "custom."

_CUSTOM_KIND = {
    CustomFieldType.TEXT: Kind.TEXT,
    CustomFieldType.LONG_TEXT: Kind.LONG_TEXT,
    CustomFieldType.NUMBER: Kind.NUMBER,
    CustomFieldType.MONEY: Kind.MONEY,
    CustomFieldType.DATE: Kind.DATE,
    CustomFieldType.CHOICE: Kind.CHOICE,
    CustomFieldType.MULTI_CHOICE: Kind.MULTI_CHOICE,
    CustomFieldType.CHECKBOX: Kind.BOOL,
    CustomFieldType.EMAIL: Kind.EMAIL,
    CustomFieldType.PHONE: Kind.PHONE,
    CustomFieldType.URL: Kind.URL,
}


def custom_spec(key: str, field_type: CustomFieldType, options: tuple[str, ...] = ()) -> FieldSpec:
    kind = _CUSTOM_KIND[field_type]
    max_length = LONG_TEXT_MAX if kind is Kind.LONG_TEXT else 500
    return FieldSpec(CUSTOM_PREFIX + key, kind, max_length=max_length, choices=options)


_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_ALLOWED = re.compile(r"^[+0-9\s().\-/x#*]+$")
_URL_HOST = re.compile(r"^[a-z][a-z0-9+.\-]*://[^\s/]+\.[^\s/]+(/\S*)?$", re.IGNORECASE)
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩๐๑๒๓๔๕๖๗๘๙", "0123456789" * 3)


def normalize_digits(text: str) -> str:
    """Persian, Arabic-Indic and Thai digits to ASCII digits."""
    return text.translate(_DIGITS)


def validate(spec: FieldSpec, value: Any, *, today: date | None = None) -> Any:
    """Return the normalised value for ``spec`` or raise ValidationError naming the field."""
    if isinstance(value, str):
        value = value.strip()
    if value is None or value == "" or value == ():
        if spec.required:
            raise ValidationError(spec.name, "This field is required", code="required")
        return () if spec.kind in (Kind.EMAILS, Kind.PHONES, Kind.MULTI_CHOICE) else None
    checker = _CHECKERS.get(spec.kind, _check_text)
    return checker(spec, value, today or date.today())


def _check_text(spec: FieldSpec, value: Any, _today: date) -> str:
    if not isinstance(value, str):
        raise ValidationError(spec.name, "Expected text", code="type")
    limit = spec.max_length if spec.kind is not Kind.LONG_TEXT else max(spec.max_length, 1000)
    if len(value) > limit:
        raise ValidationError(
            spec.name,
            f"Too long: {len(value)} characters, at most {limit}",
            code="too_long",
            length=len(value),
            limit=limit,
        )
    if "\x00" in value:
        raise ValidationError(spec.name, "Contains a NUL character", code="control")
    return value


def _check_email(spec: FieldSpec, value: Any, today: date) -> str:
    text = _check_text(spec, value, today)
    if not _EMAIL_RE.match(text):
        raise ValidationError(
            spec.name, f"Not an email address: {text!r}", code="email", value=text
        )
    return text


def _check_phone(spec: FieldSpec, value: Any, today: date) -> str:
    text = normalize_digits(_check_text(spec, value, today))
    digits = sum(ch.isdigit() for ch in text)
    if not _PHONE_ALLOWED.match(text) or digits < 3 or digits > 20:
        raise ValidationError(spec.name, f"Not a phone number: {text!r}", code="phone", value=text)
    return text


def _split_list(value: Any) -> list[str]:
    if isinstance(value, str):
        parts = re.split(r"[,;\n]", value)
    elif isinstance(value, list | tuple):
        parts = [str(v) for v in value]
    else:
        parts = [str(value)]
    return [p.strip() for p in parts if p.strip()]


def _check_emails(spec: FieldSpec, value: Any, today: date) -> tuple[str, ...]:
    one = FieldSpec(spec.name, Kind.EMAIL)
    items = tuple(_check_email(one, v, today) for v in _split_list(value))
    _check_total(spec, items)
    return tuple(dict.fromkeys(items))


def _check_phones(spec: FieldSpec, value: Any, today: date) -> tuple[str, ...]:
    one = FieldSpec(spec.name, Kind.PHONE)
    items = tuple(_check_phone(one, v, today) for v in _split_list(value))
    _check_total(spec, items)
    return tuple(dict.fromkeys(items))


def _check_total(spec: FieldSpec, items: tuple[str, ...]) -> None:
    if sum(len(i) + 1 for i in items) > spec.max_length:
        raise ValidationError(spec.name, "Too many values", code="too_long", limit=spec.max_length)


def _check_url(spec: FieldSpec, value: Any, today: date) -> str:
    text = _check_text(spec, value, today)
    if "://" not in text:
        text = "https://" + text
    if not _URL_HOST.match(text):
        raise ValidationError(spec.name, f"Not a web address: {value!r}", code="url", value=value)
    return text


def _check_date(spec: FieldSpec, value: Any, today: date) -> date:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = date.fromisoformat(normalize_digits(value))
        except ValueError:
            raise ValidationError(
                spec.name, f"Not a date: {value!r}", code="date", value=value
            ) from None
    if not isinstance(value, date):
        raise ValidationError(spec.name, "Expected a date", code="type")
    if value.year < 1900:
        raise ValidationError(spec.name, "Date before 1900", code="date_range", value=value)
    if spec.name == "birthday" and value > today:
        raise ValidationError(spec.name, "A birthday cannot be in the future", code="future")
    return value


def _check_datetime(spec: FieldSpec, value: Any, _today: date) -> datetime:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(normalize_digits(value))
        except ValueError:
            raise ValidationError(
                spec.name, f"Not a date and time: {value!r}", code="datetime", value=value
            ) from None
    if not isinstance(value, datetime):
        raise ValidationError(spec.name, "Expected a date and time", code="type")
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _check_bool(spec: FieldSpec, value: Any, _today: date) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("1", "true", "yes"):
        return True
    if isinstance(value, str) and value.lower() in ("0", "false", "no"):
        return False
    raise ValidationError(spec.name, "Expected yes or no", code="type")


def _check_number(spec: FieldSpec, value: Any, _today: date) -> Decimal:
    try:
        number = Decimal(normalize_digits(str(value)).replace(" ", ""))
    except InvalidOperation:
        raise ValidationError(spec.name, f"Not a number: {value!r}", code="number") from None
    if not number.is_finite() or abs(number) >= Decimal("1e14"):
        raise ValidationError(spec.name, "Number out of range", code="range", value=str(value))
    if spec.kind is Kind.MONEY and number < 0:
        raise ValidationError(spec.name, "An amount cannot be negative", code="negative")
    return number.quantize(Decimal("0.0001")) if spec.kind is Kind.MONEY else number


def _check_int(spec: FieldSpec, value: Any, today: date) -> int:
    number = _check_number(spec, value, today)
    if number != number.to_integral_value() or number < 0:
        raise ValidationError(spec.name, "Expected a whole number of 0 or more", code="int")
    return int(number)


def _check_choice(spec: FieldSpec, value: Any, today: date) -> str:
    text = _check_text(spec, str(value), today)
    if spec.choices and text not in spec.choices:
        raise ValidationError(spec.name, f"Not one of the choices: {text!r}", code="choice")
    return text


def _check_multi(spec: FieldSpec, value: Any, today: date) -> tuple[str, ...]:
    one = FieldSpec(spec.name, Kind.CHOICE, choices=spec.choices)
    return tuple(_check_choice(one, v, today) for v in _split_list(value))


def _check_ref(spec: FieldSpec, value: Any, today: date) -> str:
    return _check_text(spec, str(value), today)


_CHECKERS = {
    Kind.TEXT: _check_text,
    Kind.LONG_TEXT: _check_text,
    Kind.EMAIL: _check_email,
    Kind.PHONE: _check_phone,
    Kind.EMAILS: _check_emails,
    Kind.PHONES: _check_phones,
    Kind.URL: _check_url,
    Kind.DATE: _check_date,
    Kind.DATETIME: _check_datetime,
    Kind.BOOL: _check_bool,
    Kind.INT: _check_int,
    Kind.NUMBER: _check_number,
    Kind.MONEY: _check_number,
    Kind.CHOICE: _check_choice,
    Kind.MULTI_CHOICE: _check_multi,
    Kind.REF: _check_ref,
}


def encode(value: Any) -> str:
    """A value as change-log JSON text."""
    return json.dumps(_to_jsonable(value), ensure_ascii=False)


def _to_jsonable(value: Any) -> Any:
    """Canonical JSON form, so that equal values always encode to equal text."""
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        # enough precision that normalize() never rounds (the default context keeps 28 digits)
        exact = Context(prec=max(28, len(value.as_tuple().digits)))
        return format(value.normalize(exact), "f")
    if isinstance(value, tuple | list):
        return [_to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _to_jsonable(v) for k, v in value.items()}
    return value


def decode(spec: FieldSpec, text: str | None) -> Any:
    """The inverse of ``encode`` for a field of ``spec``."""
    if text is None:
        return None
    raw = json.loads(text)
    if raw is None:
        return None
    if spec.kind in (Kind.EMAILS, Kind.PHONES, Kind.MULTI_CHOICE, Kind.LIST):
        return tuple(raw)
    if spec.kind is Kind.DATE:
        return date.fromisoformat(raw)
    if spec.kind is Kind.DATETIME:
        return datetime.fromisoformat(raw)
    if spec.kind in (Kind.MONEY, Kind.NUMBER):
        return Decimal(raw)
    return raw
