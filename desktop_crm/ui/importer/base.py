"""What the wizard's steps share: the host they talk to, their base class, the file loader."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop_crm.domain.errors import CrmError
from desktop_crm.ui.cards.editors import ERROR_STYLE
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.importer.memory import MappingMemory
from desktop_crm.ui.importer.models import RawRowsModel
from desktop_crm.ui.importer.state import Loaded, WizardState, load_file
from desktop_crm.ui.importer.tasks import BackgroundTask

#: a file dialog: (parent, caption, start folder or suggested path, filter) -> path, "" if none
AskPath = Callable[[QWidget, str, str, str], str]

WARNING_STYLE = "background: #fff4e5; color: #5f3b00; border: 1px solid #f0b45b; border-radius: 4px; padding: 6px;"


class Host(Protocol):
    """The wizard as its steps see it."""

    ui: UiContext
    state: WizardState
    memory: MappingMemory
    loader: FileLoader
    raw_model: RawRowsModel
    ask_open_path: AskPath
    ask_save_path: AskPath

    def update_buttons(self) -> None: ...


class Step(QWidget):
    """A page of the wizard. ``enter`` runs each time it is shown; ``is_complete`` enables
    Next; ``busy``/``cancel_task`` let the wizard's Cancel stop the page's background work."""

    sig_complete_changed = Signal()

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host

    def title(self) -> str:
        return ""

    def enter(self) -> None:
        """The step is shown (going forward or back)."""

    def is_complete(self) -> bool:
        return True

    def busy(self) -> bool:
        return False

    def cancel_task(self) -> None:
        """Stop the page's background work (the wizard's Cancel while ``busy()``)."""


def show_status(label: QLabel, text: str, *, error: bool = False) -> None:
    label.setStyleSheet(ERROR_STYLE if error else "")
    label.setText(text)
    label.setVisible(bool(text))


class FileLoader(QObject):
    """Reads the file's kind and first rows in the background; only the latest request counts."""

    sig_loaded = Signal(object)  # Loaded
    sig_failed = Signal(object)  # CrmError (ImportFileError mostly)
    sig_started = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task: BackgroundTask | None = None  # the latest request
        self._running: list[BackgroundTask] = []  # kept alive until they report their end

    def is_loading(self) -> bool:
        return self._task is not None

    def request(
        self, path: Path, *, sheet: str | None, encoding: str | None, delimiter: str | None
    ) -> None:
        if self._task is not None:
            self._task.cancel()  # its outcome is ignored: it is no longer the current task

        def job(_progress: object, _cancelled: object) -> Loaded:
            return load_file(path, sheet=sheet, encoding=encoding, delimiter=delimiter)

        task = self._task = BackgroundTask(job)
        self._running.append(task)
        task.signals.sig_done.connect(self._on_task_done)
        task.signals.sig_failed.connect(self._on_task_failed)
        task.signals.sig_cancelled.connect(self._on_task_cancelled)
        self.sig_started.emit()
        task.start()

    def _current(self) -> bool:
        """Whether the signal being handled comes from the latest request (which it ends)."""
        sender = self.sender()
        self._running = [t for t in self._running if t.signals is not sender]
        if self._task is None or sender is not self._task.signals:
            return False
        self._task = None
        return True

    def _on_task_done(self, loaded: Loaded) -> None:
        if self._current():
            self.sig_loaded.emit(loaded)

    def _on_task_failed(self, exc: CrmError) -> None:
        if self._current():
            self.sig_failed.emit(exc)

    def _on_task_cancelled(self) -> None:
        self._current()
