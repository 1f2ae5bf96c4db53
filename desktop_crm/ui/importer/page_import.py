"""Step 6: the import itself — ``run_import`` in the background, one transaction, with a progress
bar and a Cancel that leaves nothing imported; then a summary, the lists refreshed, Edit ▸ Undo
able to revert it, and the mapping remembered for the next file with these columns."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget
from typing_extensions import override

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.fields import CUSTOM_PREFIX
from desktop_crm.services.importing import engine
from desktop_crm.services.importing.plan import ImportResult
from desktop_crm.ui.cards.formatting import format_number
from desktop_crm.ui.importer.base import Host, Step, show_status
from desktop_crm.ui.importer.tasks import BackgroundTask, CancelledFn, ProgressFn
from desktop_crm.ui.importer.texts import plan_error_text


class ImportPage(Step):
    sig_finished = Signal(object)  # ImportResult, or None when cancelled or failed
    sig_history_requested = Signal()
    sig_progress = Signal(int, int)  # done, total (bytes or rows)

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.task: BackgroundTask | None = None
        self.outcome = ""  # "" | done | cancelled | failed
        self._build_ui()
        self._connect_signals()

    @override
    def title(self) -> str:
        return self.tr("Import")

    def _build_ui(self) -> None:
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.progress_bar = QProgressBar(self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history_button = QPushButton(self.tr("Import history\u2026"), self)
        self.history_button.setToolTip(self.tr("Every import, with a button to undo a whole one."))
        self.history_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.history_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.summary_label)
        layout.addLayout(row)
        layout.addStretch(1)

    def _connect_signals(self) -> None:
        self.history_button.clicked.connect(self.sig_history_requested)

    # ----- running ------------------------------------------------------------------------------
    @override
    def enter(self) -> None:
        if self.outcome != "done":
            self.start()

    def start(self) -> None:
        if self.task is not None:
            return
        state = self.host.state
        crm, plan = self.host.ui.crm, state.plan()

        def job(progress: ProgressFn, cancelled: CancelledFn) -> ImportResult:
            return engine.run_import(crm, plan, progress=progress, cancelled=cancelled)

        task = self.task = BackgroundTask(job)
        task.signals.sig_progress.connect(self._on_task_progress)
        task.signals.sig_done.connect(self._on_task_done)
        task.signals.sig_cancelled.connect(self._on_task_cancelled)
        task.signals.sig_failed.connect(self._on_task_failed)
        self.outcome = ""
        self.heading.setText(self.tr("Importing\u2026"))
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.summary_label.setText("")
        self.history_button.hide()
        show_status(
            self.status_label,
            self.tr(
                "A backup of your data is taken first. Nothing is saved until every row is in."
            ),
        )
        self.sig_complete_changed.emit()
        task.start()

    @override
    def busy(self) -> bool:
        return self.task is not None

    @override
    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()
            show_status(self.status_label, self.tr("Cancelling\u2026"))

    def _ours(self) -> bool:
        return self.task is not None and self.sender() is self.task.signals

    def _on_task_progress(self, done: int, total: int) -> None:
        if self._ours():
            self.progress_bar.setRange(0, max(total, 1))
            self.progress_bar.setValue(min(done, max(total, 1)))
            self.sig_progress.emit(done, total)

    def _on_task_done(self, result: ImportResult) -> None:
        if not self._ours():
            return
        self.task = None
        self.progress_bar.hide()
        if not result.batch_id:
            self._end(
                "failed",
                self.tr("Nothing was imported"),
                self.tr(
                    "No row could be imported: every row has an error or matches a record with nothing to change."
                ),
            )
            self.sig_finished.emit(None)
            return
        self.host.state.result = result
        ui = self.host.ui
        ui.crm.undo.push(result.change)  # Edit ▸ Undo reverts the import too
        ui.sig_changed.emit(result.change)
        ui.sig_undo_state.emit()
        self._remember()
        self.outcome = "done"
        self.heading.setText(self.tr("Import finished"))
        show_status(self.status_label, "")
        self.summary_label.setText(self.summary(result))
        self.history_button.show()
        self.sig_complete_changed.emit()
        self.sig_finished.emit(result)

    def _on_task_cancelled(self) -> None:
        if self._ours():
            self.task = None
            self._end(
                "cancelled",
                self.tr("Import cancelled"),
                self.tr(
                    "The import was cancelled: nothing was imported, your records are as they were."
                ),
            )
            self.sig_finished.emit(None)

    def _on_task_failed(self, exc: CrmError) -> None:
        if self._ours():
            self.task = None
            reason = plan_error_text(exc)
            self._end(
                "failed",
                self.tr("The import failed"),
                self.tr("Nothing was imported. {reason}").format(reason=reason),
            )
            self.sig_finished.emit(None)

    def _end(self, outcome: str, heading: str, text: str) -> None:
        self.outcome = outcome
        self.progress_bar.hide()
        self.heading.setText(heading)
        show_status(self.status_label, text, error=outcome == "failed")
        self.sig_complete_changed.emit()

    def summary(self, result: ImportResult) -> str:
        counts = result.counts
        lines = [
            self.tr(
                "New records: {new} \u00b7 updated: {updated} \u00b7 unchanged: {unchanged} \u00b7 skipped: {skipped}"
            ).format(
                new=format_number(counts.new),
                updated=format_number(counts.updated),
                unchanged=format_number(counts.unchanged),
                skipped=format_number(counts.skipped),
            )
        ]
        if counts.companies_created:
            if counts.companies_created == 1:
                lines.append(self.tr("1 company created."))
            else:
                lines.append(self.tr("%Ln companies created.", "", counts.companies_created))
        if counts.contacts_created:
            if counts.contacts_created == 1:
                lines.append(self.tr("1 contact created."))
            else:
                lines.append(self.tr("%Ln contacts created.", "", counts.contacts_created))
        if counts.errors:
            if counts.errors == 1:
                lines.append(self.tr("1 row with errors was not imported."))
            else:
                lines.append(self.tr("%Ln rows with errors were not imported.", "", counts.errors))
        if result.backup_path:
            lines.append(self.tr("A backup of your data was taken before the import."))
        lines.append(
            self.tr(
                "To take the whole import back, use Edit \u25b8 Undo or \u201cUndo import\u201d in the import history."
            )
        )
        return "\n".join(lines)

    def _remember(self) -> None:
        """Remember the mapping; new custom fields by the key the import gave them."""
        state = self.host.state
        targets = list(state.targets)
        if state.new_fields and state.record_type != "task":
            made = self.host.ui.crm.catalog.custom_fields(state.record_type)
            by_label = {f.label.casefold(): CUSTOM_PREFIX + f.key for f in made}
            for column, new in state.new_fields.items():
                targets[column] = by_label.get(new.label.casefold())
        self.host.memory.remember(state.record_type, state.names, targets)

    # ----- what the wizard asks -----------------------------------------------------------------
    @override
    def is_complete(self) -> bool:
        return self.task is None and self.outcome != ""

    def can_go_back(self) -> bool:
        return self.task is None and self.outcome in ("cancelled", "failed")
