"""The activities report on the hand-worked fixture (tests/services/reports/fixture_people.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop_crm.domain.reports import ChartKind, Period, ReportFilter
from desktop_crm.services.crm import Crm
from desktop_crm.store.types import utcnow
from tests.services.reports.fixture_people import TODAY, People, build, postgresql_statements

MARCH = ReportFilter(date(2026, 3, 1), date(2026, 3, 31), period=Period.WEEK)
D = date.fromisoformat


@pytest.fixture
def fx(crm: Crm) -> People:
    return build(crm)


def test_team_by_week(crm: Crm, fx: People) -> None:
    data = crm.reports.run("activities", MARCH, today=TODAY)
    # columns: period, salesperson, calls, emails, meetings, demos, notes, messages, all, tasks done
    assert [c.key for c in data.columns] == [
        "period", "owner", "call", "email", "meeting", "demo", "note", "message",
        "activities", "tasks_done",
    ]  # fmt: skip
    assert data.rows == (
        # week of Mon 03-02: A1 call + A2 email (Anna), T1 done 03-03 (Anna)
        (D("2026-03-02"), "Anna", 1, 1, 0, 0, 0, 0, 2, 1),
        # A4 meeting 03-03 (Bruno)
        (D("2026-03-02"), "Bruno", 0, 0, 1, 0, 0, 0, 1, 0),
        # A8 call 03-04 (Carla, deleted since: still counted)
        (D("2026-03-02"), "Carla", 1, 0, 0, 0, 0, 0, 1, 0),
        # week of 03-09: A3 call 03-10 (A10 of 03-05 is deleted; A9 is in February)
        (D("2026-03-09"), "Anna", 1, 0, 0, 0, 0, 0, 1, 0),
        # week of 03-16: A7 note 03-18
        (D("2026-03-16"), "Anna", 0, 0, 0, 0, 1, 0, 1, 0),
        # A5 call 03-16, A6 demo 03-17; T2 done 03-17
        (D("2026-03-16"), "Bruno", 1, 0, 0, 1, 0, 0, 2, 1),
    )
    # the team: calls A1 A3 A5 A8 = 4, email A2, meeting A4, demo A6, note A7; 8 in all;
    # tasks done T1 T2 = 2 (T3–T5 are open, T6 deleted)
    assert data.totals == (None, "Team", 4, 1, 1, 1, 1, 0, 8, 2)
    chart = data.chart
    assert chart is not None and chart.kind is ChartKind.STACKED_BAR
    # every week touching March, from Monday 02-23 (03-01 is a Sunday) to Monday 03-30
    assert chart.categories == (
        "2026-02-23", "2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30",
    )  # fmt: skip
    # one series per salesperson: their activities per week (the rows' "all" column)
    assert [(s.key, s.name, s.values) for s in chart.series] == [
        (fx.users["anna"], "Anna", (0, 2, 1, 1, 0, 0)),
        (fx.users["bruno"], "Bruno", (0, 1, 0, 2, 0, 0)),
        (fx.users["carla"], "Carla", (0, 1, 0, 0, 0, 0)),
    ]
    assert [(n.code, n.params) for n in data.notes] == [("deleted_owner", {"names": ["Carla"]})]
    assert "per salesperson who logged them" in data.definition


def test_one_salesperson_by_day_stacks_kinds(crm: Crm, fx: People) -> None:
    flt = ReportFilter(
        D("2026-03-01"), D("2026-03-10"), owner_id=fx.users["anna"], period=Period.DAY
    )
    data = crm.reports.run("activities", flt, today=TODAY)
    assert data.rows == (
        (D("2026-03-02"), "Anna", 1, 1, 0, 0, 0, 0, 2, 0),  # A1 call, A2 email
        (D("2026-03-03"), "Anna", 0, 0, 0, 0, 0, 0, 0, 1),  # T1 done 03-03, no activity
        (D("2026-03-10"), "Anna", 1, 0, 0, 0, 0, 0, 1, 0),  # A3 call
    )
    assert data.totals is None  # one salesperson: no team row
    chart = data.chart
    assert chart is not None and chart.kind is ChartKind.STACKED_BAR
    assert len(chart.categories) == 10  # 03-01 … 03-10
    # stacked by kind, only the kinds she logged: calls on 03-02 and 03-10, an email on 03-02
    assert [(s.key, s.name, s.values) for s in chart.series] == [
        ("call", "Calls", (0, 1, 0, 0, 0, 0, 0, 0, 0, 1)),
        ("email", "Emails", (0, 1, 0, 0, 0, 0, 0, 0, 0, 0)),
    ]
    assert data.notes == ()  # Anna is not deleted


def test_by_month(crm: Crm, fx: People) -> None:
    flt = ReportFilter(D("2026-02-01"), D("2026-03-31"), period=Period.MONTH)
    data = crm.reports.run("activities", flt, today=TODAY)
    assert data.rows == (
        (D("2026-02-01"), "Anna", 0, 0, 0, 0, 0, 1, 1, 0),  # A9 message 02-27
        # A1 A3 calls, A2 email, A7 note; T1
        (D("2026-03-01"), "Anna", 2, 1, 0, 0, 1, 0, 4, 1),
        # A5 call, A4 meeting, A6 demo; T2
        (D("2026-03-01"), "Bruno", 1, 0, 1, 1, 0, 0, 3, 1),
        (D("2026-03-01"), "Carla", 1, 0, 0, 0, 0, 0, 1, 0),  # A8 call
    )
    # calls 2 + 1 + 1 = 4, emails 1, meetings 1, demos 1, notes 1, messages 1: 9; tasks 2
    assert data.totals == (None, "Team", 4, 1, 1, 1, 1, 1, 9, 2)


def test_empty_range_says_so(crm: Crm, fx: People) -> None:
    data = crm.reports.run("activities", ReportFilter(D("2025-01-01"), D("2025-01-31")))
    assert data.rows == () and data.totals is None and data.chart is None
    assert [n.code for n in data.notes] == ["no_data"]


def test_pipeline_filter_is_named_as_not_used(crm: Crm, fx: People) -> None:
    pipeline_id = crm.pipelines.pipelines()[0].id
    flt = ReportFilter(D("2026-03-01"), D("2026-03-31"), pipeline_id=pipeline_id)
    data = crm.reports.run("activities", flt, today=TODAY)
    assert data.totals is not None and data.totals[8] == 8  # the same 8 March activities
    assert "pipeline_not_applied" in [n.code for n in data.notes]


def test_an_activity_logged_through_the_service_counts(crm: Crm) -> None:
    contact = crm.contacts.create({"first_name": "Ada"}).created_id
    when = datetime(2026, 5, 6, 9, tzinfo=UTC)
    crm.activities.log("meeting", subject="Kick-off", occurred_at=when, contact_id=contact)
    crm.activities.log("call", occurred_at=utcnow(), contact_id=contact)  # another month
    data = crm.reports.run("activities", ReportFilter(D("2026-05-01"), D("2026-05-31")))
    # the default user "Owner" logged one meeting in May
    assert data.rows == ((D("2026-05-01"), "Owner", 0, 0, 1, 0, 0, 0, 1, 0),)


def test_statements_compile_for_postgresql(crm: Crm, fx: People) -> None:
    for flt in (MARCH, ReportFilter(D("2026-03-01"), D("2026-03-31"), owner_id=fx.users["anna"])):
        sql = postgresql_statements(lambda f=flt: crm.reports.run("activities", f, today=TODAY))
        grouped = [s for s in sql if "GROUP BY" in s]
        assert len(grouped) == 2  # activities by kind, tasks done
        assert all("date_trunc('day'" in s for s in grouped)  # days, rolled up in Python
        assert any("count(*) FILTER (WHERE activities.kind" in s for s in grouped)
