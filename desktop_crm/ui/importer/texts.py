"""The import wizard's translated texts: file problems, row problems, targets and choices.

Constant tables are marked with ``QT_TRANSLATE_NOOP`` (context ``ImportTexts``) and translated
when shown; the services hand out machine codes only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_crm.domain.errors import CrmError, ImportFileError, ValidationError
from desktop_crm.services.importing.plan import RowError
from desktop_crm.ui.labels import FIELD_LABELS, field_label
from desktop_crm.ui.messages import error_text
from desktop_crm.ui.noop import QT_TRANSLATE_NOOP

_CTX = "ImportTexts"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


#: why a file cannot be read, by ``ImportFileError.code``
FILE_ERRORS: dict[str, str] = {
    "not_found": QT_TRANSLATE_NOOP("ImportTexts", "The file cannot be found or opened."),
    "empty": QT_TRANSLATE_NOOP("ImportTexts", "The file is empty: there is nothing to import."),
    "header_only": QT_TRANSLATE_NOOP(
        "ImportTexts", "The file holds only a header row and no records to import."
    ),
    "binary": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "This is not a text file (it may be a program, an image or a renamed spreadsheet). Choose a CSV, Excel, OpenDocument or vCard file.",
    ),
    "unsupported": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "This kind of file cannot be imported. Choose a CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods) or vCard (.vcf) file.",
    ),
    "truncated": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "The file is damaged or incomplete (it may have been cut short while copying). Save it again from its program and retry.",
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "ImportTexts", "The file is damaged and cannot be read. Save it again and retry."
    ),
    "password_protected": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "The workbook is protected by a password. Save it without a password, then import it.",
    ),
    "too_big": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "The workbook is too big to import. Save the sheet as CSV (read as a stream, at any size) and import that.",
    ),
    "zip_bomb": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "The workbook was refused: it expands far beyond what a real spreadsheet does, a sign of a malicious file.",
    ),
    "unsafe_xml": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "The workbook was refused: it contains XML declarations that spreadsheets never need and attacks use.",
    ),
    "bad_encoding": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "The text cannot be read with the chosen encoding. Choose the file's encoding above.",
    ),
    "unbalanced_quote": QT_TRANSLATE_NOOP(
        "ImportTexts",
        'A quoted value is never closed, so the rows after it would be lost. Fix the stray quote character (") and retry.',
    ),
    "sheet_not_found": QT_TRANSLATE_NOOP("ImportTexts", "The workbook has no such sheet."),
    "unreadable": QT_TRANSLATE_NOOP("ImportTexts", "Reading the file failed."),
}

#: why a row (or a cell) will not be imported, by ``RowError.code``
ROW_ERRORS: dict[str, str] = {
    "not_a_date": QT_TRANSLATE_NOOP("ImportTexts", "\u201c{value}\u201d is not a date."),
    "impossible_date": QT_TRANSLATE_NOOP(
        "ImportTexts", "There is no such date as \u201c{value}\u201d."
    ),
    "ambiguous_date": QT_TRANSLATE_NOOP(
        "ImportTexts", "The date \u201c{value}\u201d reads both day-first and month-first."
    ),
    "not_a_number": QT_TRANSLATE_NOOP("ImportTexts", "\u201c{value}\u201d is not a number."),
    "not_a_phone": QT_TRANSLATE_NOOP("ImportTexts", "\u201c{value}\u201d is not a phone number."),
    "not_an_email": QT_TRANSLATE_NOOP(
        "ImportTexts", "\u201c{value}\u201d is not an email address."
    ),
    "not_a_bool": QT_TRANSLATE_NOOP("ImportTexts", "\u201c{value}\u201d is neither yes nor no."),
    "cell_error": QT_TRANSLATE_NOOP("ImportTexts", "The cell holds the spreadsheet error {value}."),
    "too_many_cells": QT_TRANSLATE_NOOP(
        "ImportTexts", "The row has {count} cells, more than the {columns} columns of the header."
    ),
    "unknown_user": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "There is no user named \u201c{value}\u201d: the record is imported without that owner.",
    ),
    "unknown_stage": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "The pipeline has no stage named \u201c{value}\u201d: the deal goes to its first stage.",
    ),
    "unknown_pipeline": QT_TRANSLATE_NOOP(
        "ImportTexts", "There is no pipeline named \u201c{value}\u201d."
    ),
    "choice": QT_TRANSLATE_NOOP("ImportTexts", "\u201c{value}\u201d is not one of the choices."),
    "stage_requires": QT_TRANSLATE_NOOP("ImportTexts", "The stage needs more fields: {missing}."),
    "required": QT_TRANSLATE_NOOP("ImportTexts", "This field is required."),
    "contact_needs_name": QT_TRANSLATE_NOOP(
        "ImportTexts", "A contact needs a first name, a last name or an email."
    ),
}

#: why a plan cannot run, by ``ValidationError.code`` from the engine's checks
PLAN_ERRORS: dict[str, str] = {
    "nothing_mapped": QT_TRANSLATE_NOOP(
        "ImportTexts", "No column is imported. Choose a field for at least one column."
    ),
    "mapped_twice": QT_TRANSLATE_NOOP(
        "ImportTexts", "Column {column}: its field is chosen for another column too."
    ),
    "unknown_target": QT_TRANSLATE_NOOP(
        "ImportTexts", "Column {column}: this field cannot be imported."
    ),
    "match_column": QT_TRANSLATE_NOOP(
        "ImportTexts", "Matching needs a column with that value: map one, or do not match."
    ),
    "match_by": QT_TRANSLATE_NOOP(
        "ImportTexts", "These records cannot be matched that way; choose another match rule."
    ),
}

#: targets that are not plain field labels (pseudo-targets and deal fields)
TARGETS: dict[str, str] = {
    "full_name": QT_TRANSLATE_NOOP("ImportTexts", "Full name (split)"),
    "full_name_reversed": QT_TRANSLATE_NOOP("ImportTexts", "Full name, surname first (split)"),
    "company": QT_TRANSLATE_NOOP("ImportTexts", "Company (create or link)"),
    "contact": QT_TRANSLATE_NOOP("ImportTexts", "Contact (create or link)"),
    "stage": QT_TRANSLATE_NOOP("ImportTexts", "Stage"),
    "pipeline": QT_TRANSLATE_NOOP("ImportTexts", "Pipeline"),
    "owner": QT_TRANSLATE_NOOP("ImportTexts", "Owner"),
    "tags": QT_TRANSLATE_NOOP("ImportTexts", "Tags"),
    "value": QT_TRANSLATE_NOOP("ImportTexts", "Value"),
    "probability": QT_TRANSLATE_NOOP("ImportTexts", "Probability"),
    "expected_close": QT_TRANSLATE_NOOP("ImportTexts", "Expected close"),
}

#: record types, plural, for titles and the type picker
RECORD_TYPES: dict[str, str] = {
    "contact": QT_TRANSLATE_NOOP("ImportTexts", "Contacts"),
    "company": QT_TRANSLATE_NOOP("ImportTexts", "Companies"),
    "deal": QT_TRANSLATE_NOOP("ImportTexts", "Deals"),
    "task": QT_TRANSLATE_NOOP("ImportTexts", "Tasks"),
}

#: what kind of file was found
KINDS: dict[str, str] = {
    "csv": QT_TRANSLATE_NOOP("ImportTexts", "Text file with separated values (CSV)"),
    "xlsx": QT_TRANSLATE_NOOP("ImportTexts", "Excel workbook (.xlsx)"),
    "xls": QT_TRANSLATE_NOOP("ImportTexts", "Excel 97\u20132003 workbook (.xls)"),
    "ods": QT_TRANSLATE_NOOP("ImportTexts", "OpenDocument spreadsheet (.ods)"),
    "vcf": QT_TRANSLATE_NOOP("ImportTexts", "vCard address book (.vcf)"),
}

DELIMITERS: dict[str, str] = {
    ",": QT_TRANSLATE_NOOP("ImportTexts", "Comma ( , )"),
    ";": QT_TRANSLATE_NOOP("ImportTexts", "Semicolon ( ; )"),
    "\t": QT_TRANSLATE_NOOP("ImportTexts", "Tab"),
    "|": QT_TRANSLATE_NOOP("ImportTexts", "Vertical bar ( | )"),
}

#: what each encoding is used for, shown next to its name in the picker
ENCODING_NOTES: dict[str, str] = {
    "utf-8": QT_TRANSLATE_NOOP("ImportTexts", "Unicode"),
    "utf-8-sig": QT_TRANSLATE_NOOP("ImportTexts", "Unicode, with a byte order mark"),
    "utf-16": QT_TRANSLATE_NOOP("ImportTexts", "Unicode (Excel \u201cUnicode text\u201d)"),
    "cp1252": QT_TRANSLATE_NOOP("ImportTexts", "Western European (Windows)"),
    "iso-8859-1": QT_TRANSLATE_NOOP("ImportTexts", "Western European"),
    "iso-8859-15": QT_TRANSLATE_NOOP("ImportTexts", "Western European, with \u20ac"),
    "cp1250": QT_TRANSLATE_NOOP("ImportTexts", "Central European (Windows)"),
    "cp1251": QT_TRANSLATE_NOOP("ImportTexts", "Cyrillic (Windows)"),
    "koi8-r": QT_TRANSLATE_NOOP("ImportTexts", "Cyrillic (KOI8-R)"),
    "cp866": QT_TRANSLATE_NOOP("ImportTexts", "Cyrillic (DOS)"),
    "cp1256": QT_TRANSLATE_NOOP("ImportTexts", "Arabic and Persian (Windows)"),
    "cp874": QT_TRANSLATE_NOOP("ImportTexts", "Thai (Windows)"),
    "tis-620": QT_TRANSLATE_NOOP("ImportTexts", "Thai (TIS-620)"),
    "cp1253": QT_TRANSLATE_NOOP("ImportTexts", "Greek (Windows)"),
    "cp1254": QT_TRANSLATE_NOOP("ImportTexts", "Turkish (Windows)"),
    "cp1255": QT_TRANSLATE_NOOP("ImportTexts", "Hebrew (Windows)"),
    "gb18030": QT_TRANSLATE_NOOP("ImportTexts", "Chinese, simplified"),
    "big5": QT_TRANSLATE_NOOP("ImportTexts", "Chinese, traditional"),
    "shift_jis": QT_TRANSLATE_NOOP("ImportTexts", "Japanese"),
    "euc-kr": QT_TRANSLATE_NOOP("ImportTexts", "Korean"),
}

#: common countries for phone numbers written without a country code (ISO 3166 code → name)
COUNTRIES: dict[str, str] = {
    "IT": QT_TRANSLATE_NOOP("ImportTexts", "Italy"),
    "IR": QT_TRANSLATE_NOOP("ImportTexts", "Iran"),
    "RU": QT_TRANSLATE_NOOP("ImportTexts", "Russia"),
    "TH": QT_TRANSLATE_NOOP("ImportTexts", "Thailand"),
    "US": QT_TRANSLATE_NOOP("ImportTexts", "United States"),
    "GB": QT_TRANSLATE_NOOP("ImportTexts", "United Kingdom"),
    "DE": QT_TRANSLATE_NOOP("ImportTexts", "Germany"),
    "FR": QT_TRANSLATE_NOOP("ImportTexts", "France"),
    "ES": QT_TRANSLATE_NOOP("ImportTexts", "Spain"),
    "CH": QT_TRANSLATE_NOOP("ImportTexts", "Switzerland"),
    "AT": QT_TRANSLATE_NOOP("ImportTexts", "Austria"),
    "NL": QT_TRANSLATE_NOOP("ImportTexts", "Netherlands"),
    "BE": QT_TRANSLATE_NOOP("ImportTexts", "Belgium"),
    "PL": QT_TRANSLATE_NOOP("ImportTexts", "Poland"),
    "UA": QT_TRANSLATE_NOOP("ImportTexts", "Ukraine"),
    "BY": QT_TRANSLATE_NOOP("ImportTexts", "Belarus"),
    "KZ": QT_TRANSLATE_NOOP("ImportTexts", "Kazakhstan"),
    "TR": QT_TRANSLATE_NOOP("ImportTexts", "Turkey"),
    "AE": QT_TRANSLATE_NOOP("ImportTexts", "United Arab Emirates"),
    "AF": QT_TRANSLATE_NOOP("ImportTexts", "Afghanistan"),
    "IN": QT_TRANSLATE_NOOP("ImportTexts", "India"),
    "CN": QT_TRANSLATE_NOOP("ImportTexts", "China"),
    "JP": QT_TRANSLATE_NOOP("ImportTexts", "Japan"),
    "CA": QT_TRANSLATE_NOOP("ImportTexts", "Canada"),
    "AU": QT_TRANSLATE_NOOP("ImportTexts", "Australia"),
    "BR": QT_TRANSLATE_NOOP("ImportTexts", "Brazil"),
    "MY": QT_TRANSLATE_NOOP("ImportTexts", "Malaysia"),
    "LA": QT_TRANSLATE_NOOP("ImportTexts", "Laos"),
}


def record_types_label(record_type: str) -> str:
    text = RECORD_TYPES.get(record_type)
    return _t(text) if text else record_type


def kind_label(kind: str) -> str:
    text = KINDS.get(kind)
    return _t(text) if text else kind


def delimiter_label(delimiter: str) -> str:
    text = DELIMITERS.get(delimiter)
    return _t(text) if text else repr(delimiter)


def encoding_label(encoding: str) -> str:
    """``"cp1251 — Cyrillic (Windows)"``; the technical name first, as users search for it."""
    note = ENCODING_NOTES.get(encoding)
    return f"{encoding} \u2014 {_t(note)}" if note else encoding


def country_label(code: str) -> str:
    text = COUNTRIES.get(code)
    if text:
        return _t(text)
    territory = QLocale.codeToTerritory(code)
    return QLocale.territoryToString(territory) if territory else code


def target_label(target: str | None, custom_labels: dict[str, str] | None = None) -> str:
    """A mapping target as the combo shows it; custom fields by their own label."""
    if target is None:
        return QCoreApplication.translate("ImportTexts", "Ignore (do not import)")
    if target.startswith("custom."):
        return (custom_labels or {}).get(target, target.removeprefix("custom."))
    text = TARGETS.get(target)
    if text is not None:
        return _t(text)
    if target in FIELD_LABELS:
        return field_label(target)
    return target


def file_error_text(exc: CrmError) -> str:
    """Why a file cannot be read, translated, with the row when the reader knows it."""
    template = FILE_ERRORS.get(exc.code) if isinstance(exc, ImportFileError) else None
    if template is None:
        return error_text(exc)
    text = _t(template)
    row = exc.params.get("row")
    if row:
        text = QCoreApplication.translate("ImportTexts", "Row {row}: {problem}").format(
            row=row, problem=text
        )
    return text


def row_error_text(error: RowError) -> str:
    """The reason a row (or a cell of it) will not be imported, translated."""
    template = ROW_ERRORS.get(error.code)
    params: dict[str, Any] = {"value": error.value, **error.params}
    if template is None:
        field = error.column_name or ""
        return error_text(ValidationError(field, error.message, code=error.code, **params))
    if isinstance(params.get("missing"), list | tuple):
        params["missing"] = ", ".join(field_label(str(m)) for m in params["missing"])
    params.setdefault("count", "")
    params.setdefault("columns", "")
    params.setdefault("missing", "")
    try:
        return _t(template).format(**params)
    except (KeyError, IndexError, ValueError):
        return _t(template)


def plan_error_text(exc: CrmError) -> str:
    """Why the wizard's choices cannot be imported (a ValidationError of the engine's check)."""
    template = PLAN_ERRORS.get(exc.code)
    if template is None:
        return file_error_text(exc)
    column = exc.params.get("column")
    number = column + 1 if isinstance(column, int) else ""
    return _t(template).format(column=number)
