"""Customer base growth, churn and retention on the hand-worked fixture (fixture_people.py).

When each contact became a customer / churned (see the fixture's table):
C1 Anna became 01-20 (log); C2 Anna 02-05 (created permanent); C3 Bruno 03-03 (log);
C4 Bruno became 01-25, churned 03-09 (log); C7 Anna 03-16 (created with stage Customer).
Not customers: C5, C6, C10 (potential), C8 (deleted), C11 (a prospect marked lost), C9 (lost,
created so: no date — left out with a note).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa

from desktop_crm.domain.reports import ChartKind, ReportFilter
from desktop_crm.services.crm import Crm
from desktop_crm.store.models import ContactRecord
from desktop_crm.store.types import utcnow
from tests.services.reports.fixture_people import TODAY, People, build, postgresql_statements

Q1 = ReportFilter(date(2026, 1, 1), date(2026, 3, 31))
D = date.fromisoformat
LONG_AGO = datetime(2024, 1, 1, tzinfo=UTC)


@pytest.fixture
def fx(crm: Crm) -> People:
    return build(crm)


def test_team_per_month(crm: Crm, fx: People) -> None:
    data = crm.reports.run("customer_growth", Q1, today=TODAY)
    # month, salesperson, at start, new, churned, at end, retention = (end − new) ÷ start
    assert data.rows == (
        (D("2026-01-01"), "Anna", 0, 1, 0, 1, None),  # C1 new; no start: no retention
        (D("2026-01-01"), "Bruno", 0, 1, 0, 1, None),  # C4 new
        (D("2026-02-01"), "Anna", 1, 1, 0, 2, 100.0),  # C1; C2 new; (2 − 1) ÷ 1
        (D("2026-02-01"), "Bruno", 1, 0, 0, 1, 100.0),  # C4; (1 − 0) ÷ 1
        (D("2026-03-01"), "Anna", 2, 1, 0, 3, 100.0),  # C1 C2; C7 new; (3 − 1) ÷ 2
        (D("2026-03-01"), "Bruno", 1, 1, 1, 1, 0.0),  # C4; C3 new; C4 churned; (1 − 1) ÷ 1
    )
    # the range as one period: 0 at the start of January, 5 new (C1 C4 C2 C3 C7), 1 churned
    # (C4), 4 at the end of March; no start, no retention
    assert data.totals == (None, "Team", 0, 5, 1, 4, None)
    chart = data.chart
    assert chart is not None and chart.kind is ChartKind.LINE
    assert chart.categories == ("2026-01-01", "2026-02-01", "2026-03-01")
    # customers at the end of each month: team 2 (C1 C4), 3 (+C2), 4 (+C3 +C7 −C4)
    assert [(s.key, s.name, s.values) for s in chart.series] == [
        ("team", "Team", (2, 3, 4)),
        (fx.users["anna"], "Anna", (1, 2, 3)),
        (fx.users["bruno"], "Bruno", (1, 1, 1)),
    ]
    # C9 is lost with no date of loss in the log
    assert [(n.code, n.params) for n in data.notes] == [("lost_without_date", {"count": 1})]


def test_team_retention_over_two_months(crm: Crm, fx: People) -> None:
    data = crm.reports.run("customer_growth", ReportFilter(D("2026-02-01"), D("2026-03-31")))
    # start of February: C1, C4 = 2; new C2 (Feb), C3, C7 (Mar) = 3; churned C4 = 1;
    # end of March 2 + 3 − 1 = 4; retention (4 − 3) ÷ 2 = 50 %
    assert data.totals == (None, "Team", 2, 3, 1, 4, 50.0)


def test_one_salesperson(crm: Crm, fx: People) -> None:
    march = ReportFilter(D("2026-03-01"), D("2026-03-31"), owner_id=fx.users["bruno"])
    data = crm.reports.run("customer_growth", march, today=TODAY)
    # C4 at the start; C3 new; C4 churned; (1 − 1) ÷ 1 = 0 %
    assert data.rows == ((D("2026-03-01"), "Bruno", 1, 1, 1, 1, 0.0),)
    assert data.totals is None
    chart = data.chart
    assert chart is not None
    assert [(s.key, s.values) for s in chart.series] == [
        ("end", (1,)),
        ("new", (1,)),
        ("churned", (1,)),
    ]
    assert [n.code for n in data.notes] == ["lost_without_date"]  # C9 is Bruno's
    anna = crm.reports.run(
        "customer_growth", ReportFilter(D("2026-03-01"), D("2026-03-31"), owner_id=fx.users["anna"])
    )
    # C1 C2 at the start; C7 new; (3 − 1) ÷ 2 = 100 %; no undated loss among hers
    assert anna.rows == ((D("2026-03-01"), "Anna", 2, 1, 0, 3, 100.0),)
    assert anna.notes == ()


def test_before_any_customer_there_is_no_data(crm: Crm, fx: People) -> None:
    data = crm.reports.run("customer_growth", ReportFilter(D("2025-01-01"), D("2025-12-31")))
    assert data.rows == () and data.chart is None and data.totals is None
    assert [n.code for n in data.notes] == ["no_data", "lost_without_date"]


def test_status_edits_through_the_service_are_read_from_the_log(crm: Crm) -> None:
    today = utcnow().date()
    this_month = ReportFilter(today.replace(day=1), today)
    first = crm.contacts.create({"first_name": "Ada"}).created_id
    assert first is not None
    with crm.ctx.engine.begin() as conn:  # Ada has been a contact for a long time
        conn.execute(
            sa.update(ContactRecord).where(ContactRecord.id == first).values(created_at=LONG_AGO)
        )
    # she becomes a customer now: the date comes from the log, not from her creation
    crm.contacts.update(first, "customer_status", "active")
    crm.contacts.create({"first_name": "Bea", "customer_status": "permanent"})  # one already
    crm.contacts.create({"first_name": "Cy", "lifecycle_stage": "Lead"})  # not one
    data = crm.reports.run("customer_growth", this_month)
    assert data.totals == (None, "Team", 0, 2, 0, 2, None)  # Ada and Bea are new
    crm.contacts.update(first, "customer_status", "permanent")  # still a customer: no change
    crm.contacts.update(first, "customer_status", "lost")  # churned
    data = crm.reports.run("customer_growth", this_month)
    assert data.totals == (None, "Team", 0, 2, 1, 1, None)  # Ada new and churned this month


def test_statements_compile_for_postgresql(crm: Crm, fx: People) -> None:
    sql = postgresql_statements(lambda: crm.reports.run("customer_growth", Q1, today=TODAY))
    grouped = [s for s in sql if "field_changes" in s]
    assert len(grouped) == 2  # the cohorts and the undated losses
    assert all("date_trunc('month'" in s for s in grouped[:1])
