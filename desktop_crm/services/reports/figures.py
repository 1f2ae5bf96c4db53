"""A report's chart as a matplotlib ``Figure``, built without ``pyplot``.

``build_figure`` makes a plain ``Figure`` (matplotlib's "embedding in Qt" way): the UI wraps it
in a ``FigureCanvasQTAgg``; files are written through ``FigureCanvasAgg`` (see ``export.py``).
Nothing global is touched: fonts are set per text, never in ``rcParams``. This module imports
matplotlib, so it is itself imported only when a report is first drawn.

- ``labels`` maps the English texts of the data (title, categories, series names, the "no
  data" message …) to what is shown; a text it lacks is shown as it is (the command line
  passes none). ``number_format(value, kind)`` writes the numbers on axes and bars (the UI
  passes a ``QLocale``-based one, so a Persian user reads Persian digits).
- ``rtl=True`` mirrors the layout: the value axis on the right, categories read from right to
  left (bars, lines), horizontal bars growing leftwards, the legend on the left.
- Every string goes through ``text.shape`` (Arabic-script shaping where matplotlib lacks it)
  and is drawn in ``text.font_families()`` (faces with Persian and Thai glyphs).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from desktop_crm.domain.reports import Chart, ChartKind, ReportData, ValueKind
from desktop_crm.services.reports import text

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

NumberFormat = Callable[[float, ValueKind], str]

#: English texts a figure may show besides the data's own (keys of ``labels``)
NO_DATA = "No data for this range"
NO_CHART = "This report has no chart"
NO_TARGET = "No target"
ON_TRACK = "On track"
BEHIND = "Behind"
TARGET = "Target"
EXPECTED = "Expected by today"
FIGURE_TEXTS = (NO_DATA, NO_CHART, NO_TARGET, ON_TRACK, BEHIND, TARGET, EXPECTED)

#: the series key a PROGRESS chart may carry besides the actual values: where the pace says
#: each goal should be today (a goal is on track when its actual reaches it)
EXPECTED_KEY = "expected"
#: the series key a FUNNEL chart may carry: conversion (0–100) from the stage before
CONVERSION_KEY = "conversion"

PALETTE = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
)
ON_TRACK_COLOR = "#2e7d32"
BEHIND_COLOR = "#ef6c00"
MUTED = "#616161"
TITLE_SIZE = 13
TEXT_SIZE = 9
SMALL_SIZE = 8


def plain_number(value: float, kind: ValueKind) -> str:
    """The default number format: ``1,234``, ``1,234.5``, ``42%``, ``12.5``."""
    if kind is ValueKind.PERCENT:
        return f"{value:.0f}%" if float(value).is_integer() else f"{value:.1f}%"
    if kind is ValueKind.INT or float(value).is_integer():
        return f"{value:,.0f}"
    if kind is ValueKind.MONEY:
        return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:,.2f}"
    return f"{value:,.1f}"


@dataclass(frozen=True)
class Style:
    """How texts and numbers look in one figure."""

    labels: Mapping[str, str]
    rtl: bool
    number_format: NumberFormat
    families: tuple[str, ...]

    def text(self, key: str) -> str:
        """``key`` translated (when ``labels`` has it) and shaped for drawing."""
        return text.shape(self.labels.get(key, key), rtl_base=self.rtl)

    def number(self, value: float, kind: ValueKind) -> str:
        return text.shape(self.number_format(value, kind), rtl_base=self.rtl)

    @property
    def font(self) -> dict[str, Any]:
        return {"fontfamily": list(self.families)}


def build_figure(
    data: ReportData,
    *,
    labels: Mapping[str, str] | None = None,
    rtl: bool = False,
    number_format: NumberFormat | None = None,
    size: tuple[float, float] = (8, 4.5),
    dpi: float = 100,
    subtitle: str | None = None,
) -> Figure:
    """The chart of ``data`` (or a figure saying there is no data); ``subtitle`` (e.g. the
    date range, already formatted) is shown above the plot."""
    from matplotlib.figure import Figure

    from desktop_crm.services.reports import figure_kinds

    style = Style(labels or {}, rtl, number_format or plain_number, text.font_families())
    fig = Figure(figsize=size, dpi=dpi, layout="constrained")
    fig.suptitle(style.text(data.title), fontsize=TITLE_SIZE, **style.font)
    chart = data.chart
    if data.empty or chart is None or not has_values(chart):
        message = NO_DATA if data.empty or chart is not None else NO_CHART
        show_message(fig, style.text(message), style)
        return fig
    ax = fig.add_subplot()
    figure_kinds.DRAW[chart.kind](fig, ax, chart, style)
    if subtitle:
        ax.set_title(
            style.text(subtitle),
            loc="right" if rtl else "left",
            fontsize=SMALL_SIZE,
            color=MUTED,
            **style.font,
        )
    if chart.value_kind is ValueKind.MONEY and chart.kind in _MONEY_AXIS:
        axis = ax.xaxis if chart.kind is ChartKind.BARH else ax.yaxis
        axis.set_label_text(style.text(data.currency), fontsize=TEXT_SIZE, **style.font)
    return fig


#: charts whose value axis is labelled with the currency when they show money
_MONEY_AXIS = (ChartKind.BAR, ChartKind.BARH, ChartKind.STACKED_BAR, ChartKind.LINE)


def has_values(chart: Chart) -> bool:
    """True when the chart has a number to draw (zeros count; only None is no value)."""
    return any(v is not None for s in chart.series for v in s.values) or any(
        t is not None for t in chart.targets
    )


def show_message(fig: Figure, message: str, style: Style) -> None:
    fig.text(
        0.5,
        0.5,
        message,
        ha="center",
        va="center",
        fontsize=TITLE_SIZE - 1,
        color=MUTED,
        **style.font,
    )


def values_of(values: tuple[float | None, ...], n: int) -> list[float]:
    """``n`` numbers, None as 0 (a bar of no height)."""
    out = [float(v) if v is not None else 0.0 for v in values[:n]]
    return out + [0.0] * (n - len(out))


def positions(n: int, rtl: bool) -> list[float]:
    """Where categories 0..n-1 sit on a horizontal category axis (right to left when rtl)."""
    return [float(n - 1 - i) if rtl else float(i) for i in range(n)]


def category_axis(ax: Axes, where: list[float], names: list[str], style: Style) -> None:
    """Category names under the bars (or lines), slanted when long or many, thinned past 16."""
    step = max(1, math.ceil(len(names) / 16))
    shown = [name if i % step == 0 else "" for i, name in enumerate(names)]
    ax.set_xticks(where, labels=shown)
    if len(names) > 6 or max((len(n) for n in names), default=0) > 12:
        for label in ax.get_xticklabels():
            label.set_rotation(-30 if style.rtl else 30)
            label.set_horizontalalignment("left" if style.rtl else "right")
            label.set_rotation_mode("anchor")
    ax.set_xlim(min(where, default=0) - 0.6, max(where, default=0) + 0.6)


def value_axis(ax: Axes, axis: Literal["x", "y"], kind: ValueKind, style: Style) -> None:
    """Numbers of the value axis through ``number_format``; on the right when rtl."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    target = ax.yaxis if axis == "y" else ax.xaxis
    target.set_major_formatter(FuncFormatter(lambda v, _pos: style.number(v, kind)))
    target.set_major_locator(MaxNLocator(nbins=6, integer=kind is ValueKind.INT))
    ax.grid(axis=axis, alpha=0.3)
    ax.set_axisbelow(True)
    ax.spines["top"].set_visible(False)
    if style.rtl:
        ax.yaxis.tick_right()
        ax.yaxis.set_label_position("right")
        ax.spines["left"].set_visible(False)
    else:
        ax.spines["right"].set_visible(False)


def fonts(ax: Axes, style: Style) -> None:
    ax.tick_params(axis="both", labelfontfamily=list(style.families), labelsize=TEXT_SIZE)


def legend(fig: Figure, ax: Axes, style: Style) -> None:
    """The legend beside the plot: on the right, or on the left in a right-to-left layout."""
    handles, names = ax.get_legend_handles_labels()
    if len(handles) < 2:
        return
    fig.legend(
        handles,
        names,
        loc="outside left upper" if style.rtl else "outside right upper",
        frameon=False,
        prop={"family": list(style.families), "size": TEXT_SIZE},
        alignment="right" if style.rtl else "left",
        markerfirst=not style.rtl,
    )


def color(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


__all__ = [
    "CONVERSION_KEY",
    "EXPECTED_KEY",
    "FIGURE_TEXTS",
    "NO_CHART",
    "NO_DATA",
    "NumberFormat",
    "Style",
    "build_figure",
    "has_values",
    "plain_number",
]
