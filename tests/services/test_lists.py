"""Contacts and companies lists: count, filters, every sort key both ways, consistent paging."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from desktop_crm.domain.records import CompanyRow, ContactRow, ListQuery
from desktop_crm.services.crm import Crm, open_crm
from desktop_crm.services.lists import COMPANY_SORTS, CONTACT_SORTS


@dataclass
class Data:
    contacts: dict[str, str]  # first name -> id
    companies: dict[str, str]  # name -> id
    owner: str
    zahra: str
    vip: str


def _user_id(crm: Crm, name: str) -> str:
    return next(u.id for u in crm.catalog.users() if u.name == name)


def _build(crm: Crm) -> Data:
    crm.catalog.add_user("Zahra", role="salesperson")
    owner, zahra = _user_id(crm, "Owner"), _user_id(crm, "Zahra")
    companies = {}
    for name, extra in (
        ("Acme", {"industry": "Retail", "size": 50, "annual_revenue": "1000.5", "city": "Berlin"}),
        ("Globex", {"industry": "Energy", "size": 5, "owner_id": zahra, "source": "Referral"}),
        ("Initech", {"website": "initech.example", "phone": "030 1234", "country": "DE"}),
        ("Umbrella", {"annual_revenue": "99", "source": "Web form", "size": 500}),
    ):
        created = crm.companies.create({"name": name, **extra}).created_id
        assert created is not None
        companies[name] = created
    rows: list[dict[str, Any]] = [
        {"first_name": "Ann", "last_name": "Lee", "company_id": companies["Acme"]},
        {"first_name": "Bob", "last_name": "Lee", "job_title": "CTO", "city": "Berlin"},
        {"first_name": "Cyrus", "last_name": "Amini", "lifecycle_stage": "Lead"},
        {"first_name": "Dara", "emails": "dara@x.example", "phones": "0912 000"},
        {"first_name": "Eve", "last_name": "Zed", "owner_id": zahra, "source": "Referral"},
        {"first_name": "Farah", "last_name": "Nouri", "company_id": companies["Globex"]},
        {"first_name": "Gita", "lifecycle_stage": "Lead", "customer_status": "active"},
        {"first_name": "Hugo", "last_name": "Amini", "country": "FR", "source": "Web form"},
        {"first_name": "Ida", "job_title": "CEO", "company_id": companies["Globex"]},
        {"first_name": "Jon", "emails": "a@b.example", "phones": "030 99", "owner_id": zahra},
        {"first_name": "Kian", "customer_status": "lost", "lifecycle_stage": "Customer"},
        {"first_name": "Lale", "last_name": "Amini", "city": "Amsterdam"},
    ]
    contacts = {}
    for values in rows:
        created = crm.contacts.create(values).created_id
        assert created is not None
        contacts[values["first_name"]] = created
    start = datetime(2024, 1, 1, tzinfo=UTC)
    for i, name in enumerate(("Bob", "Ida", "Gita")):
        crm.activities.log("call", contact_id=contacts[name], occurred_at=start + timedelta(i))
    crm.contacts.update(contacts["Cyrus"], "job_title", "Owner")  # updated_at differs
    crm.contacts.add_tag(contacts["Ann"], "VIP")
    crm.contacts.add_tag(contacts["Hugo"], "VIP")
    crm.contacts.add_tag(contacts["Jon"], "VIP")
    crm.contacts.remove_tag(contacts["Jon"], crm.catalog.tags()[0].id)
    crm.companies.add_tag(companies["Umbrella"], "VIP")
    crm.contacts.delete([contacts.pop("Lale")])  # deleted: never listed
    vip = crm.catalog.tags()[0].id
    return Data(contacts, companies, owner, zahra, vip)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Crm, Data]]:
    """One database for the read-only tests of this module (building it takes a while)."""
    folder = tmp_path_factory.mktemp("lists")
    crm = open_crm(folder / "crm.db", backup_dir=folder / "backups")
    try:
        yield crm, _build(crm)
    finally:
        crm.close()


@pytest.fixture
def data(crm: Crm) -> Data:
    return _build(crm)


def _contact_key(sort: str) -> Callable[[ContactRow], Any]:
    def name(r: ContactRow) -> str:
        return (
            " ".join(p for p in (r.last_name, r.first_name) if p).casefold()
            or (r.email or "").casefold()
        )

    special: dict[str, Callable[[ContactRow], Any]] = {
        "name": name,
        "company": lambda r: r.company_name.casefold() if r.company_name else None,
        "owner": lambda r: r.owner_name,
    }
    return special.get(sort) or (lambda r: getattr(r, sort))


def _company_key(sort: str) -> Callable[[CompanyRow], Any]:
    special: dict[str, Callable[[CompanyRow], Any]] = {
        "name": lambda r: r.name.casefold(),
        "owner": lambda r: r.owner_name,
        "contacts": lambda r: r.contact_count,
    }
    return special.get(sort) or (lambda r: getattr(r, sort))


def _assert_sorted(keys: list[Any], descending: bool) -> None:
    """SQL order: NULL is the smallest value."""
    ranked = [(k is not None, k) for k in keys]
    assert ranked == sorted(ranked, reverse=descending), keys


def _pages(fetch: Callable[[int, int], list[Any]], size: int, total: int) -> list[str]:
    ids: list[str] = []
    for offset in range(0, total + size, size):
        ids += [row.id for row in fetch(offset, size)]
    return ids


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", sorted(CONTACT_SORTS))
def test_contacts_sorted_and_paged(shared: tuple[Crm, Data], sort: str, descending: bool) -> None:
    crm, data = shared
    query = ListQuery(sort=sort, descending=descending)
    everything = crm.contact_list.page(query, 0, 1000)
    assert crm.contact_list.count(query) == len(everything) == len(data.contacts)
    assert {r.id for r in everything} == set(data.contacts.values())
    _assert_sorted([_contact_key(sort)(r) for r in everything], descending)
    for size in (1, 3, 5):
        paged = _pages(lambda o, n: crm.contact_list.page(query, o, n), size, len(everything))
        assert paged == [r.id for r in everything]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", sorted(COMPANY_SORTS))
def test_companies_sorted_and_paged(shared: tuple[Crm, Data], sort: str, descending: bool) -> None:
    crm, data = shared
    query = ListQuery(sort=sort, descending=descending)
    everything = crm.company_list.page(query, 0, 1000)
    assert crm.company_list.count(query) == len(everything) == len(data.companies)
    _assert_sorted([_company_key(sort)(r) for r in everything], descending)
    paged = _pages(lambda o, n: crm.company_list.page(query, o, n), 3, len(everything))
    assert paged == [r.id for r in everything]


def test_default_contact_order_is_by_last_then_first_name(shared: tuple[Crm, Data]) -> None:
    crm, _data = shared
    rows = crm.contact_list.page(ListQuery(), 0, 100)
    assert [r.display_name for r in rows] == [
        "Cyrus Amini",
        "Hugo Amini",
        "Dara",
        "Gita",
        "Ida",
        "Jon",
        "Kian",
        "Ann Lee",
        "Bob Lee",
        "Farah Nouri",
        "Eve Zed",
    ]


def _names(rows: list[ContactRow]) -> set[str]:
    return {r.first_name or "" for r in rows}


@pytest.mark.parametrize(
    ("make_query", "expected"),
    [
        (lambda d: ListQuery(owner_id=d.zahra), {"Eve", "Jon"}),
        (lambda d: ListQuery(lifecycle_stage="Lead"), {"Cyrus", "Gita"}),
        (lambda d: ListQuery(tag_id=d.vip), {"Ann", "Hugo"}),  # Jon's tag was removed
        (lambda d: ListQuery(source="Referral"), {"Eve"}),
        (lambda d: ListQuery(company_id=d.companies["Globex"]), {"Farah", "Ida"}),
        (lambda d: ListQuery(owner_id=d.zahra, source="Referral"), {"Eve"}),
        (lambda d: ListQuery(lifecycle_stage="Lead", tag_id=d.vip), set()),
    ],
)
def test_contact_filters(
    shared: tuple[Crm, Data], make_query: Callable[[Data], ListQuery], expected: set[str]
) -> None:
    crm, data = shared
    query = make_query(data)
    rows = crm.contact_list.page(query, 0, 100)
    assert _names(rows) == expected
    assert crm.contact_list.count(query) == len(expected)


def test_company_filters(shared: tuple[Crm, Data]) -> None:
    crm, data = shared

    def names(q: ListQuery) -> set[str]:
        rows = crm.company_list.page(q, 0, 100)
        assert crm.company_list.count(q) == len(rows)
        return {r.name for r in rows}

    assert names(ListQuery(owner_id=data.zahra)) == {"Globex"}
    assert names(ListQuery(source="Web form")) == {"Umbrella"}
    assert names(ListQuery(tag_id=data.vip)) == {"Umbrella"}
    assert names(ListQuery(owner_id=data.owner)) == {"Acme", "Initech", "Umbrella"}


def test_rows_carry_what_the_list_shows(shared: tuple[Crm, Data]) -> None:
    crm, _data = shared
    rows = {r.first_name: r for r in crm.contact_list.page(ListQuery(), 0, 100)}
    assert rows["Ann"].company_name == "Acme"
    assert rows["Jon"].email == "a@b.example"
    assert rows["Jon"].phone == "030 99"
    assert rows["Jon"].owner_name == "Zahra"
    assert rows["Ida"].last_contacted_at == datetime(2024, 1, 2, tzinfo=UTC)
    assert rows["Dara"].display_name == "Dara"
    firms = {r.name: r for r in crm.company_list.page(ListQuery(), 0, 100)}
    assert firms["Globex"].contact_count == 2
    assert firms["Acme"].contact_count == 1
    assert firms["Umbrella"].contact_count == 0
    assert firms["Initech"].website == "https://initech.example"


def test_deleting_a_company_contact_updates_its_count(crm: Crm, data: Data) -> None:
    crm.contacts.delete([data.contacts["Ida"]])
    firms = {r.name: r for r in crm.company_list.page(ListQuery(sort="contacts"), 0, 100)}
    assert firms["Globex"].contact_count == 1
