"""Realistic name banks and small generators for demo and benchmark data.

Used (a) to fill the demo database shown to a new user and (b) by the benchmark
that generates a million contacts.  Pure standard library; every generator
takes a ``random.Random`` (or a seed) so its output is reproducible.

Languages: ``en`` (US/UK), ``it``, ``ru`` (Cyrillic), ``fa`` (Persian script,
Persian ی/ک) and ``th`` (Thai script, no spaces inside a name).  Labels that
the app translates itself (industries, sources, roles, activity subjects) are
stored in English.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from desktop_crm.services.demo_banks import (
    _CITY_INFO,
    _EN_STREETS,
    _FA_ALLEYS,
    _FA_FEMALE,
    _FA_MALE,
    _FA_STREETS,
    _FA_SURNAMES,
    _IT_STREETS,
    _RU_STREETS,
    _TH_FEMALE,
    _TH_MALE,
    _TH_STREETS,
    _TH_SURNAMES,
    ACTIVITY_KINDS,
    ACTIVITY_NOTES,
    ACTIVITY_SUBJECTS,
    BANKS,
    COMPANY_ROLES,
    EN_CITIES,
    EN_FEMALE_NAMES,
    EN_JOB_TITLES,
    EN_MALE_NAMES,
    EN_SURNAMES,
    FA_CITIES,
    FA_FEMALE_NAMES,
    FA_JOB_TITLES,
    FA_MALE_NAMES,
    FA_SURNAMES,
    GENDERS,
    INDUSTRIES,
    IT_CITIES,
    IT_FEMALE_NAMES,
    IT_JOB_TITLES,
    IT_MALE_NAMES,
    IT_SURNAMES,
    LANGUAGES,
    RU_CITIES,
    RU_FEMALE_NAMES,
    RU_JOB_TITLES,
    RU_MALE_NAMES,
    RU_SURNAMES,
    SOURCES,
    TH_CITIES,
    TH_FEMALE_NAMES,
    TH_JOB_TITLES,
    TH_MALE_NAMES,
    TH_SURNAMES,
    LanguageBank,
    _pairs,
    _split,
    bank,
)


# --------------------------------------------------------------------------- helpers
def russian_surname(surname: str, gender: str) -> str:
    """Return the form of a Russian (male-form) *surname* that agrees with *gender*.

    Иванов -> Иванова, Ильин -> Ильина, Островский -> Островская, Толстой -> Толстая;
    surnames that do not decline (Шевченко) are returned unchanged.
    """
    if gender != "female":
        return surname
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    if surname.endswith(("ский", "цкий", "ой")):
        return surname[:-2] + "ая"
    return surname


_RU_TRANSLIT = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ё": "e",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "й": "y",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "yu",
        "я": "ya",
    }
)
_LATIN_FOLD = str.maketrans(
    {
        "à": "a",
        "á": "a",
        "è": "e",
        "é": "e",
        "ì": "i",
        "í": "i",
        "ò": "o",
        "ó": "o",
        "ù": "u",
        "ú": "u",
        "ç": "c",
        "ñ": "n",
        "ü": "u",
        "ö": "o",
        "ä": "a",
    }
)
_LATIN_NAMES: dict[str, str] = dict(
    (*_FA_MALE, *_FA_FEMALE, *_FA_SURNAMES, *_TH_MALE, *_TH_FEMALE, *_TH_SURNAMES)
)
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def latinize(text: str, lang: str) -> str:
    """Return a lowercase ``[a-z0-9]`` rendering of a name, usable in e-mails and URLs.

    Cyrillic is transliterated; Persian and Thai names come from a parallel latin table
    (unknown words are dropped, so the result may be empty).
    """
    if lang in ("fa", "th"):
        text = " ".join(_LATIN_NAMES.get(word, "") for word in text.split())
    low = text.lower().translate(_RU_TRANSLIT if lang == "ru" else _LATIN_FOLD)
    return "".join(ch for ch in low if ch in _ASCII_ALNUM)


_EMAIL_DOMAINS: dict[str, tuple[str, ...]] = {
    "United States": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"),
    "United Kingdom": ("gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"),
    "Italy": ("gmail.com", "libero.it", "virgilio.it", "tiscali.it", "alice.it"),
    "Russia": ("mail.ru", "yandex.ru", "gmail.com", "rambler.ru", "bk.ru"),
    "Iran": ("chmail.ir", "gmail.com", "yahoo.com", "outlook.com"),
    "Thailand": ("hotmail.co.th", "gmail.com", "hotmail.com", "yahoo.co.th"),
}
_WEB_TLD: dict[str, str] = {
    "United States": "com",
    "United Kingdom": "co.uk",
    "Italy": "it",
    "Russia": "ru",
    "Iran": "ir",
    "Thailand": "co.th",
}
_LOCAL_PATTERNS = (
    "{first}.{last}",
    "{initial}.{last}",
    "{first}{last}",
    "{first}_{last}",
    "{last}.{first}",
    "{initial}{last}",
)


def _local_part(rng: random.Random, first: str, last: str) -> str:
    """An e-mail local part without trailing digits (callers may append some)."""
    if not first or not last:
        return "user"
    return rng.choice(_LOCAL_PATTERNS).format(first=first, last=last, initial=first[0])


def email_address(rng: random.Random, lang: str, first: str, last: str, country: str) -> str:
    """A plausible ASCII personal e-mail address for the given name."""
    local = _local_part(rng, latinize(first, lang), latinize(last, lang))
    if local == "user":
        local = f"user{rng.randrange(1000, 10000)}"
    elif rng.random() < 0.35:
        local += str(rng.choice((rng.randrange(1, 100), rng.randrange(1960, 2005))))
    return f"{local}@{rng.choice(_EMAIL_DOMAINS.get(country, ('gmail.com',)))}"


#: country -> (mobile formats, landline format by area-code length); # any digit, N 2-9.
_PHONE_FORMATS: dict[str, tuple[tuple[str, ...], dict[int, str]]] = {
    "Italy": (("+39 3N# ### ####",), {2: "+39 {a} N### ####", 3: "+39 {a} N## ####"}),
    "Russia": (("+7 9## N##-##-##",), {3: "+7 {a} N##-##-##"}),
    "Iran": (
        ("+98 91# ### ####", "+98 93# ### ####", "+98 990 ### ####"),
        {2: "+98 {a} N### ####"},
    ),
    "Thailand": (
        ("+66 8# ### ####", "+66 9# ### ####", "+66 6# ### ####"),
        {1: "+66 {a} N## ####", 2: "+66 {a} N## ###"},
    ),
    "United States": (("+1 ({a}) N##-####",), {3: "+1 ({a}) N##-####"}),
    "United Kingdom": (("+44 7N## ######",), {2: "+44 {a} N### ####", 3: "+44 {a} N## ####"}),
}


def _fill_digits(rng: random.Random, pattern: str) -> str:
    return "".join(
        str(rng.randrange(10)) if ch == "#" else str(rng.randrange(2, 10)) if ch == "N" else ch
        for ch in pattern
    )


def phone_number(rng: random.Random, lang: str, city: str = "", mobile_share: float = 0.4) -> str:
    """A random phone number in the international format usual for the city's country."""
    b = bank(lang)
    country, area = _CITY_INFO.get(city) or (b.cities[0][1], "")
    mobiles, landlines = _PHONE_FORMATS[country]
    if len(area) in landlines and rng.random() >= mobile_share:
        pattern = landlines[len(area)]
    else:
        pattern = rng.choice(mobiles)
        if not area:
            area = rng.choice([a for k, a in _CITY_INFO.values() if k == country])
    return _fill_digits(rng, pattern.format(a=area))


