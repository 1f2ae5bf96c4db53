"""Reading and converting in a worker process gives exactly what reading in the importing
process gives: the same records, counts, errors (row, column, message), warnings and preview;
a broken row far down the file fails the same way; Cancel and failures leave nothing written
and no process behind; a worker that cannot start is replaced by reading in-process."""

from __future__ import annotations

import csv
import multiprocessing
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from desktop_crm.domain.errors import ImportFileError
from desktop_crm.services.crm import Crm, open_crm
from desktop_crm.services.importing import job as job_module
from desktop_crm.services.importing import worker as worker_module
from desktop_crm.services.importing.engine import analyze, run_import
from desktop_crm.services.importing.job import SAMPLE_ROWS
from desktop_crm.services.importing.plan import ImportPlan
from desktop_crm.services.importing.reader_types import ImportCancelled
from desktop_crm.store.models import ChangesetRecord, CompanyRecord, ContactRecord

HEADER = ["Nome", "Cognome", "Email", "Telefono", "Azienda", "Compleanno", "Owner"]
TARGETS = ("first_name", "last_name", "emails", "phones", "company", "birthday", "owner")
ROWS = SAMPLE_ROWS + 1500  # the worker converts the rows after the sample
NAMES = [("Marco", "Rossi"), ("Алексей", "Иванов"), ("علی", "رضایی"), ("สมชาย", "ใจดี")]


def _row(i: int) -> list[str]:
    first, last = NAMES[i % len(NAMES)]
    email = f"p{i}@example.it"
    phone = f"333 {i:07d}"
    birthday = f"{1 + i % 28:02d}/{1 + i % 12:02d}/19{50 + i % 50}"
    owner = ""
    if i % 401 == 7:
        email = "not an email"  # an error row
    if i % 397 == 3:
        birthday = "31/02/1980"  # no such date
    if i % 389 == 5:
        owner = "Nobody Known"  # a warning: imported without that owner
    if i % 250 == 0:
        email = f"p{i - 1}@example.it"  # repeats the row before: one record updated
    return [first, f"{last}{i}", email, phone, f"Azienda {i % 37}", birthday, owner]


def _csv(path: Path, rows: int = ROWS, broken_at: int | None = None) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADER)
        for i in range(rows):
            writer.writerow(_row(i))
    if broken_at is not None:  # an unbalanced quote on data row ``broken_at``
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        lines[broken_at] = 'Marco,"Rossi,broken@example.it,333,,,\n'
        path.write_text("".join(lines), encoding="utf-8")
    return path


def _plan(path: Path) -> ImportPlan:
    return ImportPlan(
        "contact",
        path,
        TARGETS,
        column_names=tuple(HEADER),
        match_by="email",
        on_match="fill",
        default_region="IT",
        date_order="dmy",
    )


def _contacts(crm: Crm) -> list[tuple[Any, ...]]:
    c, co = ContactRecord, CompanyRecord
    with crm.ctx.session() as s:
        rows = s.execute(
            sa.select(c.first_name, c.last_name, c.emails, c.phones, co.name, c.birthday)
            .outerjoin(co, co.id == c.company_id)
            .order_by(c.last_name, c.emails)
        ).all()
    return [tuple(r) for r in rows]


def _changesets(crm: Crm) -> int:
    with crm.ctx.session() as s:
        return int(s.execute(sa.select(sa.func.count()).select_from(ChangesetRecord)).scalar_one())


def _shown(rows: Any) -> list[tuple[Any, ...]]:
    """Preview rows without the ids drawn for new records and companies."""
    return [
        (r.row_number, r.action, {k: v for k, v in r.values.items() if not k.endswith("_id")})
        for r in rows
    ]


def _errors(errors: Any) -> list[tuple[Any, ...]]:
    return [(e.row_number, e.column_name, e.code, e.message) for e in errors]


@pytest.fixture
def two(tmp_path: Path) -> Any:
    """Two fresh databases: one imported with the worker, one without."""
    crms = [open_crm(tmp_path / f"db{i}" / "crm.db", backup_dir=tmp_path / f"b{i}") for i in (0, 1)]
    yield crms
    for crm in crms:
        crm.close()


