"""Composition root: arguments -> paths -> database (checked, migrated) -> services -> window.

With a subcommand (check, backup, …) the command line runs and no Qt is imported at all.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from typing import Any

from desktop_crm import paths as paths_mod
from desktop_crm.cli.main import parse, run_command
from desktop_crm.domain.errors import StorageError
from desktop_crm.services.crm import Crm, check_file, open_crm
from desktop_crm.services.maintenance import backups_in, restore_backup
from desktop_crm.services.preferences import Preferences

BENCH_ENV = "DESKTOP_CRM_BENCH_STARTUP"


def main(argv: Sequence[str] | None = None, started: float | None = None) -> int:
    started = started if started is not None else time.perf_counter()
    args = parse(list(sys.argv[1:] if argv is None else argv))
    if getattr(args, "command", None):
        return run_command(args)
    return run_gui(args, started)


def run_gui(args: argparse.Namespace, started: float) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_crm.ui import dates, i18n
    from desktop_crm.ui.context import UiContext
    from desktop_crm.ui.messages import error_text
    from desktop_crm.ui.shell.main_window import MainWindow
    from desktop_crm.ui.shell.startup import ask_load_demo

    paths = paths_mod.resolve(args.data_dir)
    prefs = Preferences.load(paths.settings_file)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("desktop_crm")
    app.setOrganizationName("desktop_crm")
    i18n.install(app, getattr(args, "lang", None) or prefs.language)
    dates.configure(prefs.calendar, prefs.week_start)
    bench = bool(os.environ.get(BENCH_ENV))
    try:
        crm = _open_with_recovery(paths, getattr(args, "database_url", None))
    except StorageError as exc:
        QMessageBox.critical(None, "desktop_crm", error_text(exc) + f"\n\n{paths.db_path}")
        return 2
    if crm is None:
        return 1
    if crm.is_empty() and not bench and (args.demo or ask_load_demo()):
        from desktop_crm.services.demo import load_demo

        load_demo(crm)
    ctx = UiContext(crm, prefs_path=paths.settings_file)
    # the dashboard is the home screen; the start-up benchmark times the contacts list
    window = MainWindow(ctx, home="contacts" if bench else "dashboard")
    window.restore_geometry()
    window.show()
    if bench:
        _report_first_paint(window, started)
    else:
        _start_reminders(window, ctx)
        if crm.deep_check_pending and crm.db_path is not None:
            _check_in_background(window, crm, paths)
    code = app.exec()
    crm.close()
    return int(code)


def _start_reminders(window: Any, ctx: Any) -> None:
    """Task rules in the background, then the reminders (what fell due while closed first)."""
    from PySide6.QtCore import QTimer

    from desktop_crm.ui.reminders import ReminderCenter
    from desktop_crm.ui.shell.task_automation import TaskAutomation

    window.reminders = ReminderCenter(ctx, window)
    window.reminders.sig_open_task.connect(window.open_task)
    window.automation = TaskAutomation(ctx, window, then=window.reminders.start)
    QTimer.singleShot(0, window.automation.start)


def _open_with_recovery(paths: paths_mod.Paths, url: str | None) -> Crm | None:
    """Open the database; when it is damaged, offer the backups (None: the user quit)."""
    from desktop_crm.ui.shell.startup import DamagedDatabaseDialog

    while True:
        try:
            return open_crm(None if url else paths.db_path, url=url, backup_dir=paths.backup_dir)
        except StorageError as exc:
            if exc.code != "damaged" or url:
                raise
            dialog = DamagedDatabaseDialog(
                paths.db_path,
                check_file(paths.db_path) or [exc.message],
                backups_in(paths.backup_dir),
            )
            chosen = dialog.chosen_backup() if dialog.exec() else None
            if chosen is None:
                return None
            restore_backup(paths.db_path, chosen, paths.backup_dir)


def _check_in_background(window: object, crm: Crm, paths: paths_mod.Paths) -> None:
    """A large file was opened after a structural check; run the full one now, and if it finds
    damage, stop using the file and offer the backups."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_crm.ui.shell.integrity import IntegrityCheck
    from desktop_crm.ui.shell.startup import DamagedDatabaseDialog

    assert crm.db_path is not None
    checker = IntegrityCheck(crm.db_path, window)  # type: ignore[arg-type]

    def on_finished(problems: list[str]) -> None:
        if not problems:
            return
        window.hide()  # type: ignore[attr-defined]
        crm.close()
        dialog = DamagedDatabaseDialog(paths.db_path, problems, backups_in(paths.backup_dir))
        chosen = dialog.chosen_backup() if dialog.exec() else None
        if chosen is not None:
            restore_backup(paths.db_path, chosen, paths.backup_dir)
            QMessageBox.information(
                None,
                "desktop_crm",
                QApplication.translate("App", "The backup was restored. Start desktop_crm again."),
            )
        QApplication.quit()

    checker.sig_finished.connect(on_finished)
    checker.start()


def _report_first_paint(window: object, started: float) -> None:
    """Benchmark hook: print the time to the contacts list's first painted rows, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QTableView

    table = window.findChild(QTableView)  # type: ignore[attr-defined]

    class _Watcher(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                elapsed = (time.perf_counter() - started) * 1000
                print(f"startup-ms: {elapsed:.1f}", flush=True)
                obj.removeEventFilter(self)
                QTimer.singleShot(0, QApplication.quit)
            return False

    watcher = _Watcher(window)  # type: ignore[arg-type]
    if table is None:
        QTimer.singleShot(0, lambda: watcher.eventFilter(window, QEvent(QEvent.Type.Paint)))  # type: ignore[arg-type]
    else:
        table.viewport().installEventFilter(watcher)
