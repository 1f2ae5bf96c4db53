"""The weekly digest as rich text: translated, numbers through QLocale, dates in the user's
calendar, laid out right to left in a right-to-left language.

One section for the team, then one per salesperson: new deals, new leads, deals won,
activities by kind, goals with their progress and pace, and the currencies left out of the
amounts for want of a rate.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from desktop_crm.services.goals import GoalProgress
from desktop_crm.services.reports.digest import Digest, DigestPart
from desktop_crm.ui import dates
from desktop_crm.ui.labels import activity_label, name_label
from desktop_crm.ui.noop import QT_TRANSLATE_NOOP
from desktop_crm.ui.pipeline.money import format_money
from desktop_crm.ui.reports.goals_model import (
    PACE_COLORS,
    format_amount,
    metric_label,
    pace_label,
    period_label,
)

_CTX = "Digest"

#: activity kind -> what a count of them is called
ACTIVITY_TITLES: dict[str, str] = {
    "call": QT_TRANSLATE_NOOP("Digest", "Calls"),
    "email": QT_TRANSLATE_NOOP("Digest", "Emails"),
    "meeting": QT_TRANSLATE_NOOP("Digest", "Meetings"),
    "demo": QT_TRANSLATE_NOOP("Digest", "Demos"),
    "note": QT_TRANSLATE_NOOP("Digest", "Notes"),
    "message": QT_TRANSLATE_NOOP("Digest", "Messages"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _activity_title(kind: str) -> str:
    text = ACTIVITY_TITLES.get(kind)
    return _t(text) if text else activity_label(kind)


def _count(value: int) -> str:
    return str(QLocale().toString(value))


def _money(value: Decimal, currency: str) -> str:
    return format_money(value, currency, whole=True)


def week_range(digest: Digest) -> str:
    return f"{dates.format_date(digest.week_start)} – {dates.format_date(digest.week_end)}"


def part_title(part: DigestPart, team: bool) -> str:
    if team:
        return QCoreApplication.translate("Digest", "Team")
    if part.user_id is None:
        return QCoreApplication.translate("Digest", "Unassigned")
    name = name_label(part.name)  # a built-in name ("Owner") translated
    if part.deleted:
        return QCoreApplication.translate("Digest", "{name} (deleted)").format(name=name)
    return name


def _row(label: str, value: str) -> str:
    """A label and its value; right to left the cells are swapped and right-aligned (Qt's rich
    text does not mirror tables)."""
    edge = "right" if _rtl() else "left"
    cells = [
        f"<td class='label' width='28%' align='{edge}'>{escape(label)}</td>",
        f"<td align='{edge}'>{value}</td>",
    ]
    return "<tr>" + "".join(reversed(cells) if _rtl() else cells) + "</tr>"


def _goal_line(progress: GoalProgress, currency: str) -> str:
    goal = progress.goal
    actual = format_amount(goal.metric, progress.actual, currency)
    target = format_amount(goal.metric, progress.target, currency)
    percent = f"{QLocale().toString(round(progress.fraction * 100))}{QLocale().percent()}"
    color = PACE_COLORS.get(progress.pace, "#000000")
    text = QCoreApplication.translate(
        "Digest", "{metric} ({period}): {actual} of {target}, {percent}"
    ).format(
        metric=metric_label(goal.metric),
        period=period_label(goal),
        actual=actual,
        target=target,
        percent=percent,
    )
    return (
        f"<li>{escape(text)} — <span style='color:{color}; font-weight:bold'>"
        f"{escape(pace_label(progress.pace))}</span></li>"
    )


def part_html(part: DigestPart, currency: str, *, team: bool = False) -> str:
    """One section: the salesperson's (or the team's) week."""
    kinds = [
        f"{escape(_activity_title(str(kind)))} {_count(n)}" for kind, n in part.activities if n
    ]
    activities = _count(part.activities_total)
    if kinds:
        activities += f" ({QLocale().createSeparatedList(kinds)})"
    rows = [
        _row(
            QCoreApplication.translate("Digest", "New deals"),
            f"{_count(part.new_deals)} ({escape(_money(part.new_deals_value, currency))})",
        ),
        _row(QCoreApplication.translate("Digest", "New leads"), _count(part.new_leads)),
        _row(
            QCoreApplication.translate("Digest", "Deals won"),
            f"{_count(part.won_count)} ({escape(_money(part.won_value, currency))})",
        ),
        _row(QCoreApplication.translate("Digest", "Activities"), activities),
    ]
    html = [f"<h2>{escape(part_title(part, team))}</h2>", "<table width='100%'>", *rows, "</table>"]
    if part.goals:
        goals = QCoreApplication.translate("Digest", "Goals")
        html.append(f"<p class='label'>{escape(goals)}</p><ul>")
        html += [_goal_line(g, currency) for g in part.goals]
        html.append("</ul>")
    if part.missing_currencies:
        names = QLocale().createSeparatedList(list(part.missing_currencies))
        note = QCoreApplication.translate(
            "Digest", "Deals in {currencies} are not in the amounts: there is no exchange rate."
        )
        html.append(f"<p class='note'>⚠ {escape(note.format(currencies=names))}</p>")
    return "\n".join(html)


def _rtl() -> bool:
    return QApplication.isRightToLeft()


STYLE = (
    "body { font-size: 10pt; } h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14px; }"
    " td { padding: 2px 12px 2px 0; } td.label, p.label { color: #555555; }"
    " p.note { color: #a05a00; } p.quiet { color: #777777; }"
)


def digest_html(digest: Digest) -> str:
    """The whole digest as an HTML page (UTF-8)."""
    direction = "rtl" if _rtl() else "ltr"
    title = QCoreApplication.translate("Digest", "Weekly digest")
    parts = [part_html(digest.team, digest.currency, team=True)]
    for part in digest.people:
        parts.append(part_html(part, digest.currency))
    if not digest.people and digest.team.empty and not digest.team.goals:
        nothing = QCoreApplication.translate("Digest", "Nothing was recorded this week.")
        parts.append(f"<p class='quiet'>{escape(nothing)}</p>")
    return (
        f"<!DOCTYPE html><html dir='{direction}'><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title><style>{STYLE}</style></head>"
        f"<body dir='{direction}'><h1>{escape(title)}</h1>"
        f"<p class='label'>{escape(week_range(digest))}</p>\n" + "\n".join(parts) + "</body></html>"
    )


__all__ = ["digest_html", "part_html", "part_title", "week_range"]
