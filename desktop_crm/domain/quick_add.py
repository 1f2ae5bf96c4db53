"""Quick-add: one line such as "Call Marco tomorrow 10:00" read into a task.

English, Italian, Russian, Persian and Thai. The kind comes from the verb (call, meeting, send,
follow up); relative days (today, tomorrow, the day after), weekday names (the next one), "next
week", "in 3 days", explicit dates (12/3, 12 March, the 12th, ۱۲ آذر) and times (10, 10:30, 3pm,
ساعت ۱۰, บ่าย 3 โมง) give the due date. The date and time words leave the title; the rest stays,
and its remaining words are offered as candidates for linking a contact.

Pure: no Qt, no clock (``now`` is given, naive local wall time).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import jdatetime

from desktop_crm.domain.enums import TaskKind
from desktop_crm.domain.fields import normalize_digits

#: reads the numbers of an explicit date ("12/3" → (12, 3), "2026-11-23" → (2026, 11, 23)) in
#: the user's calendar; ``today`` decides the year when it is missing. None: not a date.
DateReader = Callable[[tuple[int, ...], date], date | None]


@dataclass(frozen=True)
class QuickTask:
    title: str
    kind: str
    due: datetime | date | None  # a datetime (naive local) when a time was given, else a date
    all_day: bool
    words: tuple[str, ...]  # candidate name words for linking a contact


# ----- vocabulary ---------------------------------------------------------------------------
_ZWNJ = "\u200c"
_SP = r"[\s\u200c]*"  # Persian writes some compounds with a zero-width non-joiner, or a space


def _w(*alternatives: str) -> str:
    """Alternatives that must stand as whole words (Latin, Cyrillic, Persian scripts)."""
    return r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)"


def _th(*alternatives: str) -> str:
    """Thai alternatives: Thai writes no spaces between words, so no word boundaries."""
    return "(?:" + "|".join(alternatives) + ")"


# one line per language: English, Italian, Russian, Persian | Thai
_KINDS: tuple[tuple[TaskKind, str], ...] = (
    (
        TaskKind.FOLLOW_UP,
        _w(
            r"follow[\s-]?up|check\s+in",
            r"ricontatt\w*|sollecit\w*",
            r"связаться|уточнить|напомнить",
            r"پیگیری",
        )
        + "|"
        + _th("ติดตาม"),
    ),
    (
        TaskKind.CALL,
        _w(r"call\w*|phone|ring", r"chiam\w*|telefon\w*", r"(?:пере|по)?звон\w*", r"تماس|زنگ|تلفن")
        + "|"
        + _th("โทร(?:หา|ไป|กลับ)?"),
    ),
    (
        TaskKind.MEETING,
        _w(
            r"meet\w*|appointment",
            r"incontr\w*|riunion\w*|appuntament\w*",
            r"встре[чт]\w*|совещани\w*",
            r"جلسه|ملاقات|دیدار",
        )
        + "|"
        + _th("ประชุม(?:กับ)?", "นัดพบ", "นัด"),
    ),
    (
        TaskKind.SEND_DOCUMENT,
        _w(
            r"send\w*",
            r"invia\w*|invio|mand(?:a|are|ami|iamo)|spedi\w*",
            r"отправ\w*|высла\w*|посла\w*|присла\w*",
            r"ارسال|بفرست\w*|فرستاد\w*",
        )
        + "|"
        + _th("ส่ง"),
    ),
)
_RELATIVE: tuple[tuple[int, str], ...] = (  # longest first: "day after tomorrow" before "tomorrow"
    (
        2,
        _w(r"(?:the\s+)?day\s+after\s+tomorrow", "dopodomani", "послезавтра", f"پس{_SP}فردا")
        + "|"
        + _th("มะรืน(?:นี้)?"),
    ),
    (1, _w("tomorrow|tmrw", "domani", "завтра", "فردا") + "|" + _th("พรุ่งนี้")),
    (0, _w("today|tonight", "oggi|stasera", "сегодня", "امروز") + "|" + _th("วันนี้")),
)
_IN_DAYS = (
    _w(
        r"in\s+(?P<n1>\d{1,3})\s+days?",
        r"(?:tra|fra)\s+(?P<n2>\d{1,3})\s+giorni",
        r"через\s+(?P<n3>\d{1,3})\s+(?:день|дня|дней)",
        r"(?P<n4>\d{1,3})\s*روز\s+(?:دیگه|دیگر|بعد)",
    )
    + "|"
    + _th(r"อีก\s*(?P<n5>\d{1,3})\s*วัน")
)
_NEXT_WEEK = (
    _w(
        r"next\s+week",
        r"(?:la\s+)?(?:settimana\s+prossima|prossima\s+settimana)",
        r"(?:на\s+)?следующ(?:ей|ая|ую)\s+недел[еияю]",
        f"هفته{_SP}(?:بعد|آینده|دیگه|دیگر)",
    )
    + "|"
    + _th(r"(?:สัปดาห์|อาทิตย์)\s*หน้า")
)
_WEEKDAYS: tuple[tuple[str, ...], ...] = (  # index = date.weekday(); longest first per language
    ("monday", "mon", "luned[iì]", "понедельник", f"دو{_SP}شنبه", "วันจันทร์", "จันทร์"),
    ("tuesday", "tues?", "marted[iì]", "вторник", f"سه{_SP}شنبه", "วันอังคาร", "อังคาร"),
    ("wednesday", "wed", "mercoled[iì]", "сред[ау]", f"چهار{_SP}شنبه", "วันพุธ", "พุธ"),
    ("thursday", "thu(?:rs?)?", "gioved[iì]", "четверг", f"پنج{_SP}شنبه", "วันพฤหัส(?:บดี)?"),
    ("friday", "fri", "venerd[iì]", "пятниц[ау]", "جمعه", "วันศุกร์", "ศุกร์"),
    ("saturday", "sabato", "суббот[ау]", "شنبه", "วันเสาร์", "เสาร์"),
    ("sunday", "domenica", "воскресенье", f"یک{_SP}شنبه", "วันอาทิตย์"),
)
_MONTHS: tuple[tuple[str, ...], ...] = (  # Gregorian month names, index + 1 = month
    ("january", "jan", "gennaio", "январ[ья]", "มกราคม", r"ม\.ค\."),
    ("february", "feb", "febbraio", "феврал[ья]", "กุมภาพันธ์", r"ก\.พ\."),
    ("march", "mar", "marzo", "марта?", "มีนาคม", r"มี\.ค\."),
    ("april", "apr", "aprile", "апрел[ья]", "เมษายน", r"เม\.ย\."),
    ("may", "maggio", "ма[йя]", "พฤษภาคม", r"พ\.ค\."),
    ("june", "jun", "giugno", "июн[ья]", "มิถุนายน", r"มิ\.ย\."),
    ("july", "jul", "luglio", "июл[ья]", "กรกฎาคม", r"ก\.ค\."),
    ("august", "aug", "agosto", "августа?", "สิงหาคม", r"ส\.ค\."),
    ("september", "sept?", "settembre", "сентябр[ья]", "กันยายน", r"ก\.ย\."),
    ("october", "oct", "ottobre", "октябр[ья]", "ตุลาคม", r"ต\.ค\."),
    ("november", "nov", "novembre", "ноябр[ья]", "พฤศจิกายน", r"พ\.ย\."),
    ("december", "dec", "dicembre", "декабр[ья]", "ธันวาคม", r"ธ\.ค\."),
)
_JALALI_TEXT = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند"
_JALALI_MONTHS = tuple(_JALALI_TEXT.split())
_DAY_OF_MONTH = (
    _w(
        r"(?:on\s+)?the\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)|(?P<d2>\d{1,2})(?:st|nd|rd|th)",
        r"(?:il|entro\s+il)\s+(?P<d3>\d{1,2})(?![:.]\d)",
        r"(?P<d4>\d{1,2})-?го(?:\s+числа)?|(?P<d5>\d{1,2})\s+числа",
    )
    + "|"
    + _th(r"วันที่\s*(?P<d6>\d{1,2})")
)
_NUMERIC_DATE = re.compile(
    r"(?<![\w/.:-])(\d{1,4})([/.-])(\d{1,2})(?:\2(\d{2,4}))?(?![\w/:-]|\.\d)"
)
_TIME = re.compile(
    r"(?<![\w:/.])(?P<pre>(?:at|@|alle|all'|ore|в|во|ساعت|เวลา|ตอน)\s*)?(?P<thpm>บ่าย\s*)?"
    r"(?P<h>\d{1,2})(?:(?P<sep>[:.])(?P<m>\d{2}))?(?![\d/])\s*"
    r"(?P<suf>a\.?m\.?|p\.?m\.?|h|ч(?:ас(?:а|ов)?)?\.?|утра|дня|вечера|ночи"
    rf"|صبح|عصر|بعد{_SP}از{_SP}ظهر|شب"
    r"|โมง(?:เช้า|เย็น)?|น\.|ทุ่ม)?(?![a-zа-я\d])",
    re.IGNORECASE,
)
_NOON = re.compile(
    _w(r"(?:at\s+)?(?:noon|midday)", r"(?:a\s+)?mezzogiorno", r"(?:в\s+)?полдень", "ظهر")
    + "|"
    + _th("เที่ยง(?:วัน)?"),
    re.IGNORECASE,
)
_AM = ("am", "a.m.", "a.m", "утра", "ночи", "صبح", "โมงเช้า")
_PM = ("pm", "p.m.", "p.m", "дня", "вечера", "عصر", "بعدازظهر", "شب", "โมงเย็น")
_STOP_TEXT = (
    "about the a an to with for re and of at on in back up by "
    "al alla allo con per il la lo le di del della dello e su da "
    "с со к ко для о об про и в во на по "
    "با به برای از و در را درباره "
    "กับ หา ให้ เรื่อง คุณ ที่"
)
_STOPWORDS = frozenset(_STOP_TEXT.split())
_TRAILING_TEXT = "on at by il alle ore di entro в во на к ساعت در روز ตอน เวลา ใน วันที่"
_TRAILING = frozenset(_TRAILING_TEXT.split())
_PUNCT = " \t,;:.!?-–—()[]«»\"'“”„"
_CYRILLIC_ENDINGS = ("ому", "ему", "ой", "ей", "ом", "ем", "ую", "у", "ю", "е", "а", "я", "ы", "и")


# ----- parsing ------------------------------------------------------------------------------
@dataclass
class _Scan:
    """The text being read: matched spans are blanked so that later rules cannot reuse them."""

    original: str
    work: str
    now: datetime
    spans: list[tuple[int, int]] = field(default_factory=list)
    day: date | None = None
    at: time | None = None

    def take(self, start: int, end: int) -> None:
        self.work = self.work[:start] + " " * (end - start) + self.work[end:]
        self.spans.append((start, end))

    def follows_date(self, start: int) -> bool:
        return any(
            self.original[end:start].strip() == "" and end <= start for _s, end in self.spans
        )


def prepare(text: str) -> str:
    """Digits to ASCII and Arabic letters to their Persian forms, keeping every position."""
    return normalize_digits(text).replace("ي", "ی").replace("ك", "ک").replace("\u00a0", " ")


def parse_quick_task(
    text: str,
    now: datetime,
    *,
    week_start: int = 0,
    read_date: DateReader | None = None,
) -> QuickTask:
    """Read one quick-add line. ``now`` is the local wall time (naive); ``week_start`` the first
    day of the week for "next week" (0 = Monday … 6 = Sunday); ``read_date`` reads explicit
    numeric dates in the user's calendar (default: day/month[/year] Gregorian, or year first)."""
    original = " ".join(text.split())
    scan = _Scan(original, prepare(original), now)
    kind, kind_spans = _kind(scan.work)
    _find_date(scan, week_start, read_date or gregorian_date)
    _find_time(scan)
    title = _title(original, scan.spans) or original
    words = _words(original, [*scan.spans, *kind_spans])
    due: datetime | date | None = None
    all_day = False
    if scan.at is not None:
        day = scan.day
        if day is None:
            day = now.date() if scan.at > now.time() else now.date() + timedelta(days=1)
        due = datetime.combine(day, scan.at)
    elif scan.day is not None:
        due, all_day = scan.day, True
    return QuickTask(title, kind.value, due, all_day, words)