_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def street_address(rng: random.Random, lang: str, country: str = "", business: bool = False) -> str:
    """A street address (without the city) in the local style and script."""
    bank(lang)
    r = rng.randint
    if lang == "it":
        kind = rng.choice(("Via", "Via", "Via", "Viale", "Corso", "Piazza"))
        return f"{kind} {rng.choice(_IT_STREETS)}, {r(1, 180)}"
    if lang == "ru":
        block = f", корп. {r(1, 5)}" if rng.random() < 0.2 else ""
        unit = f", офис {r(101, 950)}" if business else f", кв. {r(1, 240)}"
        return f"{rng.choice(_RU_STREETS)}, д. {r(1, 120)}{block}{unit}"
    if lang == "fa":
        kind = rng.choice(("خیابان", "خیابان", "بلوار"))
        alley = rng.choice((str(r(1, 40)), rng.choice(_FA_ALLEYS)))
        unit = f"، طبقه {r(1, 9)}، واحد {r(1, 24)}" if business or rng.random() < 0.5 else ""
        text = f"{kind} {rng.choice(_FA_STREETS)}، کوچه {alley}، پلاک {r(1, 220)}{unit}"
        return text.translate(_FA_DIGITS)
    if lang == "th":
        house = f"{r(1, 999)}/{r(1, 99)}" if rng.random() < 0.6 else str(r(1, 999))
        soi = f" ซอย {r(1, 60)}" if rng.random() < 0.5 else ""
        floor = f"ชั้น {r(2, 30)} " if business and rng.random() < 0.5 else ""
        return f"{floor}เลขที่ {house}{soi} ถนน{rng.choice(_TH_STREETS)}"
    street = rng.choice(_EN_STREETS)
    extra = rng.random() < 0.3
    if country == "United Kingdom":
        kind = rng.choice(("Road", "Street", "Lane", "Close", "Way", "Gardens", "Crescent"))
        unit = (f"Unit {r(1, 20)}, " if business else f"Flat {r(1, 30)}, ") if extra else ""
        return f"{unit}{r(1, 250)} {street} {kind}"
    kind = rng.choice(("Street", "Avenue", "Boulevard", "Drive", "Road", "Lane"))
    unit = (f", Suite {r(1, 30)}0" if business else f", Apt {r(1, 40)}") if extra else ""
    return f"{r(10, 9999)} {street} {kind}{unit}"


