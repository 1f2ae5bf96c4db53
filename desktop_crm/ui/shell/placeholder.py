"""An honest page for a section that a later release fills."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingSoonPage(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui(title, description)

    def _build_ui(self, title: str, description: str) -> None:
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(title)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(description)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note = QLabel(self.tr("Coming soon: this part of desktop_crm is not built yet."))
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setEnabled(False)
        for widget in (heading, body, note):
            layout.addWidget(widget)
        layout.addStretch(2)
