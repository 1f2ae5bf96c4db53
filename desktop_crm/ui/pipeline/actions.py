"""What the user asks of the pipeline page, done through the services.

Each action is one ``ctx.apply`` (one undoable step). A saved move or close shows at once on
the board (``move_local`` / ``remove_local``); the page reloads after every change anyway, so
what the services did besides (a stage's on-enter task, a probability) appears right after.
A refused action shows its message and changes nothing on screen.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from desktop_crm.domain.errors import ConflictError, CrmError, NotFoundError
from desktop_crm.domain.records import Change, DealCard
from desktop_crm.ui.cards.deal_text import deal_error_text
from desktop_crm.ui.pipeline.column_model import DealDrag

if TYPE_CHECKING:
    from desktop_crm.ui.pipeline.page import PipelinePage

RECONCILE_MS = 250  # after a move shown at once, the reload that brings the rest of the change


class PipelineActions(QObject):
    """Moves, reorders, won / lost and reopen for a ``PipelinePage``."""

    def __init__(self, page: PipelinePage) -> None:
        super().__init__(page)
        self.page = page

    # ----- moving --------------------------------------------------------------------------
    def move(self, drag: DealDrag, stage_id: str, before_id: str | None) -> bool:
        """Move the dragged deal to ``stage_id`` before ``before_id`` (None: at the end)."""
        page = self.page
        deals = page.ctx.crm.deals

        def action() -> Change:
            return deals.move(
                drag.deal_id, stage_id, before_id=before_id, expected_stage_id=drag.stage_id
            )

        if page.ctx.apply(action, page, on_error=self.refused) is None:
            return False
        if not page.is_list_mode() and page.board_view.move_local(
            drag.deal_id, stage_id, before_id
        ):
            page.reload_later(RECONCILE_MS)  # the card lands now; what else changed, soon after
        return True

    def key_move(self, deal_id: str, dx: int, dy: int) -> bool:
        """Ctrl+Shift+arrow on the selected deal: ``dx`` to the stage on that side of the
        screen (mirrored right to left), ``dy`` one place up or down in its stage."""
        card = self._card(deal_id)
        board = self.page.board
        if card is None or board is None:
            return False
        drag = DealDrag(card.id, card.stage_id, card.pipeline_id)
        if dx:
            rtl = self.page.layoutDirection() == Qt.LayoutDirection.RightToLeft
            step = -dx if rtl else dx
            order = [column.stage.id for column in board.columns]
            if card.stage_id not in order:
                return False
            target = order.index(card.stage_id) + step
            if not 0 <= target < len(order):
                return False
            column = self.page.board_view.column(order[target])
            first = column.model.card(0) if column is not None else None
            return self.move(drag, order[target], first.id if first else None)  # at the top
        return self._reorder(drag, dy)

    def _reorder(self, drag: DealDrag, dy: int) -> bool:
        column = self.page.board_view.column(drag.stage_id)
        if column is None or self.page.is_list_mode() or not dy:
            return False
        model = column.model
        row = model.row_of(drag.deal_id)
        if row < 0 or (dy < 0 and row == 0) or (dy > 0 and row >= model.rowCount() - 1):
            return False
        neighbour = model.card(row - 1) if dy < 0 else model.card(row + 2)
        return self.move(drag, drag.stage_id, neighbour.id if neighbour else None)

    def _card(self, deal_id: str) -> DealCard | None:
        page = self.page
        if page.is_list_mode():
            table = page.table.deals
            return next(
                (
                    c
                    for c in (table.card(r) for r in range(table.rowCount()))
                    if c and c.id == deal_id
                ),
                None,
            )
        column = page.board_view.column_of(deal_id)
        return column.card(deal_id) if column is not None else None

    # ----- closing -------------------------------------------------------------------------
    def close(self, deal_id: str, status: str) -> bool:
        """Mark the deal won, or lost (asking why first)."""
        page = self.page
        crm = page.ctx.crm
        if status == "lost":
            reason = page.ask_lost_reason(page, crm.pipelines.lost_reasons())
            if not reason:
                return False

            def action() -> Change:
                return crm.deals.mark_lost(deal_id, reason)
        else:

            def action() -> Change:
                return crm.deals.mark_won(deal_id)

        if page.ctx.apply(action, page, on_error=self.refused) is None:
            return False
        page.zones.add_closed(status)
        if not page.is_list_mode() and page.board_view.remove_local(deal_id):
            page.reload_later(RECONCILE_MS)
        return True

    def reopen(self, deal_id: str) -> bool:
        deals = self.page.ctx.crm.deals
        return (
            self.page.ctx.apply(lambda: deals.reopen(deal_id), self.page, self.refused) is not None
        )

    def new_deal(self) -> None:
        from desktop_crm.ui.cards.new_deal_dialog import open_new_deal

        dialog = open_new_deal(self.page.ctx, self.page, open_card=False)
        index = dialog.pipeline_combo.findData(self.page.pipeline_id())
        if index >= 0:
            dialog.pipeline_combo.setCurrentIndex(index)
        dialog.sig_created.connect(self._on_deal_created)

    def _on_deal_created(self, deal_id: str) -> None:
        self.page.reload()
        self.page.select_deal(deal_id)

    # ----- refusals and the context menu ------------------------------------------------------
    def refused(self, exc: CrmError) -> None:
        """Tell why; when the deal changed elsewhere, show the board as it is now."""
        text = deal_error_text(exc)
        if isinstance(exc, ConflictError | NotFoundError):
            self.page.reload_later()  # after the drag that brought it has ended
        self.page.sig_refused.emit(text)
        self.page.show_message(text)

    def context_menu(self, deal_id: str, at: QPoint) -> None:
        page = self.page
        rtl = page.layoutDirection() == Qt.LayoutDirection.RightToLeft
        back, forward = ("Right", "Left") if rtl else ("Left", "Right")
        menu = QMenu(page)
        menu.addAction(self.tr("Open"), lambda: page.ctx.open_record("deal", deal_id))
        menu.addSeparator()
        entries = (
            (self.tr("Move to the previous stage"), back, (-1 if not rtl else 1, 0)),
            (self.tr("Move to the next stage"), forward, (1 if not rtl else -1, 0)),
            (self.tr("Move up"), "Up", (0, -1)),
            (self.tr("Move down"), "Down", (0, 1)),
        )
        for text, key, (dx, dy) in entries:
            if dy and page.is_list_mode():
                continue
            action = menu.addAction(text, partial(self.key_move, deal_id, dx, dy))
            action.setShortcut(QKeySequence(f"Ctrl+Shift+{key}"))
        menu.addSeparator()
        menu.addAction(self.tr("Won"), lambda: self.close(deal_id, "won"))
        menu.addAction(self.tr("Lost…"), lambda: self.close(deal_id, "lost"))
        menu.exec(at)
        menu.deleteLater()
