"""Deals, tasks and companies from files: stages and pipelines by name, owners by name, tags,
contacts by name, all-day tasks, numbers in local forms."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from desktop_crm.services.crm import Crm, open_crm
from desktop_crm.services.demo import load_demo
from desktop_crm.services.exporting.tables import export_records
from desktop_crm.services.importing import readers
from desktop_crm.services.importing.engine import analyze, run_import
from desktop_crm.services.importing.mapping import guess_mapping
from desktop_crm.services.importing.plan import ImportPlan
from desktop_crm.store.models import (
    ContactRecord,
    DealContactRecord,
    DealRecord,
    StageChangeRecord,
    StageRecord,
    TaskRecord,
)


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    return path


def test_deals_with_stages_owners_tags_and_local_numbers(crm: Crm, tmp_path: Path) -> None:
    crm.catalog.add_user("Giulia Bianchi", "salesperson")
    giulia = next(u.id for u in crm.catalog.users() if u.name == "Giulia Bianchi")
    rows = [
        ["Title", "Value", "Currency", "Stage", "Owner", "Close", "Company", "Contact", "Tags"],
        [
            "Fornitura",
            "12.500,50",
            "eur",
            "proposal",
            "giulia bianchi",
            "15/01/2027",
            "ACME",
            "Marco Rossi",
            "big, q1",
        ],
        ["Rinnovo", "3.000", "", "Won", "", "", "ACME", "", ""],
        ["Nope", "1", "", "No such stage", "", "", "", "", ""],
        ["Nobody", "1", "", "", "Someone Else", "", "", "", ""],
    ]
    path = write_csv(tmp_path / "deals.csv", rows)
    targets = (
        "title",
        "value",
        "currency",
        "stage",
        "owner",
        "expected_close",
        "company",
        "contact",
        "tags",
    )
    plan = ImportPlan("deal", path, targets, date_order="dmy", decimal_separator=",")
    preview = analyze(crm, plan)
    # an unknown stage or owner does not reject the row: a warning, counted apart
    counts = preview.counts
    assert (counts.new, counts.errors, counts.warnings) == (4, 0, 2) and not preview.errors
    assert {(w.row_number, w.code, w.column_name, w.value) for w in preview.warnings} == {
        (4, "unknown_stage", "Stage", "No such stage"),
        (5, "unknown_user", "Owner", "Someone Else"),
    }
    result = run_import(crm, plan)
    assert result.counts.new == 4 and result.counts.companies_created == 1
    assert result.counts.warnings == 2 and len(result.warnings) == 2
    with crm.ctx.session() as s:
        deals = {d.title: d for d in s.execute(sa.select(DealRecord)).scalars()}
        stages = {st.id: st for st in s.execute(sa.select(StageRecord)).scalars()}
        first = min(
            (st for st in stages.values() if st.pipeline_id == deals["Nope"].pipeline_id),
            key=lambda st: st.position,
        )
        assert deals["Nope"].stage_id == first.id and deals["Nope"].status == "open"
        assert deals["Nobody"].owner_id == crm.ctx.user_id
        big = deals["Fornitura"]
        assert big.value == Decimal("12500.50") and big.currency == "EUR"
        assert stages[big.stage_id].name == "Proposal" and big.status == "open"
        assert big.owner_id == giulia and big.expected_close == date(2027, 1, 15)
        won = deals["Rinnovo"]
        assert won.status == "won" and won.closed_at is not None and won.currency == "EUR"
        assert won.company_id == big.company_id and won.owner_id == crm.ctx.user_id
        assert s.execute(sa.select(sa.func.count()).select_from(StageChangeRecord)).scalar() == 4
        link = s.execute(sa.select(DealContactRecord)).scalar_one()
        assert link.deal_id == big.id
    detail = crm.deals.get(big.id)
    assert sorted(t.name for t in detail.tags) == ["big", "q1"]
    column = next(c for c in crm.deals.board(big.pipeline_id).columns if c.stage.name == "Proposal")
    assert [d.id for d in column.deals] == [big.id]


def test_tasks_with_dates_times_and_links(crm: Crm, tmp_path: Path) -> None:
    rows = [
        ["Task", "Due", "Priority", "Contact", "Done"],
        ["Call back", "24/11/2026 15:30", "High", "Anna Verdi", "no"],
        ["Send offer", "25/11/2026", "", "", "sì"],
        ["", "25/11/2026", "", "", ""],
    ]
    path = write_csv(tmp_path / "tasks.csv", rows)
    plan = ImportPlan(
        "task", path, ("title", "due_at", "priority", "contact", "done"), date_order="dmy"
    )
    result = run_import(crm, plan)
    assert (result.counts.new, result.counts.errors, result.counts.contacts_created) == (2, 1, 1)
    with crm.ctx.session() as s:
        tasks = {t.title: t for t in s.execute(sa.select(TaskRecord)).scalars()}
    call = tasks["Call back"]
    assert call.priority == "high" and not call.all_day and call.contact_id is not None
    assert call.due_at == datetime(2026, 11, 24, 15, 30).astimezone(UTC)
    offer = tasks["Send offer"]
    assert offer.all_day and offer.done and offer.done_at is not None
    assert offer.due_at == datetime(2026, 11, 25, tzinfo=UTC)
    assert offer.assignee_id == crm.ctx.user_id


def test_companies_with_numbers_websites_and_owner(crm: Crm, tmp_path: Path) -> None:
    rows = [
        ["Name", "Employees", "Revenue", "Website", "Owner"],
        ["ACME", "1 200", "€ 1.234.567,89", "acme.it", "Owner"],
        ["Bad size", "12.5", "", "", ""],
        ["شرکت پیشگامان", "۱۲۰", "۱۲۳٬۴۵۶", "", ""],
    ]
    path = write_csv(tmp_path / "co.csv", rows)
    plan = ImportPlan(
        "company",
        path,
        ("name", "size", "annual_revenue", "website", "owner"),
        decimal_separator=",",
    )
    result = run_import(crm, plan)
    assert result.counts.new == 2 and [e.code for e in result.errors] == ["int"]
    hits = crm.finder.search("ACME", 5).hits
    detail = crm.companies.get(hits[0].id)
    assert detail.values["size"] == 1200 and detail.values["website"] == "https://acme.it"
    assert detail.values["annual_revenue"] == Decimal("1234567.89")
    persian = crm.companies.get(crm.finder.search("پیشگامان", 5).hits[0].id)
    assert persian.values["size"] == 120 and persian.values["annual_revenue"] == Decimal(123456)


def test_demo_export_imports_whole_into_a_fresh_database(crm: Crm, tmp_path: Path) -> None:
    """The demo's owners are not users of the other database: every contact is imported all
    the same (owned by the importing user), each unknown owner a warning, not an error."""
    load_demo(crm)
    path = tmp_path / "contacts.csv"
    assert export_records(crm, "contact", path) == 300
    rows = readers.preview(path)
    header = [str(c) for c in rows[0]]
    targets = tuple(guess_mapping("contact", header, rows[1:]))
    assert "owner" in targets
    other = open_crm(tmp_path / "other.db", backup_dir=tmp_path / "backups")
    try:
        plan = ImportPlan("contact", path, targets, column_names=tuple(header))
        preview = analyze(other, plan)
        assert (preview.counts.new, preview.counts.errors) == (300, 0)
        assert preview.counts.warnings > 0
        assert {w.code for w in preview.warnings} == {"unknown_user"}
        result = run_import(other, plan)
        assert (result.counts.new, result.counts.errors) == (300, 0)
        with other.ctx.session() as s:
            owners = s.execute(sa.select(ContactRecord.owner_id).distinct()).scalars().all()
        assert owners == [other.ctx.user_id]
    finally:
        other.close()
