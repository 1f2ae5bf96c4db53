"""Global search (FTS5 trigram + word prefixes) through ``crm.finder.search``, in every script."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from desktop_crm.services.crm import Crm
from desktop_crm.store import search

ZWNJ = "\u200c"


def titles(crm: Crm, text: str, limit: int = 50) -> list[str]:
    return sorted(h.title for h in crm.finder.search(text, limit).hits)


def ids(crm: Crm, text: str) -> set[str]:
    return {h.id for h in crm.finder.search(text).hits}


@pytest.fixture
def people(crm: Crm) -> dict[str, str]:
    globex = crm.companies.create(
        {"name": "Globex Ltd", "website": "globex.example", "phone": "+1 555 0100"}
    ).created_id
    assert globex is not None
    rows = {
        "alex": {
            "first_name": "Alexander",
            "last_name": "Smith",
            "emails": "alex.smith@example.com, alex@home.example",
            "phones": "0912 345 6789",
            "company_id": globex,
        },
        "alex_jones": {"first_name": "Alex", "last_name": "Jones"},
        "dmitry": {"first_name": "Дмитрий", "last_name": "Иванов"},
        "ali": {"first_name": "علی", "last_name": "رضایی"},  # Persian yeh
        "kamran": {"first_name": "كامران", "last_name": f"نیک{ZWNJ}نام"},  # Arabic kaf
        "somchai": {"first_name": "สมชาย", "last_name": "ใจดี", "phones": "081-234-5678"},
    }
    out = {"globex": globex}
    for key, values in rows.items():
        created = crm.contacts.create(values).created_id
        assert created is not None
        out[key] = created
    return out


def test_part_of_a_word_in_latin_and_cyrillic(crm: Crm, people: dict[str, str]) -> None:
    assert ids(crm, "xand") == {people["alex"]}
    assert ids(crm, "XAND") == {people["alex"]}
    assert ids(crm, "митр") == {people["dmitry"]}
    assert ids(crm, "МИТР") == {people["dmitry"]}  # case folded beyond ASCII
    assert ids(crm, "ванов") == {people["dmitry"]}
    assert ids(crm, "nothing-like-this") == set()


def test_persian_letters_fold_arabic_and_persian_forms(crm: Crm, people: dict[str, str]) -> None:
    assert ids(crm, "رضایی") == {people["ali"]}
    assert ids(crm, "رضاي") == {people["ali"]}  # typed with Arabic yeh, stored Persian
    assert ids(crm, "كامران") == {people["kamran"]}
    assert ids(crm, "کامر") == {people["kamran"]}  # typed Persian kaf, stored Arabic
    assert ids(crm, f"نیک{ZWNJ}نام") == {people["kamran"]}  # with the ZWNJ
    assert ids(crm, "نیک نام") == {people["kamran"]}  # a space where the ZWNJ was
    assert ids(crm, "نام") == {people["kamran"]}  # the part after the ZWNJ
    assert ids(crm, "نیکنام") == {people["kamran"]}  # typed without the ZWNJ at all


def test_thai_inside_a_run_without_spaces(crm: Crm, people: dict[str, str]) -> None:
    assert ids(crm, "ชาย") == {people["somchai"]}
    assert ids(crm, "สมชาย") == {people["somchai"]}
    assert ids(crm, "สม") == {people["somchai"]}  # two characters: start of the run
    assert ids(crm, "ใจดี") == {people["somchai"]}


def test_one_and_two_character_terms(crm: Crm, people: dict[str, str]) -> None:
    assert ids(crm, "a") >= {people["alex"], people["alex_jones"]}
    assert ids(crm, "Al") == {people["alex"], people["alex_jones"]}
    assert ids(crm, "jo") == {people["alex_jones"]}
    assert ids(crm, "ив") == {people["dmitry"]}
    assert ids(crm, "al jo") == {people["alex_jones"]}  # short terms AND together


def test_email_parts(crm: Crm, people: dict[str, str]) -> None:
    assert ids(crm, "alex.smith@") == {people["alex"]}
    assert ids(crm, "@home.exa") == {people["alex"]}  # the second email counts too
    assert ids(crm, "example.com") == {people["alex"]}
    assert ids(crm, "globex.example") == {people["globex"]}  # a company's website


def test_phone_digits_typed_any_way(crm: Crm, people: dict[str, str]) -> None:
    assert ids(crm, "09123456789") == {people["alex"]}  # no spaces
    assert ids(crm, "345 6789") == {people["alex"]}
    assert ids(crm, "۰۹۱۲۳۴۵") == {people["alex"]}  # Persian digits
    assert ids(crm, "๐๘๑๒๓๔") == {people["somchai"]}  # Thai digits, dashes in the stored form
    assert ids(crm, "5550100") == {people["globex"]}


def test_terms_and_together(crm: Crm, people: dict[str, str]) -> None:
    assert ids(crm, "alex") == {people["alex"], people["alex_jones"]}
    assert ids(crm, "alex smith") == {people["alex"]}
    assert ids(crm, "smith alex") == {people["alex"]}
    assert ids(crm, "alex globex") == {people["alex"]}  # company name is searchable
    assert ids(crm, "alex иванов") == set()


def test_hits_show_title_and_subtitle(crm: Crm, people: dict[str, str]) -> None:
    (hit,) = crm.finder.search("xander").hits
    assert (hit.record_type, hit.title) == ("contact", "Alexander Smith")
    assert hit.subtitle == "Globex Ltd · alex.smith@example.com · 0912 345 6789"
    company = next(h for h in crm.finder.search("globex").hits if h.record_type == "company")
    assert (company.title, company.subtitle) == ("Globex Ltd", "https://globex.example")


def test_names_starting_with_the_term_come_first(crm: Crm) -> None:
    crm.contacts.create({"first_name": "Joanna", "last_name": "Berg"})
    crm.contacts.create({"first_name": "Anna", "last_name": "Kay"})
    crm.contacts.create({"first_name": "Zed", "emails": "zed@anna.example"})
    assert [h.title for h in crm.finder.search("anna").hits] == [
        "Anna Kay",
        "Joanna Berg",
        "Zed",
    ]


@pytest.mark.parametrize("text", ["", "   ", "-", "+", "@", "()", '"', "*", "NEAR", 'a"b', "x*"])
def test_odd_input_never_fails(crm: Crm, people: dict[str, str], text: str) -> None:
    result = crm.finder.search(text)
    assert result.total == len(result.hits)


def test_total_counts_beyond_the_limit(crm: Crm) -> None:
    for i in range(7):
        crm.contacts.create({"first_name": "Alpha", "last_name": f"Number{i}"})
    crm.contacts.create({"first_name": "Beta"})
    result = crm.finder.search("alpha", limit=3)
    assert (len(result.hits), result.total) == (3, 7)
    short = crm.finder.search("al", limit=2)
    assert (len(short.hits), short.total) == (2, 7)


def test_index_follows_edits_deletes_and_restores(crm: Crm, people: dict[str, str]) -> None:
    alex = people["alex"]
    crm.contacts.update(alex, "first_name", "Xavier")
    assert ids(crm, "xander") == set()
    assert ids(crm, "xavier") == {alex}
    crm.contacts.update(alex, "emails", "new@mail.example")
    assert ids(crm, "alex.smith") == set()
    assert ids(crm, "new@mail") == {alex}
    crm.contacts.update(alex, "phones", "030 111 2222")
    assert ids(crm, "0301112222") == {alex}
    assert ids(crm, "09123456789") == set()

    crm.contacts.delete([alex])
    assert ids(crm, "xavier") == set()
    crm.contacts.restore([alex])
    assert ids(crm, "xavier") == {alex}

    crm.companies.delete([people["globex"]])
    assert ids(crm, "globex") == {alex}  # the contact still shows its company's name
    crm.companies.restore([people["globex"]])
    assert ids(crm, "globex") == {alex, people["globex"]}
    assert crm.maintenance.check().ok


def test_company_rename_and_move_reindex_contacts(crm: Crm, people: dict[str, str]) -> None:
    alex, globex = people["alex"], people["globex"]
    assert ids(crm, "ltd") == {alex, globex}
    crm.companies.update(globex, "name", "Initech")
    assert ids(crm, "ltd") == set()
    assert ids(crm, "globex") == {globex}  # still in its website
    assert ids(crm, "initech") == {alex, globex}
    other = crm.companies.create({"name": "Umbrella"}).created_id
    crm.contacts.update(alex, "company_id", other)
    assert ids(crm, "initech") == {globex}
    assert ids(crm, "umbrella") == {alex, other}
    crm.contacts.update(alex, "company_id", None)
    assert ids(crm, "umbrella") == {other}
    assert crm.maintenance.check().ok


def test_hard_delete_removes_from_the_index(crm: Crm, people: dict[str, str]) -> None:
    with crm.ctx.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM contacts WHERE id = :id"), {"id": people["dmitry"]})
    assert ids(crm, "митр") == set()
    assert crm.maintenance.check().ok
    with crm.ctx.engine.connect() as conn:
        docs = conn.exec_driver_sql("SELECT count(*) FROM search_docs").scalar()
        tri = conn.exec_driver_sql("SELECT count(*) FROM search_tri").scalar()
        words = conn.exec_driver_sql("SELECT count(*) FROM search_words").scalar()
    assert docs == tri == words == len(people) - 1


def test_check_reports_a_tampered_index(crm: Crm, people: dict[str, str]) -> None:
    report = crm.maintenance.check()
    assert report.ok
    assert report.counts == {"contacts": 6, "companies": 1}
    with crm.ctx.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM search_docs WHERE record_id = ?", (people["ali"],))
    report = crm.maintenance.check()
    assert not report.ok
    assert any("search index" in p for p in report.problems)


def test_rebuild_gives_the_same_index_as_the_triggers(crm: Crm, people: dict[str, str]) -> None:
    crm.companies.update(people["globex"], "name", "Initech")
    crm.contacts.delete([people["dmitry"]])
    queries = ["xand", "initech", "رضاي", "ชาย", "al", "09123456789", "митр", "5550100"]
    before = {q: ids(crm, q) for q in queries}
    with crm.ctx.engine.begin() as conn:
        search.rebuild(conn)
    assert {q: ids(crm, q) for q in queries} == before
    assert crm.maintenance.check().ok
