"""Money and counts on the board, in the user's locale (``QLocale`` currency formatting)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

# Unambiguous symbols of common currencies; any other currency shows its ISO code.
_SYMBOLS = {
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "INR": "₹",
    "KRW": "₩",
    "ILS": "₪",
    "THB": "฿",
    "USD": "$",
}


def currency_symbol(code: str, locale: QLocale | None = None) -> str:
    """The symbol to show for ``code``: the locale's own for its currency, else a well-known
    one ("US$" where "$" would be read as the local dollar), else the ISO code."""
    locale = locale or QLocale()
    own_code = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    own_symbol = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    if code == own_code and own_symbol:
        return own_symbol
    symbol = _SYMBOLS.get(code, code)
    if symbol == "$" and own_symbol == "$":
        return "US$"
    if symbol != code and symbol == own_symbol:
        return code
    return symbol


def format_money(value: Decimal | float | int | None, code: str, *, whole: bool = False) -> str:
    """``value`` of currency ``code`` with the locale's pattern, digits and separators.

    Cents are shown only when there are some (and never with ``whole``, for totals)."""
    if value is None:
        return ""
    amount = Decimal(value)
    locale = QLocale()
    precision = 0 if whole or amount == amount.to_integral_value() else 2
    if whole:
        amount = amount.to_integral_value()
    symbol = currency_symbol(code, locale)
    text = locale.toCurrencyString(float(amount), symbol, precision)
    if symbol.isalpha() and symbol.isascii():
        # "EUR1,200" in an en_US pattern made for "$": keep the code apart from the digits
        at = text.find(symbol)
        end = at + len(symbol)
        if at >= 0 and end < len(text) and not text[end].isspace():
            text = text[:end] + "\u00a0" + text[end:]
        if at > 0 and not text[at - 1].isspace() and text[at - 1] not in "\u200e\u200f":
            text = text[:at] + "\u00a0" + text[at:]
    return text


def format_count(number: int) -> str:
    return QLocale().toString(number)
