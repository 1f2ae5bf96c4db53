"""A small dataset about people's work — activities, tasks, customers, goals, a few deals — whose
activity, customer, goal, KPI and digest figures were worked out by hand (see the tests).

"Today" is Wednesday 2026-03-18: this month is March 2026 (31 days), this week Monday 03-16 to
Sunday 03-22. Base currency EUR; 1 USD = 0.5 EUR; GBP has no rate. Salespeople: Anna, Bruno and
Carla (deleted since; her work still counts). Every event is at 10:00 UTC unless noted. Pipeline
"Sales" (the default one): Lead in 10 % (rots after 7 days), Qualified 25 %, Contacted 40 %,
Proposal 60 % (rots after 10 days), Negotiation 80 %, Won, Lost.

Deals (created; stage or outcome on month-day):

    D1   Anna   1000 EUR   created 03-02, Lead in since 03-02 (prob —)     open, stale (16 d > 7)
    D2   Anna   2000 USD   created 02-10, Proposal since 03-12, prob 50    open (6 d < 10)
    D3   Bruno  3000 GBP   created 03-05, Negotiation since 03-05          open (no rate)
    D4   Bruno  no value   created 03-10, Qualified since 03-10            open
    D11  Bruno  1500 EUR   created 03-17, Contacted since 03-17            open
    D5   Anna   4000 EUR   created 01-15, won 03-05
    D6   Bruno   600 USD   created 02-01, won 03-16
    D7   Carla   500 EUR   created 01-20, won 02-20
    D8   Anna    700 EUR   created 02-15, lost 03-10
    D9   Bruno   800 GBP   created 03-02, won 03-17
    D10  Anna   9999 EUR   created 03-01, won 03-06 — DELETED deal

Contacts (created; owner; customer status / lifecycle; the change log's status edits):

    C1   01-10  Anna   active          potential → active 01-20
    C2   02-05  Anna   permanent       (created so: no log entry)
    C3   02-12  Bruno  active          potential → active 03-03
    C4   01-05  Bruno  lost            potential → active 01-25, active → lost 03-09
    C5   03-04  Anna   potential
    C6   03-11  Bruno  potential
    C7   03-16  Anna   stage Customer  (created so, no status)
    C8   03-05  Anna   potential       DELETED
    C9   2025-12-01 Bruno lost         (created so: no date for the loss)
    C10  02-20  Anna   potential
    C11  02-01  Bruno  lost            potential → lost 03-12 (a prospect, never a customer)

Activities: A1 Anna call 03-02; A2 Anna email 03-02 11:00; A3 Anna call 03-10; A4 Bruno meeting
03-03; A5 Bruno call 03-16; A6 Bruno demo 03-17; A7 Anna note 03-18 08:00; A8 Carla call 03-04;
A9 Anna message 02-27; A10 Anna call 03-05 DELETED.

Tasks: T1 Anna done 03-03 (due 03-03); T2 Bruno done 03-17 (due 03-16); T3 Anna open due 03-12;
T4 Bruno open due 03-25; T5 Bruno open due 03-19; T6 Anna open due 03-01 DELETED.

Goals (created through ``GoalService``):

    G1  team   deals_won_value  10000  03-01 … 03-31
    G2  Anna   deals_won_value   5000  03-01 … 03-31
    G3  team   new_leads            5  03-01 … 03-31
    G4  Bruno  activities          10  03-01 … 03-31
    G5  Anna   activities           3  03-16 … 03-22 (this week)
    G6  Bruno  deals_won_count      1  03-01 … 03-31
    G7  team   activities          20  02-01 … 02-28
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import ORMExecuteState, Session

from desktop_crm.services.crm import Crm
from desktop_crm.services.goals import GoalService
from desktop_crm.store.models import (
    ActivityRecord,
    ChangesetRecord,
    ContactRecord,
    DealRecord,
    FieldChangeRecord,
    PipelineRecord,
    StageChangeRecord,
    StageRecord,
    TaskRecord,
    UserRecord,
)

TODAY = date(2026, 3, 18)
WEEK = date(2026, 3, 16)


def at(month: int, day: int, hour: int = 10, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


#: key, owner, value, currency, status, stage key, probability, created, entered/closed, deleted
DEALS: tuple[tuple[Any, ...], ...] = (
    ("D1", "anna", "1000", "EUR", "open", "L", None, at(3, 2), at(3, 2), False),
    ("D2", "anna", "2000", "USD", "open", "P", 50, at(2, 10), at(3, 12), False),
    ("D3", "bruno", "3000", "GBP", "open", "N", None, at(3, 5), at(3, 5), False),
    ("D4", "bruno", None, "EUR", "open", "Q", None, at(3, 10), at(3, 10), False),
    ("D11", "bruno", "1500", "EUR", "open", "C", None, at(3, 17), at(3, 17), False),
    ("D5", "anna", "4000", "EUR", "won", "W", None, at(1, 15), at(3, 5), False),
    ("D6", "bruno", "600", "USD", "won", "W", None, at(2, 1), at(3, 16, 11), False),
    ("D7", "carla", "500", "EUR", "won", "W", None, at(1, 20), at(2, 20), False),
    ("D8", "anna", "700", "EUR", "lost", "X", None, at(2, 15), at(3, 10), False),
    ("D9", "bruno", "800", "GBP", "won", "W", None, at(3, 2), at(3, 17, 12), False),
    ("D10", "anna", "9999", "EUR", "won", "W", None, at(3, 1), at(3, 6), True),
)

#: key, created, owner, customer status, lifecycle stage, deleted, log [(at, old, new)]
CONTACTS: tuple[tuple[Any, ...], ...] = (
    ("C1", at(1, 10), "anna", "active", None, False, [(at(1, 20), "potential", "active")]),
    ("C2", at(2, 5), "anna", "permanent", None, False, []),
    ("C3", at(2, 12), "bruno", "active", None, False, [(at(3, 3), "potential", "active")]),
    (
        "C4",
        at(1, 5),
        "bruno",
        "lost",
        None,
        False,
        [(at(1, 25), "potential", "active"), (at(3, 9), "active", "lost")],
    ),
    ("C5", at(3, 4), "anna", "potential", "Lead", False, []),
    ("C6", at(3, 11), "bruno", "potential", "Lead", False, []),
    ("C7", at(3, 16), "anna", None, "Customer", False, []),
    ("C8", at(3, 5), "anna", "potential", None, True, []),
    ("C9", at(12, 1, year=2025), "bruno", "lost", None, False, []),
    ("C10", at(2, 20), "anna", "potential", None, False, []),
    ("C11", at(2, 1), "bruno", "lost", None, False, [(at(3, 12), "potential", "lost")]),
)

#: key, owner, kind, occurred, deleted
ACTIVITIES: tuple[tuple[Any, ...], ...] = (
    ("A1", "anna", "call", at(3, 2), False),
    ("A2", "anna", "email", at(3, 2, 11), False),
    ("A3", "anna", "call", at(3, 10), False),
    ("A4", "bruno", "meeting", at(3, 3), False),
    ("A5", "bruno", "call", at(3, 16), False),
    ("A6", "bruno", "demo", at(3, 17), False),
    ("A7", "anna", "note", at(3, 18, 8), False),
    ("A8", "carla", "call", at(3, 4), False),
    ("A9", "anna", "message", at(2, 27), False),
    ("A10", "anna", "call", at(3, 5), True),
)

#: key, assignee, due, done at, deleted
TASKS: tuple[tuple[Any, ...], ...] = (
    ("T1", "anna", at(3, 3), at(3, 3), False),
    ("T2", "bruno", at(3, 16), at(3, 17), False),
    ("T3", "anna", at(3, 12), None, False),
    ("T4", "bruno", at(3, 25), None, False),
    ("T5", "bruno", at(3, 19), None, False),
    ("T6", "anna", at(3, 1), None, True),
)

#: key, owner (None: team), metric, target, first day, last day
GOALS: tuple[tuple[Any, ...], ...] = (
    ("G1", None, "deals_won_value", "10000", date(2026, 3, 1), date(2026, 3, 31)),
    ("G2", "anna", "deals_won_value", "5000", date(2026, 3, 1), date(2026, 3, 31)),
    ("G3", None, "new_leads", "5", date(2026, 3, 1), date(2026, 3, 31)),
    ("G4", "bruno", "activities", "10", date(2026, 3, 1), date(2026, 3, 31)),
    ("G5", "anna", "activities", "3", date(2026, 3, 16), date(2026, 3, 22)),
    ("G6", "bruno", "deals_won_count", "1", date(2026, 3, 1), date(2026, 3, 31)),
    ("G7", None, "activities", "20", date(2026, 2, 1), date(2026, 2, 28)),
)


@dataclass
class People:
    users: dict[str, str] = field(default_factory=dict)  # anna, bruno, carla -> id
    stages: dict[str, str] = field(default_factory=dict)  # L Q C P N W X -> id
    ids: dict[str, str] = field(default_factory=dict)  # D1, C1, A1, T1, G1 … -> id

    def of(self, *keys: str) -> set[str]:
        return {self.ids[k] for k in keys}


def build(crm: Crm) -> People:
    """Write the dataset into ``crm`` (a fresh database) and return the ids."""
    crm.pipelines.set_rate("USD", Decimal("0.5"))
    fx = People()
    with Session(crm.ctx.engine) as s, s.begin():
        _users(s, fx)
        _stages(s, fx)
        _deals(s, fx)
        _contacts(s, fx, crm.ctx.clock.node_id)
        _work(s, fx)
    goals = GoalService(crm.ctx)
    for key, owner, metric, target, first, last in GOALS:
        user = fx.users[owner] if owner else None
        change = goals.create(metric, Decimal(target), first, last, user)
        assert change.created_id is not None
        fx.ids[key] = change.created_id
    with Session(crm.ctx.engine) as s, s.begin():  # Carla leaves after her goals were set
        s.execute(
            sa.update(UserRecord)
            .where(UserRecord.id == fx.users["carla"])
            .values(deleted_at=at(3, 17))
        )
    return fx


def _users(s: Session, fx: People) -> None:
    for key, name in (("anna", "Anna"), ("bruno", "Bruno"), ("carla", "Carla")):
        user = UserRecord(name=name, role="salesperson", active=True)
        s.add(user)
        s.flush()
        fx.users[key] = user.id


def _stages(s: Session, fx: People) -> None:
    sales = s.execute(sa.select(PipelineRecord).order_by(PipelineRecord.position)).scalars().first()
    assert sales is not None
    keys = {"Lead in": "L", "Qualified": "Q", "Contacted": "C", "Proposal": "P"}
    keys |= {"Negotiation": "N", "Won": "W", "Lost": "X"}
    rotting = {"L": 7, "P": 10}
    for stage in s.execute(
        sa.select(StageRecord).where(StageRecord.pipeline_id == sales.id)
    ).scalars():
        fx.stages[keys[stage.name]] = stage.id
        stage.rotting_days = rotting.get(keys[stage.name])


def _deals(s: Session, fx: People) -> None:
    pipeline = s.execute(sa.select(StageRecord.pipeline_id)).scalars().first()
    for key, owner, value, currency, status, stage, prob, created, moved, deleted in DEALS:
        deal = DealRecord(
            title=key, value=None if value is None else Decimal(value), currency=currency,
            pipeline_id=pipeline, stage_id=fx.stages[stage], probability=prob,
            owner_id=fx.users[owner], status=status, created_at=created, stage_entered_at=moved,
            closed_at=moved if status != "open" else None,
            deleted_at=at(3, 7) if deleted else None,
        )  # fmt: skip
        s.add(deal)
        s.flush()
        fx.ids[key] = deal.id
        s.add(StageChangeRecord(deal_id=deal.id, to_stage_id=fx.stages[stage], changed_at=moved))


def _contacts(s: Session, fx: People, node_id: str) -> None:
    changeset = ChangesetRecord(created_at=at(1, 1), description="edit contact.customer_status")
    s.add(changeset)
    s.flush()
    for n, (key, created, owner, status, stage, deleted, log) in enumerate(CONTACTS):
        contact = ContactRecord(
            first_name=key, sort_name=key.casefold(), owner_id=fx.users[owner],
            customer_status=status, lifecycle_stage=stage, created_at=created,
            deleted_at=at(3, 8) if deleted else None,
        )  # fmt: skip
        s.add(contact)
        s.flush()
        fx.ids[key] = contact.id
        for i, (when, old, new) in enumerate(log):
            s.add(
                FieldChangeRecord(
                    changeset_id=changeset.id, entity="contact", entity_id=contact.id,
                    record_type="contact", record_id=contact.id, op="set",
                    field="customer_status", old_value=json.dumps(old),
                    new_value=json.dumps(new), at=when, hlc=f"{when.isoformat()}-{n}-{i}",
                    node_id=node_id,
                )
            )  # fmt: skip


def _work(s: Session, fx: People) -> None:
    for key, owner, kind, when, deleted in ACTIVITIES:
        activity = ActivityRecord(
            kind=kind, subject=key, occurred_at=when, user_id=fx.users[owner],
            contact_id=fx.ids["C5"], deleted_at=at(3, 6) if deleted else None,
        )  # fmt: skip
        s.add(activity)
        s.flush()
        fx.ids[key] = activity.id
    for key, owner, due, done_at, deleted in TASKS:
        task = TaskRecord(
            title=key, due_at=due, assignee_id=fx.users[owner], done=done_at is not None,
            done_at=done_at, deleted_at=at(3, 2) if deleted else None,
        )  # fmt: skip
        s.add(task)
        s.flush()
        fx.ids[key] = task.id


def postgresql_statements(run: Any) -> list[str]:
    """Call ``run()`` (on SQLite), capturing every statement executed through a Session, and
    return each compiled for PostgreSQL (compiling fails on a construct it does not have)."""
    captured: list[Any] = []

    def capture(state: ORMExecuteState) -> None:
        captured.append(state.statement)

    event.listen(Session, "do_orm_execute", capture)
    try:
        run()
    finally:
        event.remove(Session, "do_orm_execute", capture)
    assert captured, "nothing ran through a session"
    return [str(stmt.compile(dialect=postgresql.dialect())) for stmt in captured]
