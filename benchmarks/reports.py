"""Reports and the dashboard on 100,000 deals with their stage history and 1,000,000 activities.

The database is built once through the real schema (``open_crm`` migrates it; users, pipelines,
stages and rates go through the services) and bulk Core inserts, and cached under
``benchmarks/.cache/reports-<deals>/`` (rebuilt when the parameters, ``VERSION`` or the schema
revision change): 5 salespeople (one of them deleted since), 3 pipelines, 100,000 deals over two
years (each walked through its pipeline's stages, a row of stage history per move, 30 % won and
30 % lost), 50,000 contacts (a third of them customers, some marked lost, with the status
changes in the change log), 1,000,000 activities, 100,000 tasks and monthly goals per
salesperson and for the team. Rows are written in time order, as a database fills up as things
happen (written in random time order, e.g. a shuffled import, a year of activities by day took
1.7–3.7 s instead: the occurred_at index then points all over the table; the covering index
proposed in the report to the lead brings that to 0.5–0.8 s).

Figures: ``reports.<name>`` (``crm.reports.run`` over the last twelve months for the team, the
median of a few runs; target ≤ 1 s), ``reports.<name>.figure`` (``build_figure`` and an Agg draw
into a PNG buffer; target ≤ 300 ms), ``reports.kpis`` (``crm.reports.kpis``),
``reports.matplotlib_import`` (``import matplotlib.figure`` and the Agg canvas in a fresh
interpreter) and ``reports.dashboard`` (both, in a fresh interpreter: the dashboard's numbers
from a cold start; target ≤ 1 s). ``DESKTOP_CRM_BENCH_REPORT_DEALS=5000`` runs it all on a
smaller database (activities scale with the deals, 10 per deal).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from benchmarks.dataset import BATCH, CACHE
from benchmarks.report import figure, median, note
from desktop_crm.domain.enums import ActivityKind, GoalMetric
from desktop_crm.domain.ids import new_id
from desktop_crm.services import demo_names as names
from desktop_crm.services.crm import Crm, open_crm
from desktop_crm.services.writer import sort_key
from desktop_crm.store import migrate
from desktop_crm.store.models import (
    ActivityRecord,
    ChangesetRecord,
    CompanyRecord,
    ContactRecord,
    DealRecord,
    FieldChangeRecord,
    GoalRecord,
    StageChangeRecord,
    TaskRecord,
    UserRecord,
)

VERSION = 2  # 2: rows written in time order (1: in random order)
DEALS = 100_000
ACTIVITIES_PER_DEAL = 10
CONTACTS_PER_DEAL = 0.5
TASKS_PER_DEAL = 1
COMPANIES = 5_000
DAYS = 730  # the data covers the last two years
RUNS = 3
REPORT_TARGET_MS = 1000.0
FIGURE_TARGET_MS = 300.0
DASHBOARD_TARGET_MS = 1000.0
SIZE_ENV = "DESKTOP_CRM_BENCH_REPORT_DEALS"
SALESPEOPLE = ("Giulia Bianchi", "Сергей Королёв", "لیلا شیرازی", "สมชาย ใจดี", "Tom Baker")
PIPELINES = ("Renewals", "Partners")  # besides the default "Sales"
CURRENCIES = ("EUR",) * 7 + ("USD",) * 2 + ("GBP",)  # GBP has no rate: "rate missing"
SOURCES = (None, "Referral", "Web form", "Trade show", "Webinar")
KINDS = tuple(k.value for k in ActivityKind)
PARENTS_FIRST = (
    CompanyRecord,
    ContactRecord,
    FieldChangeRecord,
    DealRecord,
    StageChangeRecord,
    ActivityRecord,
    TaskRecord,
    GoalRecord,
)


def dataset(deals: int = DEALS, seed: int = 1, log: Callable[[str], None] = note) -> Path:
    """The cached database file (built when missing or stale)."""
    data_dir = CACHE / f"reports-{deals}"
    db = data_dir / "crm.db"
    marker = data_dir / "built.json"
    wanted = {"version": VERSION, "deals": deals, "seed": seed, "schema": migrate.head_revision()}
    if marker.exists() and db.exists():
        built = json.loads(marker.read_text())
        if {k: built.get(k) for k in wanted} == wanted:
            return db
    shutil.rmtree(data_dir, ignore_errors=True)
    data_dir.mkdir(parents=True)
    log(f"building {deals:,} deals and {deals * ACTIVITIES_PER_DEAL:,} activities in {data_dir}")
    started = time.perf_counter()
    _build(db, deals, seed, log)
    seconds = time.perf_counter() - started
    marker.write_text(json.dumps({**wanted, "seconds": round(seconds, 1)}))
    log(f"  built in {seconds:.1f} s")
    return db


# ----- building ---------------------------------------------------------------------------------
class _Builder:
    def __init__(self, conn: sa.Connection, rng: random.Random, users: list[str]) -> None:
        self.conn, self.rng, self.users = conn, rng, users
        self.now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
        self.rows: dict[Any, list[dict[str, Any]]] = {}
        self.counts: dict[str, int] = {}

    def add(self, model: Any, row: dict[str, Any]) -> None:
        batch = self.rows.setdefault(model, [])
        batch.append(row)
        if len(batch) >= BATCH:
            self.flush()  # every model, parents before children

    def flush(self) -> None:
        for m in sorted(self.rows, key=PARENTS_FIRST.index):
            batch = self.rows.pop(m)
            if batch:
                self.conn.execute(sa.insert(m), batch)
                self.counts[m.__tablename__] = self.counts.get(m.__tablename__, 0) + len(batch)

    def moment(self, days: float = DAYS) -> datetime:
        return self.now - timedelta(minutes=self.rng.randrange(int(days * 24 * 60)))

    def moments(self, count: int, days: float = DAYS) -> list[datetime]:
        """``count`` random moments of the last ``days``, oldest first: records are written as
        things happen, so the table's row order follows time (as in a real database)."""
        return sorted(self.moment(days) for _ in range(count))


