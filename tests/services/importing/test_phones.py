"""Phone numbers to E.164 with a default country, and the key that matching compares."""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import NumberParseException, PhoneNumberFormat

from desktop_crm.services.importing.phones import normalize_phone, normalize_phones, phone_key
from desktop_crm.services.importing.values import Cell, ValueProblem


@dataclass(frozen=True)
class ErrorCell:
    code: str


@pytest.mark.parametrize(
    ("text", "region", "e164"),
    [
        ("333 123 4567", "IT", "+393331234567"),
        ("+39 333 1234567", "IT", "+393331234567"),
        ("0039 333-123-4567", "IT", "+393331234567"),
        ("(333) 1234567", "IT", "+393331234567"),
        ("06 1234567", "IT", "+39061234567"),  # Italy keeps the leading zero
        ("06/1234567", "IT", "+39061234567"),
        ("+39 06 1234567", "RU", "+39061234567"),
        ("+44 (0)20 7946 0000", "IT", "+442079460000"),
        ("8 916 123-45-67", "RU", "+79161234567"),
        ("8 (916) 123-45-67", "RU", "+79161234567"),
        ("+7 916 1234567", "IT", "+79161234567"),
        ("۰۹۱۲ ۳۴۵ ۶۷۸۹", "IR", "+989123456789"),
        ("٠٩١٢٣٤٥٦٧٨٩", "IR", "+989123456789"),
        ("021 2345 6789", "ir", "+982123456789"),
        ("๐๘๑ ๒๓๔ ๕๖๗๘", "TH", "+66812345678"),
        ("081-234-5678", "TH", "+66812345678"),
        ("(415) 555-2671", "US", "+14155552671"),
        ("1 415 555 2671", "US", "+14155552671"),
        ("011 39 06 1234567", "US", "+39061234567"),
        ("(415) 555-2671 x123", "US", "+14155552671 x123"),
        ("021 2345 6789 ext. 12", "IR", "+982123456789 x12"),
        ("Tel: 333 1234567", "IT", "+393331234567"),
        (3331234567, "IT", "+393331234567"),
        (3331234567.0, "IT", "+393331234567"),
        ("+393331234567", None, "+393331234567"),
        ("011 15 2345-6789", "AR", "+5491123456789"),  # Argentina rewrites digits: the library
    ],
)
def test_normalize_phone(text: Cell, region: str | None, e164: str) -> None:
    assert normalize_phone(text, region) == e164
    assert phone_key(text, region) == e164


@pytest.mark.parametrize(
    ("text", "region"),
    [("12", "IT"), ("abc", "IT"), ("", "IT"), ("333 1234567", None), ("333 1234567", "XX"),
     ("+39 1", "IT"), ("1234567890123456789", "IT")],
)  # fmt: skip
def test_not_a_phone(text: str, region: str | None) -> None:
    with pytest.raises(ValueProblem) as caught:
        normalize_phone(text, region)
    assert caught.value.code == "not_a_phone"
    assert caught.value.params["value"] == text


@pytest.mark.parametrize(
    ("cell", "key"),
    [
        ("", None),
        (None, None),
        ("12", None),
        ("abc", None),
        (ErrorCell("#N/A"), None),
        ("333 1234567", "3331234567"),  # no region: the digits are the key
        ("+39 1", "391"),  # not a possible number: its digits
        ("(12) 34-5", "12345"),
    ],
)
def test_phone_key_never_raises(cell: Cell, key: str | None) -> None:
    assert phone_key(cell, None if key and key.startswith("333") else "IT") == key


def test_error_cell_is_a_cell_error_for_normalize() -> None:
    with pytest.raises(ValueProblem) as caught:
        normalize_phone(ErrorCell("#REF!"), "IT")
    assert caught.value.code == "cell_error"


def test_several_numbers_in_one_cell() -> None:
    assert normalize_phones("333 1234567 / 06 1234567; +39 02 12345678\n333-1234567", "IT") == (
        "+393331234567",
        "+39061234567",
        "+390212345678",
    )
    with pytest.raises(ValueProblem):
        normalize_phones("333 1234567; nope", "IT")


def _ascii_digits(text: str, digits: str) -> str:
    return text.translate(str.maketrans("0123456789", digits))


@given(
    st.sampled_from(["333", "347", "320", "388", "06", "02", "011", "0574"]),
    st.text(alphabet="0123456789", min_size=6, max_size=7),
    st.sampled_from(["0123456789", "۰۱۲۳۴۵۶۷۸۹", "๐๑๒๓๔๕๖๗๘๙"]),
)
def test_one_number_written_many_ways_has_one_key(prefix: str, rest: str, digits: str) -> None:
    national = prefix + rest
    spaced = f"{prefix} {rest[:3]} {rest[3:]}"
    variants = [
        national,
        spaced,
        f"{prefix}-{rest[:3]}-{rest[3:]}",
        f"({prefix}) {rest}",
        f"{prefix}.{rest}",
        f"{prefix}/{rest}",
        f"+39 {spaced}",
        f"+39{national}",
        f"0039 {national}",
        f"0039-{prefix}-{rest}",
        f" +39 ({prefix}) {rest} ",
        _ascii_digits(spaced, digits),
    ]
    keys = {phone_key(v, "IT") for v in variants}
    assert keys == {f"+39{national}"}


def _library_key(text: str, region: str) -> str | None:
    """What ``phone_key`` must answer, straight from the library (the slow path)."""
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException:
        number = None
    if number is not None and phonenumbers.is_possible_number(number):
        e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
        return f"{e164} x{number.extension}" if number.extension else e164
    digits = "".join(ch for ch in text if ch.isdigit())
    return digits if len(digits) >= 3 else None


_REGIONS = ["IT", "RU", "IR", "TH", "US", "GB", "DE", "FR", "IN", "ES", "TR", "CH", "BR", "AR"]
_PREFIXES = ["", "0", "00", "000", "8", "810", "1", "011", "+", "+0", "+1", "+7", "+39", "+44",
             "+98", "+66", "0039", "0098", "3", "9"]  # fmt: skip


@settings(max_examples=1500)
@given(
    st.sampled_from(_REGIONS),
    st.sampled_from(_PREFIXES),
    st.text(alphabet="0123456789", min_size=4, max_size=13),
    st.sampled_from(["", " ", "-"]),
)
def test_the_fast_path_answers_what_the_library_answers(
    region: str, prefix: str, digits: str, separator: str
) -> None:
    """Numbers sharing their first digits reuse a learned rule: it must never be wrong."""
    text = prefix + separator.join([digits[:3], digits[3:]]) if separator else prefix + digits
    assert phone_key(text, region) == _library_key(text, region)


@settings(max_examples=300)
@given(
    st.sampled_from(_REGIONS[:8]),
    st.sampled_from(["MOBILE", "FIXED_LINE"]),
    st.text(alphabet="0123456789", min_size=1, max_size=4),
)
def test_real_numbers_of_each_country_match_the_library(region: str, kind: str, tail: str) -> None:
    example = phonenumbers.example_number_for_type(
        region, getattr(phonenumbers.PhoneNumberType, kind)
    )
    assert example is not None
    national = phonenumbers.format_number(example, PhoneNumberFormat.NATIONAL)
    text = national[: -len(tail)] + tail
    international = "+" + str(example.country_code) + " " + text
    for written in (text, international):
        assert phone_key(written, region) == _library_key(written, region)
