"""The paged table model of the contacts and companies lists, over a real database: Qt's
model contract, pages fetched on demand (never every row), SQL sorting and filtering, and
refresh on change."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm.domain.records import ListQuery
from desktop_crm.services.crm import Crm, open_crm
from desktop_crm.services.lists import COMPANY_SORTS, CONTACT_SORTS
from desktop_crm.ui.contacts.columns import COMPANY_COLUMNS, CONTACT_COLUMNS
from desktop_crm.ui.contacts.table_model import RECORD_ID_ROLE, RecordTableModel
from desktop_crm.ui.context import UiContext

FSI, PDI = "\u2068", "\u2069"
NAMES = (
    ("Marco", "Rossi"),
    ("Giulia", "Bianchi"),
    ("Luca", "Ferrari"),
    ("Anna", "Esposito"),
    ("John", "Smith"),
    ("Mary", "Johnson"),
    ("محمد", "رضایی"),
    ("زهرا", "احمدی"),
    ("علی", "کریمی"),
    ("سارا", "محمدی"),
    ("สมชาย", "ใจดี"),
    ("สมหญิง", "รักไทย"),
    ("ประยุทธ", "มั่นคง"),
    ("Иван", "Петров"),
    ("Ольга", "Смирнова"),
    ("Дмитрий", "Козлов"),
    ("Анна", "Иванова"),
    ("Paolo", "Romano"),
    ("Sofia", "Colombo"),
    ("Peter", "Brown"),
    ("Linda", "Davis"),
    ("Reza", "Hosseini"),
    ("Niloufar", "Moradi"),
    ("Somsak", "Wongsa"),
    ("Elena", "Sokolova"),
    ("Chiara", "Ricci"),
    ("David", "Wilson"),
    ("Kanya", "Srisuk"),
    ("Mehdi", "Jafari"),
    ("Sergei", "Volkov"),
)
STAGES = ("Lead", "Customer", "MQL")
SOURCES = ("Referral", "Trade show", None)


@dataclass
class Book:
    """What was put in the database, to compute what each list should show."""

    users: list[str] = field(default_factory=list)
    companies: dict[str, str] = field(default_factory=dict)  # name -> id
    tags: dict[str, str] = field(default_factory=dict)  # name -> id
    contacts: list[dict[str, Any]] = field(default_factory=list)


def populate(crm: Crm) -> Book:
    book = Book(users=[crm.ctx.user_id or ""])
    for name in ("Giulia Verdi", "Omid Karimi"):
        created = crm.catalog.add_user(name).created_id
        assert created
        book.users.append(created)
    for name in ("Alfa Tessuti S.p.A.", "Beta Trading LLC"):
        created = crm.companies.create({"name": name, "annual_revenue": "1000"}).created_id
        assert created
        book.companies[name] = created
    company_names = [None, *book.companies]
    for i, (first, last) in enumerate(NAMES):
        values: dict[str, Any] = {
            "first_name": first,
            "last_name": last,
            "emails": f"person{i}@example.com",
            "phones": f"+{39 + i % 3} 02 555 {1000 + i}",
            "owner_id": book.users[i % 3],
            "lifecycle_stage": STAGES[i % 3 if i % 5 else 0],
            "source": SOURCES[i % 3 if i % 7 else 2],
            "company_id": book.companies.get(company_names[i % 3] or ""),
        }
        created = crm.contacts.create(values).created_id
        assert created
        tags = ["vip"] * (i % 4 == 0) + ["newsletter"] * (i % 3 == 1)
        for tag in tags:
            crm.contacts.add_tag(created, tag)
        book.contacts.append(
            {**values, "id": created, "tags": tags, "company": company_names[i % 3]}
        )
    book.tags = {t.name: t.id for t in crm.catalog.tags()}
    return book


@pytest.fixture
def book(crm: Crm) -> Book:
    return populate(crm)


@pytest.fixture
def us_locale() -> Iterator[None]:
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(old)


def contacts_model(crm: Crm) -> RecordTableModel:
    return RecordTableModel(crm.contact_list, CONTACT_COLUMNS)


def plain(text: str) -> str:
    """Display text without the bidi isolate marks the model may wrap it in."""
    return text.removeprefix(FSI).removesuffix(PDI)


def column(model: RecordTableModel, key: str) -> list[str]:
    number = model.column_of(key)
    return [plain(model.index(row, number).data()) for row in range(model.rowCount())]


def ids(model: RecordTableModel) -> list[str]:
    return [model.index(row, 0).data(RECORD_ID_ROLE) for row in range(model.rowCount())]


class CountingLister:
    """The real list service, with a record of what the model asked it for."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.counts = 0
        self.pages: list[tuple[int, int]] = []

    def count(self, q: ListQuery) -> int:
        self.counts += 1
        return int(self.inner.count(q))

    def page(self, q: ListQuery, offset: int, limit: int) -> Sequence[Any]:
        self.pages.append((offset, limit))
        return list(self.inner.page(q, offset, limit))


