"""Report figures: for every chart kind, the artists carry the data (bar heights, line points,
wedges, funnel widths, progress colours), labels are the translated texts, numbers go through
the given format, right-to-left mirrors the layout, and Persian and Thai draw without a
missing glyph (matplotlib warns, and warnings are errors here)."""

from __future__ import annotations

import math
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from bidi import get_display
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgba
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle, Wedge

from desktop_crm.domain.reports import (
    Chart,
    ChartKind,
    Column,
    ReportData,
    ReportFilter,
    Series,
    ValueKind,
)
from desktop_crm.services.reports import figures, text
from desktop_crm.services.reports.figures import NO_CHART, NO_DATA, build_figure, plain_number

ROOT = Path(__file__).resolve().parents[3]
RANGE = ReportFilter(date(2026, 1, 1), date(2026, 3, 31))
FA = {
    "Deals won": "معاملات برنده",
    "Ana": "آنا",
    "Bob": "باب",
    "Chen": "چن",
    "Count": "تعداد",
    "Value": "ارزش",
    "No data for this range": "داده‌ای در این بازه نیست",
}


def report(
    kind: ChartKind,
    categories: tuple[str, ...],
    series: tuple[Series, ...],
    *,
    value_kind: ValueKind = ValueKind.INT,
    targets: tuple[float | None, ...] = (),
    title: str = "Deals won",
) -> ReportData:
    columns = (Column("name", "Name"), *(Column(s.key, s.name, value_kind) for s in series))
    rows = tuple(
        (c, *(s.values[i] if i < len(s.values) else None for s in series))
        for i, c in enumerate(categories)
    )
    chart = Chart(kind, categories, series, value_kind, targets)
    return ReportData(kind.value, title, RANGE, columns, rows, chart, "EUR")


PEOPLE = ("Ana", "Bob", "Chen")
TWO_SERIES = (Series("count", "Count", (5, 3, None)), Series("value", "Value", (12, 8, 4)))
SAMPLES: dict[ChartKind, ReportData] = {
    ChartKind.BAR: report(ChartKind.BAR, PEOPLE, TWO_SERIES),
    ChartKind.BARH: report(ChartKind.BARH, PEOPLE, TWO_SERIES),
    ChartKind.STACKED_BAR: report(ChartKind.STACKED_BAR, PEOPLE, TWO_SERIES),
    ChartKind.LINE: report(
        ChartKind.LINE,
        ("2026-01-01", "2026-02-01", "2026-03-01"),
        (Series("team", "Team", (1000.0, None, 4000.5)),),
        value_kind=ValueKind.MONEY,
    ),
    ChartKind.FUNNEL: report(
        ChartKind.FUNNEL,
        ("Lead in", "Qualified", "Won"),
        (Series("team", "Team", (100, 60, 15)), Series("u1", "Ana", (50, 30, 10))),
    ),
    ChartKind.PIE: report(
        ChartKind.PIE, ("web", "fair", "referral"), (Series("n", "Leads", (6, 3, 1)),)
    ),
    ChartKind.PROGRESS: report(
        ChartKind.PROGRESS,
        ("New leads", "Deals won", "Activities"),
        (Series("actual", "Actual", (12, 3, 80)), Series("expected", "Expected", (10, 5, None))),
        targets=(20, 10, None),
    ),
}


def drawn(fig: Figure) -> Figure:
    FigureCanvasAgg(fig).draw()
    return fig


def tick_texts(labels: list) -> list[str]:
    return [label.get_text() for label in labels]


# ----- every kind ----------------------------------------------------------------------------
@pytest.mark.parametrize("kind", list(ChartKind))
@pytest.mark.parametrize("rtl", [False, True])
def test_every_kind_draws_with_its_title_and_no_missing_glyph(kind: ChartKind, rtl: bool) -> None:
    fig = drawn(build_figure(SAMPLES[kind], labels=FA, rtl=rtl, size=(6, 4), dpi=72))

    assert fig.get_suptitle() == text.shape(FA["Deals won"], rtl_base=rtl)
    assert len(fig.axes) == 1
    assert SAMPLES[kind].chart is not None and figures.has_values(SAMPLES[kind].chart)


