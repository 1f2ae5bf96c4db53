"""Step 4: finding records that exist already, and how to read phones, dates and numbers."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget
from typing_extensions import override

from desktop_crm.services.importing.dates import parse_date
from desktop_crm.services.importing.values import ValueProblem
from desktop_crm.ui.dates import day_number, format_month_year
from desktop_crm.ui.importer.base import WARNING_STYLE, Host, Step
from desktop_crm.ui.importer.texts import COUNTRIES, country_label

DATE_ORDERS = ("dmy", "mdy")
_SHOWN_DATES = 3


def locale_region() -> str | None:
    """The ISO country of the user's locale (None for the C locale)."""
    territory = QLocale().territory()
    if territory == QLocale.Country.AnyTerritory:
        return None
    code = QLocale.territoryToCode(territory)
    return code or None


def date_readings(text: str) -> dict[str, str]:
    """``text`` read day-first and month-first, each as a long date (absent if impossible)."""
    found = {}
    for order in DATE_ORDERS:
        try:
            day = parse_date(text, order=order)  # type: ignore[arg-type]
        except (ValueProblem, ValueError):
            continue
        found[order] = f"{day_number(day)} {format_month_year(day)}"
    return found


class MatchingPage(Step):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self._build_ui()
        self._connect_signals()

    @override
    def title(self) -> str:
        return self.tr("Matching and formats")

    def _build_ui(self) -> None:
        self._build_match_box()
        self._build_formats_box()
        self._build_dates_box()
        layout = QVBoxLayout(self)
        layout.addWidget(self.match_box)
        layout.addWidget(self.formats_box)
        layout.addWidget(self.dates_box)
        layout.addStretch(1)

    def _build_match_box(self) -> None:
        self.match_combo = QComboBox(self)
        self.match_combo.setAccessibleName(self.tr("Find existing records by"))
        self.on_match_combo = QComboBox(self)
        self.on_match_combo.setAccessibleName(self.tr("When a row matches a record"))
        self.on_match_combo.addItem(self.tr("Skip the row: keep the record as it is"), "skip")
        self.on_match_combo.addItem(self.tr("Fill in the record's empty fields only"), "fill")
        self.on_match_combo.addItem(
            self.tr("Overwrite the record's fields with the file's values"), "overwrite"
        )
        self.match_hint = QLabel(
            self.tr(
                "Emails, phone numbers and names are compared ignoring case, spaces and how numbers are written."
            ),
            self,
        )
        self.match_hint.setWordWrap(True)
        self.match_box = QGroupBox(self.tr("Records that exist already"), self)
        match_form = QFormLayout(self.match_box)
        match_form.addRow(self.tr("Find them by:"), self.match_combo)
        match_form.addRow(self.tr("When a row matches:"), self.on_match_combo)
        match_form.addRow(self.match_hint)

    def _build_formats_box(self) -> None:
        self.country_combo = QComboBox(self)
        self.country_combo.setAccessibleName(self.tr("Country of phone numbers"))
        self.decimal_combo = QComboBox(self)
        self.decimal_combo.setAccessibleName(self.tr("Decimal separator"))
        self.decimal_combo.addItem(self.tr("Recognise it in each column"), "")
        self.decimal_combo.addItem(self.tr("Point: 1,234.56"), ".")
        self.decimal_combo.addItem(self.tr("Comma: 1.234,56"), ",")
        self.pipeline_combo = QComboBox(self)
        self.pipeline_combo.setAccessibleName(self.tr("Pipeline"))
        self.formats_box = QGroupBox(self.tr("Reading the values"), self)
        self.formats_form = QFormLayout(self.formats_box)
        self.formats_form.addRow(
            self.tr("Phone numbers without a country code are from:"), self.country_combo
        )
        self.formats_form.addRow(self.tr("Decimal separator:"), self.decimal_combo)
        self.formats_form.addRow(self.tr("New deals go to the pipeline:"), self.pipeline_combo)

    def _build_dates_box(self) -> None:
        self.order_combo = QComboBox(self)
        self.order_combo.setAccessibleName(self.tr("Order of day and month"))
        self.order_combo.addItem(self.tr("Day first (31/12/2026)"), "dmy")
        self.order_combo.addItem(self.tr("Month first (12/31/2026)"), "mdy")
        self.order_combo.addItem(self.tr("Year first (2026/12/31)"), "ymd")
        self.calendar_combo = QComboBox(self)
        self.calendar_combo.setAccessibleName(self.tr("Calendar of the dates"))
        self.calendar_combo.addItem(self.tr("Recognise it (Gregorian or Persian)"), "")
        self.calendar_combo.addItem(self.tr("Gregorian"), "gregorian")
        self.calendar_combo.addItem(self.tr("Persian (Jalali, e.g. 1405/09/02)"), "jalali")
        self.dates_label = QLabel(self)
        self.dates_label.setWordWrap(True)
        self.dates_box = QGroupBox(self.tr("Dates"), self)
        dates_form = QFormLayout(self.dates_box)
        dates_form.addRow(self.dates_label)
        dates_form.addRow(self.tr("Day and month:"), self.order_combo)
        dates_form.addRow(self.tr("Calendar:"), self.calendar_combo)

    def _connect_signals(self) -> None:
        self.match_combo.activated.connect(self._on_match_activated)
        self.on_match_combo.activated.connect(self._on_on_match_activated)
        self.country_combo.activated.connect(self._on_country_activated)
        self.decimal_combo.activated.connect(self._on_decimal_activated)
        self.pipeline_combo.activated.connect(self._on_pipeline_activated)
        self.order_combo.activated.connect(self._on_order_activated)
        self.calendar_combo.activated.connect(self._on_calendar_activated)

    # ----- entering -----------------------------------------------------------------------------
    @override
    def enter(self) -> None:
        self._fill_match()
        self._fill_countries()
        self._fill_pipelines()
        self._fill_dates()
        state = self.host.state
        self.decimal_combo.setCurrentIndex(max(self.decimal_combo.findData(state.decimal or ""), 0))
        calendar = {None: "", False: "gregorian", True: "jalali"}[state.jalali]
        self.calendar_combo.setCurrentIndex(max(self.calendar_combo.findData(calendar), 0))

    def match_options(self) -> list[tuple[str, str]]:
        """(label, match rule; "" for none) that fit the record type and the mapped columns."""
        state = self.host.state
        mapped = set(state.targets)
        kind = state.record_type
        options: list[tuple[str, str]] = []
        if kind == "contact":
            if "emails" in mapped:
                options.append((self.tr("Email address"), "email"))
            if "phones" in mapped:
                options.append((self.tr("Phone number"), "phone"))
            options.append((self.tr("Name and company"), "name"))
        elif kind == "company":
            options.append((self.tr("Company name"), "name"))
            if "email" in mapped:
                options.append((self.tr("Email address"), "email"))
            if "phone" in mapped:
                options.append((self.tr("Phone number"), "phone"))
        elif kind == "deal":
            options.append((self.tr("Deal title"), "name"))
        options.append((self.tr("Do not look for them: every row is a new record"), ""))
        return options

    def _fill_match(self) -> None:
        state = self.host.state
        self.match_combo.clear()
        options = self.match_options()
        for label, value in options:
            self.match_combo.addItem(label, value)
        if (state.match_by or "") not in [value for _, value in options]:
            state.match_by = options[0][1] or None
        self.match_combo.setCurrentIndex(max(self.match_combo.findData(state.match_by or ""), 0))
        self.on_match_combo.setCurrentIndex(max(self.on_match_combo.findData(state.on_match), 0))
        self.on_match_combo.setEnabled(state.match_by is not None)

    def _fill_countries(self) -> None:
        state = self.host.state
        if self.country_combo.count() == 0:
            if state.region is None:
                state.region = locale_region()
            codes = sorted(COUNTRIES, key=country_label)
            if state.region and state.region not in codes:
                codes.insert(0, state.region)
            self.country_combo.addItem(self.tr("None: every number has its country code"), "")
            for code in codes:
                self.country_combo.addItem(country_label(code), code)
        self.country_combo.setCurrentIndex(max(self.country_combo.findData(state.region or ""), 0))

    def _fill_pipelines(self) -> None:
        state = self.host.state
        deals = state.record_type == "deal"
        self.formats_form.setRowVisible(self.pipeline_combo, deals)
        if not deals:
            return
        self.pipeline_combo.clear()
        for pipeline in self.host.ui.crm.pipelines.pipelines():
            self.pipeline_combo.addItem(pipeline.name, pipeline.id)
        if state.pipeline_id is None and self.pipeline_combo.count():
            state.pipeline_id = str(self.pipeline_combo.itemData(0))
        self.pipeline_combo.setCurrentIndex(max(self.pipeline_combo.findData(state.pipeline_id), 0))

    def _fill_dates(self) -> None:
        state = self.host.state
        samples = state.date_samples()
        self.dates_box.setVisible(bool(state.date_columns()))
        if not state.date_columns():
            return
        guessed, ambiguous = state.guessed_date_order()
        if state.date_order is None:
            state.date_order = guessed or _locale_order()
            # the user must look at it when the rows do not settle it (shown again in the preview)
            state.date_unsure = bool(samples) and (guessed is None or ambiguous)
        self.order_combo.setCurrentIndex(max(self.order_combo.findData(state.date_order), 0))
        self._show_date_question()

    def _show_date_question(self) -> None:
        state = self.host.state
        unsure = state.date_unsure
        self.dates_box.setStyleSheet(f"QGroupBox {{{WARNING_STYLE}}}" if unsure else "")
        self.dates_label.setText(self._dates_text(state.date_samples(), unsure))

    def _dates_text(self, samples: list[str], unsure: bool) -> str:
        lines = []
        if unsure:
            lines.append(self.tr("These dates can be read two ways. Which is right?"))
        elif samples:
            lines.append(self.tr("The first dates of the file, read each way:"))
        shown = 0
        for text in dict.fromkeys(samples):
            readings = date_readings(text)
            if len(readings) < 2:
                continue
            lines.append(
                self.tr("{text}: day first {dmy} \u00b7 month first {mdy}").format(
                    text=text, dmy=readings["dmy"], mdy=readings["mdy"]
                )
            )
            shown += 1
            if shown == _SHOWN_DATES:
                break
        return "\n".join(lines)

    # ----- choices --------------------------------------------------------------------------------
    def _on_match_activated(self) -> None:
        value = self.match_combo.currentData()
        self.host.state.match_by = str(value) if value else None
        self.on_match_combo.setEnabled(bool(value))

    def _on_on_match_activated(self) -> None:
        self.host.state.on_match = str(self.on_match_combo.currentData())

    def _on_country_activated(self) -> None:
        value = self.country_combo.currentData()
        self.host.state.region = str(value) if value else None

    def _on_decimal_activated(self) -> None:
        value = self.decimal_combo.currentData()
        self.host.state.decimal = str(value) if value else None

    def _on_pipeline_activated(self) -> None:
        self.host.state.pipeline_id = str(self.pipeline_combo.currentData())

    def _on_order_activated(self) -> None:
        self.host.state.date_order = str(self.order_combo.currentData())
        self.host.state.date_unsure = False
        self._show_date_question()

    def _on_calendar_activated(self) -> None:
        value = self.calendar_combo.currentData()
        self.host.state.jalali = {"gregorian": False, "jalali": True}.get(str(value))


def _locale_order() -> str:
    """The order of the user's locale's short dates: "mdy" for 12/31/2026 locales, else "dmy"."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return "mdy" if pattern.lstrip().upper().startswith("M") else "dmy"
