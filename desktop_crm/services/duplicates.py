"""Likely duplicate contacts and companies already in the database, and "not duplicates" marks.

``find_duplicates(crm, "contact")`` reads every live record once (one query), builds its keys
(``dupe_keys``) and hands them to the matcher (``dupe_match``):

- contacts: the same email (``email_key``) or phone (``phone_key`` with ``region``), or similar
  names (folded, words sorted, ``token_sort_ratio`` ≥ ``threshold``) within the same company —
  or, for contacts without a company, within the same city (both blank counts as the same);
- companies: the same email, phone or website domain, or similar names once the legal form is
  stripped ("Rossi S.r.l." = "ROSSI SRL"; "ООО «Ромашка»"; "شرکت آلفا"; "บริษัท … จำกัด").

Deleted records are ignored. Pairs the user marked "not duplicates" are stored in the
``settings`` table, one row per pair (``nodup:<type>:<id>:<id>`` → ``true``), written through
the change log, so that the mark is undoable like any other action, and never shown again.

Runs off the GUI thread: ``progress(done, total)`` and ``cancelled()`` are plain callables;
cancelling raises ``DuplicatesCancelled`` (nothing is written by a search).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

import sqlalchemy as sa

from desktop_crm.domain.errors import CrmError, ValidationError
from desktop_crm.domain.records import Change
from desktop_crm.services.deal_settings import write_setting
from desktop_crm.services.dupe_load import (
    DuplicateRecord,
    company_items,
    contact_items,
    summaries,
)
from desktop_crm.services.dupe_match import REASONS, Found, Item, Matcher
from desktop_crm.store.engine import read_connection
from desktop_crm.store.models import SettingRecord

if TYPE_CHECKING:
    from desktop_crm.services.crm import Crm

__all__ = [
    "REASONS",
    "RECORD_TYPES",
    "DuplicateFinder",
    "DuplicateGroup",
    "DuplicateRecord",
    "DuplicatesCancelled",
    "find_duplicates",
    "mark_not_duplicates",
    "not_duplicate_pairs",
]

RECORD_TYPES = ("contact", "company")
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
_PAIR_PREFIX = "nodup"


class DuplicatesCancelled(CrmError):
    """The user stopped the search; nothing was written."""

    code = "cancelled"

    def __init__(self) -> None:
        super().__init__("The search for duplicates was cancelled.")


@dataclass(frozen=True)
class DuplicateGroup:
    """Two or more records that are likely one; ``ids`` oldest first."""

    record_type: str
    ids: tuple[str, ...]
    reason: str  # "email" | "website" | "phone" | "name"
    score: int  # 100 for a shared key; the name similarity (threshold..100) for names
    records: tuple[DuplicateRecord, ...]

    @property
    def key(self) -> frozenset[str]:
        return frozenset(self.ids)


class DuplicateFinder:
    """One search over one record type (``find_duplicates`` is the short way to run it)."""

    def __init__(
        self, crm: Crm, record_type: str, *, region: str | None = "IT", threshold: int = 88
    ) -> None:
        if record_type not in RECORD_TYPES:
            raise ValidationError("record_type", f"No duplicates of {record_type!r}")
        if not 50 <= threshold <= 100:
            raise ValidationError("threshold", "The threshold is 50 to 100", code="range")
        self.crm = crm
        self.record_type = record_type
        self.region = region.upper() if region else None
        self.threshold = threshold

    def run(
        self, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> list[DuplicateGroup]:
        items = self._items()
        _check(cancelled)
        total = 2 * len(items) or 1
        done = 0
        step = max(total // 100, 1)
        reported = 0

        def tick(count: int) -> None:
            nonlocal done, reported
            _check(cancelled)
            done += count
            if progress is not None and (done - reported >= step or done >= total):
                reported = done
                progress(min(done, total), total)

        excluded = not_duplicate_pairs(self.crm, self.record_type)
        matcher = Matcher(
            items,
            threshold=self.threshold,
            excluded=excluded,
            tick=tick,
            phone_needs_names=self.record_type == "contact",
        )
        found = matcher.run()
        _check(cancelled)
        summaries = self._summaries([items[i].id for f in found for i in f.members])
        groups = [self._group(summaries, [items[i].id for i in f.members], f) for f in found]
        groups.sort(key=lambda g: (REASONS.index(g.reason), -g.score, g.records[0].name))
        if progress is not None:
            progress(total, total)
        return groups

    # ----- reading -------------------------------------------------------------------------
    def _items(self) -> list[Item]:
        with read_connection(self.crm.ctx.engine) as conn:
            if self.record_type == "contact":
                return contact_items(conn, self.region)
            return company_items(conn, self.region)

    def _summaries(self, ids: Sequence[str]) -> dict[str, DuplicateRecord]:
        with read_connection(self.crm.ctx.engine) as conn:
            return summaries(conn, self.record_type, ids)

    def _group(
        self, summaries: Mapping[str, DuplicateRecord], ids: Iterable[str], found: Found
    ) -> DuplicateGroup:
        records = sorted((summaries[i] for i in ids), key=lambda r: (r.created_at, r.id))
        return DuplicateGroup(
            self.record_type,
            tuple(r.id for r in records),
            found.reason,
            found.score,
            tuple(records),
        )


def find_duplicates(
    crm: Crm,
    record_type: str,
    *,
    region: str | None = "IT",
    threshold: int = 88,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[DuplicateGroup]:
    """Groups of likely duplicate live records (strongest reason first, then best score)."""
    finder = DuplicateFinder(crm, record_type, region=region, threshold=threshold)
    return finder.run(progress, cancelled)


# ----- "not duplicates" ------------------------------------------------------------------------
def _pair_key(record_type: str, a: str, b: str) -> str:
    first, second = sorted((a, b))
    return f"{_PAIR_PREFIX}:{record_type}:{first}:{second}"


def mark_not_duplicates(crm: Crm, record_type: str, ids: Sequence[str]) -> Change:
    """Remember that these records are different (every pair of them); undoable."""
    if record_type not in RECORD_TYPES:
        raise ValidationError("record_type", f"No duplicates of {record_type!r}")
    unique = list(dict.fromkeys(ids))
    if len(unique) < 2:
        raise ValidationError("ids", "Choose two or more records", code="merge_needs_two")
    with crm.ctx.write(f"separate {record_type}") as w:
        for a, b in combinations(unique, 2):
            write_setting(w, _pair_key(record_type, a, b), True)
    return w.change()


def not_duplicate_pairs(crm: Crm, record_type: str) -> set[tuple[str, str]]:
    """The pairs (sorted ids) marked "not duplicates" (and not undone)."""
    prefix = f"{_PAIR_PREFIX}:{record_type}:"
    s = SettingRecord
    with read_connection(crm.ctx.engine) as conn:
        rows = conn.execute(sa.select(s.key, s.value).where(s.key.startswith(prefix))).all()
    pairs: set[tuple[str, str]] = set()
    for key, value in rows:
        if value is True:
            first, _, second = key[len(prefix) :].partition(":")
            pairs.add((first, second))
    return pairs


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise DuplicatesCancelled()