# ----- columns -------------------------------------------------------------------------------
def test_every_column_sorts_by_a_key_the_list_service_knows() -> None:
    assert {c.key for c in CONTACT_COLUMNS} == set(CONTACT_SORTS)
    assert {c.key for c in COMPANY_COLUMNS} == set(COMPANY_SORTS)
    assert any(c.visible for c in CONTACT_COLUMNS) and not all(c.visible for c in CONTACT_COLUMNS)


# ----- Qt's model contract ---------------------------------------------------------------------
def test_model_passes_qt_model_tester(crm: Crm, book: Book, qtmodeltester: Any) -> None:
    model = contacts_model(crm)
    qtmodeltester.check(model)
    model.sort(model.column_of("company"), Qt.SortOrder.DescendingOrder)
    model.set_query(ListQuery(tag_id=book.tags["vip"], sort="company", descending=True))
    qtmodeltester.check(model)


def test_company_model_passes_qt_model_tester(crm: Crm, book: Book, qtmodeltester: Any) -> None:
    model = RecordTableModel(crm.company_list, COMPANY_COLUMNS)
    qtmodeltester.check(model)
    assert column(model, "name") == ["Alfa Tessuti S.p.A.", "Beta Trading LLC"]
    assert column(model, "contacts") == ["10", "10"]


def test_rows_show_the_contacts_and_their_ids(crm: Crm, book: Book) -> None:
    model = contacts_model(crm)
    assert model.rowCount() == len(NAMES)
    assert sorted(ids(model)) == sorted(c["id"] for c in book.contacts)
    row = ids(model).index(book.contacts[6]["id"])
    # right-to-left text in a left-to-right table is isolated, so it cannot reorder neighbours
    assert model.index(row, model.column_of("name")).data() == f"{FSI}محمد رضایی{PDI}"
    assert model.index(row, model.column_of("email")).data() == "person6@example.com"
    assert model.index(row, model.column_of("lifecycle_stage")).data() == "Lead"
    assert model.index(row, model.column_of("owner")).data() == "Owner"
    assert model.record_id(row) == book.contacts[6]["id"]
    assert model.record_id(len(NAMES)) is None
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"


def test_dates_and_money_in_the_users_locale(crm: Crm, us_locale: None) -> None:
    contact = crm.contacts.create({"first_name": "Ada"}).created_id
    when = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
    crm.activities.log("call", occurred_at=when, contact_id=contact)
    crm.companies.create({"name": "Euro", "annual_revenue": "1234567.5", "currency": "EUR"})
    crm.companies.create({"name": "Home", "annual_revenue": "99", "size": "12000"})
    crm.companies.create({"name": "Yen", "annual_revenue": "5000", "currency": "JPY"})
    model = contacts_model(crm)
    assert column(model, "last_contacted_at") == ["3/5/2026"]
    companies = RecordTableModel(crm.company_list, COMPANY_COLUMNS)
    assert column(companies, "annual_revenue") == ["€1,234,567.50", "$99.00", "¥5,000"]
    assert column(companies, "size") == ["", "12,000", ""]
    align = companies.index(0, companies.column_of("annual_revenue")).data(
        Qt.ItemDataRole.TextAlignmentRole
    )
    assert align & Qt.AlignmentFlag.AlignTrailing


