"""``report`` on the command line: run a report and write it to PNG, PDF or .xlsx, or list the
reports. Returns the text to print (English: the command line is not translated)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.reports import Column, Period, ReportData, ReportFilter, ValueKind

MAX_ROWS = 60  # rows printed; the file has them all


def run_report_command(
    crm: Any,
    name: str | None,
    start: date | None,
    end: date | None,
    owner: str | None,
    out_path: str | Path | None,
    list_only: bool = False,
    *,
    period: Period | str | None = None,
    today: date | None = None,
) -> str:
    """``list_only``: the reports' names and titles. Else run report ``name`` over
    ``start`` … ``end`` (both included) for ``owner`` (a user's id or name; None: the team),
    write it to ``out_path`` (.png, .pdf or .xlsx) when given, and return the table as text.

    ValidationError: ``required`` (no name, no dates), ``no_such_owner``, ``ambiguous_owner``,
    ``end_before_start``, ``report_format``; NotFoundError for an unknown report."""
    if list_only:
        return list_text(crm)
    if not name:
        raise ValidationError("name", "Name a report (report --list shows them)", code="required")
    if start is None or end is None:
        raise ValidationError(
            "start" if start is None else "end", "Give the range: --from and --to", code="required"
        )
    flt = ReportFilter(
        start, end, owner_id=resolve_owner(crm, owner), period=Period(period or Period.MONTH)
    )
    data = crm.reports.run(name, flt, today=today)
    lines = [report_text(data)]
    if out_path is not None:
        from desktop_crm.services.reports.export import export_report

        written = export_report(data, out_path)
        lines.append(f"Saved to {written}")
    return "\n".join(lines) + "\n"


def list_text(crm: Any) -> str:
    infos = sorted(crm.reports.catalogue(), key=lambda i: i.name)
    width = max((len(i.name) for i in infos), default=0)
    lines = [f"{i.name.ljust(width)}  {i.title} — {i.description}" for i in infos]
    return "\n".join(lines) + "\n"


def resolve_owner(crm: Any, owner: str | None) -> str | None:
    """A salesperson named by id or by name (any case); None stays None (the team)."""
    if owner is None or not owner.strip():
        return None
    wanted = owner.strip()
    users = crm.catalog.users(include_inactive=True)
    by_id = [u.id for u in users if u.id == wanted]
    if by_id:
        return by_id[0]
    named = [u.id for u in users if u.name.casefold() == wanted.casefold()]
    if len(named) > 1:
        raise ValidationError(
            "owner", f"Several users are named {wanted!r}: give the id", code="ambiguous_owner"
        )
    if not named:
        raise ValidationError("owner", f"No user {wanted!r}", code="no_such_owner", owner=wanted)
    return named[0]


def report_text(data: ReportData) -> str:
    """The report as plain text: title, range, table (with the totals), notes."""
    flt = data.filter
    lines = [f"{data.title} ({data.name}), {flt.start.isoformat()} – {flt.end.isoformat()}"]
    if data.currency:
        lines.append(f"Amounts in {data.currency}")
    body = [
        tuple(cell(v, c.kind) for v, c in zip(row, data.columns, strict=True)) for row in data.rows
    ]
    if data.totals is not None:
        total = [cell(v, c.kind) for v, c in zip(data.totals, data.columns, strict=True)]
        if data.totals and data.totals[0] in (None, ""):
            total[0] = "Total"  # as in the exported files
        body.append(tuple(total))
    if body:
        lines.append("")
        lines += table_lines(
            data.columns, body[:MAX_ROWS] + body[-1:] if len(body) > MAX_ROWS + 1 else body
        )
        if len(body) > MAX_ROWS + 1:
            lines.append(f"… {len(body) - MAX_ROWS - 1} more rows in the file")
    for note in data.notes:
        lines.append(f"Note: {note.text}")
    return "\n".join(lines)


def table_lines(columns: Sequence[Column], rows: Sequence[tuple[str, ...]]) -> list[str]:
    titles = tuple(c.title for c in columns)
    widths = [max(len(t), *(len(r[i]) for r in rows)) for i, t in enumerate(titles)]

    def line(cells: tuple[str, ...]) -> str:
        parts = [
            c.ljust(w) if col.kind in (ValueKind.TEXT, ValueKind.DATE) else c.rjust(w)
            for c, w, col in zip(cells, widths, columns, strict=True)
        ]
        return "  ".join(parts).rstrip()

    return [line(titles), line(tuple("-" * w for w in widths)), *(line(r) for r in rows)]


def cell(value: Any, kind: ValueKind) -> str:
    if value is None:
        return "–" if kind is not ValueKind.TEXT else ""
    if isinstance(value, date):
        return value.isoformat()
    if kind is ValueKind.PERCENT:
        return f"{float(value):.1f}%"
    if kind is ValueKind.INT:
        return f"{int(value):,}"
    if kind in (ValueKind.MONEY, ValueKind.NUMBER, ValueKind.DAYS) or isinstance(
        value, Decimal | float
    ):
        number = Decimal(str(value))
        if kind is ValueKind.NUMBER and number == number.to_integral_value():
            return f"{number:,.0f}"
        return f"{number:,.2f}" if kind is not ValueKind.DAYS else f"{number:,.1f}"
    return str(value)


__all__ = ["list_text", "report_text", "resolve_owner", "run_report_command"]
