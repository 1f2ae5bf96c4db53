"""Repeat rules: properties of the next occurrence, the text form, and the rules refused."""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.recurrence import (
    Freq,
    RepeatRule,
    anchored,
    format_rule,
    next_occurrence,
    parse_rule,
)

WEEKDAYS = st.lists(st.integers(0, 6), min_size=1, max_size=7, unique=True).map(
    lambda days: tuple(sorted(days))
)
UNTIL = st.none() | st.dates(date(1990, 1, 1), date(2300, 12, 31))


def _longest(month: int) -> int:
    return 29 if month == 2 else calendar.monthrange(2001, month)[1]


@st.composite
def rules(draw: st.DrawFn) -> RepeatRule:
    """Every rule the app can store (weekdays in their written order)."""
    freq = draw(st.sampled_from(list(Freq)))
    interval = draw(st.integers(1, 60))
    until = draw(UNTIL)
    if freq is Freq.WEEKLY:
        return RepeatRule(freq, interval, weekdays=draw(WEEKDAYS), until=until)
    if freq is Freq.MONTHLY:
        return RepeatRule(freq, interval, month_day=draw(st.integers(1, 31)), until=until)
    if freq is Freq.YEARLY:
        month = draw(st.integers(1, 12))
        day = draw(st.integers(1, _longest(month)))
        return RepeatRule(freq, interval, month_day=day, month=month, until=until)
    return RepeatRule(freq, interval, until=until)


MOMENTS = st.datetimes(datetime(1990, 1, 1), datetime(2200, 12, 31)) | st.datetimes(
    datetime(1990, 1, 1), datetime(2200, 12, 31), timezones=st.just(UTC)
)


