"""Search and start-up over 1,000,000 contacts (the SPEC's quality bars).

Figures: the cached database's build time and size; the cold start of ``main.py`` to a painted
contacts list (a separate process, as a user starts it); search latency through
``crm.finder.search`` (which also counts every match), overall and per script and term kind;
the data behind a contact card (``contacts.get`` + ``activities.timeline``); peak memory.
When search misses its target for any script, ``search.diag.*`` lines split the time between
fetching the first rows and counting all matches. ``DESKTOP_CRM_BENCH_CONTACTS=20000``
runs it all on a smaller database (a quick smoke run).
"""

from __future__ import annotations

import os
import random
import re
import resource
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from benchmarks import dataset, queries
from benchmarks.report import figure, median, note, percentile
from desktop_crm.domain.records import ListQuery
from desktop_crm.services.crm import Crm, check_file, open_crm

ROOT = Path(__file__).resolve().parent.parent
STARTUP_TARGET_MS = 1500.0
SEARCH_TARGET_MS = 25.0
CARD_TARGET_MS = 100.0
STARTUP_RUNS = 3
CARD_SAMPLES = 200
SIZE_ENV = "DESKTOP_CRM_BENCH_CONTACTS"


def run() -> None:
    contacts = int(os.environ.get(SIZE_ENV) or 1_000_000)  # smaller for a quick smoke run
    ds = dataset.ensure(contacts, companies=max(1, contacts // 50), log=note)
    how = "reused from benchmarks/.cache" if ds.cached else "built now"
    figure("search.build", ds.build_seconds, "s", context=how)
    figure("search.db_size", ds.size_bytes / 1e6, "MB")
    startup(ds)
    check_ms, _problems = _timed(lambda: check_file(ds.db_path, deep=True))
    shallow_ms, _problems = _timed(lambda: check_file(ds.db_path, deep=False))
    started = time.perf_counter()
    crm = open_crm(ds.db_path, backup_dir=ds.data_dir / "backups")
    figure("search.open_crm", _ms(started), "ms", context="in-process; part of the start-up")
    figure("search.open_crm.structure_check", shallow_ms, "ms", context="at open, large files")
    figure("search.quick_check", check_ms, "ms", context="full check; background for large files")
    try:
        first_page(crm)
        timings = search(crm)
        if _worst_script_p95(timings) > SEARCH_TARGET_MS:
            diagnose(crm, timings)
        card(crm)
    finally:
        crm.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figure("search.peak_rss", peak, "MB", context="this process: open, search, cards")


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _timed(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = call()
    return _ms(started), result


# ----- start-up --------------------------------------------------------------------------------
def startup(ds: dataset.Dataset) -> None:
    """``main.py`` as a user starts it, until the contacts list has painted its first rows."""
    env = {**os.environ, "DESKTOP_CRM_BENCH_STARTUP": "1"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [sys.executable, "main.py", "--data-dir", str(ds.data_dir)]
    painted: list[float] = []
    walls: list[float] = []
    for _ in range(STARTUP_RUNS):
        started = time.perf_counter()
        try:
            done = subprocess.run(
                command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
            )
        except subprocess.TimeoutExpired:
            figure("startup", "not available (no paint within 120 s)")
            return
        walls.append(_ms(started))
        found = re.search(r"^startup-ms:\s*([0-9.]+)", done.stdout, re.MULTILINE)
        if done.returncode != 0 or not found:
            last = (done.stderr.strip().splitlines() or ["no output"])[-1]
            figure("startup", f"not available (exit code {done.returncode}: {last})")
            return
        painted.append(float(found.group(1)))
    target = f"≤ {STARTUP_TARGET_MS:.0f} ms"
    figure("startup.first_paint.median", median(painted), "ms", target, "warm OS file cache")
    figure("startup.first_paint.max", max(painted), "ms", target)
    figure("startup.process_wall.median", median(walls), "ms", context="includes Qt shutdown")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    figure("startup.peak_rss", peak, "MB", context="the app process")


def first_page(crm: Crm) -> None:
    """What the contacts list asks for first: its row count and its first page."""
    count_ms, total = _timed(lambda: crm.contact_list.count(ListQuery()))
    page_ms, _rows = _timed(lambda: crm.contact_list.page(ListQuery(), 0, 100))
    figure("list.count", count_ms, "ms", context=f"{total} contacts")
    figure("list.first_page", page_ms, "ms", context="100 rows by name")


# ----- search ----------------------------------------------------------------------------------
def search(crm: Crm) -> list[tuple[queries.Query, float, int]]:
    """Every query once (after a short warm-up); prints overall and per-group figures."""
    planned = queries.build()
    for query in planned[::10]:
        crm.finder.search(query.text)
    timings = []
    for query in planned:
        elapsed, result = _timed(lambda q=query: crm.finder.search(q.text))  # type: ignore[misc]
        timings.append((query, elapsed, result.total))
    values = [t for _, t, _ in timings]
    target = f"≤ {SEARCH_TARGET_MS:.0f} ms"
    figure("search.queries", len(values), context="terms in 4 scripts, emails, phone digits")
    figure("search.latency.median", median(values), "ms")
    figure("search.latency.p95", percentile(values, 95), "ms", target)
    figure("search.latency.max", max(values), "ms")
    figure("search.no_hits", sum(1 for *_, n in timings if n == 0), "queries")
    for label, key in (("script", lambda q: q.script), ("kind", lambda q: q.kind)):
        groups: dict[str, list[float]] = defaultdict(list)
        for query, elapsed, _total in timings:
            groups[key(query)].append(elapsed)
        for name, group in groups.items():
            figure(f"search.{label}.{name}.p95", percentile(group, 95), "ms", target)
    slowest = sorted(timings, key=lambda t: t[1], reverse=True)[:5]
    for query, elapsed, total in slowest:
        note(f"slow: {query.text!r} ({query.script}/{query.kind}) {elapsed:.1f} ms, {total} hits")
    return timings


def _worst_script_p95(timings: list[tuple[queries.Query, float, int]]) -> float:
    groups: dict[str, list[float]] = defaultdict(list)
    for query, elapsed, _total in timings:
        groups[query.script].append(elapsed)
    return max(percentile(group, 95) for group in groups.values())


def diagnose(crm: Crm, timings: list[tuple[queries.Query, float, int]]) -> None:
    """Where the time goes, per term kind: the first 50 rows vs counting every match.

    Mirrors the two statements of ``desktop_crm.store.search.find``; also times a capped count
    (``count(*)`` over at most 1,001 matches: "1,000+") as the obvious remedy.
    """
    from desktop_crm.store import search as store_search

    by_kind: dict[str, list[tuple[float, float, float, int]]] = defaultdict(list)
    with crm.ctx.engine.connect() as conn:
        for query, _elapsed, total in timings:
            matched, params = _match_sql(store_search, query.text)
            rows_sql = sa.text(f"SELECT rowid FROM ({matched} LIMIT 50)")
            rows_ms, _ = _timed(lambda s=rows_sql, p=params: conn.execute(s, p).all())  # type: ignore[misc]
            count_sql = sa.text(f"SELECT count(*) FROM ({matched})")
            count_ms, _ = _timed(lambda s=count_sql, p=params: conn.execute(s, p).scalar())  # type: ignore[misc]
            capped = sa.text(f"SELECT count(*) FROM ({matched} LIMIT 1001)")
            capped_ms, _ = _timed(lambda s=capped, p=params: conn.execute(s, p).scalar())  # type: ignore[misc]
            by_kind[query.kind].append((rows_ms, count_ms, capped_ms, total))
        _explain(conn, store_search)
    for kind, rows in by_kind.items():
        figure(f"search.diag.{kind}.rows50.p95", percentile([r[0] for r in rows], 95), "ms")
        figure(f"search.diag.{kind}.count.p95", percentile([r[1] for r in rows], 95), "ms")
        figure(f"search.diag.{kind}.count_capped.p95", percentile([r[2] for r in rows], 95), "ms")
        figure(f"search.diag.{kind}.matches.median", median([float(r[3]) for r in rows]), "")


def _match_sql(store_search: Any, text: str) -> tuple[str, dict[str, str]]:
    terms = store_search._terms(text)
    selects, params = [], {}
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    if long_terms:
        selects.append("SELECT rowid FROM search_tri WHERE search_tri MATCH :tri")
        params["tri"] = " AND ".join(f'"{t}"' for t in long_terms)
    if short_terms:
        selects.append("SELECT rowid FROM search_words WHERE search_words MATCH :words")
        params["words"] = " AND ".join(f'"{t}"*' for t in short_terms)
    return " INTERSECT ".join(selects), params


def _explain(conn: sa.Connection, store_search: Any) -> None:
    for text in ("a", "ros", "Ольга Иван"):
        matched, params = _match_sql(store_search, text)
        plan = conn.execute(sa.text(f"EXPLAIN QUERY PLAN SELECT count(*) FROM ({matched})"), params)
        note(f"plan for {text!r}: " + " | ".join(str(r[-1]) for r in plan))


# ----- cards -----------------------------------------------------------------------------------
def card(crm: Crm) -> None:
    """The data a contact card shows: the record with its company/owner/tags, and its timeline."""
    rng = random.Random(5)
    with crm.ctx.engine.connect() as conn:
        top = conn.exec_driver_sql("SELECT max(rowid) FROM contacts").scalar() or 0
        ids = [
            conn.exec_driver_sql("SELECT id FROM contacts WHERE rowid = ?", (row,)).scalar()
            for row in (rng.randint(1, top) for _ in range(CARD_SAMPLES))
        ]
        firms = conn.exec_driver_sql(
            "SELECT id FROM companies ORDER BY random() LIMIT 50"
        ).scalars()
        firm_ids = list(firms)
    contact_ms = [_card_ms(crm, "contact", i) for i in ids if i]
    company_ms = [_card_ms(crm, "company", i) for i in firm_ids]
    target = f"≤ {CARD_TARGET_MS:.0f} ms"
    figure("card.data.median", median(contact_ms), "ms", target, "get + timeline; no widgets")
    figure("card.data.p95", percentile(contact_ms, 95), "ms", target)
    figure("card.company_data.p95", percentile(company_ms, 95), "ms", target)
    card_widgets(crm, [i for i in ids if i][:60])


def card_widgets(crm: Crm, ids: list[str]) -> None:
    """Opening a contact card as the user sees it: the widget built, filled and laid out."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from desktop_crm.ui.cards.record_card import RecordCard
    from desktop_crm.ui.context import UiContext

    def quiet(_mode: Any, _context: Any, message: str) -> None:
        if "This plugin does not support" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication([])
    ctx = UiContext(crm)
    timings = []
    for record_id in ids:
        started = time.perf_counter()
        widget = RecordCard(ctx, "contact", record_id)
        widget.resize(1100, 760)
        widget.show()
        app.processEvents()  # benchmark only: let it lay out and paint once
        timings.append(_ms(started))
        widget.close()
        widget.deleteLater()
    app.processEvents()
    target = f"≤ {CARD_TARGET_MS:.0f} ms"
    figure("card.open.median", median(timings[1:]), "ms", target, "widget built, shown, painted")
    figure("card.open.p95", percentile(timings[1:], 95), "ms", target)


def _card_ms(crm: Crm, record_type: str, record_id: str) -> float:
    service = crm.contacts if record_type == "contact" else crm.companies
    started = time.perf_counter()
    service.get(record_id)
    crm.activities.timeline(record_type, record_id)
    return _ms(started)
