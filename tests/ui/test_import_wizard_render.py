"""Every step of the wizard rendered (English), and the mapping step in Persian, right to left.

The PNGs go to ``tmp_path``; with ``DESKTOP_CRM_SCREENSHOTS=<folder>`` they are also saved there
under the names of ``docs/screenshots/import_*.png``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_crm.services.crm import Crm
from desktop_crm.ui import i18n
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.importer import ImportWizard
from tests.ui.test_import_wizard_support import (
    WAIT_MS,
    WizardMaker,
    choose,
    do_import,
    english,
    goto_preview,
    make_wizard,
    memory,
    next_step,
    ui,
    write_russian_csv,
)

__all__ = ["english", "make_wizard", "memory", "ui"]  # fixtures used here

SIZE = (1000, 700)


def render(widget: QWidget, folder: Path, name: str) -> QImage:
    QApplication.sendPostedEvents()  # pending layout requests, so the grab shows the final layout
    image = widget.grab().toImage()
    assert not image.isNull()
    image.save(str(folder / name))
    shots = os.environ.get("DESKTOP_CRM_SCREENSHOTS")
    if shots:
        image.save(str(Path(shots) / name))
    return image


def test_every_step_renders(
    qtbot: QtBot, crm: Crm, make_wizard: WizardMaker, tmp_path: Path
) -> None:
    crm.contacts.create({"first_name": "Ваня", "emails": "ivan3@example.ru"})
    wizard = make_wizard(write_russian_csv(tmp_path / "клиенты.csv"))
    wizard.resize(*SIZE)
    names = ["import_file.png", "import_header.png", "import_mapping.png", "import_matching.png"]
    for step, name in enumerate(names):
        image = render(wizard, tmp_path, name)
        assert (image.width(), image.height()) == SIZE
        if step == 3:
            choose(wizard.matching_page.country_combo, "RU")
            choose(wizard.matching_page.on_match_combo, "overwrite")
            goto_preview(qtbot, wizard)
        else:
            next_step(qtbot, wizard)
    render(wizard, tmp_path, "import_preview.png")
    wizard.preview_page.tabs.setCurrentIndex(1)
    render(wizard, tmp_path, "import_preview_errors.png")
    wizard.preview_page.tabs.setCurrentIndex(0)
    do_import(qtbot, wizard)
    render(wizard, tmp_path, "import_done.png")
    history = wizard.show_history()
    qtbot.waitExposed(history)
    render(history, tmp_path, "import_history.png")
    history.close()


@pytest.fixture
def persian(qapp: QApplication) -> Iterator[None]:
    assert isinstance(qapp, QApplication)
    i18n.install(qapp, "fa")
    yield
    i18n.install(qapp, "en")


def test_the_mapping_step_right_to_left_in_persian(
    qtbot: QtBot, crm: Crm, persian: None, tmp_path: Path
) -> None:
    path = tmp_path / "مشتریان.csv"
    path.write_text(
        "نام,نام خانوادگی,ایمیل,تلفن همراه,شرکت,تاریخ تولد,توضیحات\n"
        "سارا,رضایی,sara@example.ir,0912 345 6789,پارس,1365/04/12,مشتری نمایشگاه\n"
        "علی,محمدی,ali@example.ir,۰۹۱۲۱۱۱۲۲۳۳,پارس,1370/11/01,\n",
        encoding="utf-8",
    )
    wizard = ImportWizard(UiContext(crm))
    qtbot.addWidget(wizard)
    wizard.resize(*SIZE)
    wizard.show()
    qtbot.waitExposed(wizard)
    with qtbot.waitSignal(wizard.sig_loaded, timeout=WAIT_MS):
        wizard.open_path(path)
    next_step(qtbot, wizard)
    next_step(qtbot, wizard)
    assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert wizard.mapping_page.view.isRightToLeft()
    assert wizard.state.targets[:4] == ["first_name", "last_name", "emails", "phones"]
    assert wizard.state.targets[4] == "company"
    # the step list sits on the right, the buttons' "Next" left of "Back"
    assert wizard.steps_list.geometry().left() > wizard.stack.geometry().left()
    assert wizard.next_button.geometry().left() < wizard.back_button.geometry().left()
    render(wizard, tmp_path, "import_mapping_fa.png")