def _months_between(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def _last_day(day: date) -> int:
    return calendar.monthrange(day.year, day.month)[1]


# ----- next_occurrence ---------------------------------------------------------------------
@given(rules(), MOMENTS)
@example(RepeatRule(Freq.MONTHLY, month_day=31), datetime(2027, 1, 31, 10))
@example(RepeatRule(Freq.YEARLY, month=2, month_day=29), datetime(2028, 2, 29, 10))
def test_the_next_occurrence_is_later_and_keeps_the_time(
    rule: RepeatRule, current: datetime
) -> None:
    nxt = next_occurrence(rule, current)
    if nxt is None:
        return
    assert nxt > current
    assert nxt.time() == current.time() and nxt.tzinfo is current.tzinfo


@given(rules().filter(lambda r: r.freq is Freq.WEEKLY), MOMENTS)
def test_weekly_lands_on_an_allowed_day_in_the_right_week(
    rule: RepeatRule, current: datetime
) -> None:
    nxt = next_occurrence(replace(rule, until=None), current)
    assert nxt is not None
    assert nxt.weekday() in rule.weekdays
    monday = current.date() - timedelta(days=current.weekday())
    weeks = (nxt.date() - monday).days // 7
    assert weeks in (0, rule.interval)  # later this week, or ``interval`` weeks on
    if weeks == rule.interval:
        assert nxt.weekday() == min(rule.weekdays)
        assert not any(d > current.weekday() for d in rule.weekdays)
    else:
        later = [d for d in rule.weekdays if d > current.weekday()]
        assert nxt.weekday() == min(later)


@given(rules().filter(lambda r: r.freq is Freq.MONTHLY), MOMENTS)
@example(RepeatRule(Freq.MONTHLY, month_day=31), datetime(2027, 1, 31, 10))
@example(RepeatRule(Freq.MONTHLY, month_day=30), datetime(2028, 1, 30, 10))
def test_monthly_lands_interval_months_on_the_anchor_or_the_last_day(
    rule: RepeatRule, current: datetime
) -> None:
    nxt = next_occurrence(replace(rule, until=None), current)
    assert nxt is not None and rule.month_day is not None
    assert _months_between(current.date(), nxt.date()) == rule.interval
    assert nxt.day == min(rule.month_day, _last_day(nxt))


@given(rules().filter(lambda r: r.freq is Freq.YEARLY), MOMENTS)
def test_yearly_lands_interval_years_on_its_day(rule: RepeatRule, current: datetime) -> None:
    nxt = next_occurrence(replace(rule, until=None), current)
    assert nxt is not None and rule.month_day is not None
    assert nxt.year == current.year + rule.interval and nxt.month == rule.month
    assert nxt.day == min(rule.month_day, _last_day(nxt))


@given(st.integers(1, 60), MOMENTS)
def test_daily_moves_by_the_interval(interval: int, current: datetime) -> None:
    assert next_occurrence(RepeatRule(Freq.DAILY, interval), current) == current + timedelta(
        days=interval
    )


@given(rules(), MOMENTS)
def test_never_after_until(rule: RepeatRule, current: datetime) -> None:
    assume(rule.until is not None)
    assert rule.until is not None
    nxt = next_occurrence(rule, current)
    unbounded = next_occurrence(replace(rule, until=None), current)
    assert unbounded is not None
    if unbounded.date() > rule.until:
        assert nxt is None
    else:
        assert nxt == unbounded


def test_a_monthly_series_on_the_31st_goes_to_month_ends_and_back() -> None:
    rule = RepeatRule(Freq.MONTHLY, month_day=31)
    day = datetime(2027, 12, 31, 9, 30)
    seen = []
    for _ in range(4):
        nxt = next_occurrence(rule, day)
        assert nxt is not None
        seen.append(nxt.date())
        day = nxt
    assert seen == [date(2028, 1, 31), date(2028, 2, 29), date(2028, 3, 31), date(2028, 4, 30)]


def test_the_anchor_comes_from_the_first_due_date() -> None:
    assert anchored(RepeatRule(Freq.MONTHLY), date(2027, 1, 31)).month_day == 31
    yearly = anchored(RepeatRule(Freq.YEARLY), datetime(2028, 2, 29, 8))
    assert (yearly.month, yearly.month_day) == (2, 29)
    kept = RepeatRule(Freq.MONTHLY, month_day=15)
    assert anchored(kept, date(2027, 1, 20)) == kept


# ----- the text form ---------------------------------------------------------------------
@given(rules())
def test_the_text_form_reads_back(rule: RepeatRule) -> None:
    assert parse_rule(format_rule(rule)) == rule


def test_the_text_form_is_the_rfc_subset() -> None:
    rule = RepeatRule(Freq.WEEKLY, 2, weekdays=(0, 3), until=date(2027, 12, 31))
    assert format_rule(rule) == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20271231"
    assert parse_rule("freq=monthly;bymonthday=31") == RepeatRule(Freq.MONTHLY, month_day=31)
    assert parse_rule("FREQ=DAILY;UNTIL=20271231T235959Z").until == date(2027, 12, 31)


def test_weekday_order_does_not_make_another_rule() -> None:
    rule = RepeatRule(Freq.WEEKLY, weekdays=(3, 0, 3))
    assert parse_rule(format_rule(rule)) == rule


# ----- rules refused -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("FREQ=WEEKLY", "repeat_no_days"),
        ("FREQ=WEEKLY;BYDAY=", "repeat_no_days"),
        ("FREQ=DAILY;INTERVAL=0", "repeat_interval"),
        ("FREQ=DAILY;INTERVAL=1000", "repeat_interval"),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "repeat_rule"),
        ("FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31", "repeat_rule"),
        ("FREQ=MONTHLY;BYMONTHDAY=32", "repeat_rule"),
        ("FREQ=YEARLY;BYMONTH=13;BYMONTHDAY=1", "repeat_rule"),
        ("FREQ=WEEKLY;BYDAY=XX", "repeat_rule"),
        ("FREQ=HOURLY", "repeat_rule"),
        ("FREQ=DAILY;COUNT=3", "repeat_rule"),
        ("FREQ=DAILY;UNTIL=2027", "repeat_rule"),
        ("every day", "repeat_rule"),
        ("", "repeat_rule"),
    ],
)
def test_invalid_rules_raise_with_their_code(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_rule(text)
    assert caught.value.code == code and caught.value.field == "repeat_rule"


@pytest.mark.parametrize(
    ("values", "code"),
    [
        ({"freq": Freq.WEEKLY}, "repeat_no_days"),
        ({"freq": Freq.DAILY, "interval": 0}, "repeat_interval"),
        ({"freq": Freq.WEEKLY, "weekdays": (7,)}, "repeat_rule"),
        ({"freq": Freq.YEARLY, "month": 2, "month_day": 30}, "repeat_rule"),
    ],
)
def test_invalid_rules_cannot_be_built(values: dict[str, object], code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        RepeatRule(**values)  # type: ignore[arg-type]
    assert caught.value.code == code
