"""The Settings page: custom fields, and where the data lives with its backups."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.records import BackupInfo
from desktop_crm.services.crm import Crm
from desktop_crm.ui.cards.editors import ERROR_STYLE
from desktop_crm.ui.cards.formatting import format_datetime, isolate, leading_alignment
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.messages import error_text
from desktop_crm.ui.rows_model import RowsModel
from desktop_crm.ui.settings.custom_fields import CustomFieldsPanel
from desktop_crm.ui.settings.pipelines import PipelinesPanel

_Index = QModelIndex | QPersistentModelIndex
REASONS: dict[str, Any] = {
    "manual": QT_TRANSLATE_NOOP("Settings", "Made by hand"),
    "before-upgrade": QT_TRANSLATE_NOOP("Settings", "Before a database upgrade"),
    "before-restore": QT_TRANSLATE_NOOP("Settings", "Before a restore"),
    "before-import": QT_TRANSLATE_NOOP("Settings", "Before an import"),
    "before-merge": QT_TRANSLATE_NOOP("Settings", "Before a merge"),
    "automatic": QT_TRANSLATE_NOOP("Settings", "Automatic"),
}


def reason_label(reason: str) -> str:
    text = REASONS.get(reason)
    return QCoreApplication.translate("Settings", str(text)) if text else reason


class BackupsModel(RowsModel):
    """Columns: when, why, size, file."""

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.set_rows(backups)

    @override
    def titles(self) -> tuple[str, ...]:
        return (self.tr("When"), self.tr("Why"), self.tr("Size"), self.tr("File"))

    @override
    def cell(self, item: BackupInfo, column: int) -> Any:
        return (
            format_datetime(item.created_at),
            reason_label(item.reason),
            isolate(QLocale().formattedDataSize(item.size)),
            isolate(item.path),
        )[column]

    @override
    def tooltip(self, item: BackupInfo, column: int) -> Any:
        return item.path


class _BackupSignals(QObject):
    sig_done = Signal(object)  # BackupInfo
    sig_failed = Signal(object)  # CrmError


class BackupTask(QRunnable):
    """One backup off the UI thread (it copies and verifies the whole file)."""

    def __init__(self, crm: Crm) -> None:
        super().__init__()  # auto-deleted by the pool once run; its signals reach the panel
        self.crm = crm
        self.signals = _BackupSignals()

    @override
    def run(self) -> None:
        try:
            info = self.crm.maintenance.backup(reason="manual")
        except CrmError as exc:
            self.signals.sig_failed.emit(exc)
            return
        self.signals.sig_done.emit(info)


class DataPanel(QWidget):
    """The database file's location and its backups, with "Back up now"."""

    sig_backup_finished = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        where = QGroupBox(self.tr("Database file"), self)
        self.location_label = QLabel(isolate(self.ctx.crm.location), where)
        self.location_label.setObjectName("database_location")
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location_label.setWordWrap(True)
        self.location_label.setAlignment(leading_alignment(self.layoutDirection()))
        QVBoxLayout(where).addWidget(self.location_label)
        backups = QGroupBox(self.tr("Backups"), self)
        self.model = BackupsModel(self)
        self.view = QTableView(backups)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.backup_button = QPushButton(self.tr("Back up now"), backups)
        self.status_label = QLabel(backups)
        self.status_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.status_label, 1)
        column = QVBoxLayout(backups)
        column.addWidget(self.view, 1)
        column.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(backups, 1)

    def _connect_signals(self) -> None:
        self.backup_button.clicked.connect(self.back_up_now)

    def reload(self) -> None:
        self.model.set_backups(self.ctx.crm.maintenance.backups())
        for column in range(3):
            self.view.resizeColumnToContents(column)

    def back_up_now(self) -> None:
        if self._busy:
            return
        task = BackupTask(self.ctx.crm)
        task.signals.sig_done.connect(self._on_task_done)
        task.signals.sig_failed.connect(self._on_task_failed)
        self._busy = True
        self.backup_button.setEnabled(False)
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Backing up…"))
        QThreadPool.globalInstance().start(task)

    def _on_task_done(self, info: BackupInfo) -> None:
        self._finish()
        self.status_label.setText(self.tr("Backup saved: {path}").format(path=isolate(info.path)))
        self.reload()
        self.sig_backup_finished.emit()

    def _on_task_failed(self, exc: CrmError) -> None:
        self._finish()
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(error_text(exc))
        self.sig_backup_finished.emit()

    def _finish(self) -> None:
        self._busy = False
        self.backup_button.setEnabled(True)


class SettingsPage(QWidget):
    """Sections as tabs: Pipelines, Custom fields, Data, Calendar and tasks."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._build_ui()

    def _build_ui(self) -> None:
        self.tabs = QTabWidget(self)
        self.custom_fields = CustomFieldsPanel(self.ctx, self.tabs)
        self.data = DataPanel(self.ctx, self.tabs)
        self.pipelines = PipelinesPanel(self.ctx, self.tabs)
        self.tabs.addTab(self.pipelines, self.tr("Pipelines"))
        self.tabs.addTab(self.custom_fields, self.tr("Custom fields"))
        self.tabs.addTab(self.data, self.tr("Data"))
        self.calendar: QWidget | None = None
        if self.ctx.prefs_path is not None:
            from desktop_crm.ui.settings.calendar_settings import CalendarSettings

            calendar = CalendarSettings(self.ctx, self.ctx.prefs_path, self.tabs)
            calendar.sig_calendar_changed.connect(self.ctx.sig_calendar_changed)
            self.calendar = calendar
            self.tabs.addTab(calendar, self.tr("Calendar and tasks"))
        QVBoxLayout(self).addWidget(self.tabs)