def _kind(work: str) -> tuple[TaskKind, list[tuple[int, int]]]:
    best: tuple[int, TaskKind, tuple[int, int]] | None = None
    for kind, pattern in _KINDS:
        match = re.search(pattern, work, re.IGNORECASE)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), kind, match.span())
    if best is None:
        return TaskKind.OTHER, []
    return best[1], [best[2]]


def _find_date(scan: _Scan, week_start: int, read_date: DateReader) -> None:
    today = scan.now.date()
    finders: tuple[Callable[[_Scan, date], Iterator[tuple[re.Match[str], date | None]]], ...] = (
        _in_days,
        _relative,
        _next_week(week_start),
        _weekday,
        _numeric(read_date),
        _named_month,
        _jalali_month,
        _day_of_month,
    )
    for finder in finders:
        for match, day in finder(scan, today):
            if day is not None:
                scan.take(*match.span())
                scan.day = day
                return


def _search(pattern: str, scan: _Scan) -> Iterator[re.Match[str]]:
    yield from re.finditer(pattern, scan.work, re.IGNORECASE)


def _in_days(scan: _Scan, today: date) -> Iterator[tuple[re.Match[str], date | None]]:
    for match in _search(_IN_DAYS, scan):
        count = next(int(v) for v in match.groupdict().values() if v)
        yield match, today + timedelta(days=count)


