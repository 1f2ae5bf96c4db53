"""A report to a file: the chart as PNG, the chart and its table as PDF, the table (real numbers)
and the chart as .xlsx. Written to a temporary file beside the target and renamed at the end,
so a failure never leaves half a file under the user's name.

``labels``, ``rtl`` and ``number_format`` are those of ``figures.build_figure``; ``labels`` also
translates column titles and notes (keyed by their English text). ``date_format`` writes the
dates of the PDF table (default ISO); ``subtitle`` (e.g. the range in the user's calendar) goes
under the title (default: the filter's range in ISO dates).
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.reports import Column, ReportData, ValueKind
from desktop_crm.services.exporting.cells import xlsx_text
from desktop_crm.services.exporting.files import atomic_output
from desktop_crm.services.reports import text
from desktop_crm.services.reports.figures import NumberFormat, build_figure, plain_number

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.table import Table

FORMATS = (".png", ".pdf", ".xlsx")
PAGE = (11.69, 8.27)  # A4 landscape, inches
ROWS_PER_PAGE = 20
ROW_HEIGHT = 0.04  # of the table's area (0.8 of the page)
PNG_DPI = 150
NOTES = "Notes"
DEFINITION = "Definition"
TOTAL = "Total"
EXPORT_TEXTS = (NOTES, DEFINITION, TOTAL)

#: .xlsx number formats per kind (percent cells hold fractions: 42 % is 0.42)
XLSX_FORMATS = {
    ValueKind.INT: "#,##0",
    ValueKind.NUMBER: "#,##0.00",
    ValueKind.MONEY: "#,##0.00",
    ValueKind.PERCENT: "0.0%",
    ValueKind.DAYS: "0.0",
    ValueKind.DATE: "yyyy-mm-dd",
}


@dataclass(frozen=True)
class Options:
    labels: Mapping[str, str]
    rtl: bool
    number_format: NumberFormat
    date_format: Callable[[date], str]
    subtitle: str

    def label(self, key: str) -> str:
        return self.labels.get(key, key)

    def column_title(self, column: Column, currency: str) -> str:
        title = self.label(column.title)
        return f"{title} ({currency})" if column.kind is ValueKind.MONEY and currency else title


def export_report(
    data: ReportData,
    path: str | Path,
    *,
    labels: Mapping[str, str] | None = None,
    rtl: bool = False,
    number_format: NumberFormat | None = None,
    date_format: Callable[[date], str] | None = None,
    subtitle: str | None = None,
) -> Path:
    """Write ``data`` to ``path`` (.png, .pdf or .xlsx, by its extension) and return the path.

    ValidationError ``report_format`` for another extension; CrmError ``cannot_write`` when
    the file cannot be written."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            "path", f"Reports are exported as {', '.join(FORMATS)}", code="report_format"
        )
    options = Options(
        labels or {},
        rtl,
        number_format or plain_number,
        date_format or date.isoformat,
        subtitle if subtitle is not None else f"{data.filter.start} – {data.filter.end}",
    )
    writer = {".png": _write_png, ".pdf": _write_pdf, ".xlsx": _write_xlsx}[suffix]
    with atomic_output(target) as temp:
        writer(data, temp, options)
    return target


def _figure(data: ReportData, options: Options, size: tuple[float, float] = (8, 4.5)) -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = build_figure(
        data,
        labels=options.labels,
        rtl=options.rtl,
        number_format=options.number_format,
        size=size,
        subtitle=options.subtitle,
    )
    FigureCanvasAgg(fig)
    return fig


def chart_png(data: ReportData, options: Options, dpi: int = PNG_DPI) -> bytes:
    buffer = io.BytesIO()
    _figure(data, options).savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def _write_png(data: ReportData, temp: Path, options: Options) -> None:
    temp.write_bytes(chart_png(data, options))


# ----- PDF ---------------------------------------------------------------------------------
def cell_text(value: Any, kind: ValueKind, options: Options) -> str:
    """A table cell as text: numbers through ``number_format``, dates through ``date_format``."""
    if value is None or value == "":
        return ""
    if kind is ValueKind.DATE:
        day = _as_date(value)
        return options.date_format(day) if day else str(value)
    if kind is not ValueKind.TEXT and isinstance(value, int | float | Decimal):
        return options.number_format(float(value), kind)
    return options.label(str(value))