def _birthday(rng: random.Random) -> tuple[int, int] | None:
    if rng.random() < 0.15:
        return None
    month = rng.randint(1, 12)
    return month, rng.randint(1, (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1])


# --------------------------------------------------------------------------- people
@dataclass(frozen=True)
class PersonSeed:
    """One generated contact."""

    first_name: str
    last_name: str
    email: str
    phone: str
    job_title: str
    city: str
    country: str
    address: str
    language: str
    birthday_month_day: tuple[int, int] | None
    gender: str


def _name(rng: random.Random, lang: str, gender: str) -> tuple[str, str]:
    b = bank(lang)
    first = rng.choice(b.female if gender == "female" else b.male)
    last = rng.choice(b.surnames)
    return first, russian_surname(last, gender) if lang == "ru" else last


def person(rng: random.Random, lang: str) -> PersonSeed:
    """Generate one realistic contact in language *lang*."""
    b = bank(lang)
    gender = rng.choice(GENDERS)
    first, last = _name(rng, lang, gender)
    city, country = rng.choice(b.cities)
    return PersonSeed(
        first,
        last,
        email_address(rng, lang, first, last, country),
        phone_number(rng, lang, city),
        rng.choice(b.job_titles),
        city,
        country,
        street_address(rng, lang, country),
        lang,
        _birthday(rng),
        gender,
    )


# --------------------------------------------------------------------------- companies
@dataclass(frozen=True)
class CompanySeed:
    """One generated company; ``annual_revenue`` is in whole US dollars."""

    name: str
    industry: str
    city: str
    country: str
    address: str
    website: str
    phone: str
    language: str
    size: int
    annual_revenue: int


