"""Translations: every language is complete, compiled, and changes what the UI shows.

The .ts files are parsed here; each finished entry must come back from the compiled .qm, so a
.ts edited without ``build/translations.py compile`` fails too.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop_crm.services.crm import Crm
from desktop_crm.ui import i18n
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.labels import field_label, name_label
from desktop_crm.ui.messages import describe
from desktop_crm.ui.reports.texts import tr_text
from desktop_crm.ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("fa", "it", "ru", "th")
NUMERUS_FORMS = {"fa": 1, "it": 2, "ru": 3, "th": 1}
CONTACTS = {"fa": "مخاطبان", "it": "Contatti", "ru": "Контакты", "th": "ผู้ติดต่อ"}
PLACEHOLDER = re.compile(r"\{\w+\}|%L?n")


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application; afterwards English, left to right, none of our translators left."""
    assert isinstance(qapp, QApplication)
    yield qapp
    i18n.install(qapp, "en")
    assert i18n.installed_translators() == []
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("MainWindow", "Contacts") == "Contacts"


def _messages(lang: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS_DIR / f"desktop_crm_{lang}.ts").getroot()
    assert root.get("language") == lang
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_is_translated(lang: str) -> None:
    messages = _messages(lang)
    assert len(messages) > 250
    for context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None, (context, source)
        assert translation.get("type") is None, (lang, context, source, translation.get("type"))
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            assert len(forms) == NUMERUS_FORMS[lang], (lang, source)
        else:
            forms = [translation.text or ""]
        for text in forms:
            assert text.strip(), (lang, context, source)
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                lang,
                source,
                text,
            )
            assert text.count("&") == source.count("&"), (lang, source, text)
            if "desktop_crm" in source:
                assert "desktop_crm" in text, (lang, source, text)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_file_matches_the_ts(lang: str) -> None:
    translator = QTranslator()
    assert translator.load(str(i18n.I18N_DIR / f"desktop_crm_{lang}.qm"))
    for context, message in _messages(lang):
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            continue
        expected = message.findtext("translation")
        assert translator.translate(context, source) == expected, (lang, context, source)


