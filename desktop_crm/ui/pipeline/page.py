"""The Pipeline page: pipeline switcher, filters, the board or the list of deals.

The board is fed from ``crm.deals.board()`` (a handful of SQL queries, whatever the number of
deals) and reloaded whenever a change touches deals, stages or pipelines. What the user asks
for (drop, keyboard move, Won / Lost) goes to ``PipelineActions``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QModelIndex, QPoint, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.records import Board, Change, DealCard, DealFilter, PipelineInfo
from desktop_crm.ui.cards.deal_stage import ask_lost_reason
from desktop_crm.ui.contacts.list_view import FilterCombo
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.labels import name_label
from desktop_crm.ui.pipeline.actions import PipelineActions
from desktop_crm.ui.pipeline.board_view import BoardView
from desktop_crm.ui.pipeline.close_zones import CloseZones
from desktop_crm.ui.pipeline.column_model import DEAL_ID_ROLE
from desktop_crm.ui.pipeline.deals_table import DealsTable

WATCHED = frozenset(
    {"deal", "stage", "pipeline", "stage_change", "deal_tag", "task", "currency_rate", "setting"}
    | {"company", "user", "tag"}
)
_STATUSES = ("open", "won", "lost")


class PipelinePage(QWidget):
    """The kanban board of one pipeline (or its deals as a table)."""

    sig_refused = Signal(str)  # the message of a refused move / close
    sig_reloaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board: Board | None = None
        self._pipelines: list[PipelineInfo] = []
        self._stale = False
        self._deal_sources: set[str] = set()
        #: how a refused action is told (a message box); tests may replace it
        self.show_message: Callable[[str], None] = self._message_box
        #: the moment days in stage and staleness count to (None: now)
        self.board_time: Callable[[], datetime | None] = lambda: None
        #: asks why a deal was lost; None when the user cancels
        self.ask_lost_reason: Callable[[QWidget, list[str]], str | None] = ask_lost_reason
        self.deal_actions = PipelineActions(self)
        self._build_ui()
        self._connect_signals()
        self.fill_filters()
        self.fill_pipelines()
        self.reload()

    # ----- construction ------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.pipeline_combo = QComboBox(self)
        self.pipeline_combo.setToolTip(self.tr("Pipeline"))
        self.pipeline_combo.setAccessibleName(self.tr("Pipeline"))
        self.pipeline_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.pipeline_combo.setMinimumContentsLength(12)
        self.owner_combo = FilterCombo(self.tr("Owner"), self)
        self.tag_combo = FilterCombo(self.tr("Tag"), self)
        self.source_combo = FilterCombo(self.tr("Source"), self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Filter deals"))
        self.search_edit.setAccessibleName(self.tr("Filter deals"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaximumWidth(240)
        self.status_combo = QComboBox(self)
        for text, status in (
            (self.tr("Open deals"), "open"),
            (self.tr("Won deals"), "won"),
            (self.tr("Lost deals"), "lost"),
        ):
            self.status_combo.addItem(text, status)
        self.board_button = QToolButton(self)
        self.board_button.setText(self.tr("Board"))
        self.list_button = QToolButton(self)
        self.list_button.setText(self.tr("List"))
        self.view_group = QButtonGroup(self)
        for button in (self.board_button, self.list_button):
            button.setCheckable(True)
            button.setAutoRaise(True)
            self.view_group.addButton(button)
        self.board_button.setChecked(True)
        self.count_label = QLabel(self)
        self.reopen_button = QPushButton(self.tr("Reopen"), self)
        self.new_button = QPushButton(self.tr("New deal…"), self)

        top = QHBoxLayout()
        top.addWidget(self.pipeline_combo)
        for widget in (self.owner_combo, self.tag_combo, self.source_combo, self.search_edit):
            top.addWidget(widget)
        top.addWidget(self.status_combo)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addSpacing(8)
        top.addWidget(self.board_button)
        top.addWidget(self.list_button)
        top.addWidget(self.reopen_button)
        top.addWidget(self.new_button)
        self.board_view = BoardView(self)
        self.table = DealsTable(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.board_view)
        self.stack.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.zones = CloseZones(self)
        layout.addWidget(self.zones)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(250)
        self._update_mode()

    def _connect_signals(self) -> None:
        self.pipeline_combo.currentIndexChanged.connect(self._on_filter_changed)
        for combo in (self.owner_combo, self.tag_combo, self.source_combo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.source_combo.sig_popup_requested.connect(self._on_source_popup_requested)
        self.search_edit.textChanged.connect(self._text_timer.start)
        self._text_timer.timeout.connect(self.reload)
        self._reload_timer.timeout.connect(self.reload)
        self.status_combo.currentIndexChanged.connect(self._on_status_changed)
        self.view_group.buttonClicked.connect(self._on_view_button_clicked)
        self.new_button.clicked.connect(self.deal_actions.new_deal)
        self.reopen_button.clicked.connect(self._on_reopen_clicked)
        board = self.board_view
        board.sig_move_requested.connect(self.deal_actions.move)
        board.sig_key_move.connect(self.deal_actions.key_move)
        board.sig_open_requested.connect(self._on_open_requested)
        self.zones.sig_dropped.connect(
            lambda drag, status: self.deal_actions.close(drag.deal_id, status)
        )
        self.zones.sig_clicked.connect(self._on_close_clicked)
        board.sig_context_menu.connect(self.deal_actions.context_menu)
        self.table.sig_key_move.connect(self.deal_actions.key_move)
        self.table.activated.connect(self._on_table_activated)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_mode)
        self.ctx.sig_changed.connect(self._on_ctx_changed)

    # ----- choices -------------------------------------------------------------------------
    def fill_pipelines(self) -> None:
        self._pipelines = self.ctx.crm.pipelines.pipelines()
        current = self.pipeline_combo.currentData()
        self.pipeline_combo.blockSignals(True)
        self.pipeline_combo.clear()
        for pipeline in self._pipelines:
            self.pipeline_combo.addItem(name_label(pipeline.name), pipeline.id)
        found = self.pipeline_combo.findData(current) if current is not None else 0
        self.pipeline_combo.setCurrentIndex(max(found, 0))
        self.pipeline_combo.setVisible(len(self._pipelines) > 1 or not self._pipelines)
        self.pipeline_combo.blockSignals(False)

    def fill_filters(self) -> None:
        catalog = self.ctx.crm.catalog
        for combo in (self.owner_combo, self.tag_combo):
            combo.blockSignals(True)
        self.owner_combo.refill(self.tr("All owners"), [(u.name, u.id) for u in catalog.users()])
        self.tag_combo.refill(self.tr("All tags"), [(t.name, t.id) for t in catalog.tags()])
        for combo in (self.owner_combo, self.tag_combo):
            combo.blockSignals(False)
        self._fill_sources()

    def _fill_sources(self) -> bool:
        """Sources in use on contacts and companies and on the deals of the board."""
        names = set(self.ctx.crm.catalog.sources()) | self._deal_sources
        sources = [(name_label(s), s) for s in sorted(names, key=str.casefold)]
        self.source_combo.blockSignals(True)
        kept = self.source_combo.refill(self.tr("All sources"), sources)
        self.source_combo.blockSignals(False)
        return kept

    def pipeline_id(self) -> str | None:
        value = self.pipeline_combo.currentData()
        return str(value) if value else None

    def set_pipeline(self, pipeline_id: str) -> None:
        index = self.pipeline_combo.findData(pipeline_id)
        if index >= 0:
            self.pipeline_combo.setCurrentIndex(index)

    def deal_filter(self) -> DealFilter:
        return DealFilter(
            owner_id=self.owner_combo.currentData(),
            tag_id=self.tag_combo.currentData(),
            source=self.source_combo.currentData(),
            text=self.search_edit.text().strip(),
        )

    def status(self) -> str:
        return str(self.status_combo.currentData() or "open")

    def is_list_mode(self) -> bool:
        return self.list_button.isChecked()

    # ----- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Load the board (and the table when shown) from the database."""
        self._reload_timer.stop()
        pipeline_id = self.pipeline_id()
        if pipeline_id is None:
            return
        crm = self.ctx.crm
        try:
            board = crm.deals.board(pipeline_id, self.deal_filter(), now=self.board_time())
            rates = crm.pipelines.rates()
        except CrmError:  # the pipeline went away meanwhile: show the first one left
            self.fill_pipelines()
            if self.pipeline_id() not in (None, pipeline_id):
                self.reload()
            return
        self.board = board
        self._stale = False
        self._note_sources(board)
        self.board_view.set_board(board, rates)
        self.zones.set_counts(board.won_count, board.lost_count)
        if self.is_list_mode():
            self._fill_table()
        self._show_count()
        self.sig_reloaded.emit()

    def _note_sources(self, board: Board) -> None:
        """Offer the sources of the deals shown (the catalog only knows contacts' ones)."""
        if self.source_combo.currentData() is not None:
            return
        found = {c.source for column in board.columns for c in column.deals if c.source}
        if not found <= self._deal_sources:
            self._deal_sources |= found
            self._fill_sources()

    def _fill_table(self) -> None:
        board, status = self.board, self.status()
        if board is None:
            return
        if status == "open":
            cards: list[DealCard] = [c for column in board.columns for c in column.deals]
        else:
            try:
                cards = self.ctx.crm.deals.closed(board.pipeline.id, status, self.deal_filter())
            except CrmError as exc:
                self.deal_actions.refused(exc)
                cards = []
        self.table.set_cards(cards, board.pipeline.stages)

    def _show_count(self) -> None:
        if self.is_list_mode():
            count = self.table.deals.rowCount()
        else:
            count = sum(c.count for c in self.board.columns) if self.board else 0
        text = self.tr("1 deal") if count == 1 else self.tr("%Ln deals", "", count)
        self.count_label.setText(text)

    def reload_later(self, delay_ms: int = 0) -> None:
        """Reload once the events queued now are handled (after ``delay_ms``): many changes in
        a row cost one reload. After a move shown at once, the delay lets it paint first."""
        self._reload_timer.start(delay_ms)

    def _on_ctx_changed(self, change: Change) -> None:
        kinds = {kind for kind, _id in change.entities}
        if kinds & {"pipeline", "stage"}:
            self.fill_pipelines()
        if kinds & {"user", "tag"}:
            self.fill_filters()
        if kinds & WATCHED or not kinds:
            if self.isVisible():
                self.reload_later()
            else:
                self._stale = True

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    # ----- selection -----------------------------------------------------------------------
    def selected_deal_id(self) -> str | None:
        if self.is_list_mode():
            return self.table.current_deal_id()
        return self.board_view.selected_deal_id()

    def select_deal(self, deal_id: str) -> bool:
        if self.is_list_mode():
            return self.table.select_deal(deal_id)
        return self.board_view.select_deal(deal_id)

    # ----- handlers ------------------------------------------------------------------------
    def _on_filter_changed(self) -> None:
        self.reload()

    def _on_source_popup_requested(self) -> None:
        if not self._fill_sources():
            self.reload()

    def _on_status_changed(self) -> None:
        if self.status() != "open" and not self.is_list_mode():
            self.list_button.setChecked(True)
        self._update_mode()
        self.reload()

    def _on_view_button_clicked(self) -> None:
        if not self.is_list_mode() and self.status() != "open":
            self.status_combo.setCurrentIndex(0)  # the board shows open deals
        self._update_mode()
        self.reload()

    def _update_mode(self) -> None:
        listing = self.is_list_mode()
        self.stack.setCurrentWidget(self.table if listing else self.board_view)
        closed = self.status() != "open"
        self.reopen_button.setVisible(listing and closed)
        self.reopen_button.setEnabled(self.table.current_deal_id() is not None)
        self.zones.setVisible(not closed)

    def _on_open_requested(self, deal_id: str) -> None:
        self.ctx.open_record("deal", deal_id)

    def _on_table_activated(self, index: QModelIndex) -> None:
        deal_id = index.data(DEAL_ID_ROLE)
        if deal_id:
            self.ctx.open_record("deal", str(deal_id))

    def _on_table_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and self.status() == "open":
            self.table.selectRow(index.row())
            deal_id = str(index.data(DEAL_ID_ROLE))
            self.deal_actions.context_menu(deal_id, self.table.viewport().mapToGlobal(pos))

    def _on_close_clicked(self, status: str) -> None:
        deal_id = self.selected_deal_id()
        if deal_id is None:
            self.show_message(self.tr("Select a deal first, or drag its card onto Won or Lost."))
            return
        self.deal_actions.close(deal_id, status)

    def _on_reopen_clicked(self) -> None:
        deal_id = self.table.current_deal_id()
        if deal_id is not None:
            self.deal_actions.reopen(deal_id)

    def _message_box(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Pipeline"), text)


__all__ = ["PipelinePage"]
