"""The calendar's pure geometry: overlapping items side by side, snapping, day segments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from desktop_crm.ui.calendar.layout import (
    day_segments,
    layout_columns,
    snap,
    snap_datetime,
    snap_down,
    snap_up,
)


@dataclass(frozen=True)
class Box:
    name: str
    start: int
    end: int


def columns(*boxes: Box) -> dict[str, tuple[int, int]]:
    return {box.name: (col, count) for box, col, count in layout_columns(boxes)}


def test_items_apart_each_take_the_full_width() -> None:
    assert columns(Box("a", 0, 60), Box("b", 60, 90), Box("c", 120, 150)) == {
        "a": (0, 1),
        "b": (0, 1),  # ends-at-start is not an overlap
        "c": (0, 1),
    }


def test_two_overlapping_items_sit_side_by_side() -> None:
    assert columns(Box("a", 0, 60), Box("b", 30, 90)) == {"a": (0, 2), "b": (1, 2)}


def test_a_chain_of_overlaps_shares_columns_and_reuses_a_free_one() -> None:
    # a overlaps b, b overlaps c, a ends before c: c takes a's column back
    got = columns(Box("a", 0, 60), Box("b", 30, 120), Box("c", 60, 90))
    assert got == {"a": (0, 2), "b": (1, 2), "c": (0, 2)}


def test_three_at_once_need_three_columns_and_a_later_cluster_starts_afresh() -> None:
    got = columns(Box("a", 600, 690), Box("b", 630, 690), Box("c", 660, 690), Box("late", 800, 830))
    assert got == {"a": (0, 3), "b": (1, 3), "c": (2, 3), "late": (0, 1)}


def test_longer_item_first_on_a_tie_and_input_order_does_not_matter() -> None:
    got = columns(Box("short", 0, 30), Box("long", 0, 120))
    assert got == {"long": (0, 2), "short": (1, 2)}
    assert columns(Box("long", 0, 120), Box("short", 0, 30)) == got


def test_works_on_datetimes() -> None:
    @dataclass(frozen=True)
    class Meeting:
        start: datetime
        end: datetime

    a = Meeting(datetime(2026, 11, 23, 10), datetime(2026, 11, 23, 11))
    b = Meeting(datetime(2026, 11, 23, 10, 30), datetime(2026, 11, 23, 11, 30))
    assert [(c, n) for _i, c, n in layout_columns([b, a])] == [(0, 2), (1, 2)]


boxes = st.lists(
    st.tuples(st.integers(0, 1400), st.integers(1, 300)).map(
        lambda t: Box(f"{t[0]}+{t[1]}", t[0], t[0] + t[1])
    ),
    max_size=25,
)


@given(boxes)
def test_overlapping_items_never_share_a_column(items: list[Box]) -> None:
    placed = layout_columns(items)
    assert sorted(id(p[0]) for p in placed) == sorted(id(i) for i in items)
    for _box, col, count in placed:
        assert 0 <= col < count
    for a, col_a, count_a in placed:
        for b, col_b, count_b in placed:
            if a is not b and a.start < b.end and b.start < a.end:
                assert col_a != col_b
                assert count_a == count_b  # same cluster, same width


def test_snapping_to_quarter_hours() -> None:
    assert [snap(m) for m in (0, 7, 8, 22, 23, 59)] == [0, 0, 15, 15, 30, 60]
    assert (snap_down(29.9), snap_up(29.9), snap_up(30)) == (15, 30, 30)
    assert snap_datetime(datetime(2026, 11, 23, 23, 53)) == datetime(2026, 11, 24, 0, 0)


def test_an_item_over_midnight_is_cut_into_one_segment_per_day() -> None:
    start, end = datetime(2026, 11, 23, 22), datetime(2026, 11, 24, 1, 30)
    segments = day_segments([("x", start, end)], date(2026, 11, 23), 7)
    assert [(s.day_index, s.start, s.end, s.first, s.last) for s in segments] == [
        (0, 22 * 60, 24 * 60, True, False),
        (1, 0, 90, False, True),
    ]
    # seen from the second day only
    segments = day_segments([("x", start, end)], date(2026, 11, 24), 1)
    assert [(s.day_index, s.start, s.end) for s in segments] == [(0, 0, 90)]
