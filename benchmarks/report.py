"""Printing figures: one line each, ``name.figure: value unit (target ...)``. Never fails."""

from __future__ import annotations

import math
import statistics
import sys
from collections.abc import Sequence


def figure(
    name: str,
    value: float | str,
    unit: str = "",
    target: str | None = None,
    context: str | None = None,
) -> None:
    """Print one figure with its target (``(target ≤ 25 ms)``) or other context (``(...)``)."""
    text = value if isinstance(value, str) else _number(value)
    line = f"{name}: {text}{' ' + unit if unit else ''}"
    extra = "; ".join(p for p in (f"target {target}" if target else None, context) if p)
    if extra:
        line += f" ({extra})"
    print(line, flush=True)


def note(text: str) -> None:
    """A line of context (not a figure), prefixed so that it is easy to filter out."""
    print(f"# {text}", file=sys.stdout, flush=True)


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of ``values``; NaN when empty."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan


def _number(value: float) -> str:
    if math.isnan(value):
        return "n/a"
    if isinstance(value, int) or abs(value) >= 1000:
        return str(round(value))
    return f"{value:.1f}" if abs(value) >= 10 else f"{value:.2f}"
