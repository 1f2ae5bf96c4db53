"""Pure geometry of the calendar: overlapping items side by side, snapping, day segments.

No Qt here, so that the rules are tested on their own. Times are the user's local wall-clock
times (naive datetimes) or minutes from a day's midnight.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol, TypeVar

SNAP_MINUTES = 15
DAY_MINUTES = 24 * 60


class Span(Protocol):
    """Anything with a start and an end that compare (datetimes, minutes)."""

    @property
    def start(self) -> Any: ...

    @property
    def end(self) -> Any: ...


S = TypeVar("S", bound=Span)


def layout_columns(items: Iterable[S]) -> list[tuple[S, int, int]]:
    """Overlapping items side by side: ``(item, column, column_count)`` for each item.

    Items that overlap, directly or through a chain of others, form a cluster that shares
    ``column_count`` columns; each item takes the leftmost column free at its start. An item
    that ends exactly when another starts does not overlap it. The result is in order of start
    (longer first on a tie).
    """
    ordered = sorted(items, key=lambda i: (i.start, -_length(i)))
    out: list[tuple[S, int, int]] = []
    cluster: list[tuple[S, int]] = []
    column_ends: list[Any] = []  # per column of the current cluster: when its last item ends
    cluster_end: Any = None
    for item in ordered:
        if cluster and item.start >= cluster_end:
            out.extend((i, col, len(column_ends)) for i, col in cluster)
            cluster, column_ends = [], []
        for col, end in enumerate(column_ends):
            if end <= item.start:
                column_ends[col] = item.end
                break
        else:
            col = len(column_ends)
            column_ends.append(item.end)
        cluster.append((item, col))
        cluster_end = item.end if len(cluster) == 1 else max(cluster_end, item.end)
    out.extend((i, col, len(column_ends)) for i, col in cluster)
    return out


def _length(item: Span) -> Any:
    length = item.end - item.start
    return length.total_seconds() if isinstance(length, timedelta) else length


def snap(minutes: float, step: int = SNAP_MINUTES) -> int:
    """The nearest multiple of ``step``."""
    return round(minutes / step) * step


def snap_down(minutes: float, step: int = SNAP_MINUTES) -> int:
    return int(minutes // step) * step


def snap_up(minutes: float, step: int = SNAP_MINUTES) -> int:
    return -int(-minutes // step) * step


def snap_datetime(moment: datetime, step: int = SNAP_MINUTES) -> datetime:
    """``moment`` rounded to the nearest ``step`` minutes."""
    midnight = datetime.combine(moment.date(), time(0))
    minutes = (moment - midnight).total_seconds() / 60
    return midnight + timedelta(minutes=snap(minutes, step))


@dataclass(frozen=True, slots=True)
class Segment:
    """The part of an item that falls on one day of a time grid, in minutes of that day."""

    item: Any
    day_index: int
    start: int
    end: int
    first: bool  # the item starts on this day
    last: bool  # the item ends on this day


def day_segments(
    starts_ends: Sequence[tuple[Any, datetime, datetime]], first_day: date, days: int
) -> list[Segment]:
    """Cut ``(item, start, end)`` into per-day segments over ``days`` days from ``first_day``
    (an item over midnight shows in both days)."""
    out: list[Segment] = []
    for item, start, end in starts_ends:
        day = max(start.date(), first_day)
        while day < first_day + timedelta(days=days):
            midnight = datetime.combine(day, time(0))
            if end <= midnight:
                break
            seg_start = max(start, midnight)
            seg_end = min(end, midnight + timedelta(days=1))
            out.append(
                Segment(
                    item,
                    (day - first_day).days,
                    int((seg_start - midnight).total_seconds() // 60),
                    int((seg_end - midnight).total_seconds() // 60),
                    first=seg_start == start,
                    last=seg_end == end,
                )
            )
            day += timedelta(days=1)
    return out


__all__ = [
    "DAY_MINUTES",
    "SNAP_MINUTES",
    "Segment",
    "Span",
    "day_segments",
    "layout_columns",
    "snap",
    "snap_datetime",
    "snap_down",
    "snap_up",
]