def _table_rows(data: ReportData, options: Options) -> list[list[str]]:
    kinds = [c.kind for c in data.columns]
    rows = [
        [cell_text(v, k, options) for v, k in zip(row, kinds, strict=False)] for row in data.rows
    ]
    if data.totals is not None:
        totals = [cell_text(v, k, options) for v, k in zip(data.totals, kinds, strict=False)]
        if totals and not totals[0]:
            totals[0] = options.label(TOTAL)
        rows.append(totals)
    return rows


def _write_pdf(data: ReportData, temp: Path, options: Options) -> None:
    from matplotlib.backends.backend_pdf import PdfPages

    with PdfPages(temp, metadata={"Title": options.label(data.title)}) as pdf:
        pdf.savefig(_figure(data, options, size=PAGE))
        rows = _table_rows(data, options)
        chunks = [rows[i : i + ROWS_PER_PAGE] for i in range(0, len(rows), ROWS_PER_PAGE)]
        has_totals = data.totals is not None
        for number, chunk in enumerate(chunks or [[]]):
            last = number == max(len(chunks) - 1, 0)
            pdf.savefig(_table_page(data, chunk, options, last, bold_last=last and has_totals))


def _table_page(
    data: ReportData, rows: list[list[str]], options: Options, last: bool, *, bold_last: bool
) -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    families = list(text.font_families())
    fig = Figure(figsize=PAGE)
    canvas = FigureCanvasAgg(fig)
    title = text.shape(options.label(data.title), rtl_base=options.rtl)
    fig.text(0.5, 0.95, title, ha="center", fontsize=13, fontfamily=families)
    subtitle = text.shape(options.subtitle, rtl_base=options.rtl)
    fig.text(0.5, 0.915, subtitle, ha="center", fontsize=9, color="#616161", fontfamily=families)
    titles = [options.column_title(c, data.currency) for c in data.columns]
    body = [list(r) for r in rows]
    if options.rtl:  # the first column on the right
        titles, body = titles[::-1], [r[::-1] for r in body]
    numeric = [c.kind is not ValueKind.TEXT for c in data.columns]
    if options.rtl:
        numeric = numeric[::-1]
    top = 0.88
    if data.columns:
        table = _draw_table(
            fig, titles, body, numeric, families, rtl=options.rtl, bold_last=bold_last
        )
        bottom = table.get_window_extent(canvas.get_renderer()).y0 / fig.bbox.height
        top = bottom - 0.05
    if last:
        _notes_block(fig, data, options, families, top)
    return fig


def _draw_table(
    fig: Figure,
    titles: list[str],
    body: list[list[str]],
    numeric: list[bool],
    families: list[str],
    *,
    rtl: bool,
    bold_last: bool,
) -> Table:
    """The table across the page: columns as wide as their longest cell, long headers
    wrapped, a smaller font when there are many columns."""
    from matplotlib.table import Table

    ax = fig.add_axes((0.05, 0.08, 0.9, 0.8))
    ax.axis("off")
    table = Table(ax, loc="upper center")
    lengths = [
        max([min(len(t), 14)] + [len(r[c]) for r in body if c < len(r)])
        for c, t in enumerate(titles)
    ]
    widths = [max(4, n) / max(1, sum(max(4, m) for m in lengths)) for n in lengths]
    headers = [textwrap.fill(t, max(8, lengths[c] + 2)) for c, t in enumerate(titles)]
    lines = max((h.count("\n") + 1 for h in headers), default=1)
    for col, title in enumerate(headers):
        shown = "\n".join(text.shape(line, rtl_base=rtl) for line in title.split("\n"))
        header = table.add_cell(0, col, widths[col], ROW_HEIGHT * lines, text=shown, loc="center")
        header.set_facecolor("#eeeeee")
    for row, values in enumerate(body, start=1):
        for col in range(len(titles)):
            value = values[col] if col < len(values) else ""
            loc = "right" if numeric[col] else "center"
            shown = text.shape(value, rtl_base=rtl)
            table.add_cell(row, col, widths[col], ROW_HEIGHT, text=shown, loc=loc)
    table.auto_set_font_size(False)
    table.set_fontsize(9 if len(titles) <= 7 else 7)
    for (row, _col), cell in table.get_celld().items():
        cell.get_text().set_fontfamily(families)
        cell.set_edgecolor("#cccccc")
        if row == 0 or (bold_last and row == len(body)):
            cell.get_text().set_fontweight("bold")
    ax.add_table(table)
    return table