def test_the_worker_imports_exactly_what_reading_in_process_does(
    two: list[Crm], tmp_path: Path
) -> None:
    path = _csv(tmp_path / "contatti.csv")
    seen: list[tuple[int, int]] = []
    inline = run_import(two[0], _plan(path), parallel=False, backup=False)
    parallel = run_import(
        two[1], _plan(path), parallel=True, backup=False, progress=lambda d, t: seen.append((d, t))
    )
    assert parallel.counts == inline.counts
    assert inline.counts.errors > 5 and inline.counts.updated > 5 and inline.counts.warnings > 3
    assert _errors(parallel.errors) == _errors(inline.errors)
    assert any(e.row_number > SAMPLE_ROWS for e in parallel.errors)  # found by the worker
    assert _errors(parallel.warnings) == _errors(inline.warnings)
    assert _contacts(two[1]) == _contacts(two[0])
    assert len(_contacts(two[1])) == inline.counts.new
    assert seen and seen[-1][0] == seen[-1][1]  # the worker's progress reached the end
    assert multiprocessing.active_children() == []


def test_the_preview_with_the_worker_is_the_same(two: list[Crm], tmp_path: Path) -> None:
    path = _csv(tmp_path / "contatti.csv")
    inline = analyze(two[0], _plan(path), parallel=False)
    parallel = analyze(two[0], _plan(path), parallel=True)
    assert parallel.counts == inline.counts
    assert _shown(parallel.rows) == _shown(inline.rows)
    assert len(parallel.rows) > 10
    assert _errors(parallel.errors) == _errors(inline.errors)
    assert [(r.row_number, r.cells, r.message) for r in parallel.error_rows] == [
        (r.row_number, r.cells, r.message) for r in inline.error_rows
    ]
    assert multiprocessing.active_children() == []


def test_a_broken_row_after_the_sample_fails_the_same_and_writes_nothing(
    two: list[Crm], tmp_path: Path
) -> None:
    path = _csv(tmp_path / "rotto.csv", broken_at=SAMPLE_ROWS + 700)
    raised = []
    for crm, parallel in zip(two, (False, True), strict=True):
        before = _changesets(crm)
        with pytest.raises(ImportFileError) as caught:
            run_import(crm, _plan(path), parallel=parallel, backup=False)
        raised.append((caught.value.code, caught.value.params.get("row"), str(caught.value)))
        assert _contacts(crm) == []
        assert _changesets(crm) == before
    assert raised[0] == raised[1]
    assert raised[1][1] is not None and raised[1][1] > SAMPLE_ROWS
    assert multiprocessing.active_children() == []


def test_cancel_with_the_worker_leaves_nothing_and_no_process(crm: Crm, tmp_path: Path) -> None:
    path = _csv(tmp_path / "contatti.csv")
    calls = [0]

    def cancelled() -> bool:
        calls[0] += 1
        return calls[0] > 3  # after the sample, while the worker is sending

    with pytest.raises(ImportCancelled):
        run_import(crm, _plan(path), parallel=True, backup=False, cancelled=cancelled)
    assert _contacts(crm) == []
    assert multiprocessing.active_children() == []


def test_a_worker_that_cannot_start_is_replaced_by_reading_in_process(
    two: list[Crm], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _csv(tmp_path / "contatti.csv")
    inline = run_import(two[0], _plan(path), parallel=False, backup=False)

    def failing(spec: worker_module.WorkerSpec) -> worker_module.RowWorker:
        # ``slice(pipe, spec)`` returns at once: the worker ends without a word, as one that
        # cannot start (no interpreter, a frozen build without freeze_support) does
        return worker_module.RowWorker(spec, target=slice)

    monkeypatch.setattr(job_module, "RowWorker", failing)
    replaced = run_import(two[1], _plan(path), parallel=True, backup=False)
    assert replaced.counts == inline.counts
    assert _errors(replaced.errors) == _errors(inline.errors)
    assert _contacts(two[1]) == _contacts(two[0])


def test_small_files_are_read_in_process_unless_asked(tmp_path: Path) -> None:
    small = _csv(tmp_path / "small.csv", rows=50)
    assert worker_module.wanted(_plan(small), None) is False
    assert worker_module.wanted(_plan(small), True) is True
    big = tmp_path / "big.csv"
    big.write_bytes(small.read_bytes() * (worker_module.MIN_BYTES // small.stat().st_size + 1))
    assert worker_module.wanted(_plan(big), None) is ((__import__("os").cpu_count() or 1) > 1)
    assert worker_module.wanted(_plan(big), False) is False
