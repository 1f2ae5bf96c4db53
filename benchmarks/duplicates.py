"""Duplicates: finding them among 100,000 contacts, merging a group, undoing the merge.

The database is built once with bulk SQL (Core ``insert`` in batches, search index built in
sets) and cached under ``benchmarks/.cache/duplicates-*``: 100,000 contacts in five languages
(80 % in one of 2,000 companies, the rest with only a city), unique emails and phones, plus
planted duplicates of three kinds (2 % of the contacts): the same email written in another case,
the same phone written the national way, and the same name with a typo in the same company.
Figures: the search's time (target ≤ 10 s, off the GUI thread), how many of the planted pairs it
found (recall, per kind), the reading alone (the practical floor: one raw ``sqlite3`` query of the
same columns), the worst case of one scope (every contact without company or city: compared only
within blocks), companies, and a merge + undo + the backup taken before a merge.

``DESKTOP_CRM_BENCH_DUPES_CONTACTS=20000`` runs it smaller.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from benchmarks.dataset import CACHE
from benchmarks.report import figure, note
from desktop_crm.domain.ids import new_id
from desktop_crm.services import demo_names as names
from desktop_crm.services.crm import open_crm
from desktop_crm.services.dupe_keys import name_key
from desktop_crm.services.dupe_match import Item, Matcher
from desktop_crm.services.duplicates import find_duplicates
from desktop_crm.services.merge import merge_records
from desktop_crm.services.writer import sort_key
from desktop_crm.store import migrate
from desktop_crm.store.bulk_index import bulk_indexing
from desktop_crm.store.models import CompanyRecord, ContactRecord

VERSION = 2
CONTACTS = 100_000
COMPANIES = 2_000
PLANTED_SHARE = 50  # one planted duplicate per 50 contacts (2 %)
NO_COMPANY_SHARE = 5  # one contact in 5 has no company
COUNTRY_CODES = {"en": "1", "it": "39", "ru": "7", "fa": "98", "th": "66"}
CONTACTS_ENV = "DESKTOP_CRM_BENCH_DUPES_CONTACTS"
KINDS = ("email", "phone", "name")


# ----- the data ---------------------------------------------------------------------------------
def _typo(text: str, rng: random.Random) -> str:
    """Two neighbouring letters of the longest word swapped (never its first two)."""
    words = text.split(" ")
    n = max(range(len(words)), key=lambda k: len(words[k]))
    word = words[n]
    if len(word) < 4:
        words[n] = word + word[-1]
    else:
        at = rng.randrange(2, len(word) - 1)
        words[n] = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    return " ".join(words)


def _people(count: int, rng: random.Random) -> list[dict[str, Any]]:
    banks = {lang: names.bank(lang) for lang in names.LANGUAGES}
    out = []
    for i, (_f, _l, email, _phone, lang) in enumerate(names.fast_people(count, 11)):
        bank = banks[lang]
        first = rng.choice(bank.male if i % 2 else bank.female)
        last = " ".join(rng.sample(bank.surnames, 2))  # double surnames: enough distinct names
        phone = f"+{COUNTRY_CODES[lang]} {3_000_000_000 + i * 7919:010d}"[:16]
        out.append(
            {
                "first_name": first,
                "last_name": last,
                "emails": email,
                "phones": phone,
                "lang": lang,
                "city": rng.choice(bank.cities)[0],
            }
        )
    return out


def _planted(base: dict[str, Any], kind: str, rng: random.Random) -> dict[str, Any]:
    copy = {**base, "emails": None, "phones": None}
    if kind == "email":
        copy["emails"] = base["emails"].upper()
        copy["first_name"] = base["first_name"][0] + "."
    elif kind == "phone":
        copy["phones"] = base["phones"].replace("+", "00").replace(" ", " ")
    else:
        copy["last_name"] = _typo(base["last_name"], rng)
    return copy


def _base(contacts: int) -> tuple[Path, dict[str, list[tuple[str, str]]]]:
    """The cached database and the planted pairs by kind."""
    folder = CACHE / f"duplicates-{contacts}"
    db, marker = folder / "crm.db", folder / "built.json"
    wanted = {"version": VERSION, "contacts": contacts, "schema": migrate.head_revision()}
    if marker.exists() and db.exists():
        built = json.loads(marker.read_text())
        if built.get("wanted") == wanted:
            return db, {k: [tuple(p) for p in v] for k, v in built["planted"].items()}
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    note(f"building {contacts:,} contacts with planted duplicates in {folder} ...")
    started = time.perf_counter()
    planted = _build(db, contacts)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    marker.write_text(json.dumps({"wanted": wanted, "planted": planted}))
    note(f"built in {time.perf_counter() - started:.1f} s")
    return db, planted


def _build(db: Path, contacts: int) -> dict[str, list[tuple[str, str]]]:
    rng = random.Random(3)
    now = datetime.now(UTC)
    crm = open_crm(db, backup_dir=db.parent / "backups")
    planted: dict[str, list[tuple[str, str]]] = {k: [] for k in KINDS}
    try:
        with crm.ctx.engine.begin() as conn, bulk_indexing(conn):
            companies = []
            for n in range(COMPANIES):
                name = names.company(rng, names.LANGUAGES[n % 5]).name
                companies.append(
                    {
                        "id": new_id(),
                        "name": f"{name} {n}",
                        "sort_name": sort_key(name),
                        "created_at": now,
                        "updated_at": now,
                        "custom": {},
                    }
                )
            conn.execute(sa.insert(CompanyRecord), companies)
            rows: list[dict[str, Any]] = []
            for i, person in enumerate(_people(contacts, rng)):
                company = None if i % NO_COMPANY_SHARE == 0 else rng.choice(companies)["id"]
                row = _row(person, company, now - timedelta(days=400 - i % 365))
                rows.append(row)
                if i % PLANTED_SHARE == 7:
                    kind = KINDS[(i // PLANTED_SHARE) % 3]
                    copy = _row(_planted(person, kind, rng), company, now)
                    rows.append(copy)
                    planted[kind].append((row["id"], copy["id"]))
                if len(rows) >= 10_000:
                    conn.execute(sa.insert(ContactRecord), rows)
                    rows = []
            if rows:
                conn.execute(sa.insert(ContactRecord), rows)
    finally:
        crm.close()
    return planted


def _row(person: dict[str, Any], company: str | None, created: datetime) -> dict[str, Any]:
    return {
        "id": new_id(),
        "first_name": person["first_name"],
        "last_name": person["last_name"],
        "sort_name": sort_key(person["last_name"], person["first_name"]),
        "emails": person["emails"],
        "phones": person["phones"],
        "company_id": company,
        "city": None if company else person["city"],
        "created_at": created,
        "updated_at": created,
        "custom": {},
    }


# ----- figures ------------------------------------------------------------------------------------
def _floor(db: Path) -> float:
    """Reading the same columns with raw sqlite3: what no search can go below."""
    started = time.perf_counter()
    conn = sqlite3.connect(db)
    try:
        conn.execute(
            "SELECT c.id, c.first_name, c.last_name, c.emails, c.phones, c.company_id, co.name,"
            " c.city, c.created_at, c.updated_at FROM contacts c LEFT JOIN companies co"
            " ON co.id = c.company_id WHERE c.deleted_at IS NULL ORDER BY c.created_at, c.id"
        ).fetchall()
    finally:
        conn.close()
    return time.perf_counter() - started


def _search(db: Path, planted: dict[str, list[tuple[str, str]]]) -> list[Any]:
    crm = open_crm(db, backup_dir=db.parent / "backups")
    try:
        updates = 0

        def progress(done: int, total: int) -> None:
            nonlocal updates
            updates += 1

        started = time.perf_counter()
        groups = find_duplicates(crm, "contact", region="IT", progress=progress)
        seconds = time.perf_counter() - started
        together = {i: frozenset(g.ids) for g in groups for i in g.ids}
        records = sum(len(g.ids) for g in groups)
        figure(
            "duplicates.contacts.seconds",
            seconds,
            "s",
            "≤ 10 s",
            f"{len(groups):,} groups of {records:,} records; {updates} progress updates",
        )
        for kind, pairs in planted.items():
            hit = sum(1 for a, b in pairs if b in together.get(a, ()))
            figure(
                f"duplicates.contacts.recall.{kind}",
                100 * hit / max(len(pairs), 1),
                "%",
                context=f"{hit:,} of {len(pairs):,} planted pairs found",
            )
        started = time.perf_counter()
        companies = find_duplicates(crm, "company")
        figure(
            "duplicates.companies.seconds",
            time.perf_counter() - started,
            "s",
            context=f"{COMPANIES:,} companies named from a small bank, {len(companies)} groups",
        )
        return groups
    finally:
        crm.close()


def _one_scope(contacts: int) -> None:
    """The worst case of blocking: every contact in one scope (no company, no city)."""
    rng = random.Random(8)
    items = [
        Item(str(i), name_key(p["first_name"], p["last_name"]), "")
        for i, p in enumerate(_people(contacts, rng))
    ]
    started = time.perf_counter()
    found = Matcher(items, threshold=88).run()
    figure(
        "duplicates.matcher.one_scope",
        time.perf_counter() - started,
        "s",
        context=f"{contacts:,} names in one scope, {len(found):,} groups",
    )


def _merge(db: Path, groups: list[Any], work: Path) -> None:
    copy = work / "crm.db"
    shutil.copyfile(db, copy)
    crm = open_crm(copy, backup_dir=work / "backups")
    try:
        group = next(g for g in groups if g.reason == "email")
        started = time.perf_counter()
        info = crm.maintenance.backup(reason="merge")
        figure(
            "duplicates.merge.backup",
            time.perf_counter() - started,
            "s",
            context=f"verified backup of {info.size / 2**20:.0f} MiB",
        )
        started = time.perf_counter()
        change = merge_records(crm, "contact", group.ids[0], group.ids[1:], {}, backup=False)
        figure(
            "duplicates.merge.seconds",
            time.perf_counter() - started,
            "s",
            context=f"{len(group.ids)} contacts",
        )
        crm.undo.push(change)
        started = time.perf_counter()
        crm.undo.undo()
        figure("duplicates.merge.undo", time.perf_counter() - started, "s")
    finally:
        crm.close()


def run() -> None:
    contacts = int(os.environ.get(CONTACTS_ENV, CONTACTS))
    db, planted = _base(contacts)
    total = contacts + sum(len(p) for p in planted.values())
    note(
        f"{total:,} contacts ({sum(len(p) for p in planted.values()):,} planted duplicates), "
        f"{COMPANIES:,} companies"
    )
    figure("duplicates.contacts.read_floor", _floor(db), "s", context="raw sqlite3 of the columns")
    groups = _search(db, planted)
    _one_scope(contacts)
    with tempfile.TemporaryDirectory(prefix="bench-dupes-") as tmp:
        _merge(db, groups, Path(tmp))


if __name__ == "__main__":
    run()