def test_every_value_is_isolated_in_a_right_to_left_table(
    qapp: QApplication, crm: Crm, book: Book
) -> None:
    assert contacts_model(crm).index(0, 0).data() == "Giulia Bianchi"
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        model = contacts_model(crm)
        assert model.index(0, 0).data() == f"{FSI}Giulia Bianchi{PDI}"
        assert model.index(0, model.column_of("company")).data() == f"{FSI}Alfa Tessuti S.p.A.{PDI}"
        assert model.index(0, model.column_of("last_contacted_at")).data() == ""
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


# ----- sorting ---------------------------------------------------------------------------------
def test_sort_by_name_both_ways(crm: Crm, book: Book) -> None:
    model = contacts_model(crm)
    expected = [
        f"{c['first_name']} {c['last_name']}"
        for c in sorted(
            book.contacts, key=lambda c: f"{c['last_name']} {c['first_name']}".casefold()
        )
    ]
    assert column(model, "name") == expected
    model.sort(model.column_of("name"), Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "name" and model.query.descending
    assert column(model, "name") == expected[::-1]
    model.sort(model.column_of("last_name"), Qt.SortOrder.AscendingOrder)
    assert column(model, "last_name") == sorted(column(model, "last_name"))


def test_sort_by_company(crm: Crm, book: Book) -> None:
    model = contacts_model(crm)
    model.sort(model.column_of("company"), Qt.SortOrder.AscendingOrder)
    shown = column(model, "company")
    assert shown == [""] * 10 + ["Alfa Tessuti S.p.A."] * 10 + ["Beta Trading LLC"] * 10
    model.sort(model.column_of("company"), Qt.SortOrder.DescendingOrder)
    assert column(model, "company") == shown[::-1]


def test_sort_resets_once_and_only_when_the_order_changes(
    qtbot: QtBot, crm: Crm, book: Book
) -> None:
    model = contacts_model(crm)
    with qtbot.waitSignal(model.modelReset):
        model.sort(model.column_of("owner"), Qt.SortOrder.AscendingOrder)
    with qtbot.assertNotEmitted(model.modelReset):
        model.sort(model.column_of("owner"), Qt.SortOrder.AscendingOrder)


# ----- filters ---------------------------------------------------------------------------------
def test_filters_change_the_row_count(crm: Crm, book: Book) -> None:
    model = contacts_model(crm)

    def expect(**match: Any) -> int:
        return sum(
            all(c[k] == v or (k == "tags" and v in c[k]) for k, v in match.items())
            for c in book.contacts
        )

    for user in book.users:
        model.set_query(ListQuery(owner_id=user))
        assert model.rowCount() == expect(owner_id=user) == 10
    for stage in STAGES:
        model.set_query(ListQuery(lifecycle_stage=stage))
        assert model.rowCount() == expect(lifecycle_stage=stage)
        assert set(column(model, "lifecycle_stage")) == {stage}
    for name, tag in book.tags.items():
        model.set_query(ListQuery(tag_id=tag))
        assert model.rowCount() == expect(tags=name) > 0
    model.set_query(ListQuery(source="Referral"))
    assert model.rowCount() == expect(source="Referral") > 0
    model.set_query(ListQuery(source="Trade show", owner_id=book.users[1], tag_id=book.tags["vip"]))
    assert model.rowCount() == expect(source="Trade show", owner_id=book.users[1], tags="vip")
    model.set_query(ListQuery())
    assert model.rowCount() == len(NAMES)


# ----- refresh on change -----------------------------------------------------------------------
def test_refreshes_when_a_change_touches_contacts(qtbot: QtBot, crm: Crm, book: Book) -> None:
    ctx = UiContext(crm)
    model = contacts_model(crm)
    model.watch(ctx, ("contact", "company", "user"))
    assert model.rowCount() == 30
    first = model.record_id(0)
    assert first
    # an edit that keeps the count repaints in place (selection and scroll stay)
    with qtbot.waitSignal(model.dataChanged), qtbot.assertNotEmitted(model.modelReset):
        ctx.apply(lambda: crm.contacts.update(first, "emails", "new@example.com"))
    assert model.index(0, model.column_of("email")).data() == "new@example.com"
    with qtbot.waitSignal(model.modelReset):
        ctx.apply(lambda: crm.contacts.create({"first_name": "Zed"}))
    assert model.rowCount() == 31
    with qtbot.waitSignal(model.modelReset):
        ctx.apply(lambda: crm.contacts.delete([first]))
    assert model.rowCount() == 30 and first not in ids(model)
    company = book.companies["Alfa Tessuti S.p.A."]
    with qtbot.waitSignal(model.dataChanged):
        ctx.apply(lambda: crm.companies.update(company, "name", "Alfa Nuova"))
    assert "Alfa Nuova" in column(model, "company")


def test_a_model_not_shown_refreshes_once_when_shown_again(crm: Crm, book: Book) -> None:
    ctx = UiContext(crm)
    lister = CountingLister(crm.contact_list)
    model = RecordTableModel(lister, CONTACT_COLUMNS)
    model.watch(ctx, ("contact",))
    assert model.rowCount() == 30 and lister.counts == 1
    model.set_live(False)
    for name in ("One", "Two", "Three"):
        ctx.apply(lambda name=name: crm.contacts.create({"first_name": name}))
    assert lister.counts == 1  # nothing asked while hidden
    model.set_live(True)
    assert model.rowCount() == 33 and lister.counts == 2


# ----- paging ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def big_crm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crm]:
    """1,000 contacts, built once for the paging tests (which only read)."""
    path: Path = tmp_path_factory.mktemp("big")
    crm = open_crm(path / "crm.db", backup_dir=path / "backups")
    for i in range(1000):
        crm.contacts.create({"first_name": f"Person {i:04d}", "last_name": f"Family {i:04d}"})
    yield crm
    crm.close()


def test_touching_row_950_fetches_one_page(big_crm: Crm) -> None:
    lister = CountingLister(big_crm.contact_list)
    model = RecordTableModel(lister, CONTACT_COLUMNS)
    assert model.rowCount() == 1000
    assert model.cached_pages == ()
    assert model.index(950, 0).data() == "Person 0950 Family 0950"
    assert model.cached_pages == (4,)
    assert lister.pages == [(800, 200)]
    assert model.index(999, 0).data() == "Person 0999 Family 0999"
    assert lister.pages == [(800, 200)]  # same page, from the cache
    for _ in range(5):
        model.rowCount()
    assert lister.counts == 1  # the count is asked once per query


def test_page_cache_stays_small_while_scrolling_everything(big_crm: Crm) -> None:
    lister = CountingLister(big_crm.contact_list)
    model = RecordTableModel(lister, CONTACT_COLUMNS, page_size=50, max_pages=3)
    names = column(model, "name")
    assert len(names) == 1000 and names[0] == "Person 0000 Family 0000"
    assert names[-1] == "Person 0999 Family 0999"
    assert model.cached_pages == (17, 18, 19)
    assert len(lister.pages) == 20 and all(limit == 50 for _offset, limit in lister.pages)
    assert model.index(10, 0).data() == "Person 0010 Family 0010"  # evicted page comes back
    assert model.cached_pages == (18, 19, 0)


def test_new_query_drops_the_pages(big_crm: Crm) -> None:
    model = RecordTableModel(big_crm.contact_list, CONTACT_COLUMNS)
    model.index(500, 0).data()
    assert model.cached_pages == (2,)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.cached_pages == ()
    assert model.index(0, 0).data() == "Person 0999 Family 0999"
    model.refresh()
    assert model.cached_pages == ()
