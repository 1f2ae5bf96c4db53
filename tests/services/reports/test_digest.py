"""The weekly digest of Monday 2026-03-16 … Sunday 03-22 on the hand-worked fixture
(fixture_people.py). Goals are counted up to 03-22 and paced as of 03-23: 22 whole days of
March are behind, so expected = target × 22/31."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from desktop_crm.domain.enums import ActivityKind
from desktop_crm.services.crm import Crm
from desktop_crm.services.reports.digest import Digest, digest_text, weekly_digest
from tests.services.reports.fixture_people import WEEK, People, build, postgresql_statements


@pytest.fixture
def fx(crm: Crm) -> People:
    return build(crm)


def _activities(**counts: int) -> tuple[tuple[ActivityKind, int], ...]:
    return tuple((kind, counts.get(kind.value, 0)) for kind in ActivityKind)


def test_team_and_each_salesperson(crm: Crm, fx: People) -> None:
    digest = weekly_digest(crm, WEEK, None)
    assert (digest.week_start, digest.week_end, digest.currency) == (
        date(2026, 3, 16), date(2026, 3, 22), "EUR",
    )  # fmt: skip
    team = digest.team
    assert (team.user_id, team.name) == (None, "Team")
    # new deals: D11 (03-17, 1500 EUR); new leads: C7 (03-16); won: D6 (03-16, 600 USD = 300)
    # and D9 (03-17, GBP: counted, not summed); activities A5 call, A6 demo, A7 note
    assert (team.new_deals, team.new_deals_value, team.new_leads) == (1, Decimal(1500), 1)
    assert (team.won_count, team.won_value) == (2, Decimal(300))
    assert team.activities == _activities(call=1, demo=1, note=1)
    assert team.activities_total == 3
    assert team.missing_currencies == ("GBP",)
    # team goals overlapping the week: G1 (value) 4300 of 10000, expected 10000 × 22/31 =
    # 7096.77: behind; G3 (leads) 3 of 5, expected 3.55: behind
    assert [(g.goal.id, g.actual, g.pace) for g in team.goals] == [
        (fx.ids["G1"], 4300, "behind"),
        (fx.ids["G3"], 3, "behind"),
    ]
    assert team.goals[0].expected_by_now.quantize(Decimal("0.01")) == Decimal("7096.77")
    anna, bruno = digest.people  # Carla did nothing that week and has no goal
    assert (anna.name, anna.new_deals, anna.new_leads, anna.won_count) == ("Anna", 0, 1, 0)
    assert anna.activities == _activities(note=1)  # A7
    # G5 (this week) 1 of 3, all 7 days behind: expected 3: behind; G2 4000 of 5000,
    # expected 5000 × 22/31 = 3548.39: on track
    assert [(g.goal.id, g.actual, g.expected_by_now, g.pace) for g in anna.goals] == [
        (fx.ids["G5"], 1, 3, "behind"),
        (fx.ids["G2"], 4000, Decimal(5000) * 22 / 31, "on_track"),
    ]
    assert anna.missing_currencies == ()
    assert (bruno.name, bruno.new_deals, bruno.new_deals_value) == ("Bruno", 1, Decimal(1500))
    assert (bruno.won_count, bruno.won_value, bruno.missing_currencies) == (2, 300, ("GBP",))
    assert bruno.activities == _activities(call=1, demo=1)  # A5, A6
    # G4 activities 3 of 10 (A4 A5 A6), expected 7.10: behind; G6 won 2 of 1: done
    assert [(g.goal.id, g.actual, g.pace) for g in bruno.goals] == [
        (fx.ids["G4"], 3, "behind"),
        (fx.ids["G6"], 2, "done"),
    ]


def test_one_salesperson_with_the_team_beside(crm: Crm, fx: People) -> None:
    digest = weekly_digest(crm, WEEK, fx.users["bruno"])
    assert [p.name for p in digest.people] == ["Bruno"]
    assert digest.team.activities_total == 3  # still the whole team's


def test_goals_count_nothing_after_the_week(crm: Crm, fx: People) -> None:
    contact = fx.ids["C5"]
    crm.ctx.user_id = fx.users["bruno"]  # Bruno logs a call on Monday 03-23
    crm.activities.log("call", occurred_at=datetime(2026, 3, 23, 9, tzinfo=UTC), contact_id=contact)
    bruno = weekly_digest(crm, WEEK, fx.users["bruno"]).people[0]
    assert bruno.goals[0].actual == 3  # G4: still A4, A5, A6
    next_week = weekly_digest(crm, date(2026, 3, 23), fx.users["bruno"]).people[0]
    assert next_week.activities == _activities(call=1)
    assert next_week.goals[0].actual == 4  # counted up to 03-29


def test_a_quiet_week(crm: Crm, fx: People) -> None:
    with crm.ctx.session() as session:  # a session works as well as a Crm
        digest = weekly_digest(session, date(2025, 6, 2), None)
    assert digest.team.empty and digest.team.goals == () and digest.people == ()


def test_text(crm: Crm, fx: People) -> None:
    assert digest_text(weekly_digest(crm, WEEK, None)) == EXPECTED_TEXT


EXPECTED_TEXT = """\
Weekly digest 2026-03-16 – 2026-03-22 (amounts in EUR)

Team
  New deals: 1 (1,500.00 EUR)
  New leads: 1
  Deals won: 2 (300.00 EUR)
  Activities: 3 (calls 1, demos 1, notes 1)
  Goals:
    Deals won (value) 2026-03-01 – 2026-03-31: 4,300.00 EUR of 10,000.00 EUR (43%), behind \
(expected by the end of the week 7,096.77 EUR)
    New leads 2026-03-01 – 2026-03-31: 3 of 5 (60%), behind (expected by the end of the week 3.5)
  Not in the amounts (no rate to EUR): deals in GBP

Anna
  New deals: 0 (0.00 EUR)
  New leads: 1
  Deals won: 0 (0.00 EUR)
  Activities: 1 (notes 1)
  Goals:
    Activities 2026-03-16 – 2026-03-22: 1 of 3 (33%), behind (expected by the end of the week 3)
    Deals won (value) 2026-03-01 – 2026-03-31: 4,000.00 EUR of 5,000.00 EUR (80%), on track \
(expected by the end of the week 3,548.39 EUR)

Bruno
  New deals: 1 (1,500.00 EUR)
  New leads: 0
  Deals won: 2 (300.00 EUR)
  Activities: 2 (calls 1, demos 1)
  Goals:
    Activities 2026-03-01 – 2026-03-31: 3 of 10 (30%), behind (expected by the end of the week 7.1)
    Deals won 2026-03-01 – 2026-03-31: 2 of 1 (200%), done (expected by the end of the week 0.7)
  Not in the amounts (no rate to EUR): deals in GBP
"""


def test_statements_compile_for_postgresql(crm: Crm, fx: People) -> None:
    digest: list[Digest] = []
    sql = postgresql_statements(lambda: digest.append(weekly_digest(crm, WEEK, None)))
    assert digest and len([s for s in sql if "GROUP BY" in s]) >= 8
