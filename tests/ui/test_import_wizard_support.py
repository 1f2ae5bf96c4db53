"""Shared fixtures and helpers of the import wizard tests (no tests here).

The files are written by the helpers, byte for byte as other programs save them: a Russian CSV
in Windows-1251, an Italian workbook with a title row and a merged header, a Google Contacts
export. The wizard is driven through its real widgets; only the file dialogs are answered.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QTableView
from pytestqt.qtbot import QtBot

from desktop_crm.domain.records import ContactRow, ListQuery
from desktop_crm.services.crm import Crm
from desktop_crm.services.importing import engine
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.importer import ImportWizard, MappingMemory
from desktop_crm.ui.importer.models import MappingModel

WAIT_MS = 30_000
LEFT = Qt.MouseButton.LeftButton

RUSSIAN_HEADER = ["Имя", "Фамилия", "Email", "Телефон", "Дата рождения", "Заметка", "Компания"]


def russian_rows(count: int = 30) -> list[list[str]]:
    rows = [
        [
            f"Иван{i}",
            "Петров",
            f"ivan{i}@example.ru",
            f"8 912 345 67 {i:02d}",
            f"{i % 28 + 1:02d}.04.1980",
            f"клиент с выставки {i}",
            "ООО Ромашка" if i % 2 else "АО Василёк",
        ]
        for i in range(count)
    ]
    rows.append(["Анна", "Сидорова", "не-почта", "8 912 111 22 33", "13.04.1985", "", ""])
    return rows


def write_russian_csv(path: Path, header: list[str] | None = None, count: int = 30) -> Path:
    """A semicolon CSV in Windows-1251 (as Russian Excel saves "CSV"), CRLF line ends."""
    header = header or RUSSIAN_HEADER
    order = [RUSSIAN_HEADER.index(name) for name in header]
    lines = [";".join(header)]
    lines += [";".join(row[i] for i in order) for row in russian_rows(count)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1251"))
    return path


def write_italian_workbook(path: Path) -> Path:
    """A title row, a blank row, then a header whose "Telefono" is merged over two columns;
    a second sheet of notes."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Clienti"
    sheet["A1"] = "Clienti 2025 \u2014 fiera di Milano"
    sheet.merge_cells("A1:F1")
    header = ["Nome", "Cognome", "E-mail", "Telefono", None, "Azienda"]
    for column, value in enumerate(header, start=1):
        if value is not None:
            sheet.cell(row=3, column=column, value=value)
    sheet.merge_cells("D3:E3")
    people = [
        ("Marco", "Rossi", "marco@rossi.it", "06 1234 5678", "333 123 4567", "Rossi Srl"),
        ("Giulia", "Bianchi", "giulia@bianchi.it", "02 8765 4321", "", "Bianchi SpA"),
        ("Luca", "Verdi", "luca@verdi.it", "", "347 765 4321", "Rossi Srl"),
    ]
    for person in people:
        sheet.append(list(person))
    notes = book.create_sheet("Note")
    notes.append(["Nota"])
    notes.append(["Da richiamare"])
    book.save(path)
    return path


GOOGLE_HEADER = (
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
    "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,"
    "Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,"
    "Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
    "Phone 1 - Type,Phone 1 - Value,Organization 1 - Type,Organization 1 - Name,"
    "Organization 1 - Yomi Name,Organization 1 - Title"
)


def write_google_csv(path: Path) -> Path:
    """A Google Contacts export (the older "Google CSV" layout), UTF-8, comma-separated."""
    header = GOOGLE_HEADER.split(",")
    people = [
        {
            "Name": "Sara Rezaei",
            "Given Name": "Sara",
            "Family Name": "Rezaei",
            "Notes": "Met at the fair",
            "Group Membership": "* myContacts ::: Customers",
            "E-mail 1 - Type": "* Work",
            "E-mail 1 - Value": "sara@example.ir",
            "Phone 1 - Type": "Mobile",
            "Phone 1 - Value": "+98 912 345 6789",
            "Organization 1 - Name": "Pars Co",
            "Organization 1 - Title": "Director",
        },
        {
            "Name": "Somchai Jaidee",
            "Given Name": "Somchai",
            "Family Name": "Jaidee",
            "Group Membership": "* myContacts",
            "E-mail 1 - Value": "somchai@example.th",
            "Phone 1 - Value": "+66 81 234 5678",
            "Organization 1 - Name": "Siam Trading",
        },
    ]
    lines = [",".join(header)]
    lines += [",".join(person.get(name, "") for name in header) for person in people]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ----- fixtures -----------------------------------------------------------------------------------