def _relative(scan: _Scan, today: date) -> Iterator[tuple[re.Match[str], date | None]]:
    for offset, pattern in _RELATIVE:
        for match in _search(pattern, scan):
            yield match, today + timedelta(days=offset)


def _next_week(
    week_start: int,
) -> Callable[[_Scan, date], Iterator[tuple[re.Match[str], date | None]]]:
    def find(scan: _Scan, today: date) -> Iterator[tuple[re.Match[str], date | None]]:
        for match in _search(_NEXT_WEEK, scan):
            this_week = today - timedelta(days=(today.weekday() - week_start) % 7)
            yield match, this_week + timedelta(days=7)

    return find


_THAI = re.compile(r"[\u0e00-\u0e7f]")


def _names(names: tuple[str, ...]) -> str:
    """Alternatives in any of the five languages: word boundaries except for Thai."""
    words = [n for n in names if not _THAI.search(n)]
    thai = [n for n in names if _THAI.search(n)]
    return "|".join(([_w(*words)] if words else []) + ([_th(*thai)] if thai else []))


_WEEKDAY_RE = re.compile(
    r"(?:(?<!\w)(?:on|next|this|il|di|в|во|на|следующ\w+|روز|در)\s+)*(?:"
    + "|".join(f"(?P<w{i}>{_names(names)})" for i, names in enumerate(_WEEKDAYS))
    + r")(?:\s*(?:prossim[oa]|หน้า))?",
    re.IGNORECASE,
)
_MONTH_GROUP = "(?:" + "|".join(f"(?P<m{i}>{_names(n)})" for i, n in enumerate(_MONTHS)) + ")"
_MONTH_PREFIX = r"(?:(?<!\w)(?:on|the|il|entro\s+il|del|к)\s+)*"
_DAY_MONTH_RE = re.compile(
    _MONTH_PREFIX
    + r"(?<![\w/.])(?P<d>\d{1,2})(?:st|nd|rd|th|-?го)?\s*(?:of\s+|di\s+)?"
    + _MONTH_GROUP
    + r"(?:\s+(?P<y>\d{4}))?(?!\d)",
    re.IGNORECASE,
)
_MONTH_DAY_RE = re.compile(
    _MONTH_PREFIX
    + _MONTH_GROUP
    + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4}))?(?![\d:])",
    re.IGNORECASE,
)
_JALALI_RE = re.compile(
    r"(?<![\w/.])(?:روز\s+)?(?P<d>\d{1,2})\s*(?:ام|م)?\s*(?P<mon>"
    + "|".join(_JALALI_MONTHS)
    + r")(?!\w)(?:\s*(?P<y>\d{4}))?"
)
_DAY_OF_MONTH_RE = re.compile(_DAY_OF_MONTH, re.IGNORECASE)

