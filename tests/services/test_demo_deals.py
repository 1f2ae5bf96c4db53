"""The demo data set fills the pipeline too: open deals in every stage, won and lost ones, and
rates for every currency so that the board's totals leave nothing out."""

from __future__ import annotations

from desktop_crm.services.crm import Crm
from desktop_crm.services.demo import load_demo


def test_demo_fills_the_board_with_totals_in_the_base_currency(crm: Crm) -> None:
    change = load_demo(crm)
    pipeline = crm.pipelines.pipelines()[0]
    board = crm.deals.board(pipeline.id)
    assert all(column.count > 0 for column in board.columns)
    assert all(column.missing_rates == () for column in board.columns)
    assert all(column.total > 0 and column.weighted <= column.total for column in board.columns)
    assert {card.currency for c in board.columns for card in c.deals} >= {"EUR", "USD", "THB"}
    assert crm.deals.closed(pipeline.id, "won") and crm.deals.closed(pipeline.id, "lost")
    deal = board.columns[-1].deals[0]
    assert crm.deals.get(deal.id).history  # how it got to its stage
    crm.undo.push(change)
    crm.undo.undo()
    assert sum(c.count for c in crm.deals.board(pipeline.id).columns) == 0
