"""Repeating tasks: the rule, its text form, and the next occurrence.

A rule is stored as a subset of the iCalendar RRULE (RFC 5545) so that it exports to phone
calendars as it is: ``FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH``, ``FREQ=MONTHLY;BYMONTHDAY=31``,
``FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29``, optionally ``;UNTIL=20271231``.

Occurrences keep the wall-clock time of the first one. A monthly or yearly rule on a day the
month lacks (the 31st, 29 February) falls on the month's last day, as a person would expect,
and returns to the anchor day in the next month that has it.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from desktop_crm.domain.errors import ValidationError

FIELD = "repeat_rule"
MAX_INTERVAL = 999
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # index = date.weekday()


class Freq(StrEnum):
    DAILY = "DAILY"
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"
    YEARLY = "YEARLY"


@dataclass(frozen=True)
class RepeatRule:
    freq: Freq
    interval: int = 1
    weekdays: tuple[int, ...] = ()  # WEEKLY: 0 = Monday … 6 = Sunday, at least one
    month_day: int | None = None  # MONTHLY / YEARLY: the anchor day (from the first due date)
    month: int | None = None  # YEARLY: the anchor month
    until: date | None = None  # last day an occurrence may fall on

    def __post_init__(self) -> None:
        # one canonical form: equal rules compare equal whatever order the days came in
        object.__setattr__(self, "weekdays", tuple(sorted(set(self.weekdays))))
        check(self)


def check(rule: RepeatRule) -> None:
    """Raise ValidationError (field ``repeat_rule``) for a rule that cannot repeat."""
    if not 1 <= rule.interval <= MAX_INTERVAL:
        raise ValidationError(
            FIELD, "The repeat interval is 1 to 999", code="repeat_interval", value=rule.interval
        )
    if rule.freq is Freq.WEEKLY and not rule.weekdays:
        raise ValidationError(
            FIELD, "A weekly repeat needs at least one day", code="repeat_no_days"
        )
    if any(not 0 <= d <= 6 for d in rule.weekdays):
        raise ValidationError(FIELD, "Unknown weekday", code="repeat_rule")
    if rule.month_day is not None and not 1 <= rule.month_day <= 31:
        raise ValidationError(FIELD, "Day of month is 1 to 31", code="repeat_rule")
    if rule.month is not None and not 1 <= rule.month <= 12:
        raise ValidationError(FIELD, "Month is 1 to 12", code="repeat_rule")
    if rule.month is not None and rule.month_day is not None:
        longest = 29 if rule.month == 2 else calendar.monthrange(2001, rule.month)[1]
        if rule.month_day > longest:
            raise ValidationError(FIELD, "That day is not in that month", code="repeat_rule")


def anchored(rule: RepeatRule, first: date | datetime) -> RepeatRule:
    """The rule with its anchor filled from the first occurrence (the task's due date)."""
    day = first.date() if isinstance(first, datetime) else first
    if rule.freq is Freq.MONTHLY and rule.month_day is None:
        return replace(rule, month_day=day.day)
    if rule.freq is Freq.YEARLY and (rule.month_day is None or rule.month is None):
        return replace(rule, month=rule.month or day.month, month_day=rule.month_day or day.day)
    if rule.freq is Freq.WEEKLY and not rule.weekdays:
        return replace(rule, weekdays=(day.weekday(),))
    return rule


# ----- text form ------------------------------------------------------------------------
def format_rule(rule: RepeatRule) -> str:
    parts = [f"FREQ={rule.freq.value}"]
    if rule.interval != 1:
        parts.append(f"INTERVAL={rule.interval}")
    if rule.weekdays:
        parts.append("BYDAY=" + ",".join(WEEKDAY_CODES[d] for d in sorted(set(rule.weekdays))))
    if rule.month is not None:
        parts.append(f"BYMONTH={rule.month}")
    if rule.month_day is not None:
        parts.append(f"BYMONTHDAY={rule.month_day}")
    if rule.until is not None:
        parts.append("UNTIL=" + rule.until.strftime("%Y%m%d"))
    return ";".join(parts)


def parse_rule(text: str) -> RepeatRule:
    """The stored text back into a rule; ValidationError when it is not one we write."""
    try:
        pairs = dict(part.split("=", 1) for part in text.strip().upper().split(";") if part)
        freq = Freq(pairs.pop("FREQ"))
        interval = int(pairs.pop("INTERVAL", "1"))
        days = tuple(WEEKDAY_CODES.index(d) for d in pairs.pop("BYDAY", "").split(",") if d)
        month = int(pairs["BYMONTH"]) if "BYMONTH" in pairs else None
        pairs.pop("BYMONTH", None)
        month_day = int(pairs.pop("BYMONTHDAY")) if "BYMONTHDAY" in pairs else None
        until_text = pairs.pop("UNTIL", None)
        until = datetime.strptime(until_text[:8], "%Y%m%d").date() if until_text else None
    except (KeyError, ValueError) as exc:
        raise ValidationError(FIELD, f"Not a repeat rule: {text!r}", code="repeat_rule") from exc
    if pairs:
        raise ValidationError(FIELD, f"Unsupported repeat rule part: {text!r}", code="repeat_rule")
    return RepeatRule(freq, interval, days, month_day, month, until)


# ----- occurrences ----------------------------------------------------------------------
def next_occurrence(rule: RepeatRule, current: datetime) -> datetime | None:
    """The occurrence after ``current`` (a wall-clock time; the time of day is kept), or None
    when it would fall after ``until``."""
    rule = anchored(rule, current)
    day = current.date()
    if rule.freq is Freq.DAILY:
        nxt = day + timedelta(days=rule.interval)
    elif rule.freq is Freq.WEEKLY:
        nxt = _next_weekly(rule, day)
    elif rule.freq is Freq.MONTHLY:
        nxt = _add_months(day, rule.interval, rule.month_day or day.day)
    else:
        month = rule.month or day.month
        year = day.year + rule.interval
        nxt = date(year, month, min(rule.month_day or day.day, _days_in(year, month)))
    if rule.until is not None and nxt > rule.until:
        return None
    return datetime.combine(nxt, current.timetz())


def _next_weekly(rule: RepeatRule, day: date) -> date:
    """Weeks start on Monday (RFC 5545's default WKST); every ``interval``-th week counts."""
    allowed = sorted(set(rule.weekdays))
    later = [d for d in allowed if d > day.weekday()]
    if later:
        return day + timedelta(days=later[0] - day.weekday())
    week_start = day - timedelta(days=day.weekday())
    return week_start + timedelta(weeks=rule.interval, days=allowed[0])


def _days_in(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _add_months(day: date, months: int, anchor_day: int) -> date:
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(anchor_day, _days_in(year, month)))


__all__ = [
    "WEEKDAY_CODES",
    "Freq",
    "RepeatRule",
    "anchored",
    "check",
    "format_rule",
    "next_occurrence",
    "parse_rule",
]