Finder = Callable[[_Scan, date], Iterator[tuple[re.Match[str], date | None]]]


def _weekday(scan: _Scan, today: date) -> Iterator[tuple[re.Match[str], date | None]]:
    """The next such weekday after today ("on Tuesday" said on a Tuesday: a week later)."""
    for match in _WEEKDAY_RE.finditer(scan.work):
        index = next(i for i in range(7) if match.group(f"w{i}"))
        yield match, today + timedelta(days=(index - today.weekday()) % 7 or 7)


def _numeric(read_date: DateReader) -> Finder:
    def find(scan: _Scan, today: date) -> Iterator[tuple[re.Match[str], date | None]]:
        for match in _NUMERIC_DATE.finditer(scan.work):
            if match.group(2) == "." and match.group(4) is None:
                continue  # "10.30" is a time
            numbers = tuple(int(g) for g in match.group(1, 3, 4) if g is not None)
            yield match, read_date(numbers, today)

    return find


def gregorian_date(numbers: tuple[int, ...], today: date) -> date | None:
    """Day/month[/year] (or year-month-day) in the Gregorian calendar; without a year, the
    next such day from today on."""
    try:
        if len(numbers) == 3:
            year, month, day = numbers if numbers[0] >= 100 else numbers[::-1]
            return date(_full_year(year), month, day)
        day, month = numbers
        return _next_on_or_after(today, month, day)
    except ValueError:
        return None


