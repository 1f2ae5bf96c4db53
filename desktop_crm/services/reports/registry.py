"""The catalogue of reports and the service the UI and the command line call.

A report module registers its function with ``@report(name, title, description)``; the function
takes a read session, the filter and a ``ReportContext`` and returns ``ReportData``. Modules are
imported by ``REPORT_MODULES`` when the service is first used (no cost at start-up).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desktop_crm.domain.errors import NotFoundError, ValidationError
from desktop_crm.domain.reports import Kpi, ReportData, ReportFilter, ReportInfo
from desktop_crm.services.writer import Context

#: modules that register reports (imported on first use)
REPORT_MODULES: tuple[str, ...] = (
    "desktop_crm.services.reports.sales",
    "desktop_crm.services.reports.pipeline_flow",
    "desktop_crm.services.reports.activity",
    "desktop_crm.services.reports.customers",
    "desktop_crm.services.reports.goals_report",
)


@dataclass(frozen=True)
class ReportContext:
    today: date  # the user's local date ("this month" is the month of today)
    user_id: str | None  # who is asking


ReportFunction = Callable[[Session, ReportFilter, ReportContext], ReportData]
_REPORTS: dict[str, tuple[ReportInfo, ReportFunction]] = {}


def report(
    name: str, title: str, description: str, *, needs_period: bool = False
) -> Callable[[ReportFunction], ReportFunction]:
    def register(function: ReportFunction) -> ReportFunction:
        _REPORTS[name] = (ReportInfo(name, title, description, needs_period), function)
        return function

    return register


def _load() -> None:
    for module in REPORT_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:  # a real missing dependency, not a module still to write
                raise


class ReportService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def catalogue(self) -> list[ReportInfo]:
        _load()
        return [info for info, _function in _REPORTS.values()]

    def run(self, name: str, filter: ReportFilter, *, today: date | None = None) -> ReportData:
        _load()
        if name not in _REPORTS:
            raise NotFoundError("report", name)
        if filter.end < filter.start:
            raise ValidationError("end", "The range ends before it starts", code="end_before_start")
        _info, function = _REPORTS[name]
        context = ReportContext(today or date.today(), self.ctx.user_id)
        with self.ctx.session() as s:
            return function(s, filter, context)

    def kpis(self, *, today: date | None = None, owner_id: str | None = None) -> list[Kpi]:
        """The dashboard's tiles (see services/reports/kpis.py)."""
        from desktop_crm.services.reports.kpis import compute_kpis

        context = ReportContext(today or date.today(), self.ctx.user_id)
        with self.ctx.session() as s:
            return compute_kpis(s, context, owner_id)


__all__ = ["REPORT_MODULES", "ReportContext", "ReportService", "report"]
