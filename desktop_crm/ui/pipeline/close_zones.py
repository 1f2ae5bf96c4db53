"""The Won and Lost zones under the board (and the list): drop a card there, or select a deal
and click. Each shows how many deals of the pipeline are won / lost."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget
from typing_extensions import override

from desktop_crm.ui.pipeline.column_model import DealDrag
from desktop_crm.ui.pipeline.money import format_count

_ZONE_STYLE = """
DropZone { border: 2px dashed palette(mid); border-radius: 6px; padding: 8px; font-weight: bold; }
DropZone[kind="won"] { color: #2e7d32; }
DropZone[kind="lost"] { color: #c62828; }
DropZone[hot="true"][kind="won"] { background: #c8e6c9; border-color: #2e7d32; }
DropZone[hot="true"][kind="lost"] { background: #ffcdd2; border-color: #c62828; }
"""


class DropZone(QPushButton):
    """A Won or Lost target: takes dropped cards, and acts on the selected card when clicked."""

    sig_deal_dropped = Signal(object)  # DealDrag

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setProperty("kind", kind)
        self.setProperty("hot", False)
        self.setAcceptDrops(True)
        self.setMinimumHeight(40)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _set_hot(self, hot: bool) -> None:
        self.setProperty("hot", hot)
        self.style().unpolish(self)
        self.style().polish(self)

    @override
    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        if DealDrag.from_mime(e.mimeData()) is None:
            e.ignore()
            return
        e.setDropAction(Qt.DropAction.MoveAction)
        e.accept()
        self._set_hot(True)

    @override
    def dragMoveEvent(self, e: QDragMoveEvent) -> None:
        e.setDropAction(Qt.DropAction.MoveAction)
        e.accept()

    @override
    def dragLeaveEvent(self, e: QDragLeaveEvent) -> None:
        self._set_hot(False)

    @override
    def dropEvent(self, e: QDropEvent) -> None:
        self._set_hot(False)
        drag = DealDrag.from_mime(e.mimeData())
        if drag is None:
            e.ignore()
            return
        e.setDropAction(Qt.DropAction.MoveAction)
        e.accept()
        self.sig_deal_dropped.emit(drag)


class CloseZones(QWidget):
    """Won and Lost side by side: ``sig_dropped(drag, status)`` and ``sig_clicked(status)``."""

    sig_dropped = Signal(object, str)  # DealDrag, "won" | "lost"
    sig_clicked = Signal(str)  # "won" | "lost"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts = {"won": 0, "lost": 0}
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.won = DropZone("won", self)
        self.lost = DropZone("lost", self)
        self.setStyleSheet(_ZONE_STYLE)
        for zone in (self.won, self.lost):
            zone.setToolTip(self.tr("Drop a card here, or select a deal and click"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addWidget(self.won)
        layout.addWidget(self.lost)
        self.set_counts(0, 0)

    def _connect_signals(self) -> None:
        self.won.sig_deal_dropped.connect(lambda drag: self.sig_dropped.emit(drag, "won"))
        self.lost.sig_deal_dropped.connect(lambda drag: self.sig_dropped.emit(drag, "lost"))
        self.won.clicked.connect(lambda: self.sig_clicked.emit("won"))
        self.lost.clicked.connect(lambda: self.sig_clicked.emit("lost"))

    def set_counts(self, won: int, lost: int) -> None:
        self._counts = {"won": won, "lost": lost}
        self.won.setText(self.tr("Won ({count})").format(count=format_count(won)))
        self.lost.setText(self.tr("Lost ({count})").format(count=format_count(lost)))

    def add_closed(self, status: str) -> None:
        """One more won / lost deal (shown at once, before the page reloads)."""
        counts = dict(self._counts)
        counts[status] = counts.get(status, 0) + 1
        self.set_counts(counts["won"], counts["lost"])
