"""Deals for the demo data set: open ones spread over the stages, some won and lost, in the
currency of each company's country, with exchange rates so that the board's totals add up."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, Protocol

from desktop_crm.domain.records import PipelineInfo
from desktop_crm.services.writer import Writer

CURRENCY_BY_LANG = {"en": "USD", "it": "EUR", "ru": "RUB", "fa": "IRR", "th": "THB"}
# units of the base currency (EUR) per unit; approximate, for the demo only
RATES = {
    "USD": Decimal("0.92"),
    "RUB": Decimal("0.0098"),
    "THB": Decimal("0.026"),
    "IRR": Decimal("0.000022"),
}
# a typical deal size in each currency
SCALE = {"USD": 8_000, "EUR": 7_000, "RUB": 700_000, "IRR": 300_000_000, "THB": 250_000}
PRODUCTS = {
    "en": (
        "Annual support contract",
        "Website redesign",
        "Fleet tracking licences",
        "Consulting retainer",
        "Cloud migration",
    ),
    "it": (
        "Impianto fotovoltaico",
        "Contratto di manutenzione annuale",
        "Fornitura arredi ufficio",
        "Rinnovo licenze software",
        "Consulenza fiscale",
    ),
    "ru": (
        "Поставка оборудования",
        "Годовое обслуживание",
        "Внедрение CRM",
        "Аудит безопасности",
        "Обучение персонала",
    ),
    "fa": (
        "قرارداد پشتیبانی سالانه",
        "خرید تجهیزات شبکه",
        "طراحی وب‌سایت",
        "مشاوره مالیاتی",
        "راه‌اندازی انبار",
    ),
    "th": (
        "ระบบบริหารคลังสินค้า",
        "สัญญาบำรุงรักษารายปี",
        "ติดตั้งโซลาร์เซลล์",
        "อบรมพนักงานขาย",
        "ระบบบัญชีออนไลน์",
    ),
}
LOST_REASONS = ("Price", "Competitor", "No budget", "No decision", "Timing")


class Firm(Protocol):
    id: str
    name: str
    lang: str
    owner_id: str


def write_deals(
    w: Writer,
    rng: random.Random,
    pipeline: PipelineInfo,
    firms: list[Any],
    contacts_by_firm: dict[str, list[str]],
    now: datetime,
    count: int = 70,
) -> None:
    for currency, rate in RATES.items():
        w.create("currency_rate", {"currency": currency, "rate": rate})
    open_stages = [s for s in pipeline.stages if s.kind == "open"]
    closed = {s.kind: s for s in pipeline.stages if s.kind != "open"}
    positions: dict[str, float] = {}
    for i in range(count):
        firm = firms[i % len(firms)]
        roll = rng.random()
        kind = "won" if roll < 0.15 else "lost" if roll < 0.25 else "open"
        stage = closed[kind] if kind != "open" else rng.choice(open_stages)
        _write_deal(
            w,
            rng,
            pipeline.id,
            stage.id,
            kind,
            firm,
            contacts_by_firm,
            now,
            positions,
            open_stages[0].id,
        )


def _write_deal(
    w: Writer,
    rng: random.Random,
    pipeline_id: str,
    stage_id: str,
    kind: str,
    firm: Any,
    contacts_by_firm: dict[str, list[str]],
    now: datetime,
    positions: dict[str, float],
    first_stage_id: str,
) -> None:
    currency = CURRENCY_BY_LANG.get(firm.lang, "EUR")
    value = Decimal(round(SCALE[currency] * rng.uniform(0.3, 4.0), -2 if currency != "IRR" else -6))
    created = now - timedelta(days=rng.randint(10, 170))
    entered = created + timedelta(days=rng.randint(0, max(0, (now - created).days - 1)))
    positions[stage_id] = positions.get(stage_id, 0.0) + 1.0
    values: dict[str, Any] = {
        "title": f"{rng.choice(PRODUCTS.get(firm.lang, PRODUCTS['en']))} — {firm.name}",
        "value": value,
        "currency": currency,
        "pipeline_id": pipeline_id,
        "stage_id": stage_id,
        "position": positions[stage_id],
        "owner_id": firm.owner_id,
        "company_id": firm.id,
        "status": kind,
        "stage_entered_at": entered,
        "expected_close": (now + timedelta(days=rng.randint(-20, 120))).date(),
    }
    if kind != "open":
        values["closed_at"] = entered
    if kind == "lost":
        values["lost_reason"] = rng.choice(LOST_REASONS)
    deal = w.create("deal", values)
    deal.created_at = created
    record = ("deal", deal.id)
    w.create(
        "stage_change",
        {
            "deal_id": deal.id,
            "from_stage_id": None,
            "to_stage_id": first_stage_id,
            "changed_at": created,
        },
        record=record,
    )
    if stage_id != first_stage_id:
        w.create(
            "stage_change",
            {
                "deal_id": deal.id,
                "from_stage_id": first_stage_id,
                "to_stage_id": stage_id,
                "changed_at": entered,
            },
            record=record,
        )
    people = contacts_by_firm.get(firm.id) or []
    if people:
        w.create(
            "deal_contact",
            {"deal_id": deal.id, "contact_id": rng.choice(people), "role": "Decision maker"},
            record=record,
        )
