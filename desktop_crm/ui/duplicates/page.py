"""Find duplicates: search (off the GUI thread, with progress and Cancel), the groups found, the
selected group side by side, and Merge / Not duplicates (each one undoable step).

``DuplicatesPage`` is the view; ``DuplicatesDialog`` (``dialog.py``) shows it in a window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QModelIndex, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.fields import CustomFieldType, FieldSpec, custom_spec
from desktop_crm.domain.records import Change
from desktop_crm.services.duplicates import DuplicateGroup, mark_not_duplicates
from desktop_crm.services.merge import merge_records
from desktop_crm.services.merge_preview import merge_preview
from desktop_crm.ui.cards.editors import ERROR_STYLE
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.duplicates.compare_model import CompareModel
from desktop_crm.ui.duplicates.find_task import FindTask
from desktop_crm.ui.duplicates.groups_model import RECORDS, GroupsModel
from desktop_crm.ui.messages import error_text

DEFAULT_THRESHOLD = 88
FALLBACK_REGION = "IT"


def locale_region() -> str:
    """The user's country (``IT``, ``IR``, ``TH``…) for numbers written without ``+``."""
    code = QLocale.territoryToCode(QLocale().territory())
    return code if len(code) == 2 and code.isalpha() else FALLBACK_REGION