def _build(db: Path, deals: int, seed: int, log: Callable[[str], None]) -> None:
    crm = open_crm(db, backup_dir=db.parent / "backups")
    try:
        for name in SALESPEOPLE:
            crm.catalog.add_user(name, "salesperson")
        users = [u.id for u in crm.catalog.users() if u.role == "salesperson"]
        for name in PIPELINES:
            crm.pipelines.add_pipeline(name)
        pipelines = crm.pipelines.pipelines()
        for pipeline in pipelines:
            for stage, days in zip(pipeline.open_stages, (7, 10, 14, 21, 30), strict=True):
                crm.pipelines.update_stage(stage.id, "rotting_days", days)
        crm.pipelines.set_rate("USD", Decimal("0.92"))
        stages = [
            (
                p.id,
                [s.id for s in p.open_stages],
                _closing(p.stages, "won"),
                _closing(p.stages, "lost"),
            )
            for p in pipelines
        ]
        rng = random.Random(seed)
        with crm.ctx.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA cache_size=-262144")  # 256 MB for the build
            b = _Builder(conn, rng, users)
            firms = _companies(b)
            people = _contacts(b, int(deals * CONTACTS_PER_DEAL), crm.ctx.clock.node_id)
            _deals(b, deals, stages, firms)
            _activities(b, deals * ACTIVITIES_PER_DEAL, people)
            _tasks(b, deals * TASKS_PER_DEAL, people)
            _goals(b)
            b.flush()
            # the last salesperson left: their deals still count, under their name
            conn.execute(
                sa.update(UserRecord).where(UserRecord.id == users[-1]).values(deleted_at=b.now)
            )
            conn.commit()
            log(f"  rows: {b.counts}")
        raw = crm.ctx.engine.raw_connection()
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raw.cursor().execute("ANALYZE")
        finally:
            raw.close()
    finally:
        crm.close()


def _closing(stages: Any, kind: str) -> str:
    return next(s.id for s in stages if s.kind == kind)


def _companies(b: _Builder) -> list[str]:
    ids = []
    for i in range(COMPANIES):
        seed = names.company(b.rng, names.LANGUAGES[i % len(names.LANGUAGES)])
        stamp = b.moment(3 * 365)
        ids.append(new_id())
        b.add(
            CompanyRecord,
            {
                "id": ids[-1],
                "name": seed.name,
                "sort_name": sort_key(seed.name),
                "owner_id": b.users[i % len(b.users)],
                "created_at": stamp,
                "updated_at": stamp,
                "custom": {},
            },
        )
    b.flush()
    return ids


