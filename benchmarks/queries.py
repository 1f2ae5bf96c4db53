"""The search terms a user types: ~200 queries in four scripts, plus emails and phone digits.

Drawn (seeded) from the same name banks the benchmark database was generated from, so that most
queries have hits, as real ones do: 1-, 2-, 3- and 5-character prefixes of names, parts of a
word (from its middle), first name + start of the last name, email fragments and phone digits.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from desktop_crm.services import demo_names as names

SCRIPTS: dict[str, tuple[str, ...]] = {
    "latin": ("en", "it"),
    "cyrillic": ("ru",),
    "persian": ("fa",),
    "thai": ("th",),
}
KINDS = ("1", "2", "3", "5", "part", "name")
PER_KIND = 7
PER_CONTACT_FIELD = 16


@dataclass(frozen=True)
class Query:
    script: str  # latin | cyrillic | persian | thai | email | phone
    kind: str  # 1 | 2 | 3 | 5 | part | name | email | phone
    text: str


def build(seed: int = 11) -> list[Query]:
    rng = random.Random(seed)
    found: list[Query] = []
    for script, langs in SCRIPTS.items():
        for kind in KINDS:
            for _ in range(PER_KIND):
                found.append(Query(script, kind, _name_term(rng, rng.choice(langs), kind)))
    people = list(names.fast_people(5000, seed=1))  # the benchmark database's first rows
    for _ in range(PER_CONTACT_FIELD):
        email = rng.choice(people)[2]
        found.append(Query("email", "email", _email_term(rng, email)))
    for _ in range(PER_CONTACT_FIELD):
        phone = rng.choice(people)[3]
        found.append(Query("phone", "phone", _phone_term(rng, phone)))
    return found


def _word(rng: random.Random, lang: str, min_len: int = 1) -> str:
    bank = names.bank(lang)
    pool = [w for w in (*bank.male, *bank.female, *bank.surnames) if len(w) >= min_len]
    return rng.choice(pool).split()[0]


def _name_term(rng: random.Random, lang: str, kind: str) -> str:
    if kind in ("1", "2", "3", "5"):
        return _word(rng, lang, int(kind))[: int(kind)]
    if kind == "part":
        word = _word(rng, lang, 6)
        size = rng.choice((3, 4))
        starts = [i for i in range(1, len(word) - size) if not _mark(word[i])] or [1]
        start = rng.choice(starts)
        return word[start : start + size]
    bank = names.bank(lang)
    first = rng.choice((*bank.male, *bank.female))
    last = rng.choice(bank.surnames)
    return f"{first} {last[: rng.choice((2, 3, 4))]}"


def _mark(ch: str) -> bool:
    """A combining mark (Thai vowel signs, Persian diacritics): nobody starts typing with one."""
    return unicodedata.category(ch).startswith("M")


def _email_term(rng: random.Random, email: str) -> str:
    local, _, domain = email.partition("@")
    local = re.sub(r"\d+$", "", local)
    choice = rng.randrange(4)
    if choice == 0:
        return local
    if choice == 1:
        return local[: max(3, len(local) // 2)]
    if choice == 2:
        return "@" + domain.split(".")[0]
    return email


def _phone_term(rng: random.Random, phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    choice = rng.randrange(3)
    if choice == 0:
        start = rng.randrange(0, len(digits) - 4)
        return digits[start : start + rng.choice((4, 5, 7))]
    if choice == 1:
        return digits[-7:]
    return phone.split(" ", 1)[-1][:8].strip()  # as written, without the country code
