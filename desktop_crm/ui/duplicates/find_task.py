"""The search for duplicates off the GUI thread: a ``QRunnable`` with its signals on a QObject.

After a search that found groups, the same task makes the backup the first merge would make
(``backup_before_merge``: skipped when one is recent), so that clicking "Merge" does not wait for
a copy of a big file on the GUI thread.
"""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QObject, QRunnable, Signal
from typing_extensions import override

from desktop_crm.domain.errors import CrmError
from desktop_crm.services.crm import Crm
from desktop_crm.services.duplicates import DuplicatesCancelled, find_duplicates
from desktop_crm.services.merge import backup_before_merge


class FindSignals(QObject):
    sig_progress = Signal(int, int)  # done, total
    sig_done = Signal(object)  # list[DuplicateGroup]
    sig_cancelled = Signal()
    sig_failed = Signal(object)  # CrmError


class FindTask(QRunnable):
    """``find_duplicates`` in the thread pool; ``cancel()`` asks it to stop."""

    def __init__(self, crm: Crm, record_type: str, region: str | None, threshold: int) -> None:
        super().__init__()  # auto-deleted by the pool once run; its signals reach the page
        self.crm = crm
        self.record_type = record_type
        self.region = region
        self.threshold = threshold
        self.signals = FindSignals()
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    @override
    def run(self) -> None:
        try:
            groups = find_duplicates(
                self.crm,
                self.record_type,
                region=self.region,
                threshold=self.threshold,
                progress=self.signals.sig_progress.emit,
                cancelled=self._stop.is_set,
            )
            if groups:
                self._backup()
        except DuplicatesCancelled:
            self.signals.sig_cancelled.emit()
        except CrmError as exc:
            self.signals.sig_failed.emit(exc)
        except Exception as exc:  # a bug must still end the page's busy state, with a reason
            self.signals.sig_failed.emit(CrmError(f"{type(exc).__name__}: {exc}", code="error"))
        else:
            self.signals.sig_done.emit(groups)

    def _backup(self) -> None:
        # on failure the merge itself tries again, and refuses to merge without a backup
        with contextlib.suppress(CrmError):
            backup_before_merge(self.crm)
