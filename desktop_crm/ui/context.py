"""What every view shares: the CRM services and one "data changed" signal.

Views never touch a session: they call services through ``UiContext.apply`` which pushes the
change on the undo stack and emits ``sig_changed`` once; every view listens and refreshes what
it shows of the touched records.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.records import Change
from desktop_crm.services.crm import Crm
from desktop_crm.ui.messages import error_text


class UiContext(QObject):
    sig_changed = Signal(object)  # Change
    sig_open_record = Signal(str, str)  # record type, id
    sig_undo_state = Signal()

    sig_calendar_changed = Signal()  # the calendar system or week start changed

    def __init__(
        self, crm: Crm, parent: QObject | None = None, *, prefs_path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.crm = crm
        self.prefs_path = prefs_path  # the Preferences file (None: preferences are not saved)

    def apply(
        self,
        action: Callable[[], Change],
        parent: QWidget | None = None,
        on_error: Callable[[CrmError], None] | None = None,
    ) -> Change | None:
        """Run one service call; on success record it for undo and announce it."""
        try:
            change = action()
        except CrmError as exc:
            if on_error is not None:
                on_error(exc)
            else:
                show_error(parent, exc)
            return None
        self.crm.undo.push(change)
        self.sig_changed.emit(change)
        self.sig_undo_state.emit()
        return change

    def undo(self, parent: QWidget | None = None) -> None:
        self._step(self.crm.undo.undo, parent)

    def redo(self, parent: QWidget | None = None) -> None:
        self._step(self.crm.undo.redo, parent)

    def _step(self, step: Callable[[], Change], parent: QWidget | None) -> None:
        try:
            change = step()
        except CrmError as exc:
            show_error(parent, exc)
            return
        self.sig_changed.emit(change)
        self.sig_undo_state.emit()

    def open_record(self, record_type: str, record_id: str) -> None:
        self.sig_open_record.emit(record_type, record_id)


def show_error(parent: QWidget | None, exc: CrmError) -> None:
    QMessageBox.warning(parent, "desktop_crm", error_text(exc))