_EN_PREFIX = _split(
    "Bright, North, Blue, Silver, Oak, Red, Green, Stone, Clear, Summit, Harbor, Iron, Maple, "
    "Swift, True, Cedar, Golden, Pine, River, West"
)
_EN_SUFFIX = _split(
    "line, field, bridge, stone, wave, path, point, gate, view, wood, works, leaf, crest, peak, "
    "ridge"
)
_EN_TRADES = _split(
    "Consulting, Solutions, Logistics, Systems, Partners, Design, Supplies, Foods, Analytics, "
    "Media, Engineering, Properties, Labs, Trading, Software"
)
_IT_REGIONS = _split(
    "Adriatica, Lombarda, Tirrenica, Padana, Veneta, Toscana, Emiliana, Ligure, Mediterranea, "
    "Alpina"
)
_IT_TRADES = _split(
    "Trasporti, Costruzioni, Impianti, Arredamenti, Alimentari, Serramenti, Meccanica, "
    "Informatica, Logistica, Ceramiche, Tessuti, Forniture"
)
_IT_PREFIX = _split("Tecno, Edil, Agri, Idro, Elettro, Termo, Ferro, Info, Eco, Euro")
_IT_SUFFIX = _split("nord, sud, sole, service, mec, tec, plast, sistemi, impianti, logica")
_RU_NAMES = _split(
    "Северный Ветер, Волга-Трейд, Уральские Самоцветы, Балтийская Верфь, Сибирский Кедр, "
    "Медиа Плюс, Росинка, Вектор, Меридиан, Прогресс, Невский Берег, Зелёный Сад, "
    "Торговый Дом Восток, Доброе Утро, Полярная Звезда, Тайга-Транс, Камская Мебель, "
    "Альфа-Логистик, АгроХолдинг Кубань, Русский Хлеб"
)
_RU_PREFIX = _split(
    "Строй, Техно, Энерго, Агро, Авто, Мед, Инфо, Электро, Гео, Спец, Транс, Сиб, Урал, Волга"
)
_RU_SUFFIX = _split(
    "Инвест, Сервис, Пром, Торг, Снаб, Монтаж, Трейд, Логистик, Проект, Систем, Групп, Комплект"
)
_FA_NAMES = _pairs(
    "پارس تجارت=parstejarat, آریا صنعت=ariasanat, البرز پخش=alborzpakhsh, "
    "نوین ارتباط=novinertebat, دانش افزار=daneshafzar, آسمان آبی=asemanabi, "
    "مهر گستر=mehrgostar, ایران نوآور=irannoavar, کوثر غذا=kowsarghaza, "
    "سیمرغ طلایی=simorghtalaei, رایان پردازش=rayanpardazesh, پیشگامان توسعه=pishgamantosee, "
    "ستاره شرق=setarehshargh, زاگرس سازه=zagrossazeh, بهار سبز=baharsabz, "
    "کیان تدبیر=kiantadbir, آفتاب گستر=aftabgostar, خزر ماشین=khazarmashin, "
    "سپید دشت=sepiddasht, نقش جهان=naghshejahan"
)
_FA_PLACES = _pairs(
    "پارس=pars, آریا=aria, البرز=alborz, سپاهان=sepahan, زاگرس=zagros, خزر=khazar, "
    "دماوند=damavand, مهر=mehr, نوین=novin, تابان=taban, سیمرغ=simorgh, ارغوان=arghavan"
)
_FA_ACTIVITIES = _pairs(
    "تجارت=tejarat, صنعت=sanat, گستر=gostar, پخش=pakhsh, سازه=sazeh, افزار=afzar, "
    "تدبیر=tadbir, پردازش=pardazesh, ارتباط=ertebat, طب=teb, توسعه=tosee, بسپار=baspar"
)
_FA_FORMS = ("شرکت", "شرکت", "شرکت", "گروه صنعتی", "بازرگانی", "شرکت مهندسی", "شرکت تولیدی")
_TH_PREFIX = _pairs(
    "สยาม=siam, ไทย=thai, กรุงเทพ=krungthep, ล้านนา=lanna, อันดามัน=andaman, เจริญ=charoen, "
    "รุ่งเรือง=rungrueang, ทองไทย=thongthai, ศรีสยาม=srisiam, เมืองทอง=muangthong, อีสาน=isan, "
    "นครชัย=nakhonchai, มั่นคง=mankhong, แสงอรุณ=saengarun, บางกอก=bangkok"
)
_TH_SUFFIX = _pairs(
    "เทรดดิ้ง=trading, เทคโนโลยี=technology, อินเตอร์=inter, ซัพพลาย=supply, "
    "โลจิสติกส์=logistics, ฟู้ด=food, คอนสตรัคชั่น=construction, การช่าง=kanchang, "
    "พาณิชย์=panich, อุตสาหกรรม=industry, มีเดีย=media, เอ็นจิเนียริ่ง=engineering, "
    "กรุ๊ป=group, เกษตร=kaset, โฮลดิ้ง=holding"
)


