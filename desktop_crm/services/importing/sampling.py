"""Opening a plan's rows, sampling the first of them (the date order and decimal separators
they show) and building the converters from what the sample found.

Kept apart from ``job`` (which reads the database) so that the reading worker process imports
only what reading and converting need, and starts sooner.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from desktop_crm.domain.fields import FieldSpec, Kind
from desktop_crm.services.importing import readers
from desktop_crm.services.importing.convert import Lookups, RowConverter
from desktop_crm.services.importing.converters import Converter, field_converter
from desktop_crm.services.importing.dates import guess_date_order
from desktop_crm.services.importing.numbers import guess_decimal_separator
from desktop_crm.services.importing.plan import DateWarning, ImportPlan
from desktop_crm.services.importing.reader_types import (
    CancelledFn,
    Cell,
    ProgressFn,
    RawRow,
)
from desktop_crm.services.importing.values import cell_text, is_blank
from desktop_crm.services.importing.worker import Sampled

SAMPLE_ROWS = 1000  # rows read ahead to guess date orders and decimal separators


def open_rows(
    plan: ImportPlan, progress: ProgressFn | None, cancelled: CancelledFn | None
) -> Iterator[RawRow]:
    return readers.iter_rows(
        plan.path,
        sheet=plan.sheet,
        encoding=plan.encoding,
        delimiter=plan.delimiter,
        header_row=plan.header_row,
        progress=progress,
        cancelled=cancelled,
    )


def sample(
    rows: Iterator[RawRow],
    targets: tuple[str | None, ...],
    specs: dict[str, FieldSpec],
    names: tuple[str, ...],
    plan: ImportPlan,
) -> Sampled:
    head = list(islice(rows, SAMPLE_ROWS))
    decimals: dict[int, str | None] = {}
    date_columns: list[int] = []
    for index, target in enumerate(targets):
        spec = specs.get(target or "")
        if spec is None:
            continue
        if spec.kind in (Kind.INT, Kind.NUMBER, Kind.MONEY):
            decimals[index] = plan.decimal_separator or guess_decimal_separator(
                _column(head, index)
            )
        elif spec.kind in (Kind.DATE, Kind.DATETIME):
            date_columns.append(index)
    order = plan.date_order
    warnings: list[DateWarning] = []
    if order is None and date_columns:
        cells = [c for i in date_columns for c in _column(head, i)]
        order, ambiguous = guess_date_order(cells)
        if ambiguous:
            for index in date_columns:
                texts = [cell_text(c) for c in _column(head, index) if type(c) is str][:5]
                warnings.append(DateWarning(index, names[index], order, tuple(texts)))
    return Sampled(head, rows, order, decimals, warnings)


def _column(rows: list[RawRow], index: int) -> list[Cell]:
    return [r.cells[index] for r in rows if index < len(r.cells) and not is_blank(r.cells[index])]


def build_converter(
    plan: ImportPlan,
    targets: tuple[str | None, ...],
    specs: dict[str, FieldSpec],
    names: tuple[str, ...],
    date_order: str | None,
    decimals: dict[int, str | None],
    lookups: Lookups,
) -> RowConverter:
    """The row converter of ``plan`` (also built by the reading worker, from the same parts)."""
    converters: dict[int, Converter] = {}
    for index, target in enumerate(targets):
        spec = specs.get(target or "")
        if spec is None:
            continue
        converters[index] = field_converter(
            spec,
            record_type=plan.record_type,
            region=plan.default_region,
            date_order=date_order,
            decimal=decimals.get(index),
            jalali=plan.jalali,
        )
    return RowConverter(plan.record_type, targets, specs, names, converters, lookups)


__all__ = ["SAMPLE_ROWS", "build_converter", "open_rows", "sample"]
