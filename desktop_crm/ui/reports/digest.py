"""The weekly digest: a one-page summary of a week for the team and each salesperson.

``DigestDialog`` shows it as rich text (translated, the user's numbers and calendar), steps to
the previous or next week, exports it as HTML or PDF (``QTextDocument`` printed to a PDF
``QPrinter``; the file dialog is the replaceable ``ask_path``) and prints it. The dashboard
offers it on the first start of each week (``should_show_digest`` / ``mark_digest_shown``).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.errors import CrmError
from desktop_crm.services.reports.digest import Digest, weekly_digest
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.exporting.export_dialog import AskPath, ask_save_path
from desktop_crm.ui.messages import error_text
from desktop_crm.ui.reports.digest_html import digest_html, week_range
from desktop_crm.ui.reports.digest_week import mark_digest_shown, should_show_digest
from desktop_crm.ui.tasks.fields import ERROR_STYLE


class DigestDialog(QDialog):
    def __init__(
        self,
        ui: UiContext,
        week_start: date,
        parent: QWidget | None = None,
        *,
        user_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.week_start = week_start
        self.user_id = user_id
        self.digest: Digest | None = None
        self.ask_path: AskPath = ask_save_path
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Weekly digest"))
        self.previous_button = QPushButton(self.tr("Previous week"), self)
        self.next_button = QPushButton(self.tr("Next week"), self)
        self.range_label = QLabel(self)
        self.range_label.setObjectName("digest_range")
        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addStretch(1)
        top.addWidget(self.range_label)
        top.addStretch(1)
        top.addWidget(self.next_button)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("digest_text")
        self.browser.setOpenLinks(False)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("digest_status")
        self.status_label.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addLayout(bottom)
        self.resize(640, 720)

    def _connect_signals(self) -> None:
        self.previous_button.clicked.connect(lambda: self.show_week(self.week_start - _WEEK))
        self.next_button.clicked.connect(lambda: self.show_week(self.week_start + _WEEK))
        self.export_button.clicked.connect(self._on_export_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.close_button.clicked.connect(self.close)

    # ----- contents ------------------------------------------------------------------
    def show_week(self, week_start: date) -> None:
        self.week_start = week_start
        self.reload()

    def reload(self) -> None:
        self._set_status("")
        try:
            self.digest = weekly_digest(self.ui.crm, self.week_start, self.user_id)
        except CrmError as exc:
            self.digest = None
            self.browser.clear()
            self._set_status(error_text(exc), error=True)
            return
        self.range_label.setText(week_range(self.digest))
        self.browser.setHtml(self.html())
        self.export_button.setEnabled(True)
        self.print_button.setEnabled(True)

    def html(self) -> str:
        return digest_html(self.digest) if self.digest is not None else ""

    def document(self) -> QTextDocument:
        """The digest as a document to print (a copy: the browser's stays as shown)."""
        document = QTextDocument(self)
        document.setDefaultFont(self.browser.font())
        document.setHtml(self.html())
        return document

    # ----- export and print ----------------------------------------------------------
    def suggested_name(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(Path(folder) / f"digest_{self.week_start.isoformat()}.pdf")

    def _on_export_clicked(self) -> None:
        path = self.ask_path(
            self,
            self.tr("Export the digest"),
            self.suggested_name(),
            self.tr("PDF document (*.pdf);;Web page (*.html)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        """Write the digest as HTML (``.html`` / ``.htm``) or PDF (anything else)."""
        if path.suffix.lower() not in (".html", ".htm", ".pdf"):
            path = path.with_suffix(".pdf")
        try:
            if path.suffix.lower() == ".pdf":
                self._write_pdf(path)
            else:
                path.write_text(self.html(), encoding="utf-8")
        except OSError as exc:
            self._set_status(
                self.tr("The file could not be written: {error}").format(error=exc.strerror),
                error=True,
            )
            return False
        self._set_status(self.tr("Saved to {path}").format(path=str(path)))
        return True

    def _write_pdf(self, path: Path) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        self.print_to(printer)
        if not path.exists():
            raise OSError(0, self.tr("nothing was written"), str(path))

    def print_to(self, printer: QPrinter) -> None:
        self.document().print_(printer)

    def _on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")


_WEEK = timedelta(days=7)

__all__ = ["DigestDialog", "mark_digest_shown", "should_show_digest"]
