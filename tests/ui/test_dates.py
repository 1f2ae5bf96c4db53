"""The user's calendar system: conversions, formatting in the locale's digits, parsing back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import jdatetime
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, Qt

from desktop_crm.ui import dates
from desktop_crm.ui.cards import formatting


@pytest.fixture
def calendar_system(qapp: object) -> Iterator[None]:
    yield
    dates.configure("gregorian", 0)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def use(locale: str, system: str, week_start: int = 0) -> None:
    QLocale.setDefault(QLocale(locale))
    dates.configure(system, week_start)


@pytest.mark.usefixtures("calendar_system")
class TestConversions:
    def test_jalali_parts_and_back(self) -> None:
        use("fa_IR", "jalali")
        assert dates.parts(date(2026, 11, 23)) == (1405, 9, 2)
        assert dates.from_parts(1405, 9, 2) == date(2026, 11, 23)
        assert dates.month_start(date(2026, 11, 23)) == date(2026, 11, 22)  # 1 Azar 1405
        assert dates.days_in_month(1405, 9) == 30

    def test_jalali_leap_day_exists_only_in_leap_years(self) -> None:
        use("fa_IR", "jalali")
        assert dates.from_parts(1403, 12, 30) == date(2025, 3, 20)
        assert dates.from_parts(1404, 12, 30) is None

    def test_islamic_civil(self) -> None:
        use("it_IT", "islamic_civil")
        year, month, day = dates.parts(date(2026, 11, 23))
        assert (year, month) == (1448, 6)
        assert dates.from_parts(year, month, day) == date(2026, 11, 23)

    def test_thai_buddhist_year_is_gregorian_plus_543(self) -> None:
        use("th_TH", "thai_buddhist")
        assert dates.parts(date(2026, 11, 23)) == (2569, 11, 23)
        assert dates.from_parts(2569, 2, 29) is None  # 2026 is a common year
        assert dates.format_date(date(2026, 11, 23)) == "23/11/2569"

    @settings(max_examples=200, deadline=None)
    @given(st.dates(min_value=date(1950, 1, 1), max_value=date(2050, 12, 31)))
    def test_jalali_agrees_with_jdatetime(self, day: date) -> None:
        dates.configure("jalali")
        j = jdatetime.date.fromgregorian(date=day)
        assert dates.parts(day) == (j.year, j.month, j.day)
        assert dates.from_parts(j.year, j.month, j.day) == day

    @settings(max_examples=100, deadline=None)
    @given(
        st.dates(min_value=date(1950, 1, 1), max_value=date(2050, 12, 31)),
        st.sampled_from(["gregorian", "jalali", "islamic_civil", "thai_buddhist"]),
        st.integers(min_value=-30, max_value=30),
    )
    def test_add_months_stays_in_the_target_month(self, day: date, system: str, n: int) -> None:
        dates.configure(system)
        result = dates.add_months(day, n)
        y, m, _ = dates.parts(day)
        ry, rm, rd = dates.parts(result)
        per_year = dates.months_in_year(y)
        assert (ry * per_year + rm) - (y * per_year + m) == n
        assert rd <= dates.parts(day)[2]


@pytest.mark.usefixtures("calendar_system")
class TestFormatting:
    def test_persian_digits_and_month_name(self) -> None:
        use("fa_IR", "jalali")
        assert dates.format_date(date(2026, 11, 23)) == "۱۴۰۵/۹/۲"
        assert dates.format_month_year(date(2026, 11, 23)) == "آذر ۱۴۰۵"

    def test_card_formatting_follows_the_calendar(self) -> None:
        use("fa_IR", "jalali")
        assert formatting.format_date(date(2026, 11, 23)) == "۱۴۰۵/۹/۲"
        moment = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
        assert "۱۴۰۵" in formatting.format_datetime(moment)

    def test_gregorian_english(self) -> None:
        use("en_US", "gregorian")
        assert dates.format_date(date(2026, 11, 23)) == "11/23/2026"
        assert dates.format_month_year(date(2026, 11, 23)) == "November 2026"

    def test_week_start_follows_setting_then_locale(self) -> None:
        use("fa_IR", "jalali")
        assert dates.first_day_of_week() == Qt.DayOfWeek.Saturday
        assert dates.week_start(date(2026, 11, 23)) == date(2026, 11, 21)
        dates.configure("jalali", 1)
        assert dates.week_start(date(2026, 11, 23)) == date(2026, 11, 23)


@pytest.mark.usefixtures("calendar_system")
class TestParsing:
    @pytest.mark.parametrize(
        ("locale", "system", "text", "expected"),
        [
            ("fa_IR", "jalali", "۱۴۰۵/۹/۲", date(2026, 11, 23)),
            ("fa_IR", "jalali", "1405/09/02", date(2026, 11, 23)),
            ("fa_IR", "jalali", "2026-11-23", date(2026, 11, 23)),  # Gregorian typed
            ("it_IT", "gregorian", "23/11/2026", date(2026, 11, 23)),
            ("en_US", "gregorian", "11/23/2026", date(2026, 11, 23)),
            ("ru_RU", "gregorian", "23.11.2026", date(2026, 11, 23)),
            ("th_TH", "thai_buddhist", "23/11/2569", date(2026, 11, 23)),
            ("th_TH", "thai_buddhist", "๒๓/๑๑/๒๕๖๙", date(2026, 11, 23)),
        ],
    )
    def test_reads_what_users_type(
        self, locale: str, system: str, text: str, expected: date
    ) -> None:
        use(locale, system)
        assert dates.parse_date(text) == expected

    def test_impossible_day_of_the_calendar(self) -> None:
        use("fa_IR", "jalali")
        with pytest.raises(dates.ImpossibleDate):
            dates.parse_date("1404/12/30")
        # the card editor hands such text to the service, which names it
        assert formatting.parse_date("1404/12/30") == "1404/12/30"

    def test_not_a_date(self) -> None:
        use("it_IT", "gregorian")
        assert dates.parse_date("domani") is None

    @settings(max_examples=100, deadline=None)
    @given(
        st.dates(min_value=date(1950, 1, 1), max_value=date(2060, 12, 31)),
        st.sampled_from(
            [
                ("fa_IR", "jalali"),
                ("it_IT", "gregorian"),
                ("en_US", "gregorian"),
                ("th_TH", "thai_buddhist"),
                ("ru_RU", "islamic_civil"),
            ]
        ),
    )
    def test_format_then_parse_round_trips(self, day: date, where: tuple[str, str]) -> None:
        use(*where)
        assert dates.parse_date(dates.format_date(day)) == day


def test_format_datetime_is_local(calendar_system: None) -> None:
    use("en_US", "gregorian")
    moment = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    local = moment.astimezone()
    assert dates.format_datetime(moment).startswith(dates.format_date(local.date()))
    assert dates.format_datetime(moment + timedelta(days=1)) != dates.format_datetime(moment)


def test_without_a_choice_the_language_decides(calendar_system: None) -> None:
    use("fa_IR", "")
    assert dates.system() is dates.CalendarSystem.JALALI
    use("th_TH", "")
    assert dates.system() is dates.CalendarSystem.THAI_BUDDHIST
    use("it_IT", "")
    assert dates.system() is dates.CalendarSystem.GREGORIAN
    use("fa_IR", "gregorian")  # a choice wins over the language
    assert dates.system() is dates.CalendarSystem.GREGORIAN
