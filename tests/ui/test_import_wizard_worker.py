"""The wizard with the reading worker: a file large enough gets read and converted in a second
process (here every file is "large enough"), in the preview and in the import, with the same
result as in-process reading, and no process is left behind."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.services.crm import Crm
from desktop_crm.services.importing import batches
from desktop_crm.services.importing import job as job_module
from desktop_crm.services.importing import worker as worker_module
from tests.ui.test_import_wizard_support import (
    WizardMaker,
    choose,
    contacts_by_email,
    do_import,
    english,
    goto_preview,
    make_wizard,
    memory,
    next_step,
    ui,
    write_russian_csv,
)

__all__ = ["english", "make_wizard", "memory", "ui"]  # fixtures used here


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[worker_module.RowWorker]:
    """Every file counts as large; the workers started are kept here."""
    made: list[worker_module.RowWorker] = []

    class Counted(worker_module.RowWorker):
        def __init__(self, spec: worker_module.WorkerSpec) -> None:
            super().__init__(spec)
            made.append(self)

    monkeypatch.setattr(worker_module, "MIN_BYTES", 1)
    monkeypatch.setattr(job_module, "RowWorker", Counted)
    return made


def test_a_large_file_is_read_by_the_worker_in_preview_and_import(
    qtbot: QtBot,
    crm: Crm,
    make_wizard: WizardMaker,
    tmp_path: Path,
    started: list[worker_module.RowWorker],
) -> None:
    wizard = make_wizard(write_russian_csv(tmp_path / "клиенты.csv", count=40))
    for _ in range(3):
        next_step(qtbot, wizard)
    choose(wizard.matching_page.country_combo, "RU")
    goto_preview(qtbot, wizard)
    assert len(started) == 1  # the preview read the file in the worker
    result = do_import(qtbot, wizard)
    assert len(started) == 2  # and so did the import
    assert result is not None and result.counts.new == 40
    people = contacts_by_email(crm)
    assert len(people) == 40
    assert all(p.first_name for p in people.values())
    assert len(batches.import_history(crm)) == 1
    assert multiprocessing.active_children() == []
