"""Which field each column of a file goes to: guessed from headers (five languages) and values.

Targets are field names of the record type (``FIELDS_BY_TYPE[record_type]``, ``TASK_SPECS`` for
tasks: ``first_name``, ``emails``, ``due_at`` …) or the pseudo-targets the import engine resolves
itself:
- ``full_name`` — split into first and last name with ``split_full_name``;
  ``full_name_reversed`` — the same written surname first (``Cognome e nome``, ``ФИО``);
- ``company`` — a company name to link, created when missing (contacts, deals);
- ``owner`` — a user's name to set as owner (a task's assignee);
- ``stage`` / ``pipeline`` — a deal's pipeline stage and pipeline by name;
- ``contact`` — a deal's or task's contact by name;
- ``tags`` — tag names (several per cell).
None means "not imported". ``emails``, ``phones`` and ``tags`` may take several columns; every
other target at most one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from desktop_crm.domain.fields import FIELDS_BY_TYPE, FieldSpec
from desktop_crm.domain.tasks import TASK_SPECS
from desktop_crm.services.importing.dates import parse_date
from desktop_crm.services.importing.layouts import (
    CONCEPT_WORDS,
    IGNORE,
    KEYWORDS,
    detect_layout,
    fold_header,
    fold_without_digits,
)
from desktop_crm.services.importing.values import Cell, ValueProblem, cell_text, is_blank, word_set

__all__ = [
    "MULTI_TARGETS",
    "PSEUDO_TARGETS",
    "TARGETS_BY_TYPE",
    "guess_mapping",
    "split_full_name",
]

MULTI_TARGETS: Final = frozenset({"emails", "phones", "tags"})
PSEUDO_TARGETS: Final = frozenset(
    {"full_name", "full_name_reversed", "company", "owner", "stage", "pipeline", "contact", "tags"}
)
_REF_TARGETS: Final = {
    "company_id": "company",
    "owner_id": "owner",
    "assignee_id": "owner",
    "contact_id": "contact",
}
_SPECS: Final[dict[str, dict[str, FieldSpec]]] = {**FIELDS_BY_TYPE, "task": TASK_SPECS}
# headers that say less than others wanting the same target ("Title" vs "Job title")
_WEAK_CONCEPTS: Final = frozenset({"name", "title"})

# concept (what a header says) → target, per record type; "name" is resolved in context
_CONCEPT_TARGETS: Final[dict[str, dict[str, str]]] = {
    "contact": {
        "first_name": "first_name",
        "last_name": "last_name",
        "full_name": "full_name",
        "full_name_reversed": "full_name_reversed",
        "email": "emails",
        "phone": "phones",
        "company": "company",
        "title": "job_title",
        "job_title": "job_title",
        "role": "company_role",
        "stage": "lifecycle_stage",
        "status": "customer_status",
        "tags": "tags",
    },
    "company": {
        "name": "name",
        "company": "name",
        "email": "email",
        "phone": "phone",
        "tags": "tags",
    },
    "deal": {
        "name": "title",
        "title": "title",
        "deal": "title",
        "stage": "stage",
        "pipeline": "pipeline",
        "company": "company",
        "contact": "contact",
        "full_name": "contact",
        "full_name_reversed": "contact",
    },
    "task": {
        "name": "title",
        "title": "title",
        "task": "title",
        "type": "kind",
        "company": "company",
        "contact": "contact",
        "full_name": "contact",
        "full_name_reversed": "contact",
    },
}
_SHARED_CONCEPTS: Final = {
    "contact": "address city country birthday language source lifecycle_stage customer_status "
    "owner preferred_channel best_time no_email no_calls no_sms notes",
    "company": "industry size annual_revenue currency website address city country source owner "
    "notes",
    "deal": "value currency probability expected_close owner source notes",
    "task": "kind due_at all_day duration_minutes reminder_minutes owner priority done "
    "repeat_rule notes",
}
for _type, _names in _SHARED_CONCEPTS.items():
    for _name in _names.split():
        _CONCEPT_TARGETS[_type].setdefault(_name, _name)


def _targets(record_type: str) -> tuple[str, ...]:
    specs = _SPECS[record_type]
    fields = [_REF_TARGETS.get(name, name) for name in specs if not specs[name].derived]
    fields = [f for f in fields if not f.endswith("_id")]  # a deal_id is no column to import
    extra = [t for t in _CONCEPT_TARGETS[record_type].values() if t not in fields]
    return tuple(dict.fromkeys(fields + sorted(extra)))


TARGETS_BY_TYPE: Final[dict[str, tuple[str, ...]]] = {t: _targets(t) for t in _SPECS}

_GENERIC_RE: Final = re.compile(
    r"(?:column|colonna|col|field|campo|столбец|колонка|поле|ستون|فیلد|คอลัมน์|unnamed)?\d*"
    r"|[a-z]{1,2}"
)
_PHONE_SHAPE_RE: Final = re.compile(r"\+?[\d\s().\-/]{6,24}")
_EMAIL_SHAPE_RE: Final = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_SAMPLE_LIMIT: Final = 200


def guess_mapping(
    record_type: str, headers: Sequence[str], samples: Sequence[Sequence[Cell]]
) -> list[str | None]:
    """One target (or None) per column, from the header names and then from the values.

    ``samples`` are the first data rows (each a sequence of cells, possibly shorter than the
    header). A known export layout (Google Contacts, Outlook) is mapped in full first. When two
    columns want one single-valued target, a whole-header match beats a keyword inside a header,
    which beats a guess from the values; then the leftmost column wins.
    """
    record_type = _record_type(record_type)
    concepts, strengths = _header_concepts(record_type, headers)
    for index, header in enumerate(headers):
        if concepts[index] is None:
            column = [row[index] for row in samples if index < len(row)]
            concepts[index] = _value_concept(header, column)
    return _assign(record_type, concepts, strengths)


def _record_type(record_type: str) -> str:
    folded = record_type.strip().lower()
    aliases = {"contacts": "contact", "companies": "company", "deals": "deal", "tasks": "task"}
    folded = aliases.get(folded, folded)
    if folded not in _SPECS:
        raise ValueError(f"Unknown record type: {record_type!r}")
    return folded


def _header_concepts(
    record_type: str, headers: Sequence[str]
) -> tuple[list[str | None], list[int]]:
    """A concept and its strength (2 whole header, 1 keyword or vague header, 0 none) per header.

    ``IGNORE`` is the concept of a header known to carry nothing to import; ``=target`` the
    target a known layout gives.
    """
    layout = detect_layout(headers) if record_type == "contact" else None
    concepts: list[str | None] = []
    strengths: list[int] = []
    for header in headers:
        bare = fold_without_digits(header or "")
        if layout is not None and bare in layout.targets:
            target = layout.targets[bare]
            concepts.append(f"={target}" if target else IGNORE)
            strengths.append(2)
            continue
        folded = fold_header(header or "")
        concept = CONCEPT_WORDS.get(folded) or CONCEPT_WORDS.get(bare)
        if concept is not None:
            strengths.append(1 if concept in _WEAK_CONCEPTS else 2)
        else:
            concept = _keyword_concept(bare)
            strengths.append(0 if concept is None else 1)
        concepts.append(concept)
    return concepts, strengths


def _keyword_concept(bare: str) -> str | None:
    """The first concept whose keyword the header contains (starts with, for short keywords)."""
    if not bare:
        return None
    for concept, words in KEYWORDS:
        for word in words:
            if bare.startswith(word) if len(word) <= 3 else word in bare:
                return concept
    return None


def _value_concept(header: str, values: Sequence[Cell]) -> str | None:
    """What the values of a column say it is, when its header said nothing."""
    texts = [v for v in values[:_SAMPLE_LIMIT] if not is_blank(v)]
    if not texts:
        return None
    needed = max(1, int(len(texts) * 0.8 + 0.5))
    strings = [cell_text(v) for v in texts if type(v) is str]
    if sum(bool(_EMAIL_SHAPE_RE.fullmatch(s)) for s in strings) >= needed:
        return "email"
    if sum(_looks_like_phone(s) for s in strings) >= needed:
        return "phone"
    if _GENERIC_RE.fullmatch(fold_header(header or "")) and _dates(texts) >= needed:
        return "date"
    return None


def _looks_like_phone(text: str) -> bool:
    if not _PHONE_SHAPE_RE.fullmatch(text):
        return False
    digits = sum(ch.isdigit() for ch in text)
    if not 7 <= digits <= 15:
        return False
    return text[0] in "+0(" or any(ch in text for ch in " -()")


def _dates(values: Sequence[Cell]) -> int:
    count = 0
    for value in values:
        if type(value) is not str and not hasattr(value, "isoformat"):
            continue  # numbers alone are not taken for Excel serial dates here
        try:
            parse_date(value, order="dmy")
        except ValueProblem:
            continue
        count += 1
    return count


_DATE_TARGET: Final = {"contact": "birthday", "deal": "expected_close", "task": "due_at"}


def _assign(record_type: str, concepts: list[str | None], strengths: list[int]) -> list[str | None]:
    """Targets from concepts, strongest first, no single-valued target twice."""
    table = _CONCEPT_TARGETS[record_type]
    wanted: list[str | None] = []
    for concept in concepts:
        if concept is None or concept == IGNORE:
            wanted.append(None)
        elif concept.startswith("="):
            wanted.append(concept[1:])
        elif concept == "date":
            wanted.append(_DATE_TARGET.get(record_type))
        elif concept == "name" and record_type == "contact":
            wanted.append("first_name" if "last_name" in _plain(concepts, table) else "full_name")
        else:
            wanted.append(table.get(concept))
    if record_type == "contact" and {"first_name", "last_name"} <= set(wanted):
        wanted = [None if w in ("full_name", "full_name_reversed") else w for w in wanted]
    result: list[str | None] = [None] * len(wanted)
    used: set[str] = set()
    for index in sorted(range(len(wanted)), key=lambda i: (-strengths[i], i)):
        target = wanted[index]
        if target is not None and target not in MULTI_TARGETS:
            if target in used:
                continue
            used.add(target)
        result[index] = target
    return result


def _plain(concepts: list[str | None], table: dict[str, str]) -> set[str]:
    found = set()
    for concept in concepts:
        if concept and concept.startswith("="):
            found.add(concept[1:])
        elif concept:
            found.add(table.get(concept, ""))
    return found


# --- names ----------------------------------------------------------------------------------

_SPACES_RE: Final = re.compile(r"\s+")  # NBSP and narrow NBSP are \s too
_PARTICLES: Final = word_set(
    "van von der den de di da del della dei degli dal dalla le la lo du dos das do bin ibn al el"
)
_HONORIFICS: Final = word_set(
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sig sig. sig.ra sig.na dott dott. dott.ssa "
    "ing ing. avv avv. arch. geom. rag. г-н г-жа آقای آقا خانم دکتر مهندس นาย นาง นางสาว คุณ"
)
_PATRONYMIC_RE: Final = re.compile(r".+(?:ович|евич|ич|овна|евна|ична|инична)", re.IGNORECASE)


def split_full_name(text: str, *, surname_first: bool = False) -> tuple[str, str]:
    """(first name, last name) of a full name.

    ``"Marco Rossi"`` → ``("Marco", "Rossi")``; ``"Rossi, Marco"`` → ``("Marco", "Rossi")``; one
    word → ``(word, "")``; ``"Ludwig van Beethoven"`` → ``("Ludwig", "van Beethoven")``; Russian
    ``"Иванов Иван Иванович"`` (surname, name, patronymic) → ``("Иван Иванович", "Иванов")``;
    a leading title (Mr, Dott., آقای, นาย …) is dropped; otherwise the last word is the surname
    (Persian and Thai too). ``surname_first`` reads ``"Rossi Marco"`` as surname then name.
    """
    value = _SPACES_RE.sub(" ", text).strip().strip(",").strip()
    if value.count(",") == 1:
        last, first = (part.strip() for part in value.split(","))
        if first and last:
            return first, last
        value = (first or last).strip()
    words = value.split(" ")
    while len(words) > 2 and words[0].casefold() in _HONORIFICS:
        words = words[1:]
    if len(words) == 2 and words[0].casefold() in _HONORIFICS:
        words = words[1:]
    if len(words) <= 1:
        return (words[0] if words else ""), ""
    if surname_first or (len(words) == 3 and _PATRONYMIC_RE.fullmatch(words[2])):
        cut = 1
        while cut < len(words) - 1 and words[cut - 1].casefold() in _PARTICLES:
            cut += 1
        return " ".join(words[cut:]), " ".join(words[:cut])
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].casefold() in _PARTICLES:
        cut -= 1
    return " ".join(words[:cut]), " ".join(words[cut:])
