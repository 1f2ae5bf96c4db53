"""Finding the groups: pairs by shared keys and by similar names, joined by union-find.

Pure Python over plain items (no database): ``duplicates.py`` loads the records and hands over
one ``Item`` per record.

- **Exact keys** (email, phone, website domain) go into dictionaries: every two records that
  share a key are a pair. A key shared by more than ``MAX_SHARED`` records (an office
  switchboard, ``info@`` of a chain) says nothing about who is who and is skipped (so is a
  name shared that often in one scope). Two contacts that share only a phone must not have
  clearly different names (a
  colleague at the same switchboard, ``PHONE_NAME_FLOOR``), unless the names are in different
  scripts (one person written in Latin and in Cyrillic).
- **Similar names** are compared only inside a *scope* (for contacts: the same company, or, for
  contacts without one, the same city; for companies: all of them). A scope of more than
  ``SCOPE_MAX`` names is compared only inside *blocks* that share a word's first letters (two,
  then more while a block has over ``BLOCK_MAX`` names; each name goes into one block per word,
  so a typo must spoil the start of every word to escape). Comparison is
  rapidfuzz's ``ratio`` on sorted-word keys (= ``token_sort_ratio``) through ``process.cdist``
  with a score cut-off, in C++.
- **Groups** are the connected components of the pairs (union-find), taking the strongest pairs
  first (email, website, phone, name by score): a group's reason is its strongest joining
  pair's, its score the weakest joining pair's. Pairs marked "not duplicates" are left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Final

from rapidfuzz import fuzz, process

from desktop_crm.services.dupe_keys import script_of

REASONS: Final = ("email", "website", "phone", "name")  # strongest first
EMAIL, WEBSITE, PHONE, NAME = range(4)
MAX_SHARED: Final = 12  # a key shared by more records is no evidence (switchboard, info@)
PHONE_NAME_FLOOR: Final = 50  # names sharing only a phone must be at least this similar
SCOPE_MAX: Final = 2000  # a scope's names compared all against all up to this many
BLOCK_MAX: Final = 400  # in a bigger scope, names compared within blocks of at most this many
_PY_COMPARE_MAX: Final = 8  # below this, a Python loop beats a cdist call
_MAX_PREFIX: Final = 6

Tick = Callable[[int], None]  # records processed since the last call (raises when cancelled)


@dataclass
class Item:
    """What the matcher knows of one record."""

    id: str
    name: str  # sorted folded words (``dupe_keys.name_key`` / ``company_key``)
    scope: str | None  # names are compared only within one scope; None: never by name
    keys: list[tuple[int, str]] = field(default_factory=list)  # (EMAIL | WEBSITE | PHONE, key)


@dataclass(frozen=True)
class Found:
    """A group of item indices, its strongest reason and its weakest joining score."""

    members: tuple[int, ...]
    reason: str
    score: int


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, node: int) -> int:
        parent = self.parent
        root = node
        while parent[root] != root:
            root = parent[root]
        while parent[node] != root:
            parent[node], node = root, parent[node]
        return root

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        return True


@dataclass
class Matcher:
    items: Sequence[Item]
    threshold: int = 88
    excluded: set[tuple[str, str]] = field(default_factory=set)  # sorted id pairs
    tick: Tick | None = None
    phone_needs_names: bool = True  # contacts: yes (switchboards); companies: a phone is enough
    edges: list[tuple[int, int, int, int]] = field(default_factory=list)  # rank, -score, a, b

    def run(self) -> list[Found]:
        self.exact_pairs()
        self.name_pairs()
        return self.groups()

    # ----- pairs ---------------------------------------------------------------------------
    def _add(self, rank: int, score: int, a: int, b: int) -> None:
        if a == b:
            return
        ida, idb = self.items[a].id, self.items[b].id
        if (ida, idb) in self.excluded or (idb, ida) in self.excluded:
            return
        self.edges.append((rank, -score, a, b))

    def exact_pairs(self) -> None:
        buckets: list[dict[str, list[int]]] = [{} for _ in REASONS]
        for start in range(0, len(self.items), 5000):
            for index, item in enumerate(self.items[start : start + 5000], start):
                for rank, key in item.keys:
                    bucket = buckets[rank]
                    found = bucket.get(key)
                    if found is None:
                        bucket[key] = [index]
                    else:
                        found.append(index)
            if self.tick:
                self.tick(min(5000, len(self.items) - start))
        for rank, bucket in enumerate(buckets):
            for members in bucket.values():
                if not 2 <= len(members) <= MAX_SHARED:
                    continue
                for a, b in combinations(members, 2):
                    if rank == PHONE and self.phone_needs_names and not self._names_agree(a, b):
                        continue
                    self._add(rank, 100, a, b)

    def _names_agree(self, a: int, b: int) -> bool:
        na, nb = self.items[a].name, self.items[b].name
        if not na or not nb or script_of(na) != script_of(nb):
            return True
        return fuzz.ratio(na, nb) >= PHONE_NAME_FLOOR

    def name_pairs(self) -> None:
        scopes: dict[str, list[int]] = defaultdict(list)
        for index, item in enumerate(self.items):
            if item.name and item.scope is not None:
                scopes[item.scope].append(index)
        unscoped = len(self.items) - sum(len(m) for m in scopes.values())
        if self.tick and unscoped:
            self.tick(unscoped)
        for members in scopes.values():
            if len(members) > 1:
                self._scope_pairs(members)
            if self.tick:
                self.tick(len(members))

    def _scope_pairs(self, members: list[int]) -> None:
        by_name: dict[str, list[int]] = defaultdict(list)
        for index in members:
            by_name[self.items[index].name].append(index)
        for same in by_name.values():
            if 2 <= len(same) <= MAX_SHARED:
                for a, b in combinations(same, 2):
                    self._add(NAME, 100, a, b)
        # a name that many records share in one scope is no evidence (as a shared key)
        names = [name for name, same in by_name.items() if len(same) <= MAX_SHARED]
        if len(names) < 2:
            return
        found: dict[tuple[int, int], int] = {}
        if len(names) <= SCOPE_MAX:
            self._compare(names, range(len(names)), found)
        else:
            self._blocks(names, list(range(len(names))), 2, found)
        for (u, v), score in found.items():
            for a in by_name[names[u]]:
                for b in by_name[names[v]]:
                    self._add(NAME, score, a, b)

    def _blocks(
        self, names: list[str], subset: list[int], prefix: int, found: dict[tuple[int, int], int]
    ) -> None:
        """Compare within blocks of names sharing a word's first ``prefix`` characters."""
        blocks: dict[str, list[int]] = defaultdict(list)
        for u in subset:
            for word in set(names[u].split()):
                blocks[word[:prefix]].append(u)
        for block in blocks.values():
            if len(block) < 2:
                continue
            if len(block) <= BLOCK_MAX:
                self._compare(names, block, found)
            elif prefix < _MAX_PREFIX:
                self._blocks(names, block, prefix + 1, found)
            # else: thousands of names starting alike in one scope: only exact names pair

    def _compare(
        self, names: list[str], subset: Iterable[int], found: dict[tuple[int, int], int]
    ) -> None:
        chosen = list(subset)
        cutoff = self.threshold
        if len(chosen) <= _PY_COMPARE_MAX:
            for i, u in enumerate(chosen):
                for v in chosen[i + 1 :]:
                    score = fuzz.ratio(names[u], names[v], score_cutoff=cutoff)
                    if score:
                        found[(min(u, v), max(u, v))] = round(score)
            return
        texts = [names[u] for u in chosen]
        matrix = process.cdist(
            texts, texts, scorer=fuzz.ratio, score_cutoff=cutoff, dtype="uint8", workers=1
        )
        rows, cols = matrix.nonzero()
        for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
            if i < j:
                u, v = chosen[i], chosen[j]
                found[(min(u, v), max(u, v))] = int(matrix[i, j])

    # ----- groups --------------------------------------------------------------------------
    def groups(self) -> list[Found]:
        self.edges.sort()
        union = _UnionFind(len(self.items))
        joined: list[tuple[int, int, int]] = []  # rank, score, a
        for rank, neg_score, a, b in self.edges:
            if union.union(a, b):
                joined.append((rank, -neg_score, a))
        best: dict[int, tuple[int, int]] = {}
        for rank, score, a in joined:
            root = union.find(a)
            old = best.get(root)
            best[root] = (rank, score) if old is None else (min(old[0], rank), min(old[1], score))
        members: dict[int, list[int]] = defaultdict(list)
        touched = {a for _r, _s, a, _b in self.edges} | {b for _r, _s, _a, b in self.edges}
        for index in sorted(touched):
            root = union.find(index)
            if root in best:
                members[root].append(index)
        return [
            Found(tuple(members[root]), REASONS[rank], score)
            for root, (rank, score) in best.items()
            if len(members[root]) > 1
        ]
