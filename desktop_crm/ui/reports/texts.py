"""Report texts in the user's language: titles, columns, series, notes, and numbers and dates
in the user's locale and calendar.

The services name everything in English (``ReportInfo.title``, ``Column.title``,
``Series.name``, ``Note.text``); the table below lists every such text known, so that lupdate
extracts them; ``tr_text`` translates any of them and leaves the others (a salesperson's name,
a stage the user created) as they are. Built-in stage, source and lost-reason names go through
``labels.name_label``. ``report_labels`` gathers it all into the ``labels`` mapping that
``build_figure`` and ``export_report`` take. Everything here is safe to call off the GUI thread
(``QCoreApplication.translate`` is thread-safe; ``QLocale`` and ``QCalendar`` are reentrant).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication

from desktop_crm.domain.reports import Note, Period, ReportData, ReportFilter, ValueKind
from desktop_crm.ui import dates
from desktop_crm.ui.labels import name_label
from desktop_crm.ui.noop import QT_TRANSLATE_NOOP
from desktop_crm.ui.pipeline.money import format_money

CTX = "ReportTexts"

# report titles, descriptions, definitions, column titles, series names, notes and figure
# texts the services use (English)
KNOWN_TEXTS: tuple[str, ...] = (
    # reports
    QT_TRANSLATE_NOOP("ReportTexts", "Funnel and conversion"),
    QT_TRANSLATE_NOOP("ReportTexts", "Time in stage"),
    QT_TRANSLATE_NOOP("ReportTexts", "Sales cycle"),
    QT_TRANSLATE_NOOP("ReportTexts", "Sales velocity"),
    QT_TRANSLATE_NOOP("ReportTexts", "Win rate"),
    QT_TRANSLATE_NOOP("ReportTexts", "Average deal size"),
    QT_TRANSLATE_NOOP("ReportTexts", "Average check"),
    QT_TRANSLATE_NOOP("ReportTexts", "Deals won"),
    QT_TRANSLATE_NOOP("ReportTexts", "Leads and revenue by source"),
    QT_TRANSLATE_NOOP("ReportTexts", "Weighted forecast"),
    QT_TRANSLATE_NOOP("ReportTexts", "Lost reasons"),
    QT_TRANSLATE_NOOP("ReportTexts", "Activities"),
    QT_TRANSLATE_NOOP("ReportTexts", "Customer base growth"),
    QT_TRANSLATE_NOOP("ReportTexts", "Goals"),
    QT_TRANSLATE_NOOP("ReportTexts", "Goals and progress"),
    # report descriptions
    QT_TRANSLATE_NOOP("ReportTexts", "Deals that reached each stage, and conversion"),
    QT_TRANSLATE_NOOP("ReportTexts", "Average days deals spend in each stage"),
    QT_TRANSLATE_NOOP("ReportTexts", "Average days from creation to won"),
    QT_TRANSLATE_NOOP("ReportTexts", "Money per day the pipeline brings in"),
    QT_TRANSLATE_NOOP("ReportTexts", "Deals won out of the deals closed in the range"),
    QT_TRANSLATE_NOOP("ReportTexts", "Average value of the deals won in the range"),
    QT_TRANSLATE_NOOP("ReportTexts", "Won revenue per customer who bought in the range"),
    QT_TRANSLATE_NOOP("ReportTexts", "Deals won by count and value per salesperson per period"),
    QT_TRANSLATE_NOOP("ReportTexts", "Leads, conversion and won revenue by source"),
    QT_TRANSLATE_NOOP("ReportTexts", "Open deals by expected close month, weighted"),
    QT_TRANSLATE_NOOP("ReportTexts", "Deals lost in the range by reason"),
    QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Calls, emails, meetings and other activities per salesperson per period, and tasks done",
    ),
    QT_TRANSLATE_NOOP("ReportTexts", "Customers per month: new, churned and retained"),
    # columns and series
    QT_TRANSLATE_NOOP("ReportTexts", "Team"),
    QT_TRANSLATE_NOOP("ReportTexts", "Total"),
    QT_TRANSLATE_NOOP("ReportTexts", "Salesperson"),
    QT_TRANSLATE_NOOP("ReportTexts", "Stage"),
    QT_TRANSLATE_NOOP("ReportTexts", "Source"),
    QT_TRANSLATE_NOOP("ReportTexts", "Lost reason"),
    QT_TRANSLATE_NOOP("ReportTexts", "Period"),
    QT_TRANSLATE_NOOP("ReportTexts", "Month"),
    QT_TRANSLATE_NOOP("ReportTexts", "Deals"),
    QT_TRANSLATE_NOOP("ReportTexts", "Open deals"),
    QT_TRANSLATE_NOOP("ReportTexts", "Won deals"),
    QT_TRANSLATE_NOOP("ReportTexts", "Lost deals"),
    QT_TRANSLATE_NOOP("ReportTexts", "Won"),
    QT_TRANSLATE_NOOP("ReportTexts", "Lost"),
    QT_TRANSLATE_NOOP("ReportTexts", "Value"),
    QT_TRANSLATE_NOOP("ReportTexts", "Won value"),
    QT_TRANSLATE_NOOP("ReportTexts", "Lost value"),
    QT_TRANSLATE_NOOP("ReportTexts", "Won revenue"),
    QT_TRANSLATE_NOOP("ReportTexts", "Won with a value"),
    QT_TRANSLATE_NOOP("ReportTexts", "Weighted value"),
    QT_TRANSLATE_NOOP("ReportTexts", "Conversion"),
    QT_TRANSLATE_NOOP("ReportTexts", "Overall conversion"),
    QT_TRANSLATE_NOOP("ReportTexts", "Average sales cycle"),
    QT_TRANSLATE_NOOP("ReportTexts", "Sales velocity per day"),
    QT_TRANSLATE_NOOP("ReportTexts", "Leads"),
    QT_TRANSLATE_NOOP("ReportTexts", "Converted"),
    QT_TRANSLATE_NOOP("ReportTexts", "Share"),
    QT_TRANSLATE_NOOP("ReportTexts", "Customers"),
    QT_TRANSLATE_NOOP("ReportTexts", "New customers"),
    QT_TRANSLATE_NOOP("ReportTexts", "Churned"),
    QT_TRANSLATE_NOOP("ReportTexts", "Retention"),
    QT_TRANSLATE_NOOP("ReportTexts", "Customers at start"),
    QT_TRANSLATE_NOOP("ReportTexts", "Customers at end"),
    QT_TRANSLATE_NOOP("ReportTexts", "Calls"),
    QT_TRANSLATE_NOOP("ReportTexts", "Emails"),
    QT_TRANSLATE_NOOP("ReportTexts", "Meetings"),
    QT_TRANSLATE_NOOP("ReportTexts", "Demos"),
    QT_TRANSLATE_NOOP("ReportTexts", "Notes"),
    QT_TRANSLATE_NOOP("ReportTexts", "Messages"),
    QT_TRANSLATE_NOOP("ReportTexts", "Tasks done"),
    QT_TRANSLATE_NOOP("ReportTexts", "Target"),
    QT_TRANSLATE_NOOP("ReportTexts", "Actual"),
    QT_TRANSLATE_NOOP("ReportTexts", "Progress"),
    QT_TRANSLATE_NOOP("ReportTexts", "New leads"),
    QT_TRANSLATE_NOOP("ReportTexts", "Deals won (count)"),
    QT_TRANSLATE_NOOP("ReportTexts", "Deals won (value)"),
    QT_TRANSLATE_NOOP("ReportTexts", "Unassigned"),
    # the goals report: description, columns, note
    QT_TRANSLATE_NOOP("ReportTexts", "Targets per salesperson or team, with progress and pace"),
    QT_TRANSLATE_NOOP("ReportTexts", "Goal"),
    QT_TRANSLATE_NOOP("ReportTexts", "From"),
    QT_TRANSLATE_NOOP("ReportTexts", "To"),
    QT_TRANSLATE_NOOP("ReportTexts", "Pace"),
    QT_TRANSLATE_NOOP("ReportTexts", "Done"),
    QT_TRANSLATE_NOOP("ReportTexts", "Expected by now"),
    QT_TRANSLATE_NOOP("ReportTexts", "No data in this range"),
    # report definitions (ReportData.definition)
    QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Funnel: for each stage of the pipeline, the deals that reached it in the range — a "
        "deal counts for every stage up to the furthest one it entered on a day of the range,"
        " so a deal that skipped a stage, or passed it before the range, counts as having "
        "passed it; Won counts the deals won in the range; moving to Lost is no progress. "
        "Conversion from a stage to the next = deals that reached the next ÷ deals that "
        "reached it; overall = Won ÷ first stage.",
    ),
    QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Average time in stage = the mean length, in days, of the stays in each open stage "
        "that ended (the deal moved on, was won or lost) on a day of the range; a stay runs "
        "from the stage change into the stage to the next change of that deal. Stays still "
        "going on are not counted: their length is not known yet.",
    ),
    QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Sales cycle = the mean number of days from a deal's creation to its win, over the "
        "deals won on a day of the range, per salesperson and for the team.",
    ),
    QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Sales velocity = open deals × win rate × average deal size ÷ average sales cycle, in"
        " the base currency per day. Open deals: created before the end of the range and not "
        "closed by then. Win rate, average deal size (won deals with a value in the base "
        "currency) and sales cycle (days from creation to win): over the deals closed in the "
        "range. Left empty when a part is unknown or the cycle is 0 days.",
    ),
    QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Win rate = deals won ÷ (deals won + deals lost), over the deals closed (won or lost)"
        " on a day of the range, per salesperson (the deal's owner) and for the team. Open "
        "deals do not count.",
    ),
    QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Average deal size = the sum of the values of the deals won in the range, in the base"
        " currency, ÷ the number of those deals that have a value. Won deals without a value,"
        " or in a currency without a rate, are counted in 'Won' but left out of the value and"
        " the average.",
    ),
    QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Average check = revenue of the deals won in the range (base currency) ÷ the number "
        "of distinct customers who bought them. The customer of a deal is its company, else "
        "its first linked contact. Won deals without a value, in a currency without a rate or"
        " without a customer are left out of both. The team total counts a customer who "
        "bought from two salespeople once.",
    ),
    QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Deals won: the number and the value (base currency) of the deals won on each day, "
        "week (Monday to Sunday) or month of the range, per salesperson. Won deals without a "
        "value or in a currency without a rate are counted but left out of the value.",
    ),
    QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Leads = contacts created in the range, by their source (owner filter: the contact's "
        "owner). Converted = those of them linked to a won deal (won at any time, in the "
        "pipeline filter). Won deals and revenue = deals won in the range by the deal's own "
        "source, in the base currency (deals without a value or without a rate are counted "
        "but left out of revenue).",
    ),
    QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Weighted forecast = Σ value × probability of the open deals whose expected close "
        "date falls in the range, by month of that date and salesperson; the probability is "
        "the deal's own, else its stage's. Values are in the base currency. Open deals "
        "without an expected close date are not in any month: they are counted in a note.",
    ),
    QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Lost reasons: the deals lost in the range by the reason given, with their number, "
        "their value in the base currency and their share of the lost deals (by number).",
    ),
    QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Activities = calls, emails, meetings, demos, notes and messages logged (and not "
        "deleted) whose time falls in the range, counted per salesperson who logged them and "
        "per period (days in UTC; weeks start on Monday). Tasks done = tasks (not deleted) "
        "marked done whose completion time falls in the range, per assignee. A deleted "
        "salesperson's work still counts, under their name. The pipeline filter does not "
        "apply: activities and tasks are not tied to a pipeline.",
    ),
    QT_TRANSLATE_NOOP(
        "ReportTexts",
        "A customer is a contact (not deleted) whose customer status is active or permanent, "
        "or whose lifecycle stage is Customer while its status is not lost. A contact became "
        "a customer when its status was first set to active or permanent, or its stage to "
        "Customer (from the change log); a contact that was created as a customer became one "
        "when it was created. A customer churned when its status was last set to lost, if it "
        "is still lost (a prospect marked lost was never a customer and is not counted). "
        "Customers at the start of a month = those who became customers before it and had not"
        " churned by then; at the end = at the start + new − churned. Retention = (customers "
        "at the end − new customers) ÷ customers at the start. Customers belong to the "
        "contact's owner. Only the first time a contact became a customer and its last loss "
        "count: a customer who left and came back counts as never having left.",
    ),
    QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Goals whose period overlaps the range (a salesperson's own when one is chosen). "
        "Actual = over the goal's whole period (both days included, UTC days): new leads = "
        "contacts created, owned by the salesperson; deals won = deals won (closed) and owned"
        " by the salesperson, by count or by value in the base currency (deals in a currency "
        "without a rate left out of the value); activities = activities logged by the "
        "salesperson. A team goal counts everyone. Progress = actual ÷ target. Expected by "
        "now = target × the share of the period's days before today. Pace: done when actual ≥"
        " target, on track when actual ≥ expected by now, else behind.",
    ),
    # figure and export texts (figures.FIGURE_TEXTS, export.EXPORT_TEXTS)
    QT_TRANSLATE_NOOP("ReportTexts", "No data for this range"),
    QT_TRANSLATE_NOOP("ReportTexts", "This report has no chart"),
    QT_TRANSLATE_NOOP("ReportTexts", "No target"),
    QT_TRANSLATE_NOOP("ReportTexts", "On track"),
    QT_TRANSLATE_NOOP("ReportTexts", "Behind"),
    QT_TRANSLATE_NOOP("ReportTexts", "Expected by today"),
    QT_TRANSLATE_NOOP("ReportTexts", "Definition"),
)

#: caveats by ``Note.code``; ``{placeholders}`` are filled from ``Note.params``
NOTE_TEXTS: dict[str, str] = {
    "no_data": QT_TRANSLATE_NOOP("ReportTexts", "No data in this range."),
    "empty_range": QT_TRANSLATE_NOOP("ReportTexts", "The range is empty."),
    "missing_rate": QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Deals in {currencies} have no exchange rate to {base} and are left out of the amounts.",
    ),
    "without_value": QT_TRANSLATE_NOOP(
        "ReportTexts", "{count} deal(s) without a value are left out of the amounts."
    ),
    "without_close_date": QT_TRANSLATE_NOOP(
        "ReportTexts",
        "{count} open deal(s) without an expected close date are not in the forecast.",
    ),
    "deleted_owner": QT_TRANSLATE_NOOP(
        "ReportTexts", "Deleted salespeople still counted: {names}."
    ),
    "without_customer": QT_TRANSLATE_NOOP(
        "ReportTexts", "{count} won deal(s) without a company or contact are left out."
    ),
    "one_pipeline": QT_TRANSLATE_NOOP(
        "ReportTexts", "Stages of the pipeline {pipeline}; choose a pipeline to see another."
    ),
    "pipeline_not_applied": QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Activities and tasks are not tied to a pipeline: the pipeline filter is not used.",
    ),
    "lost_without_date": QT_TRANSLATE_NOOP(
        "ReportTexts",
        "{count} lost contact(s) have no recorded date of loss and are left out.",
    ),
}

ARROW = " → "
NOTES_TITLE = "Notes"
TOTAL = "Total"


def tr_text(text: str) -> str:
    """An English report text translated: our table, then built-in names, else as it is."""
    if not text:
        return text
    if ARROW in text:  # "Lead in → Qualified": a column of conversion between two stages
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return (" ← " if rtl else ARROW).join(tr_text(part) for part in text.split(ARROW))
    translated = QCoreApplication.translate(CTX, text)
    if translated != text:
        return translated
    return name_label(text) or text


def _join(value: Any) -> str:
    if isinstance(value, list | tuple):
        return QLocale().createSeparatedList([tr_text(str(v)) for v in value])
    return str(value)


def note_text(note: Note) -> str:
    """A note in the user's language (its English text when the code is unknown)."""
    template = NOTE_TEXTS.get(note.code)
    if template is None:
        return tr_text(note.text)
    params = {k: _join(v) for k, v in note.params.items()}
    if "count" in note.params:
        params["count"] = QLocale().toString(int(note.params["count"]))
    try:
        return QCoreApplication.translate(CTX, template).format(**params)
    except (KeyError, IndexError, ValueError):
        return note.text