def _full_year(year: int) -> int:
    if year < 100:
        return 2000 + year
    return year - 543 if year > 2400 else year  # a Thai Buddhist-era year


def _next_on_or_after(today: date, month: int, day: int) -> date | None:
    for year in range(today.year, today.year + 9):  # 29 February comes back within 8 years
        try:
            candidate = date(year, month, day)
        except ValueError:
            if not 1 <= month <= 12 or not 1 <= day <= 31:
                return None
            continue
        if candidate >= today:
            return candidate
    return None


def _named_month(scan: _Scan, today: date) -> Iterator[tuple[re.Match[str], date | None]]:
    for regex in (_DAY_MONTH_RE, _MONTH_DAY_RE):
        for match in regex.finditer(scan.work):
            month = next(i for i in range(12) if match.group(f"m{i}")) + 1
            day, year = int(match.group("d")), match.group("y")
            try:
                found = (
                    date(_full_year(int(year)), month, day)
                    if year
                    else _next_on_or_after(today, month, day)
                )
            except ValueError:
                found = None
            yield match, found


def _jalali_month(scan: _Scan, today: date) -> Iterator[tuple[re.Match[str], date | None]]:
    for match in _JALALI_RE.finditer(scan.work):
        month = _JALALI_MONTHS.index(match.group("mon")) + 1
        day, year = int(match.group("d")), match.group("y")
        this_year = jdatetime.date.fromgregorian(date=today).year
        found: date | None = None
        for candidate_year in [int(year)] if year else [this_year, this_year + 1]:
            try:
                found = jdatetime.date(candidate_year, month, day).togregorian()
            except ValueError:
                found = None
            if found is not None and (year or found >= today):
                break
        yield match, found