def _contacts(b: _Builder, count: int, node_id: str) -> list[str]:
    """Contacts over three years; a third are customers (made so by a logged status change a
    while after their creation) and a tenth of those were lost again since."""
    changeset = new_id()
    b.conn.execute(
        sa.insert(ChangesetRecord).values(
            id=changeset, created_at=b.now, description="benchmark", kind="edit"
        )
    )
    ids = []
    stamps = b.moments(count, 3 * 365)
    for i, (first, last, email, _phone, _lang) in enumerate(names.fast_people(count, 7)):
        created = stamps[i]
        status = "potential"
        changes: list[tuple[datetime, str, str]] = []
        if i % 3 == 0:
            became = min(created + timedelta(days=b.rng.randrange(120)), b.now)
            status = "active" if i % 2 else "permanent"
            changes.append((became, "potential", status))
            if i % 30 == 0:
                lost = min(became + timedelta(days=b.rng.randrange(365)), b.now)
                changes.append((lost, status, "lost"))
                status = "lost"
        ids.append(new_id())
        b.add(
            ContactRecord,
            {
                "id": ids[-1],
                "first_name": first,
                "last_name": last,
                "sort_name": sort_key(last, first),
                "emails": email,
                "owner_id": b.users[(i * 13) % len(b.users)],
                "source": SOURCES[i % len(SOURCES)],
                "lifecycle_stage": "Customer" if status != "potential" else "Lead",
                "customer_status": status,
                "created_at": created,
                "updated_at": created,
                "custom": {},
            },
        )
        for n, (at, old, new) in enumerate(changes):
            b.add(
                FieldChangeRecord,
                {
                    "changeset_id": changeset,
                    "entity": "contact",
                    "entity_id": ids[-1],
                    "record_type": "contact",
                    "record_id": ids[-1],
                    "op": "set",
                    "field": "customer_status",
                    "old_value": json.dumps(old),
                    "new_value": json.dumps(new),
                    "at": at,
                    "hlc": f"{at.isoformat()}-{i:08d}-{n}",
                    "node_id": node_id,
                },
            )
    b.flush()
    return ids


def _deals(
    b: _Builder, count: int, pipelines: list[tuple[str, list[str], str, str]], firms: list[str]
) -> None:
    """Deals created over two years, each moved forward through a few open stages and then
    (60 %) won or lost, with a stage_change row for its creation and every move."""
    stamps = b.moments(count)
    for i in range(count):
        pipeline_id, opened, won, lost = pipelines[i % len(pipelines)]
        created = stamps[i]
        reached = b.rng.randrange(len(opened))
        outcome = b.rng.random()
        path = opened[: reached + 1]
        if outcome < 0.6:
            path.append(won if outcome < 0.3 else lost)
        deal_id = new_id()
        at, moves = created, []
        for n, stage in enumerate(path):
            if n:
                at = min(at + timedelta(hours=b.rng.randrange(12, 24 * 20)), b.now)
            moves.append((path[n - 1] if n else None, stage, at))
        status = "won" if path[-1] == won else "lost" if path[-1] == lost else "open"
        b.add(
            DealRecord, _deal_row(b, i, deal_id, pipeline_id, path[-1], status, created, at, firms)
        )
        for previous, stage, moved in moves:
            b.add(
                StageChangeRecord,
                {
                    "id": new_id(),
                    "deal_id": deal_id,
                    "from_stage_id": previous,
                    "to_stage_id": stage,
                    "changed_at": moved,
                    "user_id": b.users[i % len(b.users)],
                    "created_at": moved,
                    "updated_at": moved,
                },
            )