def test_no_pyplot_and_no_global_font_state() -> None:
    import matplotlib

    before = dict(matplotlib.rcParams)
    drawn(build_figure(SAMPLES[ChartKind.BAR], labels=FA, rtl=True))
    assert dict(matplotlib.rcParams) == before
    script = (
        "import sys\n"
        "from tests.services.reports.test_figures import SAMPLES, drawn, build_figure\n"
        "for data in SAMPLES.values():\n"
        "    drawn(build_figure(data))\n"
        "assert 'matplotlib.pyplot' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=ROOT)


# ----- bars ----------------------------------------------------------------------------------
def test_bar_heights_are_the_values_and_labels_the_translated_names() -> None:
    fig = drawn(build_figure(SAMPLES[ChartKind.BAR], labels=FA))
    ax = fig.axes[0]
    bars = [c for c in ax.containers if isinstance(c, BarContainer)]

    assert [[p.get_height() for p in c.patches] for c in bars] == [[5, 3, 0], [12, 8, 4]]
    assert tick_texts(ax.get_xticklabels()) == [FA["Ana"], FA["Bob"], FA["Chen"]]
    assert [t.get_text() for t in fig.legends[0].get_texts()] == [FA["Count"], FA["Value"]]
    # values written on the bars; nothing on the missing one
    written = [t.get_text() for t in ax.texts]
    assert written == ["5", "3", "", "12", "8", "4"]
    assert ax.yaxis.get_ticks_position() == "left"


def test_bar_numbers_go_through_the_number_format() -> None:
    def persian(value: float, kind: ValueKind) -> str:
        return plain_number(value, kind).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))

    fig = drawn(build_figure(SAMPLES[ChartKind.BAR], number_format=persian))
    ax = fig.axes[0]

    assert [t.get_text() for t in ax.texts][:2] == ["۵", "۳"]
    assert {label.get_text() for label in ax.get_yticklabels()} >= {"۰", "۳", "۶"}


def test_right_to_left_bars_mirror_the_layout() -> None:
    fig = drawn(build_figure(SAMPLES[ChartKind.BAR], labels=FA, rtl=True))
    ax = fig.axes[0]
    first = next(c for c in ax.containers if isinstance(c, BarContainer))
    xs = [p.get_x() + p.get_width() / 2 for p in first.patches]

    assert xs[0] > xs[1] > xs[2]  # the first category on the right
    assert ax.yaxis.get_ticks_position() == "right"
    shown = sorted(ax.get_xticklabels(), key=lambda label: -label.get_position()[0])
    assert [label.get_text() for label in shown] == [
        text.shape(FA[name], rtl_base=True) for name in PEOPLE
    ]
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    legend_box = fig.legends[0].get_window_extent(renderer)
    assert legend_box.x1 <= ax.get_window_extent(renderer).x0  # the legend on the left


def test_horizontal_bars_widths_and_right_to_left() -> None:
    ax = drawn(build_figure(SAMPLES[ChartKind.BARH])).axes[0]
    bars = [c for c in ax.containers if isinstance(c, BarContainer)]
    assert [[p.get_width() for p in c.patches] for c in bars] == [[5, 3, 0], [12, 8, 4]]
    assert tick_texts(ax.get_yticklabels()) == list(PEOPLE)
    assert ax.yaxis_inverted() and not ax.xaxis_inverted()

    rtl = drawn(build_figure(SAMPLES[ChartKind.BARH], rtl=True)).axes[0]
    assert rtl.xaxis_inverted()  # bars grow from the right
    assert rtl.yaxis.get_ticks_position() == "right"


def test_stacked_bars_sit_on_each_other_with_the_total_on_top() -> None:
    ax = drawn(build_figure(SAMPLES[ChartKind.STACKED_BAR])).axes[0]
    lower, upper = (c for c in ax.containers if isinstance(c, BarContainer))

    assert [p.get_height() for p in lower.patches] == [5, 3, 0]
    assert [p.get_y() for p in upper.patches] == [5, 3, 0]
    assert [p.get_height() for p in upper.patches] == [12, 8, 4]
    assert [t.get_text() for t in ax.texts] == ["17", "11", "4"]


def test_line_points_are_the_values_with_a_gap_for_none() -> None:
    fig = drawn(build_figure(SAMPLES[ChartKind.LINE], labels={"2026-01-01": "Jan"}))
    ax = fig.axes[0]
    (line,) = [ln for ln in ax.get_lines() if isinstance(ln, Line2D)]
    ys = list(line.get_ydata())

    assert ys[0] == 1000.0 and math.isnan(ys[1]) and ys[2] == 4000.5
    assert tick_texts(ax.get_xticklabels()) == ["Jan", "2026-02-01", "2026-03-01"]
    assert ax.get_ylabel() == "EUR"  # money: the currency names the axis
    rtl = drawn(build_figure(SAMPLES[ChartKind.LINE], rtl=True)).axes[0]
    (rtl_line,) = rtl.get_lines()
    assert list(rtl_line.get_xdata()) == [2.0, 1.0, 0.0]


# ----- funnel, pie, progress ---------------------------------------------------------------
def test_funnel_draws_the_team_series_centred_with_conversions() -> None:
    ax = drawn(build_figure(SAMPLES[ChartKind.FUNNEL])).axes[0]
    bars = [p for p in ax.patches if isinstance(p, Rectangle)]

    assert [b.get_width() for b in bars] == [100, 60, 15]
    centres = {round(b.get_x() + b.get_width() / 2, 6) for b in bars}
    assert centres == {50.0}
    written = [t.get_text() for t in ax.texts]
    assert "100" in written and "15" in written
    assert "↓ 60%" in written and "↓ 25%" in written
    assert tick_texts(ax.get_yticklabels()) == ["Lead in", "Qualified", "Won"]