@pytest.fixture
def english() -> Iterator[None]:
    """English (United States) for dates, numbers and the default phone country."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def ui(crm: Crm, english: None) -> UiContext:
    return UiContext(crm)


@pytest.fixture
def memory(tmp_path: Path) -> MappingMemory:
    return MappingMemory(tmp_path / "config" / "import_mappings.json")


class PathAnswer:
    """Stands in for a QFileDialog: records the question, answers ``path``."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self.asked: list[tuple[str, str, str]] = []

    def __call__(self, _parent: Any, caption: str, start: str, file_filter: str) -> str:
        self.asked.append((caption, start, file_filter))
        return self.path


WizardMaker = Callable[..., ImportWizard]


@pytest.fixture
def make_wizard(qtbot: QtBot, ui: UiContext, memory: MappingMemory) -> WizardMaker:
    def make(path: Path | None = None, record_type: str = "contact") -> ImportWizard:
        wizard = ImportWizard(ui, None, record_type, memory=memory)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        if path is not None:
            with qtbot.waitSignal(wizard.sig_loaded, timeout=WAIT_MS):
                wizard.open_path(path)
        return wizard

    return make


# ----- driving ---------------------------------------------------------------------------------


def click(qtbot: QtBot, button: Any) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def next_step(qtbot: QtBot, wizard: ImportWizard) -> None:
    step = wizard.current_step()
    click(qtbot, wizard.next_button)
    assert wizard.current_step() == step + 1


def choose(combo: QComboBox, data: Any) -> None:
    """Pick the item holding ``data`` as a user does (``activated`` is emitted)."""
    found = combo.findData(data)
    assert found >= 0, (data, [combo.itemData(i) for i in range(combo.count())])
    combo.setCurrentIndex(found)
    combo.activated.emit(found)


def click_row(qtbot: QtBot, view: QTableView, row: int, column: int = 0) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())


def pick_target(qtbot: QtBot, wizard: ImportWizard, column: int, target: str) -> None:
    """Open the "Import as" combo of ``column`` with a click and choose ``target``."""
    page = wizard.mapping_page
    view = page.view
    index = page.model.index(column, MappingModel.TARGET)
    click_row(qtbot, view, column, MappingModel.TARGET)
    editor = view.indexWidget(index)
    if editor is None:  # the first click made the cell current; the editor opens on it
        view.edit(index)
        editor = view.indexWidget(index)
    assert isinstance(editor, QComboBox)
    choose(editor, target)


def table_texts(view: QTableView, column: int) -> list[str]:
    model = view.model()
    return [str(model.index(r, column).data() or "") for r in range(model.rowCount())]


def column_of(wizard: ImportWizard, name: str) -> int:
    return wizard.state.names.index(name)


def goto_preview(qtbot: QtBot, wizard: ImportWizard) -> None:
    """From the matching step: Next, and wait for the preview."""
    with qtbot.waitSignal(wizard.sig_preview_ready, timeout=WAIT_MS):
        next_step(qtbot, wizard)


def do_import(qtbot: QtBot, wizard: ImportWizard) -> Any:
    with qtbot.waitSignal(wizard.sig_import_finished, timeout=WAIT_MS) as blocker:
        next_step(qtbot, wizard)
    return blocker.args[0]


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """``analyze`` and ``run_import`` pause at their first progress report until Cancel is
    pressed (or the gate opens): a deterministic moment to cancel in."""
    opened = threading.Event()

    def gated(real: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, progress: Any, cancelled: Any, **kwargs: Any) -> Any:
            def hold(done: int, total: int) -> None:
                progress(done, total)
                while not cancelled() and not opened.wait(0.01):
                    pass

            return real(*args, progress=hold, cancelled=cancelled, **kwargs)

        return run

    monkeypatch.setattr(engine, "analyze", gated(engine.analyze))
    monkeypatch.setattr(engine, "run_import", gated(engine.run_import))
    yield opened
    opened.set()


def contacts_by_email(crm: Crm) -> dict[str, ContactRow]:
    """Live contacts by their first email, case-folded."""
    rows = crm.contact_list.page(ListQuery(), 0, 10_000)
    return {(row.email or f"(none) {row.id}").casefold(): row for row in rows}


def company_names(crm: Crm) -> set[str]:
    return {row.name for row in crm.company_list.page(ListQuery(), 0, 10_000)}