def _deal_row(
    b: _Builder,
    i: int,
    deal_id: str,
    pipeline_id: str,
    stage_id: str,
    status: str,
    created: datetime,
    entered: datetime,
    firms: list[str],
) -> dict[str, Any]:
    return {
        "id": deal_id,
        "title": f"Deal {i}",
        "value": None if i % 50 == 0 else Decimal(b.rng.randrange(500, 200_000)),
        "currency": CURRENCIES[i % len(CURRENCIES)],
        "pipeline_id": pipeline_id,
        "stage_id": stage_id,
        "position": float(i),
        "probability": b.rng.choice((None, None, None, 30, 50, 70)),
        "expected_close": None
        if i % 20 == 0
        else (created + timedelta(days=b.rng.randrange(10, 120))).date(),
        "owner_id": b.users[i % len(b.users)],
        "company_id": firms[b.rng.randrange(len(firms))],
        "source": SOURCES[i % len(SOURCES)],
        "status": status,
        "lost_reason": b.rng.choice(("Price", "Competitor", "Timing"))
        if status == "lost"
        else None,
        "closed_at": entered if status != "open" else None,
        "stage_entered_at": entered,
        "created_at": created,
        "updated_at": entered,
        "custom": {},
    }


def _activities(b: _Builder, count: int, people: list[str]) -> None:
    stamps = b.moments(count)
    for i in range(count):
        at = stamps[i]
        b.add(
            ActivityRecord,
            {
                "id": new_id(),
                "kind": KINDS[(i * 7) % len(KINDS)],
                "subject": "Benchmark",
                "occurred_at": at,
                "contact_id": people[(i * 31) % len(people)],
                "user_id": b.users[i % len(b.users)],
                "created_at": at,
                "updated_at": at,
            },
        )


def _tasks(b: _Builder, count: int, people: list[str]) -> None:
    stamps = b.moments(count, DAYS - 30)
    for i in range(count):
        due = stamps[i] + timedelta(days=30)  # up to a month ahead
        done = due < b.now and i % 4 != 0
        b.add(
            TaskRecord,
            {
                "id": new_id(),
                "title": "Call back",
                "kind": "call",
                "due_at": due,
                "assignee_id": b.users[i % len(b.users)],
                "done": done,
                "done_at": due + timedelta(hours=b.rng.randrange(48)) if done else None,
                "contact_id": people[(i * 17) % len(people)],
                "priority": "normal",
                "created_at": due - timedelta(days=3),
                "updated_at": due - timedelta(days=3),
            },
        )


def _goals(b: _Builder) -> None:
    """Goals for every month of the last year and the next: per salesperson and for the team."""
    targets = {
        GoalMetric.NEW_LEADS: 60,
        GoalMetric.DEALS_WON_COUNT: 40,
        GoalMetric.DEALS_WON_VALUE: 4_000_000,
        GoalMetric.ACTIVITIES: 900,
    }
    for first in _months(b.now.date(), 13):
        last = _month_end(first)
        for user in [*b.users, None]:
            scale = len(b.users) if user is None else 1
            for metric, target in targets.items():
                b.add(
                    GoalRecord,
                    {
                        "id": new_id(),
                        "metric": metric.value,
                        "target": Decimal(target * scale),
                        "period_start": first,
                        "period_end": last,
                        "user_id": user,
                        "created_at": b.now,
                        "updated_at": b.now,
                    },
                )


def _months(today: date, count: int) -> Iterator[date]:
    """The first days of the ``count`` months up to and including next month."""
    year, month = today.year, today.month + 1
    for _ in range(count):
        yield date(year, month, 1) if month <= 12 else date(year + 1, month - 12, 1)
        month -= 1
        if month == 0:
            year, month = year - 1, 12


def _month_end(first: date) -> date:
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - timedelta(days=1)


# ----- measuring --------------------------------------------------------------------------------
def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def run() -> None:
    deals = int(os.environ.get(SIZE_ENV) or DEALS)
    db = dataset(deals)
    crm = open_crm(db, backup_dir=db.parent / "backups")
    try:
        datas = reports(crm)
        figures(datas)
        kpis(crm)
    finally:
        crm.close()
    dashboard(db)


