"""Field validation for every Kind, digit normalisation and the change-log codec (pure domain)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop_crm.domain.enums import CustomFieldType
from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.fields import (
    COMPANY_FIELDS,
    CONTACT_FIELDS,
    FIELDS_BY_TYPE,
    FieldSpec,
    Kind,
    custom_spec,
    decode,
    encode,
    normalize_digits,
    validate,
)

TODAY = date(2025, 6, 15)
CONTACT = FIELDS_BY_TYPE["contact"]
COMPANY = FIELDS_BY_TYPE["company"]


def invalid(spec: FieldSpec, value: Any) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        validate(spec, value, today=TODAY)
    assert info.value.field == spec.name
    return info.value


def test_every_kind_has_a_checker_and_field_tables_are_consistent() -> None:
    # every kind used by a field validates a sensible value without raising
    samples: dict[Kind, Any] = {
        Kind.TEXT: "x",
        Kind.LONG_TEXT: "x",
        Kind.LIST: "a, b",
        Kind.EMAILS: "a@b.co",
        Kind.PHONES: "123",
        Kind.DATE: "2000-01-01",
        Kind.DATETIME: "2000-01-01T10:00:00",
        Kind.BOOL: True,
        Kind.INT: 3,
        Kind.NUMBER: "1.5",
        Kind.MONEY: "2",
        Kind.CHOICE: "a",
        Kind.MULTI_CHOICE: "a",
        Kind.REF: "some-id",
        Kind.EMAIL: "a@b.co",
        Kind.PHONE: "123",
        Kind.URL: "example.com",
    }
    assert set(samples) == set(Kind)
    for kind, value in samples.items():
        spec = FieldSpec("f", kind, choices=("a", "b") if "choice" in kind else ())
        assert validate(spec, value, today=TODAY) is not None
    assert {f.name for f in CONTACT_FIELDS} == set(CONTACT)
    assert {f.name for f in COMPANY_FIELDS} == set(COMPANY)


# ----- text ------------------------------------------------------------------------------
def test_text_is_stripped_and_empty_is_none() -> None:
    assert validate(CONTACT["first_name"], "  Ann  ") == "Ann"
    assert validate(CONTACT["first_name"], "   ") is None
    assert validate(CONTACT["first_name"], None) is None


def test_ten_thousand_character_name_is_too_long() -> None:
    error = invalid(CONTACT["first_name"], "a" * 10_000)
    assert error.code == "too_long"
    assert error.params == {"length": 10_000, "limit": 200}
    assert validate(CONTACT["first_name"], "a" * 200) == "a" * 200


def test_long_text_limits() -> None:
    notes = CONTACT["notes"]
    assert validate(notes, "n" * 10_000) == "n" * 10_000
    assert invalid(notes, "n" * 10_001).code == "too_long"
    address = CONTACT["address"]
    assert invalid(address, "a" * 1001).code == "too_long"


def test_text_rejects_non_text_and_nul() -> None:
    assert invalid(CONTACT["job_title"], 42).code == "type"
    assert invalid(CONTACT["job_title"], "a\x00b").code == "control"


def test_required_field() -> None:
    assert invalid(COMPANY["name"], "  ").code == "required"
    assert invalid(COMPANY["name"], None).code == "required"
    assert validate(COMPANY["name"], " Acme ") == "Acme"


# ----- email, phone, lists, url -----------------------------------------------------------
@pytest.mark.parametrize("bad", ["ann.example.com", "ann@", "@example.com", "a b@c.de", "a@b"])
def test_email_rejected(bad: str) -> None:
    error = invalid(COMPANY["email"], bad)
    assert error.code == "email"


def test_email_accepted() -> None:
    assert validate(COMPANY["email"], " ann@example.com ") == "ann@example.com"


def test_emails_split_deduplicated_and_each_checked() -> None:
    emails = CONTACT["emails"]
    assert validate(emails, "a@x.io; b@x.io\na@x.io, ") == ("a@x.io", "b@x.io")
    assert validate(emails, ["a@x.io", " b@x.io "]) == ("a@x.io", "b@x.io")
    assert validate(emails, "") == ()
    error = invalid(emails, "a@x.io, nope")
    assert (error.code, error.params["value"]) == ("email", "nope")
    too_many = ", ".join(f"person{i}@example.com" for i in range(60))
    assert invalid(emails, too_many).code == "too_long"


def test_phone_digits_normalised_from_persian_arabic_and_thai() -> None:
    phone = COMPANY["phone"]
    assert validate(phone, "۰۹۱۲ ۳۴۵ ۶۷۸۹") == "0912 345 6789"  # Persian
    assert validate(phone, "٠٩١٢-٣٤٥") == "0912-345"  # Arabic-Indic
    assert validate(phone, "๐๘๑ ๒๓๔ ๕๖๗๘") == "081 234 5678"  # Thai
    assert validate(phone, "+49 (30) 1234-56 x7") == "+49 (30) 1234-56 x7"


@pytest.mark.parametrize("bad", ["12", "call me", "+1 555 CALL", "1" * 21])
def test_phone_rejected(bad: str) -> None:
    assert invalid(COMPANY["phone"], bad).code == "phone"


def test_phones_list() -> None:
    phones = CONTACT["phones"]
    assert validate(phones, "۰۲۱ ۸۸۸۸, 021 8888; 030 1234") == ("021 8888", "030 1234")
    assert invalid(phones, "030 1234, abc").code == "phone"


def test_url() -> None:
    website = COMPANY["website"]
    assert validate(website, "example.com/about") == "https://example.com/about"
    assert validate(website, "http://example.org") == "http://example.org"
    assert invalid(website, "not a url").code == "url"
    assert invalid(website, "localhost").code == "url"


# ----- dates -----------------------------------------------------------------------------
def test_date_parsing_and_normalised_digits() -> None:
    birthday = CONTACT["birthday"]
    assert validate(birthday, "1990-02-03", today=TODAY) == date(1990, 2, 3)
    assert validate(birthday, "۱۹۹۰-۰۲-۰۳", today=TODAY) == date(1990, 2, 3)
    assert validate(birthday, datetime(1990, 2, 3, 12, 0), today=TODAY) == date(1990, 2, 3)
    assert validate(birthday, TODAY, today=TODAY) == TODAY


def test_birthday_in_the_future_is_refused() -> None:
    error = invalid(CONTACT["birthday"], TODAY + timedelta(days=1))
    assert error.code == "future"
    # only birthdays: another date field may lie in the future
    other = custom_spec("renewal", CustomFieldType.DATE)
    assert validate(other, "2030-01-01", today=TODAY) == date(2030, 1, 1)


@pytest.mark.parametrize(
    ("value", "code"), [("1899-12-31", "date_range"), ("31/12/1990", "date"), (12, "type")]
)
def test_bad_dates(value: Any, code: str) -> None:
    assert invalid(CONTACT["birthday"], value).code == code


def test_datetime_is_utc_aware() -> None:
    spec = CONTACT["last_contacted_at"]
    naive = validate(spec, "2024-01-02T03:04:05")
    assert naive == datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    tehran = timezone(timedelta(hours=3, minutes=30))
    aware = datetime(2024, 1, 2, 3, 4, 5, tzinfo=tehran)
    assert validate(spec, aware) == aware
    assert invalid(spec, 12).code == "type"


def test_unparseable_datetime_is_a_validation_error() -> None:
    # was a bare ValueError from datetime.fromisoformat
    assert invalid(CONTACT["last_contacted_at"], "yesterday-ish").code == "datetime"
    assert validate(CONTACT["last_contacted_at"], "۲۰۲۴-۰۱-۰۲T۰۳:۰۴") == datetime(
        2024, 1, 2, 3, 4, tzinfo=UTC
    )


# ----- bool, numbers, choices ------------------------------------------------------------
def test_bool() -> None:
    spec = CONTACT["no_email"]
    assert validate(spec, True) is True
    assert validate(spec, "Yes") is True
    assert validate(spec, "0") is False
    assert invalid(spec, "maybe").code == "type"


def test_int() -> None:
    size = COMPANY["size"]
    assert validate(size, "۱۲") == 12
    assert validate(size, " 1 200 ") == 1200
    assert validate(size, 7) == 7
    assert invalid(size, "1.5").code == "int"
    assert invalid(size, "-3").code == "int"
    assert invalid(size, "many").code == "number"


def test_number_and_money() -> None:
    number = custom_spec("score", CustomFieldType.NUMBER)
    assert validate(number, "๑๒.๕") == Decimal("12.5")  # Thai digits
    assert validate(number, "-3.25") == Decimal("-3.25")
    assert invalid(number, "NaN").code == "range"
    assert invalid(number, "1e14").code == "range"
    assert invalid(number, "twelve").code == "number"
    money = COMPANY["annual_revenue"]
    assert validate(money, "1234.56789") == Decimal("1234.5679")
    assert invalid(money, "-1").code == "negative"


def test_choice_and_multi_choice() -> None:
    status = CONTACT["customer_status"]
    assert validate(status, "active") == "active"
    assert invalid(status, "vip").code == "choice"
    multi = custom_spec("langs", CustomFieldType.MULTI_CHOICE, ("fa", "th", "en"))
    assert validate(multi, "fa, th") == ("fa", "th")
    assert validate(multi, ["en"]) == ("en",)
    assert validate(multi, None) == ()
    assert invalid(multi, "fa, de").code == "choice"


def test_normalize_digits() -> None:
    assert normalize_digits("۰۱۲۳۴۵۶۷۸۹ ٠١٢٣٤٥٦٧٨٩ ๐๑๒๓๔๕๖๗๘๙") == (
        "0123456789 0123456789 0123456789"
    )


# ----- codec -----------------------------------------------------------------------------
def roundtrip(kind: Kind, value: Any) -> Any:
    return decode(FieldSpec("f", kind), encode(value))


@given(st.none() | st.text())
def test_codec_text(value: str | None) -> None:
    assert roundtrip(Kind.TEXT, value) == value


@given(st.dates())
def test_codec_dates(value: date) -> None:
    assert roundtrip(Kind.DATE, value) == value


# fixed offsets: a ZoneInfo wall time inside a DST gap has no single instant to compare with
OFFSETS = st.builds(
    timezone, st.timedeltas(min_value=timedelta(hours=-23), max_value=timedelta(hours=23))
)


@given(st.datetimes(timezones=OFFSETS | st.just(UTC)))
def test_codec_aware_datetimes(value: datetime) -> None:
    back = roundtrip(Kind.DATETIME, value)
    assert back == value
    assert back.utcoffset() == timedelta(0)


@given(st.datetimes())
def test_codec_naive_datetimes_are_utc(value: datetime) -> None:
    assert roundtrip(Kind.DATETIME, value) == value.replace(tzinfo=UTC)


@given(st.decimals(allow_nan=False, allow_infinity=False))
@example(Decimal("16489066121165692384.516050334"))
def test_codec_decimals(value: Decimal) -> None:
    # more than 28 significant digits used to be rounded by Decimal.normalize()
    back = roundtrip(Kind.NUMBER, value)
    assert back == value
    assert encode(back) == encode(value)


@given(st.decimals(min_value=0, max_value=Decimal("99999999999999.9999"), places=4))
def test_codec_validated_money(value: Decimal) -> None:
    money = validate(COMPANY["annual_revenue"], value)
    assert roundtrip(Kind.MONEY, money) == money


@given(st.lists(st.text(), max_size=5).map(tuple))
def test_codec_tuples(value: tuple[str, ...]) -> None:
    for kind in (Kind.EMAILS, Kind.PHONES, Kind.MULTI_CHOICE, Kind.LIST):
        assert roundtrip(kind, value) == value


@given(st.none() | st.booleans())
def test_codec_bools(value: bool | None) -> None:
    assert roundtrip(Kind.BOOL, value) is value


@given(st.none() | st.integers(min_value=-(2**63), max_value=2**63))
def test_codec_ints(value: int | None) -> None:
    assert roundtrip(Kind.INT, value) == value


def test_codec_is_canonical() -> None:
    assert encode(Decimal("1.500")) == encode(Decimal("1.5")) == '"1.5"'
    assert encode(Decimal("1E+3")) == '"1000"'
    assert encode(("a", "b")) == encode(["a", "b"])
    tehran = timezone(timedelta(hours=3, minutes=30))
    assert encode(datetime(2024, 1, 1, 3, 30, tzinfo=tehran)) == encode(datetime(2024, 1, 1))
    assert encode("پارسی") == '"پارسی"'
    assert decode(FieldSpec("f", Kind.TEXT), None) is None