# ----- numbers and dates ---------------------------------------------------------------------
def number_format(value: float, kind: ValueKind) -> str:
    """Numbers on charts: the locale's digits and separators (``build_figure``'s format)."""
    locale = QLocale()
    whole = float(value).is_integer()
    if kind is ValueKind.PERCENT:
        return locale.toString(float(value), "f", 0 if whole else 1) + locale.percent()
    if kind is ValueKind.INT or whole:
        return locale.toString(float(value), "f", 0)
    if kind is ValueKind.MONEY:
        return locale.toString(float(value), "f", 0 if abs(value) >= 1000 else 2)
    return locale.toString(float(value), "f", 1)


def period_label(day: date, period: Period) -> str:
    """A period's first day as a label: "Jan 2026" for a (Gregorian) month, else the date."""
    if period is Period.MONTH and dates.system() is dates.CalendarSystem.GREGORIAN:
        return f"{dates.month_name(day, short=True)} {dates.parts(day)[0]}"
    return dates.format_date(day)


def iso_day(text: Any) -> date | None:
    if isinstance(text, date):
        return text
    if isinstance(text, str) and len(text) == 10:
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    return None


def format_cell(value: Any, kind: ValueKind, currency: str, period: Period | None = None) -> str:
    """A table cell in the user's locale and calendar; empty for None."""
    if value is None or value == "":
        return ""
    if kind is ValueKind.DATE:
        day = iso_day(value)
        if day is None:
            return str(value)
        return period_label(day, period) if period else dates.format_date(day)
    if kind is ValueKind.TEXT or not isinstance(value, int | float | Decimal):
        return tr_text(str(value))
    if kind is ValueKind.MONEY:
        return format_money(value, currency)
    return number_format(float(value), kind)


def range_text(flt: ReportFilter) -> str:
    return f"{dates.format_date(flt.start)} – {dates.format_date(flt.end)}"


def report_labels(data: ReportData) -> dict[str, str]:
    """The ``labels`` of ``build_figure``/``export_report`` for ``data``: every English text of
    it translated, period categories in the user's calendar, notes in the user's language."""
    labels: dict[str, str] = {}
    period = data.filter.period
    chart = data.chart
    texts = [data.title, *(c.title for c in data.columns), *KNOWN_TEXTS, data.definition]
    if chart is not None:
        texts += [s.name for s in chart.series]
        for category in chart.categories:
            day = iso_day(category)
            if day is not None:
                labels[category] = period_label(day, period)
            else:
                texts.append(category)
    for row in (*data.rows, *((data.totals,) if data.totals else ())):
        texts += [v for v in row if isinstance(v, str)]
    for text in texts:
        if text and text not in labels:
            labels[text] = tr_text(text)
    for note in data.notes:
        labels[note.text] = note_text(note)
    return labels


__all__ = [
    "KNOWN_TEXTS",
    "NOTE_TEXTS",
    "format_cell",
    "note_text",
    "number_format",
    "period_label",
    "range_text",
    "report_labels",
    "tr_text",
]
