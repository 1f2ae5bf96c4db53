"""One drawing per ``ChartKind`` (see ``figures.py`` for the conventions they share).

- BAR: grouped vertical bars, one group per category, one bar per series, values on the bars.
- BARH: the same, horizontal (categories read top to bottom).
- STACKED_BAR: the series stacked per category, the total on top.
- LINE: one line per series over the categories (periods).
- FUNNEL: the first series as centred bars narrowing stage by stage, each with its count and
  the conversion from the stage before (the ``conversion`` series when given, else computed).
- PIE: the first series' share per category, the legend naming them.
- PROGRESS: per category (a goal) the actual as a share of its target, a marker at the target
  (100 %) and, when the ``expected`` series is given, at where the pace says it should be; the
  bar is green when on track (actual ≥ expected, or ≥ target without a pace), else orange.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_crm.domain.reports import Chart, ChartKind, Series, ValueKind
from desktop_crm.services.reports.figures import (
    BEHIND_COLOR,
    CONVERSION_KEY,
    EXPECTED,
    EXPECTED_KEY,
    MUTED,
    NO_TARGET,
    ON_TRACK_COLOR,
    SMALL_SIZE,
    TARGET,
    TEXT_SIZE,
    Style,
    category_axis,
    color,
    fonts,
    legend,
    positions,
    value_axis,
    values_of,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

Draw = Callable[["Figure", "Axes", Chart, Style], None]
#: past this many bars the values are not written on them
MAX_BAR_LABELS = 36


def _names(chart: Chart, style: Style) -> list[str]:
    return [style.text(c) for c in chart.categories]


def _number_labels(
    values: tuple[float | None, ...], n: int, chart: Chart, style: Style
) -> list[str]:
    padded = list(values[:n]) + [None] * (n - len(values[:n]))
    return ["" if v is None else style.number(float(v), chart.value_kind) for v in padded]


def draw_bar(fig: Figure, ax: Axes, chart: Chart, style: Style) -> None:
    n, series = len(chart.categories), chart.series
    width = 0.8 / max(1, len(series))
    where = positions(n, style.rtl)
    label_bars = n * len(series) <= MAX_BAR_LABELS
    for j, s in enumerate(series):
        offset = (j - (len(series) - 1) / 2) * width * (-1 if style.rtl else 1)
        bars = ax.bar(
            [x + offset for x in where],
            values_of(s.values, n),
            width,
            label=style.text(s.name),
            color=color(j),
        )
        if label_bars:
            ax.bar_label(
                bars,
                labels=_number_labels(s.values, n, chart, style),
                padding=2,
                fontsize=SMALL_SIZE,
                **style.font,
            )
    category_axis(ax, where, _names(chart, style), style)
    value_axis(ax, "y", chart.value_kind, style)
    ax.margins(y=0.12)
    fonts(ax, style)
    legend(fig, ax, style)


def draw_barh(fig: Figure, ax: Axes, chart: Chart, style: Style) -> None:
    n, series = len(chart.categories), chart.series
    height = 0.8 / max(1, len(series))
    label_bars = n * len(series) <= MAX_BAR_LABELS
    for j, s in enumerate(series):
        offset = (j - (len(series) - 1) / 2) * height
        bars = ax.barh(
            [i + offset for i in range(n)],
            values_of(s.values, n),
            height,
            label=style.text(s.name),
            color=color(j),
        )
        if label_bars:
            ax.bar_label(
                bars,
                labels=_number_labels(s.values, n, chart, style),
                padding=3,
                fontsize=SMALL_SIZE,
                **style.font,
            )
    ax.set_yticks(range(n), labels=_names(chart, style))
    ax.invert_yaxis()  # the first category on top
    value_axis(ax, "x", chart.value_kind, style)
    ax.margins(x=0.15)
    if style.rtl:
        ax.invert_xaxis()  # bars grow from the right
    fonts(ax, style)
    legend(fig, ax, style)


def draw_stacked_bar(fig: Figure, ax: Axes, chart: Chart, style: Style) -> None:
    n = len(chart.categories)
    where = positions(n, style.rtl)
    bottom = [0.0] * n
    bars = None
    for j, s in enumerate(chart.series):
        heights = values_of(s.values, n)
        bars = ax.bar(where, heights, 0.7, bottom=bottom, label=style.text(s.name), color=color(j))
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    if bars is not None and n <= MAX_BAR_LABELS:
        totals = tuple(float(t) for t in bottom)
        ax.bar_label(
            bars,
            labels=_number_labels(totals, n, chart, style),
            padding=2,
            fontsize=SMALL_SIZE,
            **style.font,
        )
    category_axis(ax, where, _names(chart, style), style)
    value_axis(ax, "y", chart.value_kind, style)
    ax.margins(y=0.12)
    fonts(ax, style)
    legend(fig, ax, style)


def draw_line(fig: Figure, ax: Axes, chart: Chart, style: Style) -> None:
    n = len(chart.categories)
    where = positions(n, style.rtl)
    for j, s in enumerate(chart.series):
        ys = [float("nan") if v is None else float(v) for v in s.values[:n]]
        ax.plot(
            where[: len(ys)],
            ys,
            marker="o",
            markersize=4,
            linewidth=2,
            label=style.text(s.name),
            color=color(j),
        )
    category_axis(ax, where, _names(chart, style), style)
    value_axis(ax, "y", chart.value_kind, style)
    ax.set_ylim(bottom=min(0.0, ax.get_ylim()[0]))
    fonts(ax, style)
    legend(fig, ax, style)


def _main_series(chart: Chart, skip: str) -> Series:
    return next((s for s in chart.series if s.key != skip), chart.series[0])


def _conversions(chart: Chart, values: list[float]) -> list[float | None]:
    given = next((s for s in chart.series if s.key == CONVERSION_KEY), None)
    if given is not None:
        out = [None if v is None else float(v) for v in given.values[: len(values)]]
        return out + [None] * (len(values) - len(out))
    rates: list[float | None] = [None]
    for before, after in itertools.pairwise(values):
        rates.append(after / before * 100 if before > 0 else None)
    return rates


def draw_funnel(fig: Figure, ax: Axes, chart: Chart, style: Style) -> None:
    n = len(chart.categories)
    values = values_of(_main_series(chart, CONVERSION_KEY).values, n)
    widest = max(values, default=0.0) or 1.0
    lefts = [(widest - v) / 2 for v in values]
    shades = [color(0)] * n
    ax.barh(range(n), values, 0.8, left=lefts, color=shades, alpha=0.9)
    for i, (v, rate) in enumerate(zip(values, _conversions(chart, values), strict=True)):
        text = style.number(v, chart.value_kind)
        inside = v / widest >= 0.25
        ax.text(
            widest / 2 if inside else (widest + v) / 2 + widest * 0.02,
            i,
            text,
            ha="center" if inside else ("right" if style.rtl else "left"),
            va="center",
            color="white" if inside else "black",
            fontsize=TEXT_SIZE,
            fontweight="bold",
            **style.font,
        )
        if rate is not None:
            ax.text(
                widest * 1.02,
                i - 0.5,
                "↓ " + style.number(rate, ValueKind.PERCENT),
                ha="right" if style.rtl else "left",
                va="center",
                color=MUTED,
                fontsize=SMALL_SIZE,
                **style.font,
            )
    ax.set_yticks(range(n), labels=_names(chart, style))
    ax.set_xlim(-widest * 0.02, widest * 1.18)
    ax.invert_yaxis()
    ax.xaxis.set_visible(False)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.tick_params(axis="y", length=0)
    if style.rtl:
        ax.invert_xaxis()
        ax.yaxis.tick_right()
    fonts(ax, style)


def draw_pie(fig: Figure, ax: Axes, chart: Chart, style: Style) -> None:
    series = chart.series[0]
    pairs = [
        (name, float(v))
        for name, v in zip(chart.categories, series.values, strict=False)
        if v is not None and v > 0
    ]
    if not pairs:
        return

    def percent(pct: float) -> str:
        return style.number(pct, ValueKind.PERCENT) if pct >= 3 else ""

    wedges, _texts, _autotexts = ax.pie(
        [v for _name, v in pairs],
        colors=[color(i) for i in range(len(pairs))],
        startangle=90,
        counterclock=style.rtl,
        autopct=percent,
        pctdistance=0.75,
        wedgeprops={"linewidth": 1, "edgecolor": "white"},
        textprops={"fontsize": SMALL_SIZE, "color": "white", **style.font},
    )
    ax.set_aspect("equal")
    names = [
        f"{style.text(name)}  {style.number(v, chart.value_kind)}"
        if not style.rtl
        else f"{style.number(v, chart.value_kind)}  {style.text(name)}"
        for name, v in pairs
    ]
    if len(pairs) > 1:
        ax.legend(
            wedges,
            names,
            loc="center right" if style.rtl else "center left",
            bbox_to_anchor=(-0.05, 0.5) if style.rtl else (1.05, 0.5),
            frameon=False,
            prop={"family": list(style.families), "size": TEXT_SIZE},
            alignment="right" if style.rtl else "left",
            markerfirst=not style.rtl,
        )


def _progress_parts(chart: Chart) -> tuple[Series, Series | None]:
    actual = _main_series(chart, EXPECTED_KEY)
    expected = next((s for s in chart.series if s.key == EXPECTED_KEY), None)
    return actual, expected


def _progress_label(
    actual: float, target: float | None, share: float, chart: Chart, style: Style
) -> str:
    shown = style.number(actual, chart.value_kind)
    if not target:
        return f"{shown} · {style.text(NO_TARGET)}"
    goal = style.number(target, chart.value_kind)
    return f"{shown} / {goal}  ({style.number(share, ValueKind.PERCENT)})"


def draw_progress(fig: Figure, ax: Axes, chart: Chart, style: Style) -> None:
    from matplotlib.ticker import FixedLocator

    n = len(chart.categories)
    actual_series, expected_series = _progress_parts(chart)
    actual = values_of(actual_series.values, n)
    expected = list(expected_series.values[:n]) if expected_series else []
    expected += [None] * (n - len(expected))
    targets = list(chart.targets[:n]) + [None] * (n - len(chart.targets[:n]))
    shares = [actual[i] / t * 100 if (t := targets[i]) else 0.0 for i in range(n)]
    for i, (target, share) in enumerate(zip(targets, shares, strict=True)):
        if target:
            pace = expected[i]
            on_track = actual[i] >= (target if pace is None else pace)
            ax.barh(i, 100, 0.6, color="#eeeeee")
            ax.barh(i, min(share, 150), 0.6, color=ON_TRACK_COLOR if on_track else BEHIND_COLOR)
            if pace is not None:
                x = float(pace) / target * 100
                ax.plot([x, x], [i - 0.38, i + 0.38], color=MUTED, linewidth=1.5, linestyle="--")
        ax.text(
            max(100.0, min(share, 150.0)) + 3 if target else 1,
            i,
            _progress_label(actual[i], target, share, chart, style),
            ha="right" if style.rtl else "left",
            va="center",
            fontsize=SMALL_SIZE,
            **style.font,
        )
    ax.axvline(100, color="black", linewidth=1.5, label=style.text(TARGET))
    if expected_series is not None:
        ax.plot([], [], color=MUTED, linestyle="--", label=style.text(EXPECTED))
    ax.set_yticks(range(n), labels=_names(chart, style))
    ax.set_ylim(n - 0.5, -0.5)  # the first goal on top, a row for each even without a bar
    value_axis(ax, "x", ValueKind.PERCENT, style)
    widest = min(max(shares, default=0.0), 150.0)
    ax.xaxis.set_major_locator(FixedLocator([0, 25, 50, 75, 100] + ([150] if widest > 125 else [])))
    ax.set_xlim(0, max(100.0, widest) + 60)
    if style.rtl:
        ax.invert_xaxis()
    fonts(ax, style)
    legend(fig, ax, style)


DRAW: dict[ChartKind, Draw] = {
    ChartKind.BAR: draw_bar,
    ChartKind.BARH: draw_barh,
    ChartKind.STACKED_BAR: draw_stacked_bar,
    ChartKind.LINE: draw_line,
    ChartKind.FUNNEL: draw_funnel,
    ChartKind.PIE: draw_pie,
    ChartKind.PROGRESS: draw_progress,
}

__all__ = ["DRAW"]
