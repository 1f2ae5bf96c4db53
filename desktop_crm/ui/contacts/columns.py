"""The columns of the contacts and companies lists: sort key, header, display text, defaults.

Each ``key`` is a sort key of ``services/lists.py`` (``CONTACT_SORTS`` / ``COMPANY_SORTS``), so a
click on a header sorts in SQL. Values are formatted in the user's locale here, once per cell.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from desktop_crm.domain.records import CompanyRow, ContactRow
from desktop_crm.ui import dates
from desktop_crm.ui.labels import choice_label, name_label

if TYPE_CHECKING:  # PySide6 types the marker as returning ``object``; it returns its text

    def QT_TRANSLATE_NOOP(context: str, text: str, /) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

_CTX = "Columns"
_LEADING = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
_TRAILING = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    """One list column. ``label`` is the untranslated (NOOP-marked) header text."""

    key: str
    label: str
    value: Callable[[Any, QLocale], str]
    visible: bool = True
    align: Qt.AlignmentFlag = _LEADING
    width: int = 120

    def title(self) -> str:
        return QCoreApplication.translate(_CTX, self.label)


# ----- formatting --------------------------------------------------------------------------
def short_date(value: datetime | None, locale: QLocale) -> str:
    """A timestamp as a local calendar day in the locale's short date format."""
    if value is None:
        return ""
    day = value.astimezone().date() if value.tzinfo else value.date()
    return dates.format_date(day)


def whole_number(value: int | None, locale: QLocale) -> str:
    return "" if value is None else locale.toString(int(value))


@lru_cache(maxsize=64)
def currency_symbol(code: str) -> str:
    """The usual symbol of an ISO 4217 code (``EUR`` -> ``€``), or the code when none is known."""
    for locale in QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
    ):
        if locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
            symbol = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
            if symbol:
                return symbol
    return code


def money(amount: Decimal | None, currency: str | None, locale: QLocale) -> str:
    if amount is None:
        return ""
    own = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    if not currency or currency.upper() == own:
        return locale.toCurrencyString(float(amount))
    # another currency than the locale's: cents only when there are some
    cents = 2 if amount != amount.to_integral_value() else 0
    return locale.toCurrencyString(float(amount), currency_symbol(currency.upper()), cents)


def _text(value: str | None) -> str:
    return value or ""


# ----- contacts ----------------------------------------------------------------------------
def _contact_name(row: ContactRow, _locale: QLocale) -> str:
    return row.display_name


CONTACT_COLUMNS: tuple[Column, ...] = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), _contact_name, width=180),
    Column(
        "first_name",
        QT_TRANSLATE_NOOP("Columns", "First name"),
        lambda r, _l: _text(r.first_name),
        visible=False,
    ),
    Column(
        "last_name",
        QT_TRANSLATE_NOOP("Columns", "Last name"),
        lambda r, _l: _text(r.last_name),
        visible=False,
    ),
    Column("email", QT_TRANSLATE_NOOP("Columns", "Email"), lambda r, _l: _text(r.email), width=200),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), lambda r, _l: _text(r.phone)),
    Column(
        "company",
        QT_TRANSLATE_NOOP("Columns", "Company"),
        lambda r, _l: _text(r.company_name),
        width=170,
    ),
    Column(
        "job_title",
        QT_TRANSLATE_NOOP("Columns", "Job title"),
        lambda r, _l: _text(r.job_title),
        visible=False,
    ),
    Column(
        "lifecycle_stage",
        QT_TRANSLATE_NOOP("Columns", "Lifecycle stage"),
        lambda r, _l: name_label(r.lifecycle_stage),
        width=110,
    ),
    Column(
        "customer_status",
        QT_TRANSLATE_NOOP("Columns", "Customer status"),
        lambda r, _l: choice_label(r.customer_status),
        visible=False,
    ),
    Column(
        "owner", QT_TRANSLATE_NOOP("Columns", "Owner"), lambda r, _l: _text(r.owner_name), width=110
    ),
    Column(
        "source",
        QT_TRANSLATE_NOOP("Columns", "Source"),
        lambda r, _l: name_label(r.source),
        visible=False,
    ),
    Column(
        "city",
        QT_TRANSLATE_NOOP("Columns", "City"),
        lambda r, _l: _text(r.city),
        visible=False,
        width=120,
    ),
    Column(
        "country",
        QT_TRANSLATE_NOOP("Columns", "Country"),
        lambda r, _l: _text(r.country),
        visible=False,
        width=120,
    ),
    Column(
        "last_contacted_at",
        QT_TRANSLATE_NOOP("Columns", "Last contacted"),
        lambda r, loc: short_date(r.last_contacted_at, loc),
        width=110,
    ),
    Column(
        "created_at",
        QT_TRANSLATE_NOOP("Columns", "Created"),
        lambda r, loc: short_date(r.created_at, loc),
        visible=False,
        width=110,
    ),
    Column(
        "updated_at",
        QT_TRANSLATE_NOOP("Columns", "Updated"),
        lambda r, loc: short_date(r.updated_at, loc),
        visible=False,
        width=110,
    ),
)


# ----- companies ---------------------------------------------------------------------------
def _revenue(row: CompanyRow, locale: QLocale) -> str:
    return money(row.annual_revenue, row.currency, locale)


COMPANY_COLUMNS: tuple[Column, ...] = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), lambda r, _l: r.name, width=200),
    Column("industry", QT_TRANSLATE_NOOP("Columns", "Industry"), lambda r, _l: _text(r.industry)),
    Column("city", QT_TRANSLATE_NOOP("Columns", "City"), lambda r, _l: _text(r.city), width=110),
    Column(
        "country",
        QT_TRANSLATE_NOOP("Columns", "Country"),
        lambda r, _l: _text(r.country),
        width=110,
    ),
    Column(
        "website",
        QT_TRANSLATE_NOOP("Columns", "Website"),
        lambda r, _l: _text(r.website),
        width=160,
    ),
    Column(
        "phone",
        QT_TRANSLATE_NOOP("Columns", "Phone"),
        lambda r, _l: _text(r.phone),
        visible=False,
    ),
    Column(
        "owner", QT_TRANSLATE_NOOP("Columns", "Owner"), lambda r, _l: _text(r.owner_name), width=110
    ),
    Column(
        "size",
        QT_TRANSLATE_NOOP("Columns", "Employees"),
        lambda r, loc: whole_number(r.size, loc),
        visible=False,
        align=_TRAILING,
        width=90,
    ),
    Column(
        "annual_revenue",
        QT_TRANSLATE_NOOP("Columns", "Annual revenue"),
        _revenue,
        align=_TRAILING,
        width=140,
    ),
    Column(
        "contacts",
        QT_TRANSLATE_NOOP("Columns", "Contacts"),
        lambda r, loc: whole_number(r.contact_count, loc),
        align=_TRAILING,
        width=80,
    ),
    Column(
        "created_at",
        QT_TRANSLATE_NOOP("Columns", "Created"),
        lambda r, loc: short_date(r.created_at, loc),
        visible=False,
        width=110,
    ),
    Column(
        "updated_at",
        QT_TRANSLATE_NOOP("Columns", "Updated"),
        lambda r, loc: short_date(r.updated_at, loc),
        visible=False,
        width=110,
    ),
)

COLUMNS_BY_TYPE: dict[str, tuple[Column, ...]] = {
    "contact": CONTACT_COLUMNS,
    "company": COMPANY_COLUMNS,
}