def _vocab(lang: str, items: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((item, latinize(item, lang)) for item in items)


_NO_LATIN = tuple((ch, "") for ch in "АБВГДЕИКЛМНОПРСТЮЯ")
#: Words that company-name templates pick from, as (native, latin) pairs.
_COMPANY_VOCAB: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {
    "en": {
        "sur": _vocab("en", EN_SURNAMES),
        "sur2": _vocab("en", EN_SURNAMES),
        "pre": _vocab("en", _EN_PREFIX),
        "suf": _vocab("en", _EN_SUFFIX),
        "trade": _vocab("en", _EN_TRADES),
    },
    "it": {
        "sur": _vocab("it", IT_SURNAMES),
        "region": _vocab("it", _IT_REGIONS),
        "trade": _vocab("it", _IT_TRADES),
        "pre": _vocab("it", _IT_PREFIX),
        "suf": _vocab("it", _IT_SUFFIX),
    },
    "ru": {
        "sur": _vocab("ru", RU_SURNAMES),
        "name": _vocab("ru", _RU_NAMES),
        "pre": _vocab("ru", _RU_PREFIX),
        "suf": _vocab("ru", _RU_SUFFIX),
        "init": _NO_LATIN,
        "init2": _NO_LATIN,
    },
    "fa": {
        "name": _FA_NAMES,
        "pre": _FA_PLACES,
        "suf": _FA_ACTIVITIES,
        "form": tuple((form, "") for form in _FA_FORMS),
    },
    "th": {"pre": _TH_PREFIX, "suf": _TH_SUFFIX},
}
#: "display name|website slug" templates; {key} is filled from _COMPANY_VOCAB[lang][key].
_COMPANY_TEMPLATES: dict[str, tuple[str, ...]] = {
    "en": (
        "{sur} & {sur2} {legal}|{sur}{sur2}",
        "{sur} {trade} {legal}|{sur}{trade}",
        "{pre}{suf} {trade} {legal}|{pre}{suf}{trade}",
        "{pre}{suf} {trade} {legal}|{pre}{suf}",
    ),
    "it": (
        "{sur} & Figli S.r.l.|{sur}figli",
        "F.lli {sur} S.n.c.|fratelli{sur}",
        "Studio {sur} & Associati|studio{sur}",
        "{region} {trade} S.p.A.|{region}{trade}",
        "{sur} {trade} S.r.l.|{sur}{trade}",
        "{pre}{suf} S.r.l.|{pre}{suf}",
    ),
    "ru": (
        "ООО «{name}»|{name}",
        "ООО «{pre}{suf}»|{pre}{suf}",
        "ООО «{pre}{suf}»|{pre}{suf}",
        "АО «{name}»|{name}",
        "ИП {sur} {init}. {init2}.|ip-{sur}",
    ),
    "fa": (
        "{form} {name}|{name}",
        "{form} {pre} {suf}|{pre}{suf}",
        "{form} {name} (سهامی خاص)|{name}",
    ),
    "th": (
        "บริษัท {pre}{suf} จำกัด|{pre}{suf}",
        "บริษัท {pre}{suf} จำกัด|{pre}{suf}",
        "ห้างหุ้นส่วนจำกัด {pre}{suf}|{pre}{suf}",
        "บริษัท {pre}{suf} จำกัด (มหาชน)|{pre}{suf}",
    ),
}


def _company_name_and_slug(rng: random.Random, lang: str, country: str) -> tuple[str, str]:
    vocab = _COMPANY_VOCAB[lang]
    picks = {key: rng.choice(items) for key, items in vocab.items()}
    for key in ("sur2", "init2"):
        while key in picks and picks[key] == picks[key[:-1]]:
            picks[key] = rng.choice(vocab[key])
    if lang == "en":
        legal = ("Ltd", "Ltd", "LLP") if country == "United Kingdom" else ("LLC", "Inc.", "Co.")
        picks["legal"] = (rng.choice(legal), "")
    name, _, slug = rng.choice(_COMPANY_TEMPLATES[lang]).partition("|")
    slug = slug.format(**{key: latin for key, (_, latin) in picks.items()})
    return name.format(**{key: native for key, (native, _) in picks.items()}), slug


def company_name(rng: random.Random, lang: str, country: str = "") -> str:
    """A realistic small-business company name in *lang* (local script and legal form)."""
    bank(lang)
    return _company_name_and_slug(rng, lang, country)[0]


def company(rng: random.Random, lang: str) -> CompanySeed:
    """Generate one realistic company in language *lang*."""
    city, country = rng.choice(bank(lang).cities)
    name, slug = _company_name_and_slug(rng, lang, country)
    size = min(5000, max(1, int(rng.lognormvariate(2.6, 1.1))))
    return CompanySeed(
        name,
        rng.choice(INDUSTRIES),
        city,
        country,
        street_address(rng, lang, country, business=True),
        f"https://www.{slug or 'company'}.{_WEB_TLD[country]}",
        phone_number(rng, lang, city, mobile_share=0.1),
        lang,
        size,
        size * rng.randrange(40, 260) * 1000,
    )


def activity_subject(rng: random.Random, kind: str, contact: str = "", company: str = "") -> str:
    """A short English subject for an activity of *kind* (call/email/meeting/note)."""
    templates = (
        tuple(
            t
            for t in ACTIVITY_SUBJECTS[kind]
            if (contact or "{contact}" not in t) and (company or "{company}" not in t)
        )
        or ACTIVITY_SUBJECTS[kind]
    )
    return rng.choice(templates).format(contact=contact, company=company)


def activity_note(rng: random.Random, lang: str) -> str:
    """A short free-text note written in *lang*."""
    bank(lang)
    return rng.choice(ACTIVITY_NOTES[lang])


# --------------------------------------------------------------------------- benchmark
_FAST_POOL = 1009  # prime pool sizes, so names and phones drift against each other
_FAST_PHONES = 1013


def fast_people(n: int, seed: int = 1) -> Iterator[tuple[str, str, str, str, str]]:
    """Yield ``(first_name, last_name, email, phone, lang)`` for *n* people, quickly.

    Languages cycle evenly (en, it, ru, fa, th, en, ...).  Names, e-mail stems and phones
    are drawn once into small per-language pools; each row is then a tuple lookup plus an
    f-string.  The row counter is part of the e-mail, so all *n* e-mails are unique.
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    rng = random.Random(seed)
    nl = len(LANGUAGES)
    names: list[list[tuple[str, str, str, str, str]]] = []
    numbers: list[list[str]] = []
    for lang in LANGUAGES:
        b, pool = bank(lang), []
        for _ in range(_FAST_POOL):
            first, last = _name(rng, lang, rng.choice(GENDERS))
            local = _local_part(rng, latinize(first, lang), latinize(last, lang))
            domain = rng.choice(_EMAIL_DOMAINS[rng.choice(b.cities)[1]])
            pool.append((first, last, local, "@" + domain, lang))
        names.append(pool)
        numbers.append(
            [phone_number(rng, lang, rng.choice(b.cities)[0]) for _ in range(_FAST_PHONES)]
        )
    # Interleave so that entry m has language m % nl; row i then simply uses entry i % size.
    people = [names[m % nl][m // nl] for m in range(nl * _FAST_POOL)]
    phones = [numbers[m % nl][m // nl] for m in range(nl * _FAST_PHONES)]
    size_people, size_phones = len(people), len(phones)
    for i in range(n):
        first, last, local, domain, lang = people[i % size_people]
        yield first, last, f"{local}{i}{domain}", phones[i % size_phones], lang


def _self_check() -> None:
    import time

    rng = random.Random(2024)
    for lang in LANGUAGES:
        print(f"== {lang}")
        for _ in range(5):
            p = person(rng, lang)
            print(
                f"  {p.first_name} {p.last_name} <{p.email}> {p.phone} | {p.job_title} | "
                f"{p.address}, {p.city}, {p.country} | {p.birthday_month_day}"
            )
        for _ in range(2):
            c = company(rng, lang)
            print(
                f"  [{c.name}] {c.industry}, {c.size} staff, ${c.annual_revenue:,} | "
                f"{c.website} {c.phone} | {c.address}, {c.city}"
            )
    count = 1_000_000
    start = time.perf_counter()
    rows = sum(1 for _ in fast_people(count))
    elapsed = time.perf_counter() - start
    print(f"fast_people({count:,}): {elapsed:.2f} s, {rows / elapsed:,.0f} rows/s")


if __name__ == "__main__":
    _self_check()

__all__ = [
    "ACTIVITY_KINDS",
    "ACTIVITY_NOTES",
    "ACTIVITY_SUBJECTS",
    "BANKS",
    "COMPANY_ROLES",
    "EN_CITIES",
    "EN_FEMALE_NAMES",
    "EN_JOB_TITLES",
    "EN_MALE_NAMES",
    "EN_SURNAMES",
    "FA_CITIES",
    "FA_FEMALE_NAMES",
    "FA_JOB_TITLES",
    "FA_MALE_NAMES",
    "FA_SURNAMES",
    "GENDERS",
    "INDUSTRIES",
    "IT_CITIES",
    "IT_FEMALE_NAMES",
    "IT_JOB_TITLES",
    "IT_MALE_NAMES",
    "IT_SURNAMES",
    "LANGUAGES",
    "RU_CITIES",
    "RU_FEMALE_NAMES",
    "RU_JOB_TITLES",
    "RU_MALE_NAMES",
    "RU_SURNAMES",
    "SOURCES",
    "TH_CITIES",
    "TH_FEMALE_NAMES",
    "TH_JOB_TITLES",
    "TH_MALE_NAMES",
    "TH_SURNAMES",
    "CompanySeed",
    "LanguageBank",
    "PersonSeed",
    "activity_note",
    "activity_subject",
    "bank",
    "company",
    "company_name",
    "email_address",
    "fast_people",
    "latinize",
    "person",
    "phone_number",
    "russian_surname",
    "street_address",
]
