"""The main window: navigation, a tab per open record, global search, undo/redo, status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.records import Change
from desktop_crm.ui.context import UiContext, show_error
from desktop_crm.ui.messages import describe
from desktop_crm.ui.noop import QT_TRANSLATE_NOOP
from desktop_crm.ui.shell.file_actions import FileActions
from desktop_crm.ui.shell.placeholder import ComingSoonPage
from desktop_crm.ui.shell.search_box import SearchBox

SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), ""),
    ("pipeline", QT_TRANSLATE_NOOP("MainWindow", "Pipeline"), ""),
    ("contacts", QT_TRANSLATE_NOOP("MainWindow", "Contacts"), ""),
    ("companies", QT_TRANSLATE_NOOP("MainWindow", "Companies"), ""),
    ("tasks", QT_TRANSLATE_NOOP("MainWindow", "My tasks"), ""),
    ("calendar", QT_TRANSLATE_NOOP("MainWindow", "Calendar"), ""),
    ("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"), ""),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), ""),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(FileActions, QMainWindow):
    sig_contacts_shown = Signal()

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, home: str = "contacts"
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pages: dict[str, QWidget] = {}
        self._cards: dict[tuple[str, str], QWidget] = {}
        self._build_ui()
        self._connect_signals()
        self.show_section(home)
        self._update_undo_actions()

    # ----- construction ------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("desktop_crm"))
        self.setAcceptDrops(True)  # a spreadsheet dropped on the window opens the import
        self.resize(QSize(1280, 800))
        self._build_actions()
        toolbar = QToolBar(self.tr("Search"), self)
        toolbar.setObjectName("search_toolbar")
        toolbar.setMovable(False)
        self.search_box = SearchBox(self.ctx, toolbar)
        toolbar.addWidget(self.search_box)
        self.addToolBar(toolbar)

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        for key, label, _desc in SECTIONS:
            item = QListWidgetItem(_t(label))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        nav_width = max(150, self.nav.sizeHintForColumn(0) + 40)
        self.nav.setMinimumWidth(120)
        self.stack = QStackedWidget(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.addTab(self.stack, "")
        self._hide_close_button(0)
        splitter = QSplitter(self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([nav_width, 1280 - nav_width])
        splitter.setCollapsible(1, False)
        self.setCentralWidget(splitter)

        self.db_label = QLabel(self.tr("Database: {path}").format(path=self.ctx.crm.location))
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)
        for warning in self.ctx.crm.warnings:
            self.statusBar().showMessage(self._location_warning(warning))

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.import_action = file_menu.addAction(self.tr("&Import…"))
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_history_action = file_menu.addAction(self.tr("Import history…"))
        file_menu.addSeparator()
        self.backup_action = file_menu.addAction(self.tr("Back up now"))
        self.export_ics_action = file_menu.addAction(
            self.tr("Export tasks to a calendar file (.ics)…")
        )
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        edit_menu = menu.addMenu(self.tr("&Edit"))
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.find_action = edit_menu.addAction(self.tr("&Find…"))
        self.find_action.setShortcut(QKeySequence("Ctrl+K"))
        self.deleted_action = edit_menu.addAction(self.tr("Recently &deleted…"))

        view_menu = menu.addMenu(self.tr("&View"))
        for number, (key, label, _desc) in enumerate(SECTIONS, start=1):
            action = view_menu.addAction(_t(label))
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_section(k))
        view_menu.addSeparator()
        self.goals_action = view_menu.addAction(self.tr("Sales &goals…"))
        self.digest_action = view_menu.addAction(self.tr("Weekly &digest…"))
        view_menu.addSeparator()
        self.close_tab_action = view_menu.addAction(self.tr("Close record"))
        self.close_tab_action.setShortcut(QKeySequence("Ctrl+W"))

    def _connect_signals(self) -> None:
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        self.undo_action.triggered.connect(lambda: self.ctx.undo(self))
        self.redo_action.triggered.connect(lambda: self.ctx.redo(self))
        self.find_action.triggered.connect(self._on_find_triggered)
        self.deleted_action.triggered.connect(self._on_deleted_triggered)
        self.goals_action.triggered.connect(self._on_goals_triggered)
        self.digest_action.triggered.connect(self._on_digest_triggered)
        self.backup_action.triggered.connect(self._on_backup_triggered)
        self.export_ics_action.triggered.connect(self._on_export_ics_triggered)
        self.import_action.triggered.connect(lambda: self.open_import(None))
        self.import_history_action.triggered.connect(self._on_import_history_triggered)
        self.close_tab_action.triggered.connect(
            lambda: self._on_tab_close(self.tabs.currentIndex())
        )
        self.tabs.tabCloseRequested.connect(self._on_tab_close)
        self.ctx.sig_open_record.connect(self.open_record)
        self.ctx.sig_undo_state.connect(self._update_undo_actions)
        self.ctx.sig_changed.connect(self._on_ctx_changed)

    # ----- sections and records ----------------------------------------------------------
    def show_section(self, key: str) -> None:
        keys = [k for k, _l, _d in SECTIONS]
        row = keys.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # comes back here through _on_nav_row_changed
            return
        page = self._pages.get(key)
        if page is None:
            page = self._make_page(key)
            self._pages[key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.tabs.setTabText(0, _t(SECTIONS[row][1]))
        self.tabs.setCurrentIndex(0)

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def _make_page(self, key: str) -> QWidget:
        factories: dict[str, Callable[[], QWidget]] = {
            "contacts": lambda: self._list_page("contact"),
            "companies": lambda: self._list_page("company"),
            "settings": self._settings_page,
            "pipeline": self._pipeline_page,
            "tasks": self._tasks_page,
            "calendar": self._calendar_page,
            "reports": self._reports_page,
            "dashboard": self._dashboard_page,
        }
        if key in factories:
            return factories[key]()
        _key, label, desc = next(s for s in SECTIONS if s[0] == key)
        return ComingSoonPage(_t(label), _t(desc), self)

    def _list_page(self, record_type: str) -> QWidget:
        from desktop_crm.ui.contacts.list_view import RecordListView

        return RecordListView(self.ctx, record_type, self)

    def _settings_page(self) -> QWidget:
        from desktop_crm.ui.settings.settings_page import SettingsPage

        return SettingsPage(self.ctx, self)

    def _pipeline_page(self) -> QWidget:
        from desktop_crm.ui.pipeline.page import PipelinePage

        return PipelinePage(self.ctx, self)

    def _dashboard_page(self) -> QWidget:
        from desktop_crm.ui.reports.dashboard import DashboardPage

        return DashboardPage(self.ctx, self)

    def _on_goals_triggered(self) -> None:
        from desktop_crm.ui.reports.goals import GoalsDialog

        dialog = GoalsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_digest_triggered(self) -> None:
        from datetime import date

        from desktop_crm.ui.reports.digest import DigestDialog
        from desktop_crm.ui.reports.digest_week import digest_week_start

        dialog = DigestDialog(self.ctx, digest_week_start(date.today()), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _reports_page(self) -> QWidget:
        from desktop_crm.ui.reports.page import ReportsPage

        return ReportsPage(self.ctx, self)

    def _tasks_page(self) -> QWidget:
        from desktop_crm.ui.tasks.my_tasks import MyTasksPage

        return MyTasksPage(self.ctx, self)

    def _calendar_page(self) -> QWidget:
        from desktop_crm.services.preferences import Preferences
        from desktop_crm.ui.calendar.page import CalendarPage

        prefs = Preferences.load(self.ctx.prefs_path) if self.ctx.prefs_path else Preferences()
        page = CalendarPage(
            self.ctx, self, work_start_hour=prefs.work_start_hour, work_end_hour=prefs.work_end_hour
        )
        page.sig_open_task.connect(self.open_task)
        page.sig_create_task.connect(self.new_task)
        page.sig_open_record.connect(self.open_record)
        self.ctx.sig_calendar_changed.connect(page.reload)
        return page

    def open_task(self, task_id: str) -> None:
        from desktop_crm.ui.tasks.task_dialog import open_task_dialog

        open_task_dialog(self.ctx, task_id=task_id, parent=self)

    def new_task(self, defaults: object = None) -> None:
        from desktop_crm.ui.tasks.task_dialog import open_task_dialog

        open_task_dialog(
            self.ctx, defaults=defaults if isinstance(defaults, dict) else None, parent=self
        )

    def open_record(self, record_type: str, record_id: str) -> None:
        key = (record_type, record_id)
        card = self._cards.get(key)
        if card is None:
            from desktop_crm.ui.cards.deal_card import DealCardWidget
            from desktop_crm.ui.cards.record_card import RecordCard

            try:
                if record_type == "deal":
                    card = DealCardWidget(self.ctx, record_id, self)
                else:
                    card = RecordCard(self.ctx, record_type, record_id, self)
            except CrmError as exc:
                show_error(self, exc)
                return
            self._cards[key] = card
            self.tabs.addTab(card, self._card_title(card))
        self.tabs.setCurrentWidget(card)

    def _card_title(self, card: QWidget) -> str:
        title = getattr(card, "title", None)
        text = title() if callable(title) else str(title or "")
        text = text if len(text) <= 28 else text[:27] + "…"
        return "\u2068" + text.replace("&", "&&") + "\u2069"  # literal &, own direction

    def _on_tab_close(self, index: int) -> None:
        if index <= 0:
            return
        widget = self.tabs.widget(index)
        self.tabs.removeTab(index)
        if widget is None:
            return
        for key, card in list(self._cards.items()):
            if card is widget:
                del self._cards[key]
        widget.deleteLater()

    def _hide_close_button(self, index: int) -> None:
        bar = self.tabs.tabBar()
        for side in (bar.ButtonPosition.RightSide, bar.ButtonPosition.LeftSide):
            button = bar.tabButton(index, side)
            if button is not None:
                button.resize(0, 0)
                button.hide()

    # ----- handlers ----------------------------------------------------------------------
    def _on_nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(SECTIONS):
            self.show_section(SECTIONS[row][0])

    def _on_find_triggered(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _on_deleted_triggered(self) -> None:
        from desktop_crm.ui.cards.deleted_dialog import DeletedDialog

        DeletedDialog(self.ctx, self).exec()

    def _on_backup_triggered(self) -> None:
        try:
            info = self.ctx.crm.maintenance.backup(reason="manual")
        except CrmError as exc:
            show_error(self, exc)
            return
        self.statusBar().showMessage(self.tr("Backup saved: {path}").format(path=info.path), 8000)

    def _on_ctx_changed(self, _change: Change) -> None:
        for index in range(1, self.tabs.count()):
            widget = self.tabs.widget(index)
            if widget is not None:
                self.tabs.setTabText(index, self._card_title(widget))

    def _update_undo_actions(self) -> None:
        undo = self.ctx.crm.undo
        undo_text, redo_text = undo.undo_text(), undo.redo_text()
        self.undo_action.setEnabled(undo.can_undo())
        self.redo_action.setEnabled(undo.can_redo())
        self.undo_action.setText(
            self.tr("&Undo {what}").format(what=describe(undo_text))
            if undo_text
            else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {what}").format(what=describe(redo_text))
            if redo_text
            else self.tr("&Redo")
        )

    def _location_warning(self, kind: str) -> str:
        if kind == "cloud":
            return self.tr(
                "Warning: the database is in a cloud-synced folder; SQLite's locking is not reliable there. Keep it in a local folder."
            )
        return self.tr(
            "Warning: the database is on a network drive; SQLite's locking is not reliable there. Keep it on this computer."
        )

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings("desktop_crm", "desktop_crm").setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)

    def restore_geometry(self) -> None:
        geometry = QSettings("desktop_crm", "desktop_crm").value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)


__all__ = ["SECTIONS", "MainWindow", "QMessageBox"]