def test_pie_wedges_are_the_shares_and_the_legend_names_them() -> None:
    ax = drawn(build_figure(SAMPLES[ChartKind.PIE], labels={"web": "Web form"})).axes[0]
    wedges = [p for p in ax.patches if isinstance(p, Wedge)]
    spans = [round((w.theta2 - w.theta1) % 360, 6) for w in wedges]

    assert spans == [216.0, 108.0, 36.0]  # 6 : 3 : 1 of 360°
    legend = ax.get_legend()
    assert [t.get_text() for t in legend.get_texts()] == ["Web form  6", "fair  3", "referral  1"]


def test_progress_colours_targets_and_pace() -> None:
    ax = drawn(build_figure(SAMPLES[ChartKind.PROGRESS])).axes[0]
    background = to_rgba("#eeeeee")
    bars = [p for p in ax.patches if isinstance(p, Rectangle)]
    coloured = {
        round(p.get_width(), 6): p.get_facecolor() for p in bars if p.get_facecolor() != background
    }

    assert len(bars) == 4  # the two goals with a target: their 100 % and their actual
    assert coloured[60.0] == to_rgba(figures.ON_TRACK_COLOR)  # 12 of 20, pace 10: on track
    assert coloured[30.0] == to_rgba(figures.BEHIND_COLOR)  # 3 of 10, pace 5: behind
    target_lines = [ln for ln in ax.get_lines() if list(ln.get_xdata()) == [100, 100]]
    assert target_lines, "a marker at the target"
    pace_lines = [ln for ln in ax.get_lines() if ln.get_linestyle() == "--" and len(ln.get_xdata())]
    assert sorted(ln.get_xdata()[0] for ln in pace_lines) == [50.0, 50.0]
    written = [t.get_text() for t in ax.texts]
    assert "12 / 20  (60%)" in written
    assert "80 · No target" in written


# ----- empty, no chart ----------------------------------------------------------------------
def test_a_report_without_rows_says_so_in_the_users_language() -> None:
    empty = ReportData("x", "Deals won", RANGE, (Column("n", "Name"),), (), None, "EUR")
    fig = drawn(build_figure(empty, labels=FA))

    assert fig.axes == []
    assert [t.get_text() for t in fig.texts] == [
        text.shape(FA["Deals won"]),
        text.shape(FA[NO_DATA]),
    ]
    english = drawn(build_figure(empty))
    assert english.texts[-1].get_text() == "No data for this range"


def test_rows_without_a_chart_say_there_is_no_chart() -> None:
    data = ReportData("x", "T", RANGE, (Column("n", "Name"),), (("a",),), None, "EUR")
    assert [t.get_text() for t in drawn(build_figure(data)).texts] == ["T", NO_CHART]


# ----- Persian and Thai text -----------------------------------------------------------------
def test_shape_reshapes_and_reorders_where_matplotlib_cannot() -> None:
    persian = "معاملات برنده ۱۲"
    shaped = text.shape(persian, native=False)

    assert shaped == get_display(text.reshape(persian))
    assert any(0xFB50 <= ord(c) <= 0xFEFF for c in shaped)  # joined presentation forms
    assert shaped != persian
    assert text.shape(persian, native=True) == persian  # libraqm shapes it itself
    assert text.shape("Ana", native=False) == "Ana"
    assert text.shape("12 / 20", rtl_base=True, native=True) == text.RLM + "12 / 20"


def test_persian_labels_pass_through_the_reshaper_without_native_layout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(text, "native_bidi", lambda: False)
    ax = drawn(build_figure(SAMPLES[ChartKind.BAR], labels=FA, rtl=True)).axes[0]
    shown = {label.get_text() for label in ax.get_xticklabels()}

    assert shown == {get_display(text.reshape(FA[name]), base_dir="R") for name in PEOPLE}
    assert all(any(0xFB50 <= ord(c) <= 0xFEFF for c in s) for s in shown)


def test_thai_and_persian_have_fonts_with_their_glyphs() -> None:
    families = text.font_families()
    assert families[-1] == "DejaVu Sans"
    data = report(
        ChartKind.BAR,
        ("ยอดขายรายเดือน", "فروش ماهانه", "Сергей"),
        (Series("n", "ทีม", (1, 2, 3)),),
        title="รายงาน گزارش",
    )
    # a glyph missing from every family would warn ("Glyph … missing"): an error in tests
    FigureCanvasAgg(build_figure(data)).print_png(_Sink())


class _Sink:
    def write(self, data: bytes) -> int:
        return len(data)