def test_ts_files_hold_every_string_of_the_sources(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate is not None, "pyside6-lupdate ships with PySide6; the venv is incomplete"
    sources = sorted(str(p) for p in (ROOT / "desktop_crm" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    root = ET.parse(fresh).getroot()
    wanted = {
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
    }
    assert len(wanted) > 250
    for lang in LANGUAGES:
        have = {(context, m.findtext("source")) for context, m in _messages(lang)}
        assert wanted <= have, (lang, sorted(wanted - have)[:10])


def _hidden_texts(source: str) -> list[str]:
    """Texts lupdate cannot extract (or extracts wrongly), as ``"line: why"``:

    - ``_t("text")``: a helper around ``QCoreApplication.translate``, which lupdate cannot
      follow;
    - ``translate(_CTX, "text")``: a context that is not a literal;
    - ``tr()``/``translate()`` inside an f-string: lupdate does not read f-strings;
    - ``translate(ctx, "%n text", "", n)``: never marked plural (numerus) by lupdate, and not
      seen at all when ``n`` is a call; ``self.tr(text, "", n)`` is.
    """
    tree = ast.parse(source)
    in_fstrings = {
        id(node)
        for joined in ast.walk(tree)
        if isinstance(joined, ast.JoinedStr)
        for node in ast.walk(joined)
        if isinstance(node, ast.Call)
    }
    found: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args]
        if name == "_t" and literal[:1] == [True]:
            found.append(f"{node.lineno}: helper")
        if name not in ("tr", "translate"):
            continue
        if id(node) in in_fstrings:
            found.append(f"{node.lineno}: f-string")
        if name == "translate" and literal[1:2] == [True] and not literal[0]:
            found.append(f"{node.lineno}: context")
        if name == "translate" and (len(node.args) > 3 or any(k.arg == "n" for k in node.keywords)):
            found.append(f"{node.lineno}: plural")
    return sorted(found, key=lambda entry: int(entry.split(":")[0]))


def test_the_scan_finds_texts_hidden_from_lupdate() -> None:
    sample = (
        "a = _t('stale')\n"
        "b = QCoreApplication.translate(_CTX, 'Team')\n"
        "c = f\"{self.tr('overdue')}\"\n"
        "d = QCoreApplication.translate('Ctx', '%n days', None, n)\n"
        "e = QCoreApplication.translate('Ctx', 'Team') + self.tr('%n days', '', n)\n"
    )
    assert _hidden_texts(sample) == ["1: helper", "2: context", "3: f-string", "4: plural"]


def test_no_text_is_hidden_from_lupdate() -> None:
    """Every text reaches the .ts through ``build/translations.py update`` alone."""
    hidden = {
        str(path.relative_to(ROOT)): found
        for path in sorted((ROOT / "desktop_crm" / "ui").rglob("*.py"))
        if (found := _hidden_texts(path.read_text(encoding="utf-8")))
    }
    assert hidden == {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_texts_are_numerus(lang: str) -> None:
    for context, message in _messages(lang):
        source = message.findtext("source") or ""
        if re.search(r"%L?n", source):
            assert message.get("numerus") == "yes", (lang, context, source)


def test_standard_buttons_in_thai(app: QApplication, qtbot: QtBot) -> None:
    """Qt has no Thai catalog of its own: ours names the standard buttons (qt_texts.py)."""
    i18n.install(app, "th")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.Discard
    )
    qtbot.addWidget(box)
    texts = {button.text() for button in box.buttons()}
    assert texts == {"ตกลง", "ยกเลิก", "&ใช่", "ละทิ้ง"}


def test_report_definitions_are_translated(app: QApplication) -> None:
    from desktop_crm.services.reports import goals_report, pipeline_flow

    i18n.install(app, "it")
    for text in (pipeline_flow.FUNNEL, goals_report.DEFINITION, "Expected by now", "Done"):
        assert tr_text(text) not in ("", text), text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_install_translates_known_strings(app: QApplication, lang: str) -> None:
    assert i18n.install(app, lang) == lang
    assert i18n.installed_translators()
    translate = QCoreApplication.translate
    assert translate("MainWindow", "Contacts") == CONTACTS[lang]
    for context, source in [
        ("MainWindow", "Companies"),
        ("MainWindow", "Settings"),
        ("MainWindow", "&Undo"),
        ("Columns", "Phone"),
        ("RecordCard", "Timeline"),
        ("Timeline", "Created"),
        ("Formatting", "Yes"),
    ]:
        assert translate(context, source) not in ("", source), (lang, context, source)
    assert field_label("first_name") != "First name"
    assert name_label("Lead") not in ("", "Lead") or lang == "it"  # "Lead" is Italian too
    assert describe("create contact") not in ("Create contact", "")
    assert QLocale().language() == QLocale(lang).language()


def test_plural_forms(app: QApplication) -> None:
    def contacts(count: int) -> str:
        return QCoreApplication.translate("RecordListView", "%Ln contacts", "", count)

    i18n.install(app, "ru")
    assert [contacts(n) for n in (2, 5, 21, 22, 11)] == [
        "2 контакта",
        "5 контактов",
        "21 контакт",
        "22 контакта",
        "11 контактов",
    ]
    i18n.install(app, "it")
    assert contacts(5) == "5 contatti"
    i18n.install(app, "fa")
    assert contacts(5) == "۵ مخاطب"  # Persian digits from the locale
    i18n.install(app, "th")
    assert contacts(5) == "ผู้ติดต่อ 5 ราย"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_layout_direction(app: QApplication, lang: str) -> None:
    i18n.install(app, lang)
    expected = Qt.LayoutDirection.RightToLeft if lang == "fa" else Qt.LayoutDirection.LeftToRight
    assert app.layoutDirection() == expected


def test_switching_language_replaces_the_translators(app: QApplication) -> None:
    i18n.install(app, "fa")
    first = i18n.installed_translators()
    i18n.install(app, "ru")
    assert not set(first) & set(i18n.installed_translators())
    assert QCoreApplication.translate("MainWindow", "Contacts") == "Контакты"
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert i18n.install(app, "xx") == "en"
    assert QCoreApplication.translate("MainWindow", "Contacts") == "Contacts"


def test_main_window_in_persian_is_translated_and_right_to_left(
    app: QApplication, crm: Crm, qtbot: QtBot
) -> None:
    crm.contacts.create({"first_name": "Marco", "last_name": "Rossi"})
    i18n.install(app, "fa")
    window = MainWindow(UiContext(crm))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.isRightToLeft()
    sections = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert "مخاطبان" in sections
    assert "شرکت‌ها" in sections
    assert "تنظیمات" in sections
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&ویرایش" in menus
    assert window.db_label.text().startswith("پایگاه داده:")
    assert str(crm.location) in window.db_label.text()
