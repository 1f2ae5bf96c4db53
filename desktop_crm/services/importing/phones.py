"""Phone numbers: E.164 through the ``phonenumbers`` library, and a fast path for big imports.

``normalize_phone`` gives the number to store (``+393331234567``, an extension as
``+39061234567 x12``) or raises ``ValueProblem("not_a_phone")``; ``phone_key`` gives the key that
matching compares (the same E.164 text, or the digits alone when the library cannot make a
possible number of them) and never raises. Both read Persian/Arabic-Indic and Thai digits.

Speed: ``phonenumbers.parse`` costs ~10 µs. Numbers written only with digits, spaces and
``+ - . / ( )`` are reduced to their digits and looked up by a rule learned from the library:
"drop the first *n* digits, put ``+cc`` in front", keyed on the region, the ``+``, the number of
digits and the dropped digits plus the next four (what the library's decision depends on: the
international prefix, the country code, the trunk prefix and the start of the national number).
A rule is learned only when the library's answer has that shape (the national significant number
is a suffix of what was written) and neither the region nor the number's country rewrites digits
(Argentina, Brazil, Japan … always take the library). The tests compare the fast path with the
library on random and realistic numbers of every region.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

import phonenumbers
from phonenumbers import NumberParseException, PhoneMetadata, PhoneNumberFormat

from desktop_crm.services.importing.values import (
    NOT_A_PHONE,
    Cell,
    ValueProblem,
    cell_text,
    raise_if_error,
    split_multi,
)

__all__ = ["normalize_phone", "normalize_phones", "phone_key"]

_NATIONAL_DIGITS: Final = 4  # digits of the national number a learned rule is keyed on
_MAX_STRIP: Final = 6  # leading digits a rule may drop (international prefix + code + trunk)
_MAX_RULES: Final = 200_000
_DIGITS: Final = "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩๐๑๒๓๔๕๖๗๘๙"
_TO_ASCII: Final = str.maketrans(_DIGITS + "\uff0b", "0123456789" * 3 + "+")
# what formatting may stand between the digits of a number written the ordinary way
_FAST_TABLE: Final = str.maketrans(
    dict.fromkeys(" -./()\u00a0\u202f\u2009\u2010\u2011\u2012\u2013\u200e\u200f\u200c", None)
    | {src: str(i % 10) for i, src in enumerate(_DIGITS)}
    | {"\uff0b": "+"}
)

# rule: (digits to drop, country code to put in front, whether the number is possible), found
# under ((region, written with "+", number of digits), the digits it drops + four more)
_Rule = tuple[int, str, bool]
_Shape = tuple[str, bool, int]
_rules: dict[tuple[_Shape, str], _Rule] = {}
_shapes: dict[_Shape, tuple[int, ...]] = {}  # key lengths learned per shape, longest first


def _unsafe_regions() -> frozenset[str]:
    """Regions whose national prefix parsing rewrites digits instead of only dropping some."""
    unsafe = set()
    for region in phonenumbers.SUPPORTED_REGIONS:
        meta = PhoneMetadata.metadata_for_region(region)
        parsing = meta.national_prefix_for_parsing if meta else None
        if meta is None or meta.national_prefix_transform_rule or (parsing and "(" in parsing):
            unsafe.add(region)
    return frozenset(unsafe)


_UNSAFE_REGIONS: Final = _unsafe_regions()


def normalize_phone(text: Cell, default_region: str | None) -> str:
    """E.164 (``+393331234567``, `` x12`` for an extension) of a possible number, else raises."""
    raise_if_error(text)
    value = cell_text(text)
    found = _lookup(value, (default_region or "").upper())
    if found is None or not found[1]:
        raise ValueProblem(NOT_A_PHONE, {"value": value, "region": default_region or ""})
    return found[0]


def phone_key(text: Cell, default_region: str | None) -> str | None:
    """The matching key: E.164 when the number is possible, else its digits; None if blank.

    Never raises: an error cell or text with fewer than three digits gives None.
    """
    if text is None or (type(text) is not str and not isinstance(text, int | float)):
        return None
    value = cell_text(text)
    if not value:
        return None
    found = _lookup(value, (default_region or "").upper())
    if found is not None and found[1]:
        return found[0]
    digits = "".join(ch for ch in value.translate(_TO_ASCII) if "0" <= ch <= "9")
    return digits if len(digits) >= 3 else None


def normalize_phones(cell: Cell, default_region: str | None) -> tuple[str, ...]:
    """Every number in a cell that may hold several (``;`` ``,`` ``|`` newline or `` / ``)."""
    raise_if_error(cell)
    found: dict[str, None] = {}
    for part in split_multi(cell_text(cell)):
        try:
            found[normalize_phone(part, default_region)] = None
        except ValueProblem:
            if " / " not in part:
                raise
            for piece in part.split(" / "):
                found[normalize_phone(piece, default_region)] = None
    return tuple(found)


def _lookup(value: str, region: str) -> tuple[str, bool] | None:
    """(E.164 text, possible) of ``value``, or None when the library cannot parse it."""
    cleaned = value.translate(_FAST_TABLE)
    plus = cleaned.startswith("+")
    digits = cleaned[1:] if plus else cleaned
    if (
        not digits.isdigit()
        or not digits.isascii()
        or not 5 <= len(digits) <= 17
        or "(0)" in value
        or region in _UNSAFE_REGIONS
    ):
        parsed = _parse(value, region)
        return None if parsed is None else (parsed[0], parsed[1])
    shape = (region, plus, len(digits))
    for length in _shapes.get(shape, ()):
        rule = _rules.get((shape, digits[:length]))
        if rule is not None:
            drop, country, possible = rule
            return f"+{country}{digits[drop:]}", possible
    parsed = _parse(value, region)
    if parsed is None:
        return None
    _learn(shape, digits, parsed)
    return parsed[0], parsed[1]


def _learn(shape: _Shape, digits: str, parsed: _Parsed) -> None:
    """Remember how the library read ``digits`` when it only dropped leading digits."""
    e164, possible, country, national, has_extension = parsed
    if has_extension or e164 != f"+{country}{national}" or not digits.endswith(national):
        return
    drop = len(digits) - len(national)
    if drop > _MAX_STRIP:
        return
    if len(_rules) >= _MAX_RULES:
        _rules.clear()
        _shapes.clear()
    length = drop + _NATIONAL_DIGITS
    _rules[(shape, digits[:length])] = (drop, country, possible)
    lengths = _shapes.get(shape, ())
    if length not in lengths:  # replaced whole, so that other threads read either tuple
        _shapes[shape] = tuple(sorted({*lengths, length}, reverse=True))


# (E.164 text, possible, country code, national significant number, has an extension)
_Parsed = tuple[str, bool, str, str, bool]


@lru_cache(maxsize=4096)
def _parse(value: str, region: str) -> _Parsed | None:
    try:
        number = phonenumbers.parse(value.translate(_TO_ASCII), region or None)
    except NumberParseException:
        return None
    country = number.country_code
    if country is None or phonenumbers.region_code_for_country_code(country) in _UNSAFE_REGIONS:
        country_text = ""  # never learned: the library may rewrite digits there
    else:
        country_text = str(country)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    possible = phonenumbers.is_possible_number(number)
    national = phonenumbers.national_significant_number(number)
    if number.extension:
        return f"{e164} x{number.extension}", possible, country_text, national, True
    return e164, possible, country_text, national, False