def _notes_block(
    fig: Figure, data: ReportData, options: Options, families: list[str], top: float
) -> None:
    notes = [f"• {options.label(note.text)}" for note in data.notes]
    parts = []
    if notes:
        parts.append(options.label(NOTES) + "\n" + "\n".join(notes))
    if data.definition:
        parts.append(options.label(DEFINITION) + "\n" + options.label(data.definition))
    if not parts:
        return
    fig.text(
        0.95 if options.rtl else 0.05,
        top,
        "\n".join(
            text.shape(line, rtl_base=options.rtl and text.is_rtl(line)) for line in lines_of(parts)
        ),
        ha="right" if options.rtl else "left",
        va="top",
        fontsize=9,
        fontfamily=families,
    )


def lines_of(parts: list[str], width: int = 150) -> list[str]:
    """Paragraphs wrapped to ``width`` characters, a blank line between them."""
    out: list[str] = []
    for part in parts:
        if out:
            out.append("")
        for paragraph in part.split("\n"):
            out.extend(textwrap.wrap(paragraph, width) or [""])
    return out


# ----- xlsx --------------------------------------------------------------------------------
def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def xlsx_value(value: Any, kind: ValueKind) -> Any:
    """A cell's value as a spreadsheet keeps it: numbers as numbers (percent as a fraction),
    dates as dates, anything else as text."""
    if value is None or value == "":
        return None
    if kind is ValueKind.DATE:
        return _as_date(value) or str(value)
    if kind is not ValueKind.TEXT and isinstance(value, int | float | Decimal):
        number = float(value) if isinstance(value, Decimal) else value
        return number / 100 if kind is ValueKind.PERCENT else number
    return str(value)


def _sheet_title(title: str) -> str:
    clean = "".join(" " if c in "[]:*?/\\" else c for c in title).strip()
    return (clean or "Report")[:31]


def _put(sheet: Any, row: int, column: int, value: Any, kind: ValueKind) -> Any:
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = xlsx_text(value)
        cell.data_type = "s"  # never a formula, whatever the text begins with
    else:
        cell.value = value
        if value is not None and kind in XLSX_FORMATS:
            cell.number_format = XLSX_FORMATS[kind]
    return cell


def _write_xlsx(data: ReportData, temp: Path, options: Options) -> None:
    from openpyxl import Workbook
    from openpyxl.drawing.image import Image
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = _sheet_title(options.label(data.title))
    sheet.sheet_view.rightToLeft = options.rtl
    bold = Font(bold=True)
    _put(sheet, 1, 1, options.label(data.title), ValueKind.TEXT).font = Font(bold=True, size=14)
    _put(sheet, 2, 1, options.subtitle, ValueKind.TEXT)
    header = 4
    for col, column in enumerate(data.columns, start=1):
        _put(sheet, header, col, options.column_title(column, data.currency), ValueKind.TEXT)
        sheet.cell(row=header, column=col).font = bold
        width = 24 if column.kind is ValueKind.TEXT else 16
        sheet.column_dimensions[get_column_letter(col)].width = width
    row = header
    for values in data.rows:
        row += 1
        _put_row(sheet, row, values, data.columns, options)
    if data.totals is not None:
        row += 1
        _put_row(sheet, row, data.totals, data.columns, options)
        if data.totals and data.totals[0] in (None, ""):
            _put(sheet, row, 1, options.label(TOTAL), ValueKind.TEXT)
        for col in range(1, len(data.columns) + 1):
            sheet.cell(row=row, column=col).font = bold
    row += 2
    wrap = Alignment(wrap_text=True, vertical="top")
    if data.notes:
        _put(sheet, row, 1, options.label(NOTES), ValueKind.TEXT).font = bold
        for note in data.notes:
            row += 1
            _put(sheet, row, 1, options.label(note.text), ValueKind.TEXT)
        row += 2
    if data.definition:
        _put(sheet, row, 1, options.label(DEFINITION), ValueKind.TEXT).font = bold
        _put(sheet, row + 1, 1, options.label(data.definition), ValueKind.TEXT).alignment = wrap
    sheet.freeze_panes = sheet.cell(row=header + 1, column=1)
    image = Image(io.BytesIO(chart_png(data, options, dpi=100)))
    sheet.add_image(image, f"{get_column_letter(len(data.columns) + 2)}{header}")
    book.save(temp)


def _put_row(
    sheet: Any, row: int, values: tuple[Any, ...], columns: tuple[Column, ...], options: Options
) -> None:
    for col, (value, column) in enumerate(zip(values, columns, strict=False), start=1):
        cell_value = xlsx_value(value, column.kind)
        if isinstance(cell_value, str) and column.kind is ValueKind.TEXT:
            cell_value = options.label(cell_value)
        _put(sheet, row, col, cell_value, column.kind)


__all__ = ["EXPORT_TEXTS", "FORMATS", "cell_text", "export_report", "xlsx_value"]
