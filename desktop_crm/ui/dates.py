"""The user's calendar system: every date the app shows or reads goes through here.

Gregorian, Persian (Jalali) and Islamic civil come from Qt's ``QCalendar``; the Thai Buddhist
era is the Gregorian calendar with the year shown plus 543. Dates are formatted from the
locale's own patterns (``dd/MM/yyyy``, ``yyyy/M/d`` …) with the calendar's year, month and day
and the locale's digits, so that a Persian user sees ۱۴۰۵/۹/۲ and an Italian one 23/11/2026.
The system and the first day of the week are set once at start-up (``configure``) from the
preferences and changed in Settings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from PySide6.QtCore import QCalendar, QCoreApplication, QDate, QLocale, Qt, QTime

from desktop_crm.domain.fields import normalize_digits
from desktop_crm.ui.noop import QT_TRANSLATE_NOOP


class CalendarSystem(StrEnum):
    GREGORIAN = "gregorian"
    JALALI = "jalali"
    ISLAMIC_CIVIL = "islamic_civil"
    THAI_BUDDHIST = "thai_buddhist"


SYSTEM_LABELS: dict[CalendarSystem, str] = {
    CalendarSystem.GREGORIAN: QT_TRANSLATE_NOOP("Dates", "Gregorian"),
    CalendarSystem.JALALI: QT_TRANSLATE_NOOP("Dates", "Persian (Jalali)"),
    CalendarSystem.ISLAMIC_CIVIL: QT_TRANSLATE_NOOP("Dates", "Islamic civil"),
    CalendarSystem.THAI_BUDDHIST: QT_TRANSLATE_NOOP("Dates", "Thai Buddhist era"),
}
_QT_SYSTEM = {
    CalendarSystem.GREGORIAN: QCalendar.System.Gregorian,
    CalendarSystem.JALALI: QCalendar.System.Jalali,
    CalendarSystem.ISLAMIC_CIVIL: QCalendar.System.IslamicCivil,
    CalendarSystem.THAI_BUDDHIST: QCalendar.System.Gregorian,
}
THAI_YEAR_OFFSET = 543


@dataclass
class _State:
    system: CalendarSystem = CalendarSystem.GREGORIAN
    week_start: Qt.DayOfWeek | None = None  # None: the locale's


_state = _State()


def configure(system: str | None = None, week_start: int | None = None) -> None:
    """Set the calendar system (a ``CalendarSystem`` value; None or "" = the language's usual
    one) and the first day of the week (1 = Monday … 7 = Sunday; None or 0 = the locale's)."""
    try:
        _state.system = CalendarSystem(system) if system else default_system()
    except ValueError:
        _state.system = default_system()
    _state.week_start = Qt.DayOfWeek(week_start) if week_start and 1 <= week_start <= 7 else None


def default_system(locale: QLocale | None = None) -> CalendarSystem:
    """The calendar a user of this language expects when they have not chosen one: Persian
    users the Jalali calendar, Thai users the Buddhist era, everyone else Gregorian."""
    language = (locale or QLocale()).language()
    if language == QLocale.Language.Persian:
        return CalendarSystem.JALALI
    if language == QLocale.Language.Thai:
        return CalendarSystem.THAI_BUDDHIST
    return CalendarSystem.GREGORIAN


def system() -> CalendarSystem:
    return _state.system


def system_label(which: CalendarSystem) -> str:
    return QCoreApplication.translate("Dates", SYSTEM_LABELS[which])


def qcalendar() -> QCalendar:
    return QCalendar(_QT_SYSTEM[_state.system])


def year_offset() -> int:
    return THAI_YEAR_OFFSET if _state.system is CalendarSystem.THAI_BUDDHIST else 0


def first_day_of_week() -> Qt.DayOfWeek:
    return _state.week_start or QLocale().firstDayOfWeek()


# ----- parts -----------------------------------------------------------------------------
def to_qdate(day: date | QDate) -> QDate:
    return day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)


def to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def parts(day: date | QDate) -> tuple[int, int, int]:
    """(year, month, day) in the user's calendar; the year as shown (Thai: plus 543)."""
    p = qcalendar().partsFromDate(to_qdate(day))
    return p.year + year_offset(), p.month, p.day


def from_parts(year: int, month: int, day: int) -> date | None:
    """The date of a (shown) year, month and day, or None when the calendar has no such day
    (1404/12/30 in a Jalali common year, 31/02)."""
    qd = qcalendar().dateFromParts(year - year_offset(), month, day)
    return to_date(qd) if qd.isValid() else None


def days_in_month(year: int, month: int) -> int:
    return int(qcalendar().daysInMonth(month, year - year_offset()))


def months_in_year(year: int) -> int:
    return int(qcalendar().monthsInYear(year - year_offset()))


