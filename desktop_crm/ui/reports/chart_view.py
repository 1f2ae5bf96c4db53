"""The chart in the window, and a report on paper.

``ChartView`` wraps a report's ``Figure`` in matplotlib's ``FigureCanvasQTAgg`` (imported when
the first figure arrives, never at start-up) and redraws it with ``draw_idle``.
``print_report`` paints the figure, the notes and the table onto a ``QPrinter`` (a real printer,
or a PDF file with ``QPrinter.OutputFormat.PdfFormat``).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

PRINT_DPI = 200


class ChartView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas: FigureCanvasQTAgg | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setMinimumHeight(240)

    def figure(self) -> Figure | None:
        return self.canvas.figure if self.canvas is not None else None

    def show_figure(self, figure: Figure) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        canvas = FigureCanvasQTAgg(figure)
        canvas.setParent(self)
        if self.canvas is not None:
            self._layout.removeWidget(self.canvas)
            self.canvas.hide()
            self.canvas.deleteLater()
        self.canvas = canvas
        self._layout.addWidget(canvas)
        canvas.draw_idle()


def figure_image(figure: Figure, dpi: int = PRINT_DPI) -> QImage:
    """The figure drawn by Agg as an image (the window's canvas is left as it is)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return QImage.fromData(buffer.getvalue())


def print_report(
    printer: QPrinter,
    figure: Figure,
    heading: str,
    notes: Sequence[str],
    titles: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    rtl: bool = False,
    bold_last: bool = False,
) -> None:
    """Page 1: ``heading``, the chart across the page and the notes; then the table (pages as
    needed). ``rows`` are already formatted cells; ``bold_last`` makes the last row bold."""
    painter = QPainter(printer)
    try:
        painter.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        page.moveTo(0, 0)
        font = QFont(painter.font())
        font.setPointSizeF(10)
        painter.setFont(font)
        line = painter.fontMetrics().height()
        y = _text_block(painter, page, page.top(), heading, bold=True)
        image = figure_image(figure)
        width = page.width()
        height = min(int(width * image.height() / max(1, image.width())), page.height() * 3 // 5)
        width = int(height * image.width() / max(1, image.height()))
        left = page.left() + (page.width() - width) // 2
        painter.drawImage(QRect(left, y + line // 2, width, height), image)
        y += height + line
        for note in notes:
            y = _text_block(painter, page, y, "• " + note)
        _table(painter, printer, page, y + line, titles, rows, rtl=rtl, bold_last=bold_last)
    finally:
        painter.end()


def _text_block(painter: QPainter, page: QRect, y: int, text: str, *, bold: bool = False) -> int:
    font = QFont(painter.font())
    font.setBold(bold)
    painter.save()
    painter.setFont(font)
    flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeading)
    box = painter.boundingRect(QRect(page.left(), y, page.width(), page.height()), flags, text)
    painter.drawText(QRect(page.left(), y, page.width(), box.height()), flags, text)
    painter.restore()
    return y + box.height()


def _table(
    painter: QPainter,
    printer: QPrinter,
    page: QRect,
    y: int,
    titles: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    rtl: bool,
    bold_last: bool,
) -> None:
    if not titles:
        return
    height = painter.fontMetrics().height() * 3 // 2
    width = page.width() // len(titles)
    bold = QFont(painter.font())
    bold.setBold(True)
    plain = QFont(painter.font())
    all_rows = [list(titles), *[list(r) for r in rows]]
    for index, cells in enumerate(all_rows):
        if y + height > page.bottom():
            printer.newPage()
            y = page.top()
        is_bold = index == 0 or (bold_last and index == len(all_rows) - 1)
        painter.setFont(bold if is_bold else plain)
        for col, cell in enumerate(cells[: len(titles)]):
            x = page.right() - (col + 1) * width if rtl else page.left() + col * width
            box = QRect(x + 4, y, width - 8, height)
            align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading
            painter.drawText(box, int(align), cell)
        painter.drawLine(page.left(), y + height, page.right(), y + height)
        y += height


__all__ = ["ChartView", "figure_image", "print_report"]
