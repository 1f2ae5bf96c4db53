"""The calendar view over the calendar benchmark's 50,000 tasks: the UI figures.

Runs in a child process (a QApplication of its own, offscreen) and prints:

- ``calendar.month_open``: a new ``CalendarPage`` (1100×700) showing this month, to the grid
  rendered (query, layout, paint): the first one cold, then the median of new pages;
- ``calendar.month_next``: the next month shown and rendered (median of 12 steps);
- ``calendar.week_open``: the week view on the busy week (200 items), rendered.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.report import figure, median

TARGET = "≤ 100 ms"
ROOT = Path(__file__).resolve().parent.parent


def run_ui(db: Path, busy_monday: date) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    subprocess.run(
        [sys.executable, "-m", "benchmarks.calendar_ui", str(db), busy_monday.isoformat()],
        cwd=ROOT,
        env=env,
        check=False,
    )


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def _child(db: Path, busy_monday: date) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_crm.services.crm import open_crm
    from desktop_crm.ui.calendar.page import CalendarPage
    from desktop_crm.ui.context import UiContext

    app = QApplication.instance() or QApplication([])
    crm = open_crm(db)
    ui = UiContext(crm)
    pages: list[CalendarPage] = []

    def open_month() -> None:
        page = CalendarPage(ui)  # opens on this month's grid
        page.resize(1100, 700)
        page.show()
        page.grab()
        pages.append(page)

    cold = _timed(open_month)
    warm = [_timed(open_month) for _ in range(5)]
    figure("calendar.month_open", median(warm), "ms", TARGET, f"cold {cold:.0f} ms")
    page = pages[-1]

    def next_month() -> None:
        page.go_next()
        page.grab()

    steps = [_timed(next_month) for _ in range(12)]
    figure("calendar.month_next", median(steps), "ms", TARGET, f"max {max(steps):.0f} ms")

    def week() -> None:
        page.show_range("week", busy_monday)
        page.grab()

    weeks = [_timed(week) for _ in range(7)]
    shown = len(page.items) if hasattr(page, "items") else 0
    figure("calendar.week_open", median(weeks), "ms", TARGET, f"{shown} items shown")
    crm.close()
    app.quit()


if __name__ == "__main__":
    _child(Path(sys.argv[1]), date.fromisoformat(sys.argv[2]))