def _day_of_month(scan: _Scan, today: date) -> Iterator[tuple[re.Match[str], date | None]]:
    """ "the 12th": the next 12th from today on (a month without that day is skipped)."""
    for match in _DAY_OF_MONTH_RE.finditer(scan.work):
        day = next(int(v) for v in match.groupdict().values() if v)
        found = None
        if 1 <= day <= 31:
            for ahead in range(13):
                index = today.year * 12 + today.month - 1 + ahead
                try:
                    candidate = date(index // 12, index % 12 + 1, day)
                except ValueError:
                    continue
                if candidate >= today:
                    found = candidate
                    break
        yield match, found


def _find_time(scan: _Scan) -> None:
    noon = _NOON.search(scan.work)
    if noon:
        scan.take(*noon.span())
        scan.at = time(12)
        return
    for match in _TIME.finditer(scan.work):
        value = _time_of(match, scan)
        if value is not None:
            scan.take(*match.span())
            scan.at = value
            return


def _time_of(match: re.Match[str], scan: _Scan) -> time | None:
    hour_text, minute_text = match.group("h"), match.group("m")
    suffix = re.sub(r"\s|\u200c", "", (match.group("suf") or "").casefold())
    pm = bool(match.group("thpm")) or suffix in _PM
    am = suffix in _AM
    sep = match.group("sep")
    marked = bool(match.group("pre") or suffix or pm or scan.follows_date(match.start()))
    if not (marked or sep == ":"):
        return None  # a bare number ("send 3 invoices") or 10.30 alone is not a time
    hour, minute = int(hour_text), int(minute_text or 0)
    if suffix == "ทุ่ม":  # Thai night hours: 1 ทุ่ม = 19:00
        hour = hour + 18 if 1 <= hour <= 5 else -1
    elif am and hour == 12:
        hour = 0
    elif pm and hour < 12:
        hour += 12
    elif not am and 1 <= hour <= 6 and not hour_text.startswith("0"):
        hour += 12  # "at 3": business hours, the afternoon
    if (am or pm) and int(hour_text) > 12:
        return None
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return time(hour, minute)


# ----- title and words ----------------------------------------------------------------------
def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _title(original: str, spans: list[tuple[int, int]]) -> str:
    title = " ".join(_blank(original, spans).split())
    title = re.sub(r"\s+([,;.!?])", r"\1", title)
    title = re.sub(r"([,;])(?:\s*[,;])+", r"\1", title)
    while True:
        title = title.strip(_PUNCT)
        head, _, last = title.rpartition(" ")
        if head and last.casefold() in _TRAILING:
            title = head
            continue
        return title


def _words(original: str, spans: list[tuple[int, int]]) -> tuple[str, ...]:
    found: list[str] = []
    for token in _blank(original, spans).split():
        word = token.strip(_PUNCT)
        for particle in ("หา", "กับ", "คุณ"):
            word = word.removeprefix(particle)
        if (
            len(word) < 2
            or word.casefold() in _STOPWORDS
            or any(c.isdigit() for c in word)
            or word in found
        ):
            continue
        found.append(word)
    return tuple(found)


def fold(text: str) -> str:
    """Text compared for name matching: case, digits, Arabic letter forms and ZWNJ folded."""
    return prepare(text).replace(_ZWNJ, "").casefold()


def name_variants(word: str) -> tuple[str, ...]:
    """The word, then stems without a Russian case ending ("Ивану" → "Иван"), to find the
    contact "Иван" from "Позвонить Ивану"."""
    variants = [word]
    if re.search(r"[а-яё]", word, re.IGNORECASE):
        for ending in _CYRILLIC_ENDINGS:
            stem = word[: -len(ending)]
            if word.casefold().endswith(ending) and len(stem) >= 3 and stem not in variants:
                variants.append(stem)
    return tuple(variants)


__all__ = [
    "DateReader",
    "QuickTask",
    "fold",
    "gregorian_date",
    "name_variants",
    "parse_quick_task",
    "prepare",
]
