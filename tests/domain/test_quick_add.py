"""Quick-add parsing in English, Italian, Russian, Persian and Thai, with properties that hold
for any input."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_crm.domain.quick_add import (
    QuickTask,
    fold,
    gregorian_date,
    name_variants,
    parse_quick_task,
)

NOW = datetime(2026, 11, 23, 9, 0)  # a Monday morning
TODAY = NOW.date()
TUE, WED = date(2026, 11, 24), date(2026, 11, 25)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


# text, title, kind, due, name words
CASES: list[tuple[str, str, str, datetime | date | None, tuple[str, ...]]] = [
    # English
    ("Call Marco tomorrow 10:00", "Call Marco", "call", at(TUE, 10), ("Marco",)),
    ("Meet Anna on Tuesday at 3pm", "Meet Anna", "meeting", at(TUE, 15), ("Anna",)),
    ("Send the contract to Acme next week", "Send the contract to Acme", "send_document",
     date(2026, 11, 30), ("contract", "Acme")),
    ("Follow up with Acme the 12th", "Follow up with Acme", "follow_up", date(2026, 12, 12),
     ("Acme",)),
    ("call marco at 10am", "call marco", "call", at(TODAY, 10), ("marco",)),
    ("Call Marco day after tomorrow 9:30", "Call Marco", "call", at(WED, 9, 30), ("Marco",)),
    ("Call Marco 12/3", "Call Marco", "call", date(2027, 3, 12), ("Marco",)),
    ("Call Marco 12 March 2027 at 11", "Call Marco", "call", at(date(2027, 3, 12), 11),
     ("Marco",)),
    ("Pay the rent today", "Pay the rent", "other", TODAY, ("Pay", "rent")),
    ("Send 3 invoices", "Send 3 invoices", "send_document", None, ("invoices",)),
    ("Call Marco in 3 days", "Call Marco", "call", date(2026, 11, 26), ("Marco",)),
    ("Lunch with Bob at noon", "Lunch with Bob", "other", at(TODAY, 12), ("Lunch", "Bob")),
    # Italian
    ("Chiama Marco domani alle 10", "Chiama Marco", "call", at(TUE, 10), ("Marco",)),
    ("Riunione con Paolo martedì", "Riunione con Paolo", "meeting", TUE, ("Paolo",)),
    ("Invia il preventivo il 12", "Invia il preventivo", "send_document", date(2026, 12, 12),
     ("preventivo",)),
    ("Ricontattare Luca dopodomani alle 15:30", "Ricontattare Luca", "follow_up",
     at(WED, 15, 30), ("Luca",)),
    ("Incontro con Giulia la settimana prossima", "Incontro con Giulia", "meeting",
     date(2026, 11, 30), ("Giulia",)),
    ("Chiama Marco il 5 dicembre alle 9", "Chiama Marco", "call", at(date(2026, 12, 5), 9),
     ("Marco",)),
    # Russian
    ("Позвонить Ивану завтра в 10:00", "Позвонить Ивану", "call", at(TUE, 10), ("Ивану",)),
    ("Встреча с Олегом во вторник", "Встреча с Олегом", "meeting", TUE, ("Олегом",)),
    ("Отправить договор 12/3", "Отправить договор", "send_document", date(2027, 3, 12),
     ("договор",)),
    ("Позвонить Марии послезавтра в 3 дня", "Позвонить Марии", "call", at(WED, 15),
     ("Марии",)),
    ("Связаться с Петром 12-го", "Связаться с Петром", "follow_up", date(2026, 12, 12),
     ("Петром",)),
    # Persian (Persian digits, a zero-width non-joiner in سه‌شنبه, Jalali month names)
    ("تماس با علی فردا ساعت ۱۰", "تماس با علی", "call", at(TUE, 10), ("علی",)),
    ("جلسه با رضا سه\u200cشنبه", "جلسه با رضا", "meeting", TUE, ("رضا",)),
    ("ارسال قرارداد ۱۲ آذر", "ارسال قرارداد", "send_document", date(2026, 12, 3),
     ("قرارداد",)),
    ("پیگیری سفارش امروز", "پیگیری سفارش", "follow_up", TODAY, ("سفارش",)),
    ("پس فردا تماس با علی ساعت ۳ بعدازظهر", "تماس با علی", "call", at(WED, 15), ("علی",)),
    # Thai (no spaces between words, Thai digits)
    ("โทรหาสมชาย พรุ่งนี้ 10:00", "โทรหาสมชาย", "call", at(TUE, 10), ("สมชาย",)),
    ("ประชุมกับสมชาย วันอังคาร", "ประชุมกับสมชาย", "meeting", TUE, ("สมชาย",)),
    ("ส่งใบเสนอราคา วันที่ ๑๒", "ส่งใบเสนอราคา", "send_document", date(2026, 12, 12),
     ("ใบเสนอราคา",)),
    ("โทรหาสมชาย บ่าย 3 โมง", "โทรหาสมชาย", "call", at(TODAY, 15), ("สมชาย",)),
    ("ติดตามลูกค้า มะรืนนี้", "ติดตามลูกค้า", "follow_up", WED, ("ลูกค้า",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title", "kind", "due", "words"), CASES)
def test_quick_add_reads_five_languages(
    text: str, title: str, kind: str, due: datetime | date | None, words: tuple[str, ...]
) -> None:
    task = parse_quick_task(text, NOW)
    assert task == QuickTask(
        title, kind, due, isinstance(due, date) and not isinstance(due, datetime), words
    )


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("on Tuesday", 1),
        ("martedì", 1),
        ("вторник", 1),
        ("سه‌شنبه", 1),
        ("วันอังคาร", 1),
        ("on Monday", 0),  # said on a Monday: next week's
        ("lunedì", 0),
        ("دوشنبه", 0),
        ("в субботу", 5),
        ("شنبه", 5),
        ("یکشنبه", 6),
        ("วันอาทิตย์", 6),
        ("friday", 4),
        ("venerdì", 4),
        ("пятницу", 4),
        ("جمعه", 4),
        ("วันศุกร์", 4),
    ],
)
def test_weekday_names_mean_the_next_one(text: str, weekday: int) -> None:
    due = parse_quick_task(f"Task {text}", NOW).due
    assert isinstance(due, date)
    assert due.weekday() == weekday
    assert TODAY < due <= TODAY + timedelta(days=7)


def test_a_time_alone_is_today_or_tomorrow_when_it_has_passed() -> None:
    assert parse_quick_task("Call at 10:00", NOW).due == at(TODAY, 10)
    assert parse_quick_task("Call at 8:00", NOW).due == at(TUE, 8)
    assert parse_quick_task("Call at 8am", NOW).due == at(TUE, 8)


def test_times_in_every_form() -> None:
    assert parse_quick_task("x tomorrow 3pm", NOW).due == at(TUE, 15)
    assert parse_quick_task("x tomorrow 12am", NOW).due == at(TUE, 0)
    assert parse_quick_task("x tomorrow at 3", NOW).due == at(TUE, 15)  # business hours
    assert parse_quick_task("x tomorrow 07:30", NOW).due == at(TUE, 7, 30)
    assert parse_quick_task("x domani alle 10.30", NOW).due == at(TUE, 10, 30)
    assert parse_quick_task("x завтра в 9 утра", NOW).due == at(TUE, 9)
    assert parse_quick_task("x فردا ساعت ۹ صبح", NOW).due == at(TUE, 9)
    assert parse_quick_task("x พรุ่งนี้ 2 ทุ่ม", NOW).due == at(TUE, 20)
    assert parse_quick_task("x 23.11.2026 10.30", NOW).due == at(TODAY, 10, 30)
    assert parse_quick_task("x tomorrow 25:00", NOW).due == TUE  # not a time: stays in title


def test_next_week_follows_the_first_day_of_the_week() -> None:
    assert parse_quick_task("Send next week", NOW).due == date(2026, 11, 30)  # Monday
    saturday = parse_quick_task("ارسال هفته بعد", NOW, week_start=5).due
    assert saturday == date(2026, 11, 28)


def test_explicit_dates_through_the_users_calendar() -> None:
    seen: list[tuple[int, ...]] = []

    def reader(numbers: tuple[int, ...], today: date) -> date | None:
        seen.append(numbers)
        return date(2026, 11, 23) if numbers == (1405, 9, 2) else None

    task = parse_quick_task("تماس با علی ۱۴۰۵/۰۹/۰۲ ساعت ۱۰", NOW, read_date=reader)
    assert seen == [(1405, 9, 2)]
    assert task.due == at(TODAY, 10)
    assert task.title == "تماس با علی"


def test_gregorian_reader() -> None:
    assert gregorian_date((12, 3), TODAY) == date(2027, 3, 12)
    assert gregorian_date((23, 11), TODAY) == TODAY
    assert gregorian_date((29, 2), TODAY) == date(2028, 2, 29)
    assert gregorian_date((31, 4), TODAY) is None
    assert gregorian_date((2026, 12, 1), TODAY) == date(2026, 12, 1)
    assert gregorian_date((1, 12, 26), TODAY) == date(2026, 12, 1)
    assert gregorian_date((1, 12, 2569), TODAY) == date(2026, 12, 1)  # Thai year
    assert gregorian_date((32, 1), TODAY) is None


def test_impossible_or_unknown_dates_stay_in_the_title() -> None:
    task = parse_quick_task("Call Marco 31/4", NOW)
    assert task.due is None and task.title == "Call Marco 31/4"
    only_date = parse_quick_task("tomorrow", NOW)
    assert only_date.title == "tomorrow" and only_date.due == TUE


def test_name_variants_and_fold() -> None:
    assert name_variants("Ивану") == ("Ивану", "Иван")
    assert "Мари" in name_variants("Марии")
    assert name_variants("Marco") == ("Marco",)
    assert fold("علي") == fold("علی")
    assert fold("سه\u200cشنبه") == "سهشنبه"
    assert fold("MARCO ۱۲") == "marco 12"


# ----- properties ---------------------------------------------------------------------------
RELATIVE = [
    "today", "tomorrow", "day after tomorrow", "next week", "on Friday", "in 5 days",
    "oggi", "domani", "dopodomani", "settimana prossima", "venerdì", "tra 5 giorni",
    "сегодня", "завтра", "послезавтра", "в пятницу", "через 5 дней",
    "امروز", "فردا", "پس‌فردا", "جمعه", "هفته بعد",
    "วันนี้", "พรุ่งนี้", "มะรืนนี้", "วันศุกร์", "สัปดาห์หน้า",
    "the 12th", "12/3", "12 March", "۱۲ آذر", "at 9:00", "10am",
]  # fmt: skip
moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 12, 31))


@given(
    now=moments,
    when=st.sampled_from(RELATIVE),
    name=st.sampled_from(["Marco", "Ивану", "علی", "สมชาย"]),
)
def test_relative_words_never_fall_before_today(now: datetime, when: str, name: str) -> None:
    task = parse_quick_task(f"Call {name} {when}", now)
    assert task.due is not None
    day = task.due.date() if isinstance(task.due, datetime) else task.due
    assert day >= now.date()
    assert day <= now.date() + timedelta(days=400)
    assert when not in task.title
    assert task.title.startswith("Call")


@given(text=st.text(max_size=80), now=moments)
def test_any_text_parses_to_a_task(text: str, now: datetime) -> None:
    task = parse_quick_task(text, now)
    # the parser only takes date and time words out: what is left comes from the text
    assert all(word in text for word in task.title.split())
    assert task.kind in ("call", "meeting", "follow_up", "send_document", "other")
    assert task.all_day == (task.due is not None and not isinstance(task.due, datetime))
    assert all(len(w) >= 2 for w in task.words)


@given(now=moments, hour=st.integers(0, 23), minute=st.integers(0, 59))
def test_a_written_time_is_kept(now: datetime, hour: int, minute: int) -> None:
    task = parse_quick_task(f"Call Marco tomorrow {hour:02d}:{minute:02d}", now)
    assert task.due == datetime.combine(now.date() + timedelta(days=1), time(hour, minute))
    assert task.title == "Call Marco"
