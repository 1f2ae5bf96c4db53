"""Settings that belong to the sales data: the base currency, exchange rates and lost reasons.

The base currency and the lost reasons live in the ``settings`` table (key -> JSON); rates are
``currency_rate`` records (units of the base currency per one unit of the currency).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.fields import FieldSpec, Kind, validate, validate_currency
from desktop_crm.services.writer import Writer
from desktop_crm.store.models import ENTITY_MODELS, CurrencyRateRecord, SettingRecord

BASE_CURRENCY_KEY = "base_currency"
LOST_REASONS_KEY = "lost_reasons"
DEFAULT_BASE_CURRENCY = "EUR"
DEFAULT_LOST_REASONS = ("Price", "Competitor", "No budget", "No decision", "Timing", "Other")
_REASON = FieldSpec("lost_reason", Kind.TEXT, max_length=500, required=True)
_RATE = FieldSpec("rate", Kind.MONEY, required=True)


def read_setting(conn: Any, key: str) -> Any:
    """The JSON value of a setting (None when unset); ``conn`` is a Connection or a Session."""
    return conn.execute(sa.select(SettingRecord.value).where(SettingRecord.key == key)).scalar()


def base_currency(conn: Any) -> str:
    value = read_setting(conn, BASE_CURRENCY_KEY)
    return str(value) if value else DEFAULT_BASE_CURRENCY


def lost_reasons(conn: Any) -> list[str]:
    value = read_setting(conn, LOST_REASONS_KEY)
    return [str(v) for v in value] if isinstance(value, list) else list(DEFAULT_LOST_REASONS)


def rates(conn: Any) -> dict[str, Decimal]:
    r = CurrencyRateRecord
    rows = conn.execute(
        sa.select(r.currency, r.rate).where(r.deleted_at.is_(None)).order_by(r.created_at)
    ).all()
    return {row[0]: row[1] for row in rows}


def write_setting(w: Writer, key: str, value: Any) -> None:
    """Change a setting inside ``w``'s transaction; logged (so undoable) when the store knows the
    ``setting`` entity, else written directly."""
    row = w.session.get(SettingRecord, key)
    if row is None:
        w.session.add(SettingRecord(key=key, value=None))
        w.session.flush()
        row = w.session.get(SettingRecord, key)
    if "setting" in ENTITY_MODELS:
        w.set("setting", key, "value", value, record=("setting", key))
    else:
        assert row is not None
        row.value = value


def set_base_currency(w: Writer, code: Any) -> None:
    write_setting(w, BASE_CURRENCY_KEY, validate_currency(code))


def clean_lost_reasons(reasons: Iterable[Any]) -> list[str]:
    clean = [validate(_REASON, r) for r in reasons if isinstance(r, str) and r.strip()]
    unique = list(dict.fromkeys(clean))
    if not unique:
        raise ValidationError("lost_reasons", "Keep at least one reason", code="required")
    return unique


def set_rate(w: Writer, currency: Any, rate: Any) -> None:
    """Set (or with ``rate`` None remove) the rate of ``currency`` to the base currency."""
    code = validate_currency(currency)
    if code == base_currency(w.session):
        raise ValidationError("currency", "The base currency has no rate", code="base_currency")
    value = None if rate is None else validate(_RATE, rate)
    if value is not None and value <= 0:
        raise ValidationError("rate", "A rate is more than 0", code="positive")
    live = _rate_rows(w.session, code)
    if value is None:
        for row in live:
            w.set("currency_rate", row.id, "deleted_at", w.now)
        return
    if live:
        w.set("currency_rate", live[0].id, "rate", value)
        for extra in live[1:]:
            w.set("currency_rate", extra.id, "deleted_at", w.now)
    else:
        w.create("currency_rate", {"currency": code, "rate": value})


def _rate_rows(session: Session, code: str) -> list[CurrencyRateRecord]:
    r = CurrencyRateRecord
    return list(
        session.execute(
            sa.select(r).where(r.currency == code, r.deleted_at.is_(None)).order_by(r.created_at)
        ).scalars()
    )
