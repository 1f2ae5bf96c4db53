"""The wizard on other real files: an Italian workbook with a title row and a merged header (and
a second sheet), a Google Contacts export (mapped with no work), an encoding the detector is
unsure of, deals, a dropped file, and every kind of broken file with its message."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from pytestqt.qtbot import QtBot

from desktop_crm.domain.records import ListQuery
from desktop_crm.services.crm import Crm
from desktop_crm.services.importing import limits, readers
from tests.ui.test_import_wizard_support import (
    WAIT_MS,
    WizardMaker,
    choose,
    click_row,
    column_of,
    company_names,
    contacts_by_email,
    do_import,
    english,
    goto_preview,
    make_wizard,
    memory,
    next_step,
    table_texts,
    ui,
    write_google_csv,
    write_italian_workbook,
)

__all__ = ["english", "make_wizard", "memory", "ui"]  # fixtures used here


def test_a_workbook_with_a_title_row_a_merged_header_and_two_sheets(
    qtbot: QtBot, crm: Crm, make_wizard: WizardMaker, tmp_path: Path
) -> None:
    wizard = make_wizard(write_italian_workbook(tmp_path / "clienti.xlsx"))
    file_page = wizard.file_page
    assert file_page.kind_label.text().startswith("Excel workbook (.xlsx) \u00b7 ")
    assert file_page.kind_label.text().endswith("2 sheets")
    assert not file_page.encoding_frame.isVisible()
    next_step(qtbot, wizard)

    page = wizard.header_page
    sheets = [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())]
    assert sheets == ["Clienti", "Note"] and page.sheet_combo.isEnabled()
    assert page.header_spin.value() == 3  # the title row and the blank row are skipped
    names = ["Nome", "Cognome", "E-mail", "Telefono", "Telefono (2)", "Azienda"]
    assert wizard.state.header_names() == names
    assert wizard.raw_model.headerData(0, Qt.Orientation.Horizontal) == "A"
    with qtbot.waitSignal(wizard.sig_loaded, timeout=WAIT_MS):
        choose(page.sheet_combo, "Note")
    assert wizard.state.header_names() == ["Nota"] and page.header_spin.value() == 1
    with qtbot.waitSignal(wizard.sig_loaded, timeout=WAIT_MS):
        choose(page.sheet_combo, "Clienti")
    assert page.header_spin.value() == 3
    click_row(qtbot, page.rows_view, 0)  # the title as the header: not what we want
    assert wizard.state.header_names()[0].startswith("Clienti 2025")
    click_row(qtbot, page.rows_view, 2)
    assert wizard.state.header_names() == names
    next_step(qtbot, wizard)

    state = wizard.state
    assert state.targets == ["first_name", "last_name", "emails", "phones", "phones", "company"]
    next_step(qtbot, wizard)
    choose(wizard.matching_page.country_combo, "IT")
    goto_preview(qtbot, wizard)
    counts = {k: label.text() for k, label in wizard.preview_page.count_labels.items()}
    assert counts == {
        "new": "3",
        "updated": "0",
        "unchanged": "0",
        "skipped": "0",
        "warnings": "0",
        "errors": "0",
    }
    assert not wizard.preview_page.save_errors_button.isEnabled()
    do_import(qtbot, wizard)
    people = contacts_by_email(crm)
    marco = crm.contacts.get(people["marco@rossi.it"].id)
    assert marco.values["phones"] == ("+390612345678", "+393331234567")
    assert people["luca@verdi.it"].company_name == "Rossi Srl"
    assert company_names(crm) == {"Rossi Srl", "Bianchi SpA"}


def test_a_google_contacts_export_needs_no_mapping(
    qtbot: QtBot, crm: Crm, make_wizard: WizardMaker, tmp_path: Path
) -> None:
    wizard = make_wizard(write_google_csv(tmp_path / "contacts.csv"))
    next_step(qtbot, wizard)
    next_step(qtbot, wizard)
    assert "a Google Contacts export" in wizard.mapping_page.intro_label.text()
    targets = dict(zip(wizard.state.names, wizard.state.targets, strict=True))
    assert targets["Given Name"] == "first_name" and targets["Family Name"] == "last_name"
    assert targets["E-mail 1 - Value"] == "emails" and targets["Phone 1 - Value"] == "phones"
    assert targets["Organization 1 - Name"] == "company"
    assert targets["Organization 1 - Title"] == "job_title"
    assert targets["E-mail 1 - Type"] is None and targets["Name"] is None
    next_step(qtbot, wizard)
    goto_preview(qtbot, wizard)
    assert wizard.preview_page.count_labels["new"].text() == "2"
    do_import(qtbot, wizard)
    people = contacts_by_email(crm)
    sara = people["sara@example.ir"]
    assert (sara.first_name, sara.last_name, sara.job_title) == ("Sara", "Rezaei", "Director")
    assert sara.company_name == "Pars Co" and sara.phone == "+989123456789"
    assert people["somchai@example.th"].company_name == "Siam Trading"


def test_an_encoding_the_detector_is_unsure_of_is_asked_prominently(
    qtbot: QtBot, make_wizard: WizardMaker, tmp_path: Path
) -> None:
    path = tmp_path / "short.csv"
    path.write_bytes("Name;Email;City\nОля;o@x.ru;Москва\n".encode("cp1251"))
    assert not readers.inspect(path).encoding_confident  # what this test is about
    wizard = make_wizard(path)
    page = wizard.file_page
    assert page.encoding_prominent() and page.encoding_hint.isVisible()
    assert "could not be recognised" in page.encoding_hint.text()
    assert page.encoding_frame.styleSheet()  # framed in the warning colour
    with qtbot.waitSignal(wizard.sig_loaded, timeout=WAIT_MS):
        choose(page.encoding_combo, "cp1251")
    assert wizard.raw_model.index(1, 0).data() == "Оля"
    assert wizard.raw_model.index(1, 2).data() == "Москва"
    assert page.encoding_hint.isVisible()  # still asked: the user may look again
    next_step(qtbot, wizard)
    next_step(qtbot, wizard)
    assert wizard.state.plan().encoding == "cp1251"


def test_deals_with_stages_go_to_the_chosen_pipeline(
    qtbot: QtBot, crm: Crm, make_wizard: WizardMaker, tmp_path: Path
) -> None:
    path = tmp_path / "deals.csv"
    path.write_text(
        "Deal name,Amount,Stage,Company\n"
        "Website redesign,12000,Proposal,Rossi Srl\n"
        "Support contract,3400,Qualified,Pars Co\n"
        "Big one,99000,No such stage,Pars Co\n",
        encoding="utf-8",
    )
    wizard = make_wizard(path)
    choose(wizard.file_page.type_combo, "deal")
    assert wizard.windowTitle() == "Import Deals"
    next_step(qtbot, wizard)
    next_step(qtbot, wizard)
    assert wizard.state.targets == ["title", "value", "stage", "company"]
    next_step(qtbot, wizard)
    matching = wizard.matching_page
    options = [matching.match_combo.itemData(i) for i in range(matching.match_combo.count())]
    assert options == ["name", ""]
    assert matching.pipeline_combo.isVisible() and wizard.state.pipeline_id is not None
    goto_preview(qtbot, wizard)
    page = wizard.preview_page
    # an unknown stage is a warning (the deal goes to the pipeline's first stage), not an error
    assert page.count_labels["new"].text() == "3" and page.count_labels["errors"].text() == "0"
    assert page.count_labels["warnings"].text() == "1"
    assert page.warnings_model.rowCount() == 1
    assert table_texts(page.warnings_view, 2) == ["No such stage"]
    assert "first stage" in table_texts(page.warnings_view, 3)[0]
    do_import(qtbot, wizard)
    rossi = next(r for r in crm.company_list.page(ListQuery(), 0, 10) if r.name == "Rossi Srl")
    deals = crm.deals.for_record("company", rossi.id)
    assert [(d.title, d.value) for d in deals] == [("Website redesign", 12000)]
    pars = next(r for r in crm.company_list.page(ListQuery(), 0, 10) if r.name == "Pars Co")
    assert {d.title for d in crm.deals.for_record("company", pars.id)} == {
        "Support contract",
        "Big one",
    }


def test_a_file_dropped_on_the_wizard_is_opened(
    qtbot: QtBot, make_wizard: WizardMaker, tmp_path: Path
) -> None:
    wizard = make_wizard()
    assert not wizard.next_button.isEnabled()
    path = write_google_csv(tmp_path / "dropped.csv")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    point, action = QPoint(50, 50), Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, action, data, buttons, keys)
    enter.setAccepted(False)
    wizard.dragEnterEvent(enter)  # the offscreen platform has no drag manager to send these
    assert enter.isAccepted()
    with qtbot.waitSignal(wizard.sig_loaded, timeout=WAIT_MS):
        wizard.dropEvent(QDropEvent(QPointF(point), action, data, buttons, keys))
    assert wizard.state.path == path and wizard.next_button.isEnabled()
    assert str(path) in wizard.file_page.path_label.toolTip()


def test_a_file_chosen_in_the_file_dialog(
    qtbot: QtBot, make_wizard: WizardMaker, tmp_path: Path
) -> None:
    path = write_google_csv(tmp_path / "chosen.csv")
    wizard = make_wizard()
    asked: list[str] = []

    def answer(_parent: object, caption: str, _start: str, file_filter: str) -> str:
        asked.append(file_filter)
        return str(path)

    wizard.ask_open_path = answer
    with qtbot.waitSignal(wizard.sig_loaded, timeout=WAIT_MS):
        qtbot.mouseClick(wizard.file_page.choose_button, Qt.MouseButton.LeftButton)
    assert "*.xlsx" in asked[0] and wizard.state.path == path


# ----- broken files ---------------------------------------------------------------------------


def _workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Email"])
    for i in range(20):
        sheet.append([f"Client {i}", f"c{i}@example.com"])
    book.save(path)
    return path


def _empty(tmp: Path) -> Path:
    (tmp / "empty.csv").write_bytes(b"")
    return tmp / "empty.csv"


def _binary(tmp: Path) -> Path:
    (tmp / "program.csv").write_bytes(bytes(range(256)) * 16)
    return tmp / "program.csv"


def _password(tmp: Path) -> Path:
    header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + struct.pack("<HHH", 0x3E, 3, 0xFFFE)
    directory = b"".join(
        name.encode("utf-16-le").ljust(64, b"\x00") + bytes(64)
        for name in ("Root Entry", "EncryptionInfo", "EncryptedPackage")
    )
    path = tmp / "secret.xlsx"
    path.write_bytes(header.ljust(512, b"\xff") + directory + bytes(4096))
    return path


def _truncated(tmp: Path) -> Path:
    path = _workbook(tmp / "cut.xlsx")
    path.write_bytes(path.read_bytes()[:900])
    return path


def _unsafe(tmp: Path) -> Path:
    path = _workbook(tmp / "xxe.xlsx")
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr(
            "xl/sharedStrings.xml",
            b'<?xml version="1.0"?>\n<!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b"<si><t>&x;</t></si></sst>",
        )
    return path


def _bomb(tmp: Path) -> Path:
    path = _workbook(tmp / "bomb.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/zeros.bin", bytes(4 * 1024 * 1024))
    return path


def _unsupported(tmp: Path) -> Path:
    (tmp / "report.pdf").write_bytes(b"%PDF-1.4\n")
    return tmp / "report.pdf"


BROKEN: dict[str, tuple[Callable[[Path], Path], str]] = {
    "empty": (_empty, "The file is empty: there is nothing to import."),
    "binary": (_binary, "This is not a text file"),
    "password_protected": (_password, "The workbook is protected by a password."),
    "truncated": (_truncated, "The file is damaged or incomplete"),
    "unsafe_xml": (_unsafe, "The workbook was refused: it contains XML declarations"),
    "zip_bomb": (_bomb, "The workbook was refused: it expands far beyond"),
    "unsupported": (_unsupported, "This kind of file cannot be imported."),
}


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_a_broken_file_gets_a_clear_message_and_no_next_step(
    qtbot: QtBot,
    make_wizard: WizardMaker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    monkeypatch.setattr(limits, "RATIO_CHECK_MIN_BYTES", 1024 * 1024)
    write, message = BROKEN[kind]
    path = write(tmp_path)
    wizard = make_wizard()
    with qtbot.waitSignal(wizard.sig_load_failed, timeout=WAIT_MS) as blocker:
        wizard.open_path(path)
    assert blocker.args[0].code == kind
    label = wizard.file_page.status_label
    assert label.isVisible() and label.text().startswith(message), label.text()
    assert not wizard.next_button.isEnabled() and not wizard.file_page.is_complete()


def test_a_workbook_over_the_size_limit(
    qtbot: QtBot, make_wizard: WizardMaker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_WORKBOOK_BYTES", 1024)
    wizard = make_wizard()
    with qtbot.waitSignal(wizard.sig_load_failed, timeout=WAIT_MS):
        wizard.open_path(_workbook(tmp_path / "big.xlsx"))
    assert wizard.file_page.status_label.text().startswith("The workbook is too big to import.")
    assert not wizard.next_button.isEnabled()


def test_a_file_with_only_a_header_cannot_go_past_the_header_step(
    qtbot: QtBot, make_wizard: WizardMaker, tmp_path: Path
) -> None:
    path = tmp_path / "header.csv"
    path.write_text("Name,Email\n", encoding="utf-8")
    wizard = make_wizard(path)
    next_step(qtbot, wizard)
    label = wizard.header_page.status_label
    assert label.text() == "There are no rows with data below this header row."
    assert not wizard.next_button.isEnabled()


def test_a_wrong_encoding_with_a_bad_byte_is_reported_with_its_row(
    qtbot: QtBot, crm: Crm, make_wizard: WizardMaker, tmp_path: Path
) -> None:
    """The preview shows undecodable bytes as U+FFFD; the full read names the row."""
    path = tmp_path / "mixed.csv"
    rows = ["Name,Email"] + [f"Client {i},c{i}@example.com" for i in range(10)]
    path.write_bytes(("\n".join(rows) + "\n").encode() + b"Ren\xe9e,renee@example.com\n")
    wizard = make_wizard(path)
    with qtbot.waitSignal(wizard.sig_loaded, timeout=WAIT_MS):
        choose(wizard.file_page.encoding_combo, "utf-8")
    next_step(qtbot, wizard)
    next_step(qtbot, wizard)
    assert column_of(wizard, "Email") == 1
    next_step(qtbot, wizard)
    with qtbot.waitSignal(wizard.preview_page.sig_stopped, timeout=WAIT_MS):
        next_step(qtbot, wizard)
    text = wizard.preview_page.status_label.text()
    assert text.startswith("Row 12: The text cannot be read with the chosen encoding."), text
    assert wizard.preview_page.again_button.isVisible() and not wizard.next_button.isEnabled()


def test_dates_that_read_both_ways_are_asked_and_confirmed_in_the_preview(
    qtbot: QtBot, make_wizard: WizardMaker, tmp_path: Path
) -> None:
    path = tmp_path / "ambiguous.csv"
    path.write_text(
        "First name,Email,Birthday\n"
        "Ann,ann@example.com,03/04/1980\n"
        "Bob,bob@example.com,05/06/1990\n",
        encoding="utf-8",
    )
    wizard = make_wizard(path)
    for _ in range(3):
        next_step(qtbot, wizard)
    matching = wizard.matching_page
    assert matching.dates_box.isVisible() and matching.dates_box.styleSheet()
    text = matching.dates_label.text()
    assert text.startswith("These dates can be read two ways. Which is right?")
    assert "03/04/1980: day first 3 April 1980 \u00b7 month first 4 March 1980" in text
    assert wizard.state.date_order == "mdy" and wizard.state.date_unsure  # the US locale's order
    goto_preview(qtbot, wizard)
    page = wizard.preview_page
    assert page.date_frame.isVisible() and "read both day-first and month-first" in (
        page.date_label.text()
    )
    assert page.rows_model.row_item(0).values["birthday"] == date(1980, 3, 4)
    with qtbot.waitSignal(wizard.sig_preview_ready, timeout=WAIT_MS):
        choose(page.order_combo, "dmy")
    assert page.rows_model.row_item(0).values["birthday"] == date(1980, 4, 3)
    assert not page.date_frame.isVisible() and wizard.state.date_order == "dmy"
