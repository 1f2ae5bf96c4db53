"""Column mapping guessed from headers in five languages and from values; known export layouts."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_crm.domain.fields import FIELDS_BY_TYPE
from desktop_crm.domain.tasks import TASK_SPECS
from desktop_crm.services.importing.layouts import (
    KNOWN_LAYOUTS,
    detect_layout,
    fold_header,
    layout_key,
    recall_mapping,
    remember_mapping,
)
from desktop_crm.services.importing.mapping import (
    MULTI_TARGETS,
    PSEUDO_TARGETS,
    TARGETS_BY_TYPE,
    guess_mapping,
    split_full_name,
)
from desktop_crm.services.importing.values import Cell


def _mapped(record_type: str, headers: list[str], rows: list[list[Cell]] | None = None) -> dict:
    return dict(zip(headers, guess_mapping(record_type, headers, rows or []), strict=True))


@pytest.mark.parametrize(
    "headers",
    [
        # English, Italian, Russian, Persian (with and without ZWNJ), Thai
        ["First Name", "Last Name", "E-mail", "Phone", "Company", "Job Title", "Birthday"],
        ["Nome", "Cognome", "E-mail", "Telefono", "Azienda", "Qualifica", "Data di nascita"],
        ["Имя", "Фамилия", "Эл. почта", "Телефон", "Компания", "Должность", "Дата рождения"],
        ["نام", "نام خانوادگی", "ایمیل", "تلفن", "شرکت", "سمت", "تاریخ تولد"],
        ["نام", "نام‌خانوادگی", "پست الکترونیک", "تلفن همراه", "نام شرکت", "شغل", "تولد"],
        ["ชื่อ", "นามสกุล", "อีเมล", "โทรศัพท์", "บริษัท", "ตำแหน่ง", "วันเกิด"],
        ["FIRST_NAME", "last-name", "EMAIL ADDRESS", "Cellulare", "Società", "Ruolo?", "DOB"],
    ],
)
def test_contact_headers_in_five_languages(headers: list[str]) -> None:
    targets = guess_mapping("contact", headers, [])
    assert targets[:6] == ["first_name", "last_name", "emails", "phones", "company", targets[5]]
    assert targets[5] in ("job_title", "company_role")
    assert targets[6] == "birthday"


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Città", "city"),
        ("Город", "city"),
        ("شهر", "city"),
        ("เมือง", "city"),
        ("Paese", "country"),
        ("Страна", "country"),
        ("کشور", "country"),
        ("ประเทศ", "country"),
        ("Indirizzo", "address"),
        ("Адрес", "address"),
        ("آدرس", "address"),
        ("ที่อยู่", "address"),
        ("Note", "notes"),
        ("Примечание", "notes"),
        ("توضیحات", "notes"),
        ("หมายเหตุ", "notes"),
        ("Fonte", "source"),
        ("Источник", "source"),
        ("منبع", "source"),
        ("แหล่งที่มา", "source"),
        ("Responsabile", "owner"),
        ("Ответственный", "owner"),
        ("مسئول", "owner"),
        ("ผู้รับผิดชอบ", "owner"),
        ("Tags", "tags"),
        ("Метки", "tags"),
        ("برچسب‌ها", "tags"),
        ("แท็ก", "tags"),
        ("Lifecycle stage", "lifecycle_stage"),
        ("Stato cliente", "customer_status"),
        ("Lingua", "language"),
        ("Мобильный телефон", "phones"),
        ("Telefono ufficio", "phones"),
        ("شماره موبایل", "phones"),
        ("เบอร์มือถือ", "phones"),
        ("E-mail lavoro", "emails"),
        ("Nome e cognome", "full_name"),
        ("Cognome e nome", "full_name_reversed"),
        ("ФИО", "full_name_reversed"),
        ("نام و نام خانوادگی", "full_name"),
        ("ชื่อ-นามสกุล", "full_name"),
        ("Full name", "full_name"),
        ("Name", "full_name"),  # with no surname column, a name is a full name
        ("Hotel", None),
        ("Fax", None),
        ("ID", None),
        ("Colonna 7", None),
    ],
)
def test_single_contact_headers(header: str, target: str | None) -> None:
    assert guess_mapping("contact", [header], []) == [target]


def test_a_name_beside_a_surname_is_the_first_name() -> None:
    assert _mapped("contact", ["Name", "Surname"]) == {"Name": "first_name", "Surname": "last_name"}
    assert _mapped("contact", ["Имя", "Фамилия"])["Имя"] == "first_name"


def test_a_full_name_beside_first_and_last_name_is_not_imported_twice() -> None:
    mapped = _mapped("contact", ["Full Name", "First Name", "Last Name"])
    assert mapped == {"Full Name": None, "First Name": "first_name", "Last Name": "last_name"}


def test_company_and_deal_headers() -> None:
    assert _mapped(
        "company", ["Ragione sociale", "Sito web", "Telefono", "Email", "Settore", "Dipendenti"]
    ) == {
        "Ragione sociale": "name",
        "Sito web": "website",
        "Telefono": "phone",
        "Email": "email",
        "Settore": "industry",
        "Dipendenti": "size",
    }
    assert _mapped(
        "deals", ["Название сделки", "Сумма", "Валюта", "Этап", "Компания", "Контакт", "Воронка"]
    ) == {
        "Название сделки": "title",
        "Сумма": "value",
        "Валюта": "currency",
        "Этап": "stage",
        "Компания": "company",
        "Контакт": "contact",
        "Воронка": "pipeline",
    }
    assert _mapped("deal", ["عنوان", "مبلغ", "مرحله", "تاریخ بستن", "احتمال"]) == {
        "عنوان": "title",
        "مبلغ": "value",
        "مرحله": "stage",
        "تاریخ بستن": "expected_close",
        "احتمال": "probability",
    }


@pytest.mark.parametrize(
    "headers",
    [
        ["Task", "Type", "Due date", "Priority", "Done", "Assigned to", "Contact", "Company"],
        ["Attività", "Tipo", "Scadenza", "Priorità", "Fatto", "Assegnato a", "Contatto", "Azienda"],
        ["Задача", "Тип", "Срок", "Приоритет", "Выполнено", "Исполнитель", "Контакт", "Компания"],
        ["وظیفه", "نوع", "سررسید", "اولویت", "انجام شده", "مسئول انجام", "مخاطب", "شرکت"],
        ["งาน", "ประเภท", "วันครบกำหนด", "ความสำคัญ", "เสร็จแล้ว", "ผู้รับมอบหมาย", "ผู้ติดต่อ", "บริษัท"],
    ],
)
def test_task_headers(headers: list[str]) -> None:
    assert guess_mapping("tasks", headers, []) == [
        "title", "kind", "due_at", "priority", "done", "owner", "contact", "company",
    ]  # fmt: skip


def test_values_decide_when_the_header_says_nothing() -> None:
    headers = ["", "Column 2", "X", "Colonna 4", "Misc"]
    rows: list[list[Cell]] = [
        ["marco@rossi.it", "+39 333 1234567", "23/11/1980", "abc", "1.5"],
        ["anna@verdi.it", "06 1234567", date(1990, 2, 1), "def", "2"],
        ["", "(02) 1234-5678", "", None, "3"],
        ["ivan@mail.ru"],  # a short row
    ]
    assert guess_mapping("contact", headers, rows) == ["emails", "phones", "birthday", None, None]


def test_a_dated_column_with_a_telling_header_is_not_taken_for_a_birthday() -> None:
    rows: list[list[Cell]] = [["23/11/2024"], ["01/02/2025"]]
    assert guess_mapping("contact", ["Ultimo contatto"], rows) == [None]


def test_no_single_valued_target_twice_and_several_emails() -> None:
    headers = ["Email", "Email 2", "E-mail ufficio", "Telefono", "Cellulare", "Nome", "Nome"]
    assert guess_mapping("contact", headers, []) == [
        "emails", "emails", "emails", "phones", "phones", "full_name", None,
    ]  # fmt: skip


def test_a_whole_header_beats_a_keyword_for_a_single_target() -> None:
    assert guess_mapping("contact", ["Note interne", "Note"], []) == [None, "notes"]


def test_a_vague_header_gives_way_to_a_precise_one() -> None:
    assert guess_mapping("contact", ["Title", "Job title"], []) == [None, "job_title"]
    assert guess_mapping("contact", ["Name", "Full name"], []) == [None, "full_name"]
    assert guess_mapping("contact", ["Title"], []) == ["job_title"]


def test_an_italian_outlook_export_maps_by_its_words() -> None:
    headers = [
        "Titolo", "Nome", "Secondo nome", "Cognome", "Società", "Posizione", "Città (uff.)",
        "Paese (uff.)", "Telefono (uff.)", "Telefono cellulare", "Indirizzo posta elettronica",
        "Indirizzo posta elettronica 2", "Compleanno",
    ]  # fmt: skip
    assert _targets(headers, guess_mapping("contact", headers, [])) == {
        "first_name": ["Nome"],
        "last_name": ["Cognome"],
        "company": ["Società"],
        "job_title": ["Posizione"],
        "city": ["Città (uff.)"],
        "country": ["Paese (uff.)"],
        "phones": ["Telefono (uff.)", "Telefono cellulare"],
        "emails": ["Indirizzo posta elettronica", "Indirizzo posta elettronica 2"],
        "birthday": ["Compleanno"],
    }


def test_unknown_record_type() -> None:
    with pytest.raises(ValueError, match="Unknown record type"):
        guess_mapping("spaceship", ["Name"], [])


def test_targets_are_fields_or_pseudo_targets() -> None:
    specs = {**FIELDS_BY_TYPE, "task": TASK_SPECS}
    assert set(TARGETS_BY_TYPE) == set(specs)
    for record_type, targets in TARGETS_BY_TYPE.items():
        fields = set(specs[record_type])
        for target in targets:
            assert target in fields or target in PSEUDO_TARGETS, (record_type, target)
    assert "company_id" not in TARGETS_BY_TYPE["contact"]
    assert {"company", "owner", "full_name"} <= set(TARGETS_BY_TYPE["contact"])
    assert {"stage", "pipeline"} <= set(TARGETS_BY_TYPE["deal"])
    assert {"owner", "contact", "company"} <= set(TARGETS_BY_TYPE["task"])
    assert not any(t.endswith("_id") for targets in TARGETS_BY_TYPE.values() for t in targets)
    assert "last_contacted_at" not in TARGETS_BY_TYPE["contact"]  # kept by the app


_VOCABULARY = [
    "Nome", "Cognome", "Email", "E-mail 2", "Telefono", "Cellulare", "Azienda", "Company",
    "Имя", "Фамилия", "Телефон", "Компания", "نام", "نام خانوادگی", "تلفن", "شرکت", "ชื่อ",
    "นามสกุล", "อีเมล", "บริษัท", "Note", "Notes", "City", "Città", "Stage", "Title", "Value",
    "Name", "Full name", "ФИО", "Owner", "Tags", "Labels", "Birthday", "", "Foo", "Type",
    "Due date", "Scadenza", "Task", "Contact",
]  # fmt: skip


@given(
    st.sampled_from(["contact", "company", "deal", "task"]),
    st.lists(st.sampled_from(_VOCABULARY), max_size=12),
)
def test_any_headers_map_to_valid_distinct_targets(record_type: str, headers: list[str]) -> None:
    targets = guess_mapping(record_type, headers, [])
    assert len(targets) == len(headers)
    single = [t for t in targets if t is not None and t not in MULTI_TARGETS]
    assert len(single) == len(set(single))
    assert all(t is None or t in TARGETS_BY_TYPE[record_type] for t in targets)


# --- known export layouts, written as the real files ------------------------------------------

GOOGLE_HEADER = [
    "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
    "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As",
    "Organization Name", "Organization Title", "Organization Department", "Birthday", "Notes",
    "Photo", "Labels", "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label",
    "E-mail 2 - Value", "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label",
    "Phone 2 - Value", "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street",
    "Address 1 - City", "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code",
    "Address 1 - Country", "Address 1 - Extended Address", "Website 1 - Label",
    "Website 1 - Value", "Custom Field 1 - Label", "Custom Field 1 - Value",
]  # fmt: skip
GOOGLE_OLD_HEADER = [
    "Name", "Given Name", "Additional Name", "Family Name", "Yomi Name", "Given Name Yomi",
    "Additional Name Yomi", "Family Name Yomi", "Name Prefix", "Name Suffix", "Initials",
    "Nickname", "Short Name", "Maiden Name", "Birthday", "Gender", "Location",
    "Billing Information", "Directory Server", "Mileage", "Occupation", "Hobby", "Sensitivity",
    "Priority", "Subject", "Notes", "Language", "Photo", "Group Membership", "E-mail 1 - Type",
    "E-mail 1 - Value", "E-mail 2 - Type", "E-mail 2 - Value", "Phone 1 - Type",
    "Phone 1 - Value", "Phone 2 - Type", "Phone 2 - Value", "Address 1 - Type",
    "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City", "Address 1 - PO Box",
    "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country",
    "Address 1 - Extended Address", "Organization 1 - Type", "Organization 1 - Name",
    "Organization 1 - Yomi Name", "Organization 1 - Title", "Organization 1 - Department",
    "Organization 1 - Symbol", "Organization 1 - Location", "Organization 1 - Job Description",
    "Website 1 - Type", "Website 1 - Value",
]  # fmt: skip
OUTLOOK_HEADER = [
    "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department",
    "Job Title", "Business Street", "Business Street 2", "Business Street 3", "Business City",
    "Business State", "Business Postal Code", "Business Country/Region", "Home Street",
    "Home Street 2", "Home Street 3", "Home City", "Home State", "Home Postal Code",
    "Home Country/Region", "Other Street", "Other Street 2", "Other Street 3", "Other City",
    "Other State", "Other Postal Code", "Other Country/Region", "Assistant's Phone",
    "Business Fax", "Business Phone", "Business Phone 2", "Callback", "Car Phone",
    "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2", "ISDN", "Mobile Phone",
    "Other Fax", "Other Phone", "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone",
    "Telex", "Account", "Anniversary", "Assistant's Name", "Billing Information", "Birthday",
    "Business Address PO Box", "Categories", "Children", "Directory Server", "E-mail Address",
    "E-mail Type", "E-mail Display Name", "E-mail 2 Address", "E-mail 2 Type",
    "E-mail 2 Display Name", "E-mail 3 Address", "E-mail 3 Type", "E-mail 3 Display Name",
    "Gender", "Government ID Number", "Hobby", "Home Address PO Box", "Initials",
    "Internet Free Busy", "Keywords", "Language", "Location", "Manager's Name", "Mileage",
    "Notes", "Office Location", "Organizational ID Number", "Other Address PO Box", "Priority",
    "Private", "Profession", "Referred By", "Sensitivity", "Spouse", "User 1", "User 2",
    "User 3", "User 4", "Web Page",
]  # fmt: skip


def _header_of_written_file(tmp_path: Path, header: list[str], encoding: str) -> list[str]:
    """Write a CSV the way the exporter does and read its header row back."""
    path = tmp_path / "export.csv"
    with path.open("w", encoding=encoding, newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        writer.writerow(["Marco"] * len(header))
    with path.open(encoding=encoding, newline="") as stream:
        return next(csv.reader(stream))


def _targets(headers: list[str], targets: list[str | None]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for header, target in zip(headers, targets, strict=True):
        if target is not None:
            found.setdefault(target, []).append(header)
    return found


def test_google_contacts_export(tmp_path: Path) -> None:
    headers = _header_of_written_file(tmp_path, GOOGLE_HEADER, "utf-8")
    assert detect_layout(headers) is KNOWN_LAYOUTS[0]
    assert _targets(headers, guess_mapping("contact", headers, [])) == {
        "first_name": ["First Name"],
        "last_name": ["Last Name"],
        "company": ["Organization Name"],
        "job_title": ["Organization Title"],
        "birthday": ["Birthday"],
        "notes": ["Notes"],
        "tags": ["Labels"],
        "emails": ["E-mail 1 - Value", "E-mail 2 - Value"],
        "phones": ["Phone 1 - Value", "Phone 2 - Value"],
        "address": ["Address 1 - Formatted"],
        "city": ["Address 1 - City"],
        "country": ["Address 1 - Country"],
    }


def test_older_google_contacts_export(tmp_path: Path) -> None:
    headers = _header_of_written_file(tmp_path, GOOGLE_OLD_HEADER, "utf-8-sig")
    assert detect_layout(headers) is KNOWN_LAYOUTS[1]
    assert _targets(headers, guess_mapping("contact", headers, [])) == {
        "first_name": ["Given Name"],
        "last_name": ["Family Name"],
        "company": ["Organization 1 - Name"],
        "job_title": ["Organization 1 - Title"],
        "birthday": ["Birthday"],
        "notes": ["Notes"],
        "language": ["Language"],
        "tags": ["Group Membership"],
        "emails": ["E-mail 1 - Value", "E-mail 2 - Value"],
        "phones": ["Phone 1 - Value", "Phone 2 - Value"],
        "address": ["Address 1 - Formatted"],
        "city": ["Address 1 - City"],
        "country": ["Address 1 - Country"],
    }


def test_outlook_export(tmp_path: Path) -> None:
    headers = _header_of_written_file(tmp_path, OUTLOOK_HEADER, "cp1252")
    assert detect_layout(headers) is KNOWN_LAYOUTS[2]
    assert _targets(headers, guess_mapping("contact", headers, [])) == {
        "first_name": ["First Name"],
        "last_name": ["Last Name"],
        "company": ["Company"],
        "job_title": ["Job Title"],
        "address": ["Business Street"],
        "city": ["Business City"],
        "country": ["Business Country/Region"],
        "phones": [
            "Business Phone", "Business Phone 2", "Car Phone", "Home Phone", "Home Phone 2",
            "Mobile Phone", "Other Phone", "Primary Phone",
        ],
        "birthday": ["Birthday"],
        "tags": ["Categories"],
        "emails": ["E-mail Address", "E-mail 2 Address", "E-mail 3 Address"],
        "language": ["Language"],
        "notes": ["Notes"],
    }  # fmt: skip


def test_a_plain_file_is_no_known_layout() -> None:
    assert detect_layout(["Nome", "Cognome", "Email"]) is None
    assert detect_layout(["First Name", "Last Name", "Shoe size", "Pet", "Car"]) is None


# --- layout keys and remembered mappings ------------------------------------------------------


def test_fold_header() -> None:
    assert fold_header(" E-Mail ") == fold_header("email") == "email"
    assert fold_header("Città") == "citta"
    assert fold_header("نام‌خانوادگی") == fold_header("نام خانوادگی") == fold_header("نام خانوادگي")
    assert fold_header("Телефон №2") == "телефон2"
    assert fold_header("ชื่อ-นามสกุล") == fold_header("ชื่อ นามสกุล")


@given(st.permutations(["Nome", "Cognome", "E-mail", "Telefono", "Telefono", "Città"]))
def test_layout_key_ignores_order_case_and_punctuation(headers: list[str]) -> None:
    assert layout_key(headers) == layout_key(["nome", "COGNOME", "email", "telefono", "telefono",
                                              "citta"])  # fmt: skip
    assert layout_key(headers) != layout_key([*headers, "Note"])
    assert layout_key(headers) != layout_key(headers[:-1])


@given(st.permutations(list(range(5))))
def test_a_remembered_mapping_applies_to_the_same_columns_in_any_order(order: list[int]) -> None:
    headers = ["Nome", "Telefono", "Telefono", "Città", "Codice"]
    targets: list[str | None] = ["full_name", "phones", "phones", "city", None]
    memory = remember_mapping(headers, targets)
    shuffled = [headers[i] for i in order]
    assert recall_mapping(shuffled, memory) == [targets[i] for i in order]
    assert recall_mapping(["Nome", "Nuova colonna"], memory) == ["full_name", None]


# --- full names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Marco Rossi", ("Marco", "Rossi")),
        ("Rossi, Marco", ("Marco", "Rossi")),
        ("  Anna   Maria  Verdi ", ("Anna Maria", "Verdi")),
        ("Cher", ("Cher", "")),
        ("", ("", "")),
        ("Luigi Di Maio", ("Luigi", "Di Maio")),
        ("Ludwig van Beethoven", ("Ludwig", "van Beethoven")),
        ("Dott. Mario Bianchi", ("Mario", "Bianchi")),
        ("Mr Smith", ("Smith", "")),
        ("Иван Петров", ("Иван", "Петров")),
        ("Иванов Иван Иванович", ("Иван Иванович", "Иванов")),
        ("Мария Ивановна Петрова", ("Мария Ивановна", "Петрова")),
        ("محمد رضایی", ("محمد", "رضایی")),
        ("سید محمد حسینی‌نژاد", ("سید محمد", "حسینی‌نژاد")),
        ("آقای علی احمدی", ("علی", "احمدی")),
        ("สมชาย ใจดี", ("สมชาย", "ใจดี")),
        ("นาย สมชาย ใจดี", ("สมชาย", "ใจดี")),
    ],
)
def test_split_full_name(text: str, parts: tuple[str, str]) -> None:
    assert split_full_name(text) == parts


def test_split_full_name_surname_first() -> None:
    assert split_full_name("Rossi Marco", surname_first=True) == ("Marco", "Rossi")
    assert split_full_name("De Luca Anna Maria", surname_first=True) == ("Anna Maria", "De Luca")
    assert split_full_name("Иванов Иван Иванович", surname_first=True) == (
        "Иван Иванович",
        "Иванов",
    )


@given(st.lists(st.text(alphabet="abcdefgxyzабвгдеابپتسชคม", min_size=1, max_size=8), max_size=4))
def test_split_full_name_keeps_every_word(words: list[str]) -> None:
    first, last = split_full_name(" ".join(words))
    assert f"{first} {last}".split() == words