def month_start(day: date) -> date:
    year, month, _ = parts(day)
    start = from_parts(year, month, 1)
    assert start is not None
    return start


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later in the user's calendar (clamped to the month's end)."""
    year, month, dom = parts(day)
    per_year = months_in_year(year)
    index = (year * per_year + month - 1) + months
    year, month = divmod(index, per_year)
    month += 1
    result = from_parts(year, month, min(dom, days_in_month(year, month)))
    assert result is not None
    return result


def week_start(day: date) -> date:
    """The first day of ``day``'s week, by the user's first day of the week."""
    offset = (day.isoweekday() - first_day_of_week().value) % 7
    return day - timedelta(days=offset)


# ----- names -----------------------------------------------------------------------------
def month_name(day: date, *, short: bool = False, standalone: bool = True) -> str:
    year, month, _ = parts(day)
    fmt = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    cal, locale = qcalendar(), QLocale()
    real_year = year - year_offset()
    if standalone:
        return str(cal.standaloneMonthName(locale, month, real_year, fmt))
    return str(cal.monthName(locale, month, real_year, fmt))


def weekday_name(weekday: Qt.DayOfWeek | int, *, short: bool = True) -> str:
    fmt = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    number = weekday.value if isinstance(weekday, Qt.DayOfWeek) else int(weekday)
    return str(QLocale().standaloneDayName(number, fmt))


# ----- formatting ------------------------------------------------------------------------
_TOKENS = re.compile(r"d{1,4}|M{1,4}|y{4}|y{2}|'[^']*'")


def _number(value: int, width: int, locale: QLocale) -> str:
    text = str(value).rjust(width, "0")
    zero = locale.zeroDigit()
    if zero == "0":
        return text
    return "".join(chr(ord(zero) + int(c)) for c in text)


def _render(day: date, pattern: str) -> str:
    year, month, dom = parts(day)
    locale = QLocale()

    def token(match: re.Match[str]) -> str:
        tok = match.group(0)
        if tok.startswith("'"):
            return tok[1:-1]
        if tok == "d":
            return _number(dom, 1, locale)
        if tok == "dd":
            return _number(dom, 2, locale)
        if tok in ("ddd", "dddd"):
            return weekday_name(day.isoweekday(), short=tok == "ddd")
        if tok == "M":
            return _number(month, 1, locale)
        if tok == "MM":
            return _number(month, 2, locale)
        if tok in ("MMM", "MMMM"):
            return month_name(day, short=tok == "MMM", standalone=False)
        return _number(year if tok == "yyyy" else year % 100, 4 if tok == "yyyy" else 2, locale)

    return _TOKENS.sub(token, pattern)


def short_pattern() -> str:
    """The locale's short date pattern with a four-digit year (what users type back)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def format_date(day: date | None, *, long: bool = False) -> str:
    if day is None:
        return ""
    pattern = QLocale().dateFormat(QLocale.FormatType.LongFormat) if long else short_pattern()
    return _render(day, pattern)


def format_month_year(day: date) -> str:
    year, _, _ = parts(day)
    return f"{month_name(day)} {_number(year, 4, QLocale())}"


def format_day_month(day: date) -> str:
    """ "23 Nov" / "2 آذر": the day and short month name, as a week view's column header."""
    _, _, dom = parts(day)
    return f"{_number(dom, 1, QLocale())} {month_name(day, short=True, standalone=False)}"


def day_number(day: date) -> str:
    return _number(parts(day)[2], 1, QLocale())


def format_time(moment: time | datetime) -> str:
    value = moment.time() if isinstance(moment, datetime) else moment
    qt = QTime(value.hour, value.minute)
    return str(QLocale().toString(qt, QLocale().timeFormat(QLocale.FormatType.ShortFormat)))


def format_datetime(moment: datetime | None) -> str:
    """A stored (UTC) time in the machine's time zone: date in the user's calendar + time."""
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo else moment
    return f"{format_date(local.date())} {format_time(local)}"


# ----- parsing ---------------------------------------------------------------------------
_CENTURY = {  # what a two-digit year means: 26 → 2026, 05 → 1405, 69 → 2569 (Thai)
    CalendarSystem.GREGORIAN: 2000,
    CalendarSystem.JALALI: 1400,
    CalendarSystem.ISLAMIC_CIVIL: 1400,
    CalendarSystem.THAI_BUDDHIST: 2500,
}


class ImpossibleDate(ValueError):
    """Text that reads as a date the calendar does not have (30 Esfand in a common year)."""


def parse_date(text: str) -> date | None:
    """A date typed in the locale's order (or year-first ISO order), in the user's calendar
    and digits. None when the text is not a date; ImpossibleDate when it names a day the
    calendar lacks."""
    clean = normalize_digits(text.strip())
    numbers = [int(n) for n in re.findall(r"\d+", clean)]
    if len(numbers) != 3:
        return None
    order = _field_order(short_pattern())
    if numbers[0] > 31 or len(re.findall(r"\d+", clean)[0]) == 4:
        order = ("y", "M", "d")
    values = dict(zip(order, numbers, strict=True))
    year, month, day = values["y"], values["M"], values["d"]
    if year < 100:
        year += _CENTURY[system()]
    if _is_gregorian_year(year):
        # a Gregorian date typed in another calendar (2026-11-23 by a Persian user)
        try:
            return date(year, month, day)
        except ValueError:
            raise ImpossibleDate(text) from None
    result = from_parts(year, month, day)
    if result is None:
        raise ImpossibleDate(text)
    return result


def _is_gregorian_year(year: int) -> bool:
    which = system()
    if which in (CalendarSystem.JALALI, CalendarSystem.ISLAMIC_CIVIL):
        return year >= 1800
    return which is CalendarSystem.THAI_BUDDHIST and 1800 <= year < 2300


def _field_order(pattern: str) -> tuple[str, str, str]:
    found: list[str] = []
    for char in pattern:
        if char in "dMy" and char not in found:
            found.append(char)
    return (found[0], found[1], found[2]) if len(found) == 3 else ("d", "M", "y")


__all__ = [
    "CalendarSystem",
    "ImpossibleDate",
    "add_months",
    "configure",
    "day_number",
    "days_in_month",
    "first_day_of_week",
    "format_date",
    "format_datetime",
    "format_day_month",
    "format_month_year",
    "format_time",
    "from_parts",
    "month_name",
    "month_start",
    "parse_date",
    "parts",
    "qcalendar",
    "system",
    "system_label",
    "to_date",
    "to_qdate",
    "week_start",
    "weekday_name",
    "year_offset",
]