def reports(crm: Crm) -> dict[str, Any]:
    from desktop_crm.domain.reports import Period, ReportFilter

    today = date.today()
    start = date(today.year - 1, today.month, 1)
    datas: dict[str, Any] = {}
    for info in crm.reports.catalogue():
        periods = [Period.WEEK, Period.MONTH] if info.needs_period else [Period.MONTH]
        for period in periods:
            flt = ReportFilter(start, today, period=period)
            crm.reports.run(info.name, flt, today=today)  # warm-up: file and statement caches
            times = []
            for _ in range(RUNS):
                started = time.perf_counter()
                data = crm.reports.run(info.name, flt, today=today)
                times.append(_ms(started))
            key = info.name if len(periods) == 1 else f"{info.name}.{period.value}"
            datas[key] = data
            context = f"{start}..{today}, team, {len(data.rows)} rows; median of {RUNS}"
            figure(f"reports.{key}", median(times), "ms", f"≤ {REPORT_TARGET_MS:.0f} ms", context)
            owner = ReportFilter(start, today, owner_id=crm.catalog.users()[1].id, period=period)
            started = time.perf_counter()
            crm.reports.run(info.name, owner, today=today)
            figure(f"reports.{key}.one_owner", _ms(started), "ms", f"≤ {REPORT_TARGET_MS:.0f} ms")
    return datas


def figures(datas: dict[str, Any]) -> None:
    try:
        from desktop_crm.services.reports.figures import build_figure
    except ModuleNotFoundError:
        note("services/reports/figures.py is not there yet: figures not measured")
        return
    import io

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    for key, data in datas.items():
        if data.chart is None:
            continue
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            fig = build_figure(data)
            canvas = FigureCanvasAgg(fig)
            buffer = io.BytesIO()
            canvas.print_png(buffer)
            times.append(_ms(started))
        context = f"{data.chart.kind.value}, {len(data.chart.categories)} categories"
        figure(
            f"reports.{key}.figure", median(times), "ms", f"≤ {FIGURE_TARGET_MS:.0f} ms", context
        )


def kpis(crm: Crm) -> None:
    today = date.today()
    crm.reports.kpis(today=today)
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        tiles = crm.reports.kpis(today=today)
        times.append(_ms(started))
    figure("reports.kpis", median(times), "ms", context=f"{len(tiles)} tiles, team; warm")
    for tile in tiles:
        note(f"{tile.key}: {tile.value:,.0f} (count {tile.count}, target {tile.target})")


_CHILD_IMPORT = """
import time
started = time.perf_counter()
import matplotlib
matplotlib.use("agg")
import matplotlib.figure
from matplotlib.backends.backend_agg import FigureCanvasAgg
print(round((time.perf_counter() - started) * 1000, 1))
"""

_CHILD_DASHBOARD = """
import sys, time
from datetime import date
from pathlib import Path
started = time.perf_counter()
from desktop_crm.services.crm import open_crm
crm = open_crm(Path(sys.argv[1]), backup_dir=Path(sys.argv[1]).parent / "backups")
opened = time.perf_counter()
tiles = crm.reports.kpis(today=date.today())
counted = time.perf_counter()
import matplotlib
matplotlib.use("agg")
import matplotlib.figure
from matplotlib.backends.backend_agg import FigureCanvasAgg
imported = time.perf_counter()
crm.close()
print(round((opened - started) * 1000, 1), round((counted - opened) * 1000, 1),
      round((imported - counted) * 1000, 1))
"""


def dashboard(db: Path) -> None:
    """A fresh interpreter each time: what the first view of the dashboard costs."""
    env = {**os.environ, "MPLBACKEND": "agg"}
    imports = [float(_child(_CHILD_IMPORT, [], env).split()[0]) for _ in range(RUNS)]
    figure("reports.matplotlib_import", median(imports), "ms", context="fresh interpreter")
    runs = [
        [float(x) for x in _child(_CHILD_DASHBOARD, [str(db)], env).split()] for _ in range(RUNS)
    ]
    opening = median([r[0] for r in runs])
    tiles = median([r[1] for r in runs])
    mpl = median([r[2] for r in runs])
    figure("reports.dashboard.kpis_cold", tiles, "ms", context="first kpis() after open_crm")
    figure(
        "reports.dashboard",
        tiles + mpl,
        "ms",
        f"≤ {DASHBOARD_TARGET_MS:.0f} ms",
        f"cold kpis {tiles:.0f} + matplotlib import {mpl:.0f}; open_crm before it {opening:.0f}",
    )


def _child(code: str, args: list[str], env: dict[str, str]) -> str:
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1]
