"""Loading the demo data set into a new database (offered at the first start)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.report import figure
from desktop_crm.services.crm import open_crm
from desktop_crm.services.demo import load_demo

RUNS = 3


def run() -> None:
    loads: list[float] = []
    undos: list[float] = []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as folder:
            crm = open_crm(Path(folder) / "crm.db", backup_dir=Path(folder) / "backups")
            try:
                started = time.perf_counter()
                change = load_demo(crm)
                loads.append((time.perf_counter() - started) * 1000)
                crm.undo.push(change)
                started = time.perf_counter()
                crm.undo.undo()
                undos.append((time.perf_counter() - started) * 1000)
            finally:
                crm.close()
    figure("demo.load", min(loads), "ms", "< 3000 ms", "best of 3; 300 contacts, 600 activities")
    figure("demo.undo", min(undos), "ms", context="one step, best of 3")
