"""The kanban view over the pipeline benchmark's 10,000 open deals: the UI figures.

``run_ui(db)`` runs in a child process (a clean memory figure, a QApplication of its own) on a
working copy of ``benchmarks.pipeline``'s cached database and prints:

- ``pipeline.board_open``: a new ``PipelinePage`` to the first painted cards (query, models,
  widgets, layout, paint), the first one cold and the median of the following ones;
- ``pipeline.move_repaint``: a card dropped on the next column (through the column model's
  ``dropMimeData``, as a drag ends) to the move saved and the target column repainted;
  ``pipeline.board_reload``: the reload that follows a move (or any change);
- ``pipeline.scroll_step``: one step of scrolling a column of ~1,700 cards, repainted;
- ``pipeline.ui_memory``: the process's resident memory growth from before the first page to
  the board shown (target ≤ 120 MB), and the same after pages were opened and closed in turn.

``python -m benchmarks.pipeline_ui`` runs it alone (``DESKTOP_CRM_BENCH_DEALS`` as there).
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.report import figure, median, note, percentile

OPEN_TARGET = "≤ 300 ms"
MOVE_TARGET = "≤ 50 ms"
MEMORY_TARGET = "≤ 120 MB"
OPEN_RUNS = 5
MOVES = 30
SCROLL_STEPS = 60
ROOT = Path(__file__).resolve().parent.parent


def run_ui(db: Path) -> None:
    """Measure the kanban view on (a copy of) ``db`` in a child process."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    subprocess.run(
        [sys.executable, "-m", "benchmarks.pipeline_ui", "--child", str(db)],
        cwd=ROOT,
        env=env,
        check=False,
    )


def run() -> None:
    from benchmarks import pipeline

    deals = int(os.environ.get(pipeline.SIZE_ENV) or pipeline.DEALS)
    run_ui(pipeline.dataset(deals))


# ----- the child process ---------------------------------------------------------------------
def _rss_mb() -> float:
    """Resident memory now (Linux /proc; else the peak so far)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _child(db: Path) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from benchmarks.pipeline import working_copy
    from desktop_crm.services.crm import open_crm
    from desktop_crm.ui.context import UiContext

    app = QApplication([sys.argv[0]])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    with tempfile.TemporaryDirectory() as folder:
        crm = open_crm(working_copy(db, Path(folder)), backup_dir=Path(folder) / "backups")
        try:
            ctx = UiContext(crm)
            crm.deals.board(crm.pipelines.pipelines()[0].id)  # the database file in the cache
            page = _board_open(app, ctx)
            _move_repaint(app, page)
            _scroll(app, page)
        finally:
            crm.close()


class _Painted:
    """Spins the event loop until a widget has painted (an event filter sees its Paint)."""

    def __init__(self, app: object) -> None:
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            seen = False

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    self.seen = True
                return False

        self.app = app
        self.filter = Filter()

    def wait(self, widget: object, action: Callable[[], object]) -> float:
        """Milliseconds from ``action()`` to the end of ``widget``'s next paint."""
        from PySide6.QtWidgets import QApplication, QWidget

        assert isinstance(widget, QWidget)
        self.filter.seen = False
        widget.installEventFilter(self.filter)
        started = time.perf_counter()
        action()
        deadline = started + 10
        while not self.filter.seen and time.perf_counter() < deadline:
            QApplication.processEvents()
        took = _ms(started)
        widget.removeEventFilter(self.filter)
        return took


def _board_open(app: object, ctx: object) -> object:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from desktop_crm.ui.pipeline.page import PipelinePage

    before = _rss_mb()
    painted = _Painted(app)
    times: list[float] = []
    grown: list[float] = []
    page: PipelinePage | None = None
    for _ in range(OPEN_RUNS):
        if page is not None:  # the previous page, gone for good
            page.close()
            page.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            page = None
            gc.collect()
        started = time.perf_counter()
        page = PipelinePage(ctx)  # type: ignore[arg-type]
        page.resize(1600, 900)
        columns = page.board_view.columns()
        times.append(_ms(started) + painted.wait(columns[0].view.viewport(), page.show))
        grown.append(_rss_mb() - before)
    assert page is not None
    cards = sum(w.model.rowCount() for w in page.board_view.columns())
    context = f"{cards:,} cards in {len(page.board_view.columns())} columns, to first paint"
    figure("pipeline.board_open.first", times[0], "ms", OPEN_TARGET, context + "; cold")
    figure("pipeline.board_open.median", median(times[1:]), "ms", OPEN_TARGET, context)
    figure(
        "pipeline.ui_memory",
        grown[0],
        "MB",
        MEMORY_TARGET,
        "resident memory growth: the first board shown (data, models, widgets)",
    )
    figure(
        "pipeline.ui_memory.after_reopening",
        grown[-1],
        "MB",
        context=f"the same after {OPEN_RUNS} pages opened and closed in turn",
    )
    return page


def _move_repaint(app: object, page_: object) -> None:
    from PySide6.QtCore import QModelIndex, Qt

    from desktop_crm.ui.pipeline.page import PipelinePage

    page = page_
    assert isinstance(page, PipelinePage)
    painted = _Painted(app)
    columns = page.board_view.columns()
    times: list[float] = []
    refused: list[str] = []
    page.show_message = refused.append
    for i in range(MOVES):
        source, target = columns[i % 2], columns[i % 2 + 1]
        mime = source.model.mimeData([source.model.index(0, 0)])

        def drop(target: object = target, mime: object = mime) -> None:
            target.model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())  # type: ignore[attr-defined]

        times.append(painted.wait(target.view.viewport(), drop))
        page._reload_timer.stop()  # the reconcile reload, measured on its own below
    figure(
        "pipeline.move_repaint.median",
        median(times),
        "ms",
        MOVE_TARGET,
        f"{MOVES} drops on the next column: saved, shown, repainted",
    )
    figure("pipeline.move_repaint.p95", percentile(times, 95), "ms", MOVE_TARGET)
    if refused:
        note(f"{len(refused)} moves refused: {refused[0]}")
    reloads = []
    for _ in range(5):
        started = time.perf_counter()
        page.reload()
        reloads.append(_ms(started))
    figure(
        "pipeline.board_reload.median",
        median(reloads),
        "ms",
        context="the reload after a change (query + models of the changed columns)",
    )


def _scroll(app: object, page_: object) -> None:
    from desktop_crm.ui.pipeline.page import PipelinePage

    page = page_
    assert isinstance(page, PipelinePage)
    painted = _Painted(app)
    view = page.board_view.columns()[0].view
    bar = view.verticalScrollBar()
    step = max(1, view.viewport().height() // 3)
    times = []
    for i in range(SCROLL_STEPS):
        value = (i * step * 7) % max(1, bar.maximum())
        if value == bar.value():
            value = (value + step) % max(1, bar.maximum())
        times.append(painted.wait(view.viewport(), lambda v=value: bar.setValue(v)))
    context = f"a column of {view.model().rowCount():,} cards, {SCROLL_STEPS} jumps"
    figure("pipeline.scroll_step.median", median(times), "ms", "≤ 16 ms", context)
    figure("pipeline.scroll_step.p95", percentile(times, 95), "ms", "≤ 16 ms")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        _child(Path(sys.argv[2]))
    else:
        run()
