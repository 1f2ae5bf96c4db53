"""A small sales dataset whose report figures were worked out by hand (see the tests).

Base currency EUR; 1 USD = 0.5 EUR; GBP has no rate. Every event happens at 10:00 UTC, so
day counts are whole. Salespeople: Anna, Boris and Carl (deleted; his deals still count).
Pipeline "Sales" (the first): Lead in (10 %) → Qualified (25 %) → Contacted (40 %) → Won / Lost
(its Proposal and Negotiation stages are deleted). Pipeline "Other": Start (20 %) → Won / Lost.

Deals (history: stage on month-day; L = Lead in, Q = Qualified, C = Contacted, W = Won, X = Lost):

    key  owner  history                            value       company  contacts  source
    D1   Anna   L 02-20, Q 03-02, C 03-05, W 03-10   1000 EUR   Acme     -         web
    D2   Anna   L 03-01, Q 03-04, W 03-20            400 USD    Acme     Quinn     web
    D3   Anna   L 03-03, X 03-13 "Price"             300 EUR    Beta     Tom       fair
    D4   Anna   L 03-10, Q 03-12 (open, close 04-30) 2000 EUR   Beta     -         web
    D5   Anna   L 02-01, W 02-15                     500 EUR    Acme     -         web
    D16  Anna   L 03-02, X 03-05 "Price"             200 USD    -        -         fair
    D13  Anna   Other: Start 02-01 (open, 04-30)     1000 EUR   -        -         -
    D14  Anna   L 03-01, W 03-11 — DELETED deal      9999 EUR   Acme     -         web
    D6   Boris  L 03-02, Q 03-06, C 03-09, W 03-25   600 GBP    Gamma    -         referral
    D7   Boris  L 03-05, Q 03-08, W 03-18            250 EUR    -        Paul      referral
    D8   Boris  L 03-07, Q 03-09, X 03-19 "Competitor" 800 EUR  -        Sam       -
    D9   Boris  L 03-20 (open, prob 50 %, close 04-10) 1000 USD -        -         fair
    D10  Boris  L 01-10, Q 01-20, C 02-01 (open, no close date) 300 EUR           web
    D15  Boris  L 03-27, W 03-28                     no value   Gamma    -         referral
    D11  Carl   L 03-01, W 03-15                     900 EUR    Acme     -         web
    D12  Carl   L 03-10 (open, close 04-20)          100 GBP    -        -         -

Contacts (created, source, owner): Paul 03-03 referral Boris; Quinn 03-04 web Anna; Rita 03-06
web Anna; Sam 03-08 (no source) Boris; Tom 02-10 fair Anna; Uma 03-09 fair Anna — deleted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import ORMExecuteState, Session

from desktop_crm.domain.reports import ReportFilter
from desktop_crm.services.crm import Crm
from desktop_crm.store.models import (
    CompanyRecord,
    ContactRecord,
    DealContactRecord,
    DealRecord,
    PipelineRecord,
    StageChangeRecord,
    StageRecord,
    UserRecord,
)

TODAY = date(2026, 4, 15)
MARCH = ReportFilter(date(2026, 3, 1), date(2026, 3, 31))
EMPTY_RANGE = ReportFilter(date(2025, 1, 1), date(2025, 1, 31))  # no data at all


def at(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 10, tzinfo=UTC)


@dataclass(frozen=True)
class Spec:
    key: str
    owner: str
    history: str  # "L 02-20, Q 03-02": stage key and month-day of each change
    value: str | None  # "1000 EUR"
    company: str | None = None
    contacts: tuple[str, ...] = ()
    source: str | None = None
    reason: str | None = None  # lost reason
    probability: int | None = None
    close: date | None = None  # expected close
    deleted: bool = False


DEALS = (
    Spec("D1", "anna", "L 02-20, Q 03-02, C 03-05, W 03-10", "1000 EUR", "Acme", source="web"),
    Spec("D2", "anna", "L 03-01, Q 03-04, W 03-20", "400 USD", "Acme", ("Quinn",), "web"),
    Spec("D3", "anna", "L 03-03, X 03-13", "300 EUR", "Beta", ("Tom",), "fair", "Price"),
    Spec(
        "D4", "anna", "L 03-10, Q 03-12", "2000 EUR", "Beta", source="web", close=date(2026, 4, 30)
    ),
    Spec("D5", "anna", "L 02-01, W 02-15", "500 EUR", "Acme", source="web"),
    Spec("D16", "anna", "L 03-02, X 03-05", "200 USD", source="fair", reason="Price"),
    Spec("D13", "anna", "S 02-01", "1000 EUR", close=date(2026, 4, 30)),
    Spec("D14", "anna", "L 03-01, W 03-11", "9999 EUR", "Acme", source="web", deleted=True),
    Spec(
        "D6", "boris", "L 03-02, Q 03-06, C 03-09, W 03-25", "600 GBP", "Gamma", source="referral"
    ),
    Spec("D7", "boris", "L 03-05, Q 03-08, W 03-18", "250 EUR", None, ("Paul",), "referral"),
    Spec("D8", "boris", "L 03-07, Q 03-09, X 03-19", "800 EUR", None, ("Sam",), None, "Competitor"),
    Spec(
        "D9", "boris", "L 03-20", "1000 USD", source="fair", probability=50, close=date(2026, 4, 10)
    ),
    Spec("D10", "boris", "L 01-10, Q 01-20, C 02-01", "300 EUR", source="web"),
    Spec("D15", "boris", "L 03-27, W 03-28", None, "Gamma", source="referral"),
    Spec("D11", "carl", "L 03-01, W 03-15", "900 EUR", "Acme", source="web"),
    Spec("D12", "carl", "L 03-10", "100 GBP", close=date(2026, 4, 20)),
)

#: key, created (month, day), source, owner, deleted
CONTACTS = (
    ("Paul", (3, 3), "referral", "boris", False),
    ("Quinn", (3, 4), "web", "anna", False),
    ("Rita", (3, 6), "web", "anna", False),
    ("Sam", (3, 8), None, "boris", False),
    ("Tom", (2, 10), "fair", "anna", False),
    ("Uma", (3, 9), "fair", "anna", True),
)


@dataclass
class Fixture:
    users: dict[str, str] = field(default_factory=dict)  # anna, boris, carl -> id
    sales: str = ""  # the "Sales" pipeline id
    other: str = ""  # the "Other" pipeline id
    stages: dict[str, str] = field(default_factory=dict)  # L Q C W X S OW OX -> id
    deals: dict[str, str] = field(default_factory=dict)  # D1 … -> id
    contacts: dict[str, str] = field(default_factory=dict)
    companies: dict[str, str] = field(default_factory=dict)


def build(crm: Crm) -> Fixture:
    """Write the dataset into ``crm`` (a fresh database) and return the ids."""
    crm.pipelines.set_rate("USD", Decimal("0.5"))
    fx = Fixture()
    with Session(crm.ctx.engine) as s, s.begin():
        _people(s, fx)
        _pipelines(s, fx)
        _deals(s, fx)
    return fx


def _people(s: Session, fx: Fixture) -> None:
    for key, name, deleted in (
        ("anna", "Anna", False),
        ("boris", "Boris", False),
        ("carl", "Carl", True),
    ):
        user = UserRecord(
            name=name,
            role="salesperson",
            active=not deleted,
            deleted_at=at(4, 1) if deleted else None,
        )
        s.add(user)
        s.flush()
        fx.users[key] = user.id
    for name in ("Acme", "Beta", "Gamma", "Delta"):
        company = CompanyRecord(name=name, sort_name=name.casefold())
        s.add(company)
        s.flush()
        fx.companies[name] = company.id
    for name, (month, day), source, owner, deleted in CONTACTS:
        contact = ContactRecord(
            first_name=name, sort_name=name.casefold(), source=source, owner_id=fx.users[owner],
            created_at=at(month, day), deleted_at=at(4, 1) if deleted else None,
        )  # fmt: skip
        s.add(contact)
        s.flush()
        fx.contacts[name] = contact.id


def _pipelines(s: Session, fx: Fixture) -> None:
    sales = s.execute(sa.select(PipelineRecord).order_by(PipelineRecord.position)).scalars().first()
    assert sales is not None
    fx.sales = sales.id
    keys = {"Lead in": "L", "Qualified": "Q", "Contacted": "C", "Won": "W", "Lost": "X"}
    for stage in s.execute(
        sa.select(StageRecord).where(StageRecord.pipeline_id == sales.id)
    ).scalars():
        if stage.name in keys:
            fx.stages[keys[stage.name]] = stage.id
        else:  # Proposal, Negotiation
            stage.deleted_at = at(1, 1)
    other = PipelineRecord(name="Other", position=1)
    s.add(other)
    s.flush()
    fx.other = other.id
    for pos, (key, name, kind, prob) in enumerate(
        (("S", "Start", "open", 20), ("OW", "Won", "won", 100), ("OX", "Lost", "lost", 0))
    ):
        stage = StageRecord(
            pipeline_id=other.id, name=name, position=pos, kind=kind, probability=prob
        )
        s.add(stage)
        s.flush()
        fx.stages[key] = stage.id


def _deals(s: Session, fx: Fixture) -> None:
    for spec in DEALS:
        steps = []
        for step in spec.history.split(", "):
            key, month_day = step.split()
            month, day = (int(part) for part in month_day.split("-"))
            steps.append((fx.stages[key], at(month, day)))
        last_stage, last_at = steps[-1]
        status = {"W": "won", "X": "lost"}.get(spec.history.split(", ")[-1][0], "open")
        amount, currency = spec.value.split() if spec.value else (None, "EUR")
        deal = DealRecord(
            title=spec.key,
            value=None if amount is None else Decimal(amount),
            currency=currency,
            pipeline_id=fx.other if last_stage == fx.stages["S"] else fx.sales,
            stage_id=last_stage,
            probability=spec.probability,
            expected_close=spec.close,
            owner_id=fx.users[spec.owner],
            company_id=fx.companies[spec.company] if spec.company else None,
            source=spec.source,
            status=status,
            lost_reason=spec.reason,
            closed_at=last_at if status != "open" else None,
            stage_entered_at=last_at,
            created_at=steps[0][1],
            deleted_at=at(4, 1) if spec.deleted else None,
        )
        s.add(deal)
        s.flush()
        fx.deals[spec.key] = deal.id
        previous: str | None = None
        for stage_id, when in steps:
            s.add(
                StageChangeRecord(
                    deal_id=deal.id,
                    from_stage_id=previous,
                    to_stage_id=stage_id,
                    changed_at=when,
                    user_id=deal.owner_id,
                )
            )
            previous = stage_id
        for name in spec.contacts:
            s.add(DealContactRecord(deal_id=deal.id, contact_id=fx.contacts[name]))


def postgresql_sql(crm: Crm, name: str, flt: ReportFilter) -> list[str]:
    """Run report ``name`` on SQLite, capturing every statement it executes, and return each
    compiled for PostgreSQL (compiling fails on a construct PostgreSQL does not have)."""
    captured: list[Any] = []

    def capture(state: ORMExecuteState) -> None:
        captured.append(state.statement)

    event.listen(Session, "do_orm_execute", capture)
    try:
        crm.reports.run(name, flt, today=TODAY)
    finally:
        event.remove(Session, "do_orm_execute", capture)
    assert captured, "the report ran no statement through its session"
    return [str(stmt.compile(dialect=postgresql.dialect())) for stmt in captured]
