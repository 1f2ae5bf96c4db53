"""The large benchmark database: 1,000,000 contacts, 20,000 companies, 600,000 activities.

Built once and cached under ``benchmarks/.cache/`` (git-ignored); rebuilt when the parameters,
``VERSION`` or the schema revision change. The build goes through the real schema (``open_crm``
migrates the file) and bulk SQL: Core ``insert()`` executemany in batches of 10,000 inside one
transaction, with the search triggers left on so that the FTS5 index is built exactly as the
app builds it.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from desktop_crm.domain.enums import DEFAULT_LIFECYCLE_STAGES
from desktop_crm.domain.ids import new_id
from desktop_crm.services import demo_names as names
from desktop_crm.services.crm import open_crm
from desktop_crm.services.writer import sort_key
from desktop_crm.store import migrate
from desktop_crm.store.models import ActivityRecord, CompanyRecord, ContactRecord

CACHE = Path(__file__).resolve().parent / ".cache"
VERSION = 1
BATCH = 10_000
LANGUAGE_NAMES = {"en": "English", "it": "Italiano", "ru": "Русский", "fa": "فارسی", "th": "ไทย"}


@dataclass(frozen=True)
class Dataset:
    data_dir: Path
    contacts: int
    companies: int
    build_seconds: float
    cached: bool

    @property
    def db_path(self) -> Path:
        return self.data_dir / "crm.db"

    @property
    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.data_dir.glob("crm.db*"))


def ensure(
    contacts: int = 1_000_000,
    companies: int = 20_000,
    seed: int = 1,
    log: Callable[[str], None] = print,
    cache: Path = CACHE,
) -> Dataset:
    """The cached database with these parameters, built first when missing or stale."""
    data_dir = cache / f"contacts-{contacts}"
    marker = data_dir / "built.json"
    wanted = {
        "version": VERSION,
        "contacts": contacts,
        "companies": companies,
        "seed": seed,
        "schema": migrate.head_revision(),
    }
    if marker.exists() and (data_dir / "crm.db").exists():
        built = json.loads(marker.read_text())
        if {k: built.get(k) for k in wanted} == wanted:
            return Dataset(data_dir, contacts, companies, float(built["seconds"]), True)
    shutil.rmtree(data_dir, ignore_errors=True)
    data_dir.mkdir(parents=True)
    log(f"building {contacts:,} contacts and {companies:,} companies in {data_dir} ...")
    started = time.perf_counter()
    _build(data_dir / "crm.db", contacts, companies, seed, log)
    seconds = time.perf_counter() - started
    marker.write_text(json.dumps({**wanted, "seconds": round(seconds, 1)}))
    return Dataset(data_dir, contacts, companies, seconds, False)


def _build(db: Path, contacts: int, companies: int, seed: int, log: Callable[[str], None]) -> None:
    crm = open_crm(db, backup_dir=db.parent / "backups")
    try:
        for name, role in (("Giulia Bianchi", "manager"), ("Сергей Королёв", "salesperson")):
            crm.catalog.add_user(name, role)
        crm.catalog.add_user("لیلا شیرازی", "salesperson")
        users = [u.id for u in crm.catalog.users()]
        rng = random.Random(seed)
        with crm.ctx.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA cache_size=-262144")  # 256 MB for the build
            firms = _insert_companies(conn, rng, companies, users)
            log(f"  {sum(len(f) for f in firms.values()):,} companies inserted")
            people = _insert_contacts(conn, rng, contacts, seed, firms, users, log)
            log(f"  {_insert_activities(conn, rng, people, users):,} activities inserted")
            conn.commit()
        raw = crm.ctx.engine.raw_connection()  # autocommit: a checkpoint needs no transaction
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
    finally:
        crm.close()


def _stamps(rng: random.Random, count: int = 997) -> list[datetime]:
    now = datetime.now(UTC).replace(microsecond=0)
    return [now - timedelta(minutes=rng.randrange(3 * 365 * 24 * 60)) for _ in range(count)]


def _insert_companies(
    conn: sa.Connection, rng: random.Random, count: int, users: list[str]
) -> dict[str, list[tuple[str, str]]]:
    """Insert ``count`` companies; returns language -> [(id, name)]."""
    by_lang: dict[str, list[tuple[str, str]]] = {lang: [] for lang in names.LANGUAGES}
    stamps = _stamps(rng)
    rows: list[dict[str, Any]] = []
    for i in range(count):
        lang = names.LANGUAGES[i % len(names.LANGUAGES)]
        seed = names.company(rng, lang)
        company_id = new_id()
        by_lang[lang].append((company_id, seed.name))
        stamp = stamps[i % len(stamps)]
        rows.append(
            {
                "id": company_id,
                "name": seed.name,
                "sort_name": sort_key(seed.name),
                "industry": seed.industry,
                "size": seed.size,
                "annual_revenue": Decimal(seed.annual_revenue),
                "currency": "USD",
                "website": seed.website,
                "phone": seed.phone,
                "city": seed.city,
                "country": seed.country,
                "owner_id": users[i % len(users)],
                "created_at": stamp,
                "updated_at": stamp,
                "custom": {},
            }
        )
    for batch in _batches(rows, BATCH):
        conn.execute(sa.insert(CompanyRecord), batch)
    return by_lang


def _insert_contacts(
    conn: sa.Connection,
    rng: random.Random,
    count: int,
    seed: int,
    firms: dict[str, list[tuple[str, str]]],
    users: list[str],
    log: Callable[[str], None],
) -> list[tuple[str, str | None]]:
    """Insert the contacts; returns (id, company id) of every fifth one (they get activities)."""
    stamps = _stamps(rng)
    people: list[tuple[str, str | None]] = []
    stages = DEFAULT_LIFECYCLE_STAGES
    roles = names.COMPANY_ROLES
    started = time.perf_counter()
    batch: list[dict[str, Any]] = []
    for i, (first, last, email, phone, lang) in enumerate(names.fast_people(count, seed)):
        pool = firms[lang]
        linked = pool and i % 10 < 7
        stamp = stamps[i % len(stamps)]
        contact_id = new_id()
        company_id = pool[(i * 7919) % len(pool)][0] if linked else None
        if i % 5 == 0:
            people.append((contact_id, company_id))
        batch.append(
            {
                "id": contact_id,
                "first_name": first,
                "last_name": last,
                "sort_name": sort_key(last, first),
                "emails": email,
                "phones": phone,
                "company_id": company_id,
                "company_role": roles[i % len(roles)] if linked else None,
                "language": LANGUAGE_NAMES[lang],
                "lifecycle_stage": stages[(i * 31) % len(stages)],
                "customer_status": "potential",
                "owner_id": users[(i * 13) % len(users)],
                "created_at": stamp,
                "updated_at": stamp,
                "custom": {},
            }
        )
        if len(batch) == BATCH:
            conn.execute(sa.insert(ContactRecord), batch)
            batch = []
            done = i + 1
            if done % 100_000 == 0:
                rate = done / (time.perf_counter() - started)
                log(f"  {done:,} contacts ({rate:,.0f}/s)")
    if batch:
        conn.execute(sa.insert(ContactRecord), batch)
    return people


def _insert_activities(
    conn: sa.Connection,
    rng: random.Random,
    people: list[tuple[str, str | None]],
    users: list[str],
) -> int:
    """1 to 5 activities (calls, emails, meetings, notes) for each of ``people``."""
    stamps = _stamps(rng)
    kinds = names.ACTIVITY_KINDS
    subjects = {k: [t for t in names.ACTIVITY_SUBJECTS[k] if "{" not in t] for k in kinds}
    batch: list[dict[str, Any]] = []
    total = 0
    for n, (contact_id, company_id) in enumerate(people):
        for j in range(1 + (n * 7) % 5):
            kind = kinds[(n + j) % len(kinds)]
            options = subjects[kind]
            stamp = stamps[(n * 5 + j) % len(stamps)]
            batch.append(
                {
                    "id": new_id(),
                    "kind": kind,
                    "subject": options[(n + j) % len(options)],
                    "occurred_at": stamp,
                    "contact_id": contact_id,
                    "company_id": company_id,
                    "user_id": users[n % len(users)],
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
        if len(batch) >= BATCH:
            conn.execute(sa.insert(ActivityRecord), batch)
            total += len(batch)
            batch = []
    if batch:
        conn.execute(sa.insert(ActivityRecord), batch)
        total += len(batch)
    return total


def _batches(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]
