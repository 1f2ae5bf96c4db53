"""Tests for the demo/benchmark name banks in desktop_crm.services.demo_names."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable

import pytest

from desktop_crm.services import demo_names as dn

ZWNJ = "\u200c"
SCRIPT_RANGES: dict[str, tuple[tuple[int, int], ...]] = {
    "ru": ((0x0400, 0x04FF),),
    "fa": ((0x0600, 0x06FF), (0xFB50, 0xFDFF)),
    "th": ((0x0E00, 0x0E7F),),
}
LATIN_NAME = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ' -]+$")


def _in_script(text: str, lang: str, allowed: str = "") -> bool:
    ranges = SCRIPT_RANGES[lang]
    return bool(text) and all(
        ch in allowed or any(lo <= ord(ch) <= hi for lo, hi in ranges) for ch in text
    )


def _people(lang: str, count: int = 200, seed: int = 7) -> list[dn.PersonSeed]:
    rng = random.Random(seed)
    return [dn.person(rng, lang) for _ in range(count)]


def _companies(lang: str, count: int = 100, seed: int = 7) -> list[dn.CompanySeed]:
    rng = random.Random(seed)
    return [dn.company(rng, lang) for _ in range(count)]


def _assert_email(email: str) -> None:
    assert email.isascii(), email
    assert email.count("@") == 1, email
    local, domain = email.split("@")
    assert local and "." in domain and " " not in email, email


@pytest.mark.parametrize("lang", ["ru", "fa", "th"])
def test_names_use_native_script(lang: str) -> None:
    for p in _people(lang):
        assert _in_script(p.first_name, lang), p.first_name
        assert _in_script(p.last_name, lang), p.last_name
        assert _in_script(p.city, lang, allowed=" -"), p.city
        assert _in_script(p.job_title, lang, allowed=" -" + ZWNJ), p.job_title


@pytest.mark.parametrize("lang", ["en", "it"])
def test_latin_languages_use_latin_names(lang: str) -> None:
    for p in _people(lang):
        assert LATIN_NAME.match(p.first_name), p.first_name
        assert LATIN_NAME.match(p.last_name), p.last_name


@pytest.mark.parametrize(
    ("lang", "bank"),
    [
        ("en", (dn.EN_MALE_NAMES, dn.EN_FEMALE_NAMES, dn.EN_SURNAMES)),
        ("it", (dn.IT_MALE_NAMES, dn.IT_FEMALE_NAMES, dn.IT_SURNAMES)),
        ("ru", (dn.RU_MALE_NAMES, dn.RU_FEMALE_NAMES, dn.RU_SURNAMES)),
        ("fa", (dn.FA_MALE_NAMES, dn.FA_FEMALE_NAMES, dn.FA_SURNAMES)),
        ("th", (dn.TH_MALE_NAMES, dn.TH_FEMALE_NAMES, dn.TH_SURNAMES)),
    ],
)
def test_whole_banks_are_in_script_and_sized(
    lang: str, bank: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
) -> None:
    male, female, surnames = bank
    assert len(male) >= 35 and len(female) >= 35 and len(surnames) >= 45
    for table in bank:
        assert len(set(table)) == len(table), [n for n, c in Counter(table).items() if c > 1]
    assert not set(male) & set(female)
    for name in male + female + surnames:
        if lang in SCRIPT_RANGES:
            assert _in_script(name, lang), name
        else:
            assert LATIN_NAME.match(name), name


def _all_persian_text() -> Iterable[str]:
    yield from dn.FA_MALE_NAMES + dn.FA_FEMALE_NAMES + dn.FA_SURNAMES + dn.FA_JOB_TITLES
    yield from (city for city, _ in dn.FA_CITIES)
    yield from dn.ACTIVITY_NOTES["fa"]
    for p in _people("fa", 100):
        yield p.address
    for c in _companies("fa", 100):
        yield c.name
        yield c.address


def test_persian_uses_persian_letters_not_arabic() -> None:
    texts = list(_all_persian_text())
    assert any("\u06cc" in t for t in texts)  # Persian yeh
    assert any("\u06a9" in t for t in texts)  # Persian keheh
    for text in texts:
        assert "\u064a" not in text and "\u0643" not in text, text  # Arabic yeh / kaf


def test_thai_names_have_no_spaces() -> None:
    for name in dn.TH_MALE_NAMES + dn.TH_FEMALE_NAMES + dn.TH_SURNAMES:
        assert " " not in name
    for c in _companies("th", 50):
        assert c.name.startswith(("บริษัท ", "ห้างหุ้นส่วนจำกัด ")), c.name


@pytest.mark.parametrize("lang", dn.LANGUAGES)
def test_emails_are_ascii_with_one_at(lang: str) -> None:
    for p in _people(lang, 300):
        _assert_email(p.email)


@pytest.mark.parametrize("lang", dn.LANGUAGES)
def test_person_fields_are_plausible(lang: str) -> None:
    for p in _people(lang):
        assert p.language == lang
        assert p.gender in ("male", "female")
        assert p.phone.startswith("+") and re.fullmatch(r"\+[\d ()-]+", p.phone), p.phone
        assert (p.city, p.country) in dn.BANKS[lang].cities
        assert p.job_title in dn.BANKS[lang].job_titles
        assert p.address
        if p.birthday_month_day is not None:
            month, day = p.birthday_month_day
            assert 1 <= month <= 12 and 1 <= day <= 31


@pytest.mark.parametrize("lang", dn.LANGUAGES)
def test_company_fields_are_plausible(lang: str) -> None:
    for c in _companies(lang):
        assert c.language == lang and c.name
        assert c.industry in dn.INDUSTRIES
        assert c.website.isascii() and re.fullmatch(r"https://www\.[a-z0-9-]+\.[a-z.]+", c.website)
        assert re.fullmatch(r"\+[\d ()-]+", c.phone), c.phone
        assert c.size >= 1 and c.annual_revenue > 0


def test_russian_female_surnames() -> None:
    assert dn.russian_surname("Иванов", "female") == "Иванова"
    assert dn.russian_surname("Ильин", "female") == "Ильина"
    assert dn.russian_surname("Островский", "female") == "Островская"
    assert dn.russian_surname("Толстой", "female") == "Толстая"
    assert dn.russian_surname("Шевченко", "female") == "Шевченко"
    assert dn.russian_surname("Иванов", "male") == "Иванов"
    for p in _people("ru"):
        if p.gender == "female" and p.last_name.endswith(("ов", "ев", "ин")):
            pytest.fail(f"male surname form for a woman: {p.last_name}")


def test_country_phone_formats() -> None:
    rng = random.Random(3)
    assert re.fullmatch(r"\+39 02 \d{4} \d{4}", dn.phone_number(rng, "it", "Milano", 0.0))
    assert re.fullmatch(r"\+7 495 \d{3}-\d{2}-\d{2}", dn.phone_number(rng, "ru", "Москва", 0.0))
    assert re.fullmatch(r"\+98 21 \d{4} \d{4}", dn.phone_number(rng, "fa", "تهران", 0.0))
    assert re.fullmatch(r"\+66 2 \d{3} \d{4}", dn.phone_number(rng, "th", "กรุงเทพมหานคร", 0.0))
    assert re.fullmatch(r"\+1 \(415\) \d{3}-\d{4}", dn.phone_number(rng, "en", "San Francisco", 0))
    assert re.fullmatch(r"\+44 20 \d{4} \d{4}", dn.phone_number(rng, "en", "London", 0.0))


@pytest.mark.parametrize("lang", dn.LANGUAGES)
def test_same_seed_is_reproducible(lang: str) -> None:
    assert _people(lang, 20, seed=42) == _people(lang, 20, seed=42)
    assert _companies(lang, 20, seed=42) == _companies(lang, 20, seed=42)
    assert _people(lang, 20, seed=42) != _people(lang, 20, seed=43)


def test_fast_people_is_reproducible() -> None:
    assert list(dn.fast_people(500, seed=3)) == list(dn.fast_people(500, seed=3))
    assert list(dn.fast_people(500, seed=3)) != list(dn.fast_people(500, seed=4))


def test_fast_people_unique_emails_and_even_languages() -> None:
    n = 10_000
    rows = list(dn.fast_people(n))
    assert len(rows) == n
    emails = [email for _, _, email, _, _ in rows]
    assert len(set(emails)) == n
    for email in emails:
        _assert_email(email)
    counts = Counter(lang for *_, lang in rows)
    assert counts == {lang: n // len(dn.LANGUAGES) for lang in dn.LANGUAGES}
    assert [lang for *_, lang in rows[:5]] == list(dn.LANGUAGES)
    for first, last, _, phone, lang in rows[:500]:
        assert first and last and phone.startswith("+")
        if lang in SCRIPT_RANGES:
            assert _in_script(first, lang) and _in_script(last, lang)


def test_fast_people_zero_and_negative() -> None:
    assert list(dn.fast_people(0)) == []
    with pytest.raises(ValueError):
        list(dn.fast_people(-1))


def test_unknown_language_is_rejected() -> None:
    rng = random.Random(1)
    with pytest.raises(ValueError):
        dn.person(rng, "de")
    with pytest.raises(ValueError):
        dn.company(rng, "de")


def test_language_independent_tables() -> None:
    assert dn.SOURCES == (
        "Trade show",
        "Referral",
        "Web form",
        "Webinar",
        "Campaign",
        "Cold call",
        "Social media",
    )
    assert dn.COMPANY_ROLES == (
        "Director",
        "Accountant",
        "Lawyer",
        "Buyer",
        "Engineer",
        "Assistant",
        "Owner",
    )
    assert len(dn.INDUSTRIES) >= 15
    assert set(dn.ACTIVITY_SUBJECTS) == {"call", "email", "meeting", "note"}
    rng = random.Random(5)
    for kind in dn.ACTIVITY_KINDS:
        subject = dn.activity_subject(rng, kind, contact="Anna Rossi", company="Acme")
        assert subject and "{" not in subject
        assert "{" not in dn.activity_subject(rng, kind)
    for lang in dn.LANGUAGES:
        assert dn.activity_note(rng, lang)
        assert len(dn.BANKS[lang].cities) >= 15 and len(dn.BANKS[lang].job_titles) >= 12
