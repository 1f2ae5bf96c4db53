"""The top of a deal card: title, where the deal stands, who owns it, the Won / Lost / Reopen
buttons, quick actions and Delete; and the banner of a deleted deal with Restore."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_crm.domain.enums import ActivityKind
from desktop_crm.domain.records import DealDetail
from desktop_crm.ui.cards.deal_text import format_money
from desktop_crm.ui.cards.formatting import (
    format_date,
    format_datetime,
    isolate,
    leading_alignment,
)
from desktop_crm.ui.cards.quick_actions import QUICK_KINDS, quick_label
from desktop_crm.ui.cards.record_card import BANNER_STYLE
from desktop_crm.ui.labels import name_label

DEAL_QUICK_KINDS = tuple(
    (kind, label)
    for kind, label in QUICK_KINDS
    if kind in (ActivityKind.CALL.value, ActivityKind.MEETING.value, ActivityKind.NOTE.value)
)
WON_STYLE = "color: #2e7d32; font-weight: bold;"
LOST_STYLE = "color: #c62828; font-weight: bold;"


class DealHeader(QWidget):
    sig_won = Signal()
    sig_lost = Signal()
    sig_reopen = Signal()
    sig_delete = Signal()
    sig_restore = Signal()
    sig_quick = Signal(str)  # activity kind
    sig_link = Signal(str, str)  # record type, id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("card_title")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setTextFormat(Qt.TextFormat.RichText)
        self.subtitle_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("deal_status")
        self.status_label.setWordWrap(True)
        self.info_label = QLabel(self)
        self.info_label.setEnabled(False)
        leading = leading_alignment(self.layoutDirection())
        for label in (self.title_label, self.subtitle_label, self.status_label, self.info_label):
            label.setAlignment(leading | Qt.AlignmentFlag.AlignVCenter)
            box.addWidget(label)
        box.addLayout(self._build_buttons())
        box.addWidget(self._build_banner())

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.won_button = QPushButton(self.tr("Won"), self)
        self.won_button.setObjectName("won_button")
        self.lost_button = QPushButton(self.tr("Lost…"), self)
        self.lost_button.setObjectName("lost_button")
        self.reopen_button = QPushButton(self.tr("Reopen"), self)
        self.reopen_button.setObjectName("reopen_button")
        for button in (self.won_button, self.lost_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)
        self.quick_buttons: dict[str, QPushButton] = {}
        for kind, label in DEAL_QUICK_KINDS:
            button = QPushButton(quick_label(label), self)
            self.quick_buttons[kind] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        buttons.addWidget(self.delete_button)
        return buttons

    def _build_banner(self) -> QWidget:
        self.banner = QFrame(self)
        self.banner.setObjectName("deleted_banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        row = QHBoxLayout(self.banner)
        self.banner_label = QLabel(self.banner)
        self.banner_label.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore"), self.banner)
        row.addWidget(self.banner_label, 1)
        row.addWidget(self.restore_button)
        self.banner.hide()
        return self.banner

    def _connect_signals(self) -> None:
        self.won_button.clicked.connect(self.sig_won)
        self.lost_button.clicked.connect(self.sig_lost)
        self.reopen_button.clicked.connect(self.sig_reopen)
        self.delete_button.clicked.connect(self.sig_delete)
        self.restore_button.clicked.connect(self.sig_restore)
        for kind, button in self.quick_buttons.items():
            button.clicked.connect(lambda _checked=False, k=kind: self.sig_quick.emit(k))
        self.subtitle_label.linkActivated.connect(self._on_subtitle_link_activated)

    def show_deal(self, deal: DealDetail, title: str) -> None:
        values = deal.values
        self.title_label.setText(title)
        parts = [escape(name_label(deal.pipeline.name)), escape(name_label(deal.stage.name))]
        parts.append(escape(format_money(values.get("value"), values.get("currency"))))
        if values.get("company_id"):
            name = escape(deal.company_name or self.tr("(unknown)"))
            parts.append(f'<a href="company:{escape(str(values["company_id"]))}">{name}</a>')
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        mark = "\u200f" if rtl else "\u200e"
        self.subtitle_label.setText(mark + " · ".join(isolate(part) for part in parts))
        self._show_status(deal)
        info = [self.tr("Owner: {name}").format(name=name_label(deal.owner_name) or "—")]
        if values.get("expected_close"):
            when = format_date(values["expected_close"])
            info.append(self.tr("Expected close: {when}").format(when=when))
        info.append(self.tr("Created: {when}").format(when=format_datetime(deal.created_at)))
        self.info_label.setText(" · ".join(info))
        self._show_state(deal)

    def _show_status(self, deal: DealDetail) -> None:
        status = str(deal.values.get("status") or "open")
        closed = deal.values.get("closed_at")
        when = format_datetime(closed) if closed else ""
        if status == "won":
            self.status_label.setText(self.tr("Won on {when}").format(when=when))
            self.status_label.setStyleSheet(WON_STYLE)
        elif status == "lost":
            reason = isolate(str(deal.values.get("lost_reason") or "—"))
            text = self.tr("Lost on {when}, reason: {reason}").format(when=when, reason=reason)
            self.status_label.setText(text)
            self.status_label.setStyleSheet(LOST_STYLE)
        else:
            self.status_label.clear()
        self.status_label.setVisible(status != "open")

    def _show_state(self, deal: DealDetail) -> None:
        live = deal.deleted_at is None
        status = str(deal.values.get("status") or "open")
        self.won_button.setVisible(status == "open")
        self.lost_button.setVisible(status == "open")
        self.reopen_button.setVisible(status != "open")
        for button in (self.won_button, self.lost_button, self.reopen_button):
            button.setEnabled(live)
        for button in self.quick_buttons.values():
            button.setEnabled(live)
        self.delete_button.setVisible(live)
        self.banner.setVisible(not live)
        self.restore_button.setVisible(not live)
        if not live:
            self.banner_label.setText(
                self.tr("This deal was deleted on {when}. Restore it to change it.").format(
                    when=format_datetime(deal.deleted_at)
                )
            )

    def show_missing(self, text: str) -> None:
        """The deal cannot be read (deleted for good, database gone): say so, hide the rest."""
        self.banner_label.setText(text)
        self.banner.show()
        self.restore_button.hide()

    def _on_subtitle_link_activated(self, link: str) -> None:
        record_type, _, record_id = link.partition(":")
        if record_type and record_id:
            self.sig_link.emit(record_type, record_id)
