"""Words and numbers of deals: field labels, money, stage names and the deal errors' messages.

``labels.field_label`` and ``messages.error_text`` know contacts and companies; the deal fields
and the codes the deal services raise (a stage's required fields, a stage of another pipeline)
are added here, falling back on them for everything else.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_crm.domain.errors import CrmError, ValidationError
from desktop_crm.domain.fields import Kind
from desktop_crm.ui.cards.formatting import format_number, isolate, parse_number
from desktop_crm.ui.labels import field_label, name_label
from desktop_crm.ui.messages import error_text
from desktop_crm.ui.noop import QT_TRANSLATE_NOOP

_CTX = "Deals"

DEAL_LABELS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Deals", "Title"),
    "value": QT_TRANSLATE_NOOP("Deals", "Value"),
    "currency": QT_TRANSLATE_NOOP("Deals", "Currency"),
    "probability": QT_TRANSLATE_NOOP("Deals", "Probability (%)"),
    "expected_close": QT_TRANSLATE_NOOP("Deals", "Expected close"),
    "stage_id": QT_TRANSLATE_NOOP("Deals", "Stage"),
    "pipeline_id": QT_TRANSLATE_NOOP("Deals", "Pipeline"),
    "status": QT_TRANSLATE_NOOP("Deals", "Status"),
    "lost_reason": QT_TRANSLATE_NOOP("Deals", "Lost reason"),
    "closed_at": QT_TRANSLATE_NOOP("Deals", "Closed"),
    "quantity": QT_TRANSLATE_NOOP("Deals", "Quantity"),
    "unit_price": QT_TRANSLATE_NOOP("Deals", "Unit price"),
    "role": QT_TRANSLATE_NOOP("Deals", "Role"),
    "reason": QT_TRANSLATE_NOOP("Deals", "Reason"),
    "rate": QT_TRANSLATE_NOOP("Deals", "Rate"),
    "rotting_days": QT_TRANSLATE_NOOP("Deals", "Rotting after (days)"),
}

_ERRORS: dict[str, str] = {
    "stage_requires": QT_TRANSLATE_NOOP(
        "Deals", "The stage \u201c{stage}\u201d needs these fields first: {missing}."
    ),
    "other_pipeline": QT_TRANSLATE_NOOP(
        "Deals", "That stage belongs to another pipeline; nothing was changed."
    ),
    "closed_stage": QT_TRANSLATE_NOOP(
        "Deals",
        "Won and Lost are not ordinary stages: close a deal with the Won and Lost buttons, and "
        "keep those two stages in every pipeline.",
    ),
    "currency": QT_TRANSLATE_NOOP(
        "Deals", "{field}: \u201c{value}\u201d is not a currency code (three letters, e.g. EUR)."
    ),
    "percent": QT_TRANSLATE_NOOP("Deals", "{field}: a percentage from 0 to 100 is expected."),
    "stage_has_deals": QT_TRANSLATE_NOOP(
        "Deals", "Deals are in it ({count}): choose the stage they move to first."
    ),
    "same_pipeline": QT_TRANSLATE_NOOP(
        "Deals", "Choose a stage of another pipeline for the deals of the one deleted."
    ),
    "last_pipeline": QT_TRANSLATE_NOOP("Deals", "The last pipeline cannot be deleted."),
    "last_stage": QT_TRANSLATE_NOOP("Deals", "A pipeline keeps at least one open stage."),
    "value_from_items": QT_TRANSLATE_NOOP(
        "Deals", "The value is the sum of the line items: change the items instead."
    ),
    "closed_deal": QT_TRANSLATE_NOOP("Deals", "The deal is closed: reopen it first."),
    "stage_order": QT_TRANSLATE_NOOP(
        "Deals", "The stages changed meanwhile; the latest order is shown. Try again."
    ),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def deal_field_label(name: str) -> str:
    """A deal field's translated label (the shared table first, then the deal's own)."""
    label = field_label(name)
    if label == name and name in DEAL_LABELS:
        return _t(DEAL_LABELS[name])
    return label


def deal_error_text(exc: CrmError) -> str:
    """``error_text`` that also knows the deal services' codes and the deal fields' names."""
    template = _ERRORS.get(exc.code)
    if template is not None:
        params = {k: v for k, v in exc.params.items() if v is not None}
        missing = params.get("missing") or ()
        params["missing"] = ", ".join(deal_field_label(str(m)) for m in missing)
        params["stage"] = isolate(name_label(str(params.get("stage") or "")))
        params["count"] = QLocale().toString(int(params.get("count") or 0))
        params.setdefault("value", "")
        if isinstance(exc, ValidationError):
            params["field"] = deal_field_label(exc.field)
        params.setdefault("field", "")
        try:
            return _t(template).format(**params)
        except (KeyError, IndexError, ValueError):
            return _t(template)
    text = error_text(exc)
    if isinstance(exc, ValidationError) and exc.field in DEAL_LABELS:
        raw = field_label(exc.field)
        if raw == exc.field:
            text = text.replace(raw, deal_field_label(exc.field), 1)
    return text


def format_money(value: Any, currency: str | None) -> str:
    """``12,500.00 EUR`` in the user's locale (the code after the amount, bidi-isolated)."""
    if value is None or value == "":
        return "—"
    amount = format_number(value, Kind.MONEY)
    return f"{isolate(amount)} {currency}" if currency else amount


def to_decimal(text: str) -> Decimal | str:
    """Typed text in the user's locale as a Decimal; text that is no number stays as it is
    (the service refuses it and names the field)."""
    plain = parse_number(text)
    try:
        return Decimal(plain) if plain else plain
    except InvalidOperation:
        return text