class DuplicatesPage(QWidget):
    sig_search_finished = Signal(int)  # groups found (also after a cancel or failure: -1)
    sig_progress = Signal(int, int)  # done, total
    sig_merged = Signal(str)  # the kept record's id
    sig_separated = Signal()  # a group was marked "not duplicates"

    def __init__(
        self,
        ui: UiContext,
        record_type: str,
        parent: QWidget | None = None,
        *,
        region: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.record_type = record_type
        self.region = region or locale_region()
        self.task: FindTask | None = None
        self.groups_model = GroupsModel(self)
        self.compare_model = CompareModel(self)
        self._own: dict[str, tuple[int, DuplicateGroup]] = {}  # our changes -> removed group
        self._stale = False
        self._build_ui()
        self._connect_signals()
        self._update_buttons()

    # ----- construction ------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.find_button = QPushButton(self._find_text(), self)
        self.threshold_spin = QSpinBox(self)
        self.threshold_spin.setRange(70, 100)
        self.threshold_spin.setValue(DEFAULT_THRESHOLD)
        self.threshold_spin.setSuffix(self.tr("%"))
        self.threshold_spin.setToolTip(
            self.tr("How alike two names must be to be shown as likely duplicates.")
        )
        self.threshold_label = QLabel(self.tr("Names alike from:"), self)
        self.threshold_label.setBuddy(self.threshold_spin)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.find_button)
        top.addWidget(self.threshold_label)
        top.addWidget(self.threshold_spin)
        top.addWidget(self.progress_bar, 1)
        top.addWidget(self.cancel_button)
        top.addStretch(0)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.hide()
        status = QHBoxLayout()
        status.addWidget(self.status_label, 1)
        status.addWidget(self.undo_button)

        self.groups_view = self._table(self.groups_model, self.tr("Likely duplicates"))
        self.groups_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groups_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.groups_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RECORDS, QHeaderView.ResizeMode.Stretch)
        self.compare_view = self._table(self.compare_model, self.tr("Records side by side"))
        self.compare_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.merge_button = QPushButton(self.tr("Merge"), self)
        self.merge_button.setToolTip(
            self.tr("Keep the chosen record with the ticked values; the others are merged into it.")
        )
        self.separate_button = QPushButton(self.tr("Not duplicates"), self)
        self.separate_button.setToolTip(self.tr("Never show these records as duplicates again."))
        self.hint_label = QLabel(
            self.tr("Tick the record to keep and, where values differ, the value to keep."), self
        )
        self.hint_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint_label, 1)
        buttons.addWidget(self.separate_button)
        buttons.addWidget(self.merge_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.compare_view, 1)
        right_layout.addLayout(buttons)
        # the groups above, the records side by side below: the comparison needs the width
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.groups_view)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(status)
        layout.addWidget(self.splitter, 1)
        self._show_status(self.tr("Search to list the records that are likely the same."))

    def _table(self, model: GroupsModel | CompareModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return view

    def _find_text(self) -> str:
        if self.record_type == "company":
            return self.tr("Find duplicate companies")
        return self.tr("Find duplicate contacts")

    def _connect_signals(self) -> None:
        self.find_button.clicked.connect(self._on_find_clicked)
        self.cancel_button.clicked.connect(self.cancel_search)
        self.undo_button.clicked.connect(self._on_undo_clicked)
        self.merge_button.clicked.connect(self._on_merge_clicked)
        self.separate_button.clicked.connect(self._on_separate_clicked)
        self.groups_view.selectionModel().currentRowChanged.connect(self._on_groups_current_changed)
        self.compare_view.doubleClicked.connect(self._on_compare_double_clicked)
        self.compare_model.sig_choice_changed.connect(self._on_compare_choice_changed)
        self.ui.sig_changed.connect(self._on_ui_changed)

    # ----- searching ---------------------------------------------------------------------
    def start_search(self) -> None:
        """Start a search (ignored while one runs)."""
        if self.task is not None:
            return
        task = self.task = FindTask(
            self.ui.crm, self.record_type, self.region, self.threshold_spin.value()
        )
        task.signals.sig_progress.connect(self._on_task_progress)
        task.signals.sig_done.connect(self._on_task_done)
        task.signals.sig_cancelled.connect(self._on_task_cancelled)
        task.signals.sig_failed.connect(self._on_task_failed)
        self._set_busy(True)
        self._show_status(self.tr("Searching…"))
        QThreadPool.globalInstance().start(task)

    def cancel_search(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self._show_status(self.tr("Cancelling…"))

    def is_running(self) -> bool:
        return self.task is not None

    def _on_find_clicked(self) -> None:
        self.start_search()

    def _set_busy(self, busy: bool) -> None:
        self.find_button.setEnabled(not busy)
        self.threshold_spin.setEnabled(not busy)
        self.progress_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self.progress_bar.setRange(0, 0)
        self._update_buttons()

    def _on_task_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, max(total, 1)))
        self.sig_progress.emit(done, total)

    def _on_task_done(self, groups: list[DuplicateGroup]) -> None:
        self.task = None
        self._set_busy(False)
        self._stale = False
        self._own.clear()
        self.undo_button.hide()
        self.groups_model.set_groups(groups)
        self._show_status(self._found_text(len(groups)))
        if groups:
            self._select_row(0)
        else:
            self._show_group(None)
        self.sig_search_finished.emit(len(groups))

    def _found_text(self, count: int) -> str:
        if count == 0:
            return self.tr("No likely duplicates found.")
        if count == 1:
            return self.tr("1 group of likely duplicates.")
        return self.tr("%Ln groups of likely duplicates.", "", count)

    def _on_task_cancelled(self) -> None:
        self.task = None
        self._set_busy(False)
        self._show_status(self.tr("Search cancelled."))
        self.sig_search_finished.emit(-1)

    def _on_task_failed(self, exc: CrmError) -> None:
        self.task = None
        self._set_busy(False)
        self._show_status(error_text(exc), error=True)
        self.sig_search_finished.emit(-1)

    # ----- the selected group --------------------------------------------------------------
    def _select_row(self, row: int) -> None:
        # not QTableView.selectRow: right to left, it looks for a column at the viewport's far
        # edge and selects nothing when the columns do not reach it
        self.groups_view.setCurrentIndex(self.groups_model.index(row, 0))

    def current_group(self) -> DuplicateGroup | None:
        row = self.groups_view.currentIndex().row()
        return self.groups_model.group(row) if row >= 0 else None

    def _on_groups_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_group(self.groups_model.group(current.row()) if current.isValid() else None)

    def _show_group(self, group: DuplicateGroup | None) -> None:
        preview = None
        if group is not None:
            try:
                preview = merge_preview(
                    self.ui.crm, self.record_type, group.ids, region=self.region
                )
            except CrmError as exc:  # a record of the group was deleted meanwhile
                self._show_status(error_text(exc), error=True)
        specs, labels = self._custom_fields()
        self.compare_model.set_preview(preview, specs=specs, labels=labels)
        self._update_buttons()

    def _custom_fields(self) -> tuple[dict[str, FieldSpec], dict[str, str]]:
        specs: dict[str, FieldSpec] = {}
        labels: dict[str, str] = {}
        for field in self.ui.crm.catalog.custom_fields(self.record_type):
            spec = custom_spec(field.key, CustomFieldType(field.field_type), field.options)
            specs[spec.name] = spec
            labels[spec.name] = field.label
        return specs, labels

    def _on_compare_choice_changed(self) -> None:
        self._update_buttons()

    def _on_compare_double_clicked(self, index: QModelIndex) -> None:
        ids = self.compare_model.preview.ids if self.compare_model.preview else ()
        if 0 <= index.column() < len(ids):
            self.ui.open_record(self.record_type, ids[index.column()])

    def _update_buttons(self) -> None:
        ready = self.compare_model.preview is not None and self.task is None
        self.merge_button.setEnabled(ready)
        self.separate_button.setEnabled(ready)

    # ----- merge / not duplicates ------------------------------------------------------------
    def merge_current(self) -> Change | None:
        model = self.compare_model
        keep, others, choices = model.keep_id(), model.other_ids(), model.choices()
        if keep is None or not others:
            return None
        record_type, region, crm = self.record_type, self.region, self.ui.crm
        change = self._act(
            lambda: merge_records(crm, record_type, keep, others, choices, region=region)
        )
        if change is not None:
            self._show_status(self._merged_text(len(others) + 1))
            self.sig_merged.emit(keep)
        return change

    def separate_current(self) -> Change | None:
        group = self.current_group()
        if group is None:
            return None
        crm, record_type = self.ui.crm, self.record_type
        change = self._act(lambda: mark_not_duplicates(crm, record_type, group.ids))
        if change is not None:
            self._show_status(self.tr("Marked as not duplicates."))
            self.sig_separated.emit()
        return change

    def _merged_text(self, count: int) -> str:
        if self.record_type == "company":
            return self.tr("Merged %Ln companies into one.", "", count)
        return self.tr("Merged %Ln contacts into one.", "", count)

    def _act(self, action: Callable[[], Change]) -> Change | None:
        """Apply ``action`` (undoable); on success the group leaves the list."""
        row = self.groups_view.currentIndex().row()
        if row < 0:
            return None
        change = self.ui.apply(action, self, on_error=self._on_action_error)
        if change is None:
            return None
        group = self.groups_model.remove_row(row)
        self._own[change.changeset_id] = (row, group)
        self.undo_button.show()
        if self.groups_model.rowCount():
            self._select_row(min(row, self.groups_model.rowCount() - 1))
        else:
            self._show_group(None)
        return change

    def _on_action_error(self, exc: CrmError) -> None:
        self._show_status(error_text(exc), error=True)

    def _on_merge_clicked(self) -> None:
        self.merge_current()

    def _on_separate_clicked(self) -> None:
        self.separate_current()

    def _on_undo_clicked(self) -> None:
        """Undo our last merge (or mark) when it is still the last change; its group returns."""
        stack = self.ui.crm.undo
        last = stack.done[-1][0] if stack.done else None
        if last not in self._own:
            self.undo_button.hide()
            return
        row, group = self._own.pop(last)
        before = len(stack.done)
        self.ui.undo(self)
        if len(stack.done) < before:
            self.groups_model.insert_group(row, group)
            self._select_row(row)
            self._show_status(self.tr("Undone."))
        self.undo_button.setVisible(bool(self._own))

    def _on_ui_changed(self, change: Change) -> None:
        if change.changeset_id in self._own or self._stale:
            return
        listed = {(self.record_type, i) for g in self.groups_model.groups() for i in g.ids}
        if listed & change.entities:
            self._stale = True
            self._show_status(
                self.tr("Records changed since the search; search again to refresh the list.")
            )

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")
        self.status_label.setText(text)
