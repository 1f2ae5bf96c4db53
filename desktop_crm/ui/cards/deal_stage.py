"""The stage part of a deal card: the stage picker, the stage history, the lost-reason dialog
and the "log a call / meeting / note" dialog bound to a deal."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.enums import ActivityKind
from desktop_crm.domain.records import Change, StageInfo
from desktop_crm.ui.cards.deal_text import deal_field_label
from desktop_crm.ui.cards.editors import ERROR_STYLE
from desktop_crm.ui.cards.formatting import format_datetime, isolate
from desktop_crm.ui.cards.quick_actions import LogActivityDialog
from desktop_crm.ui.labels import name_label

_Index = QModelIndex | QPersistentModelIndex
HistoryRow = tuple[datetime, str | None, str, str | None]  # (when, from, to, who)
_TIMED = {ActivityKind.CALL.value, ActivityKind.MEETING.value}


def stage_label(stage: StageInfo) -> str:
    return name_label(stage.name)


class StageField(QWidget):
    """A combo of the pipeline's open stages; picking one asks to move: ``sig_chosen(stage id)``.

    A refused move leaves the combo on the stage the deal is in, with the message under it. A won
    or lost deal shows its closed stage, read-only.
    """

    sig_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current: str | None = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.combo = QComboBox(self)
        self.combo.setObjectName("stage_combo")
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(14)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("field_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        layout.addWidget(self.combo)
        layout.addWidget(self.error_label)

    def _connect_signals(self) -> None:
        self.combo.activated.connect(self._on_combo_activated)

    def set_stages(self, stages: Sequence[StageInfo], current: StageInfo, editable: bool) -> None:
        self._current = current.id
        shown = [s for s in stages if s.kind == "open"]
        if current.kind != "open":
            shown = [current]
        with QSignalBlocker(self.combo):
            self.combo.clear()
            for stage in shown:
                self.combo.addItem(stage_label(stage), stage.id)
            self.combo.setCurrentIndex(self.combo.findData(current.id))
        self.combo.setEnabled(editable and current.kind == "open")

    def current_stage(self) -> str | None:
        return self._current

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.revert()

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def revert(self) -> None:
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(self.combo.findData(self._current))

    def choose(self, stage_id: str) -> None:
        """Pick a stage as the user would (moves the deal)."""
        index = self.combo.findData(stage_id)
        self.combo.setCurrentIndex(index)
        self._on_combo_activated(index)

    def _on_combo_activated(self, index: int) -> None:
        stage_id = self.combo.itemData(index)
        if stage_id and stage_id != self._current:
            self.sig_chosen.emit(str(stage_id))


class StageHistoryModel(QAbstractTableModel):
    """The deal's stage changes, newest first. Columns: when, from → to, who."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryRow] = []

    def set_history(self, history: Sequence[HistoryRow]) -> None:
        rows = list(reversed(history))
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("When"), deal_field_label("stage_id"), self.tr("By"))
        return titles[section] if 0 <= section < len(titles) else None

    def change_text(self, row: int) -> str:
        _when, old, new, _who = self._rows[row]
        if old is None:
            return self.tr("Created in {stage}").format(stage=isolate(name_label(new)))
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return "{old} {arrow} {new}".format(
            old=isolate(name_label(old)), new=isolate(name_label(new)), arrow="←" if rtl else "→"
        )

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        when, _old, _new, who = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return format_datetime(when)
            if column == 1:
                return self.change_text(index.row())
            return name_label(who) if who else self.tr("unknown user")
        return None

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class LostReasonDialog(QDialog):
    """Why the deal was lost: one of the configured reasons, or any text typed."""

    def __init__(self, reasons: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark the deal as lost"))
        self.reason_combo = QComboBox(self)
        self.reason_combo.setEditable(True)
        self.reason_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for reason in reasons:
            self.reason_combo.addItem(name_label(reason), reason)
        self.reason_combo.setCurrentIndex(-1)
        line = self.reason_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Pick a reason or type one"))
        self.details_edit = QLineEdit(self)
        self.details_edit.setPlaceholderText(self.tr("Details (optional)"))
        form = QFormLayout()
        form.addRow(deal_field_label("reason"), self.reason_combo)
        form.addRow(self.tr("Details"), self.details_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_combo.editTextChanged.connect(self._on_reason_combo_text_changed)
        self._on_reason_combo_text_changed(self.reason_combo.currentText())

    def reason(self) -> str:
        text = self.reason_combo.currentText().strip()
        index = self.reason_combo.findText(text)
        stored = str(self.reason_combo.itemData(index)) if index >= 0 else text
        details = self.details_edit.text().strip()
        return f"{stored}: {details}" if stored and details else stored

    def _on_reason_combo_text_changed(self, text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text.strip()))


def ask_lost_reason(parent: QWidget | None, reasons: Sequence[str]) -> str | None:
    """Ask why the deal was lost (a modal dialog); None when the user cancels."""
    dialog = LostReasonDialog(reasons, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.reason():
            return dialog.reason()
        return None
    finally:
        dialog.deleteLater()


class DealLogDialog(LogActivityDialog):
    """The card's "log a call / meeting / note" dialog, the activity linked to the deal."""

    @override
    def _on_buttons_accepted(self) -> None:
        timed = self.kind in _TIMED and self.duration_spin.value() > 0
        kind, deal_id = self.kind, self.record_id
        subject, body = self.subject_edit.text(), self.body_edit.toPlainText()
        outcome = self.outcome_edit.text() if kind == ActivityKind.CALL.value else None
        when, minutes = self.occurred_at(), self.duration_spin.value() if timed else None
        activities = self.ctx.crm.activities

        def log() -> Change:
            return activities.log(
                kind,
                subject=subject,
                body=body,
                occurred_at=when,
                duration_minutes=minutes,
                outcome=outcome,
                deal_id=deal_id,
            )

        self.change = self.ctx.apply(log, self, on_error=self._on_log_failed)
        if self.change is not None:
            self.accept()
