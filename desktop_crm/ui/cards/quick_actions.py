"""Quick actions of a card: log a call, meeting, email or note in a small dialog, or plan a
task linked to the card's record."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.enums import ActivityKind
from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.records import Change
from desktop_crm.ui import dates
from desktop_crm.ui.cards.editors import ERROR_STYLE
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.messages import error_text
from desktop_crm.ui.noop import QT_TRANSLATE_NOOP
from desktop_crm.ui.tasks.task_dialog import TaskDialog, open_task_dialog

QUICK_KINDS: tuple[tuple[str, Any], ...] = (  # (activity kind, NOOP label)
    (ActivityKind.CALL.value, QT_TRANSLATE_NOOP("QuickActions", "Log call")),
    (ActivityKind.MEETING.value, QT_TRANSLATE_NOOP("QuickActions", "Log meeting")),
    (ActivityKind.EMAIL.value, QT_TRANSLATE_NOOP("QuickActions", "Log email")),
    (ActivityKind.NOTE.value, QT_TRANSLATE_NOOP("QuickActions", "Add note")),
)
_TITLES: dict[str, Any] = {
    ActivityKind.CALL.value: QT_TRANSLATE_NOOP("QuickActions", "Log a call"),
    ActivityKind.MEETING.value: QT_TRANSLATE_NOOP("QuickActions", "Log a meeting"),
    ActivityKind.EMAIL.value: QT_TRANSLATE_NOOP("QuickActions", "Log an email"),
    ActivityKind.NOTE.value: QT_TRANSLATE_NOOP("QuickActions", "Add a note"),
}
_TIMED = {ActivityKind.CALL.value, ActivityKind.MEETING.value}
# not an activity: a card shows it next to QUICK_KINDS and calls open_plan_task()
PLAN_TASK: Any = QT_TRANSLATE_NOOP("QuickActions", "Plan a task")
_LINK_FIELD = {"contact": "contact_id", "company": "company_id", "deal": "deal_id"}


def quick_label(text: Any) -> str:
    return QCoreApplication.translate("QuickActions", str(text))


class LogActivityDialog(QDialog):
    """Subject, when (default now), duration (calls, meetings), outcome (calls) and notes."""

    def __init__(
        self,
        ctx: UiContext,
        kind: str,
        record_type: str,
        record_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.record_type = record_type
        self.record_id = record_id
        self.change: Change | None = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setWindowTitle(quick_label(_TITLES.get(self.kind, _TITLES["note"])))
        form = QFormLayout()
        self.subject_edit = QLineEdit(self)
        self.subject_edit.setMaxLength(500)
        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when_edit.setCalendar(dates.qcalendar())
        self.when_edit.setCalendarPopup(True)
        # dates and times read left to right in every locale; Qt reverses their parts under RTL
        self.when_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        fmt = QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat)
        self.when_edit.setDisplayFormat(fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy"))
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.outcome_edit = QLineEdit(self)
        self.outcome_edit.setPlaceholderText(self.tr("e.g. interested, call back next week"))
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setTabChangesFocus(True)
        form.addRow(self.tr("Subject"), self.subject_edit)
        form.addRow(self.tr("When"), self.when_edit)
        if self.kind in _TIMED:
            form.addRow(self.tr("Duration"), self.duration_spin)
        else:
            self.duration_spin.hide()
        if self.kind == ActivityKind.CALL.value:
            form.addRow(self.tr("Outcome"), self.outcome_edit)
        else:
            self.outcome_edit.hide()
        form.addRow(self.tr("Notes"), self.body_edit)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.subject_edit.setFocus()
        self.resize(460, self.sizeHint().height())

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def occurred_at(self) -> datetime:
        msecs = self.when_edit.dateTime().toMSecsSinceEpoch()
        return datetime.fromtimestamp(msecs / 1000, UTC)

    def _on_buttons_accepted(self) -> None:
        timed = self.kind in _TIMED and self.duration_spin.value() > 0
        contact_id = self.record_id if self.record_type == "contact" else None
        company_id = self.record_id if self.record_type == "company" else None
        subject = self.subject_edit.text()
        body = self.body_edit.toPlainText()
        outcome = self.outcome_edit.text() if self.kind == ActivityKind.CALL.value else None
        when = self.occurred_at()

        def log() -> Change:
            return self.ctx.crm.activities.log(
                self.kind,
                subject=subject,
                body=body,
                occurred_at=when,
                duration_minutes=self.duration_spin.value() if timed else None,
                outcome=outcome,
                contact_id=contact_id,
                company_id=company_id,
            )

        self.change = self.ctx.apply(log, self, on_error=self._on_log_failed)
        if self.change is not None:
            self.accept()

    def _on_log_failed(self, exc: CrmError) -> None:
        self.error_label.setText(error_text(exc))
        self.error_label.show()


def open_plan_task(
    ctx: UiContext, record_type: str, record_id: str, parent: QWidget | None = None
) -> TaskDialog:
    """The "Plan a task" quick action: the task editor (not blocking) for a new task linked
    to the card's record."""
    return open_task_dialog(ctx, defaults={_LINK_FIELD[record_type]: record_id}, parent=parent)
