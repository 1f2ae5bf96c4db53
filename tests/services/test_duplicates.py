"""Finding likely duplicates: keys, contacts, companies, "not duplicates", progress and cancel."""

from __future__ import annotations

import itertools
import random
import string
from typing import Any

import pytest

from desktop_crm.domain.errors import ValidationError
from desktop_crm.services.crm import Crm
from desktop_crm.services.dupe_keys import company_key, fold_name, name_key, website_key
from desktop_crm.services.dupe_match import MAX_SHARED, SCOPE_MAX, Item, Matcher
from desktop_crm.services.duplicates import (
    DuplicateGroup,
    DuplicatesCancelled,
    find_duplicates,
    mark_not_duplicates,
    not_duplicate_pairs,
)


def contact(crm: Crm, **values: Any) -> str:
    for name in ("emails", "phones"):
        if isinstance(values.get(name), str):
            values[name] = (values[name],)
    created = crm.contacts.create(values).created_id
    assert created
    return created


def company(crm: Crm, name: str, **values: Any) -> str:
    created = crm.companies.create({"name": name, **values}).created_id
    assert created
    return created


def groups_of(crm: Crm, record_type: str = "contact", **kw: Any) -> list[DuplicateGroup]:
    return find_duplicates(crm, record_type, **kw)


def id_sets(groups: list[DuplicateGroup]) -> list[set[str]]:
    return [set(g.ids) for g in groups]


# ----- keys ------------------------------------------------------------------------------------
def test_fold_name_folds_case_accents_letters_zwnj_and_digits() -> None:
    assert fold_name("  José  ÁLVAREZ ") == "jose alvarez"
    assert fold_name("Ёлкина Андрей") == fold_name("елкина андреи")
    assert fold_name("علی‌رضا كريمي") == fold_name("علیرضا کریمی")
    assert fold_name("Room ۱۲۳ / ๔๕") == "room 123 45"
    assert name_key("Rossi,", "Marco") == name_key("marco", "ROSSI") == "marco rossi"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Rossi S.r.l.", "ROSSI SRL"),
        ("Bianchi SpA", "bianchi s.p.a."),
        ("Acme, LLC", "ACME Inc."),
        ("ООО «Ромашка»", "Ромашка ООО"),
        ("شرکت آلفا", "آلفا"),
        ("شرکت آلفا (سهامی خاص)", "آلفا"),
        ("บริษัท ตัวอย่าง จำกัด", "ตัวอย่าง"),
        ("บริษัทตัวอย่างจำกัด", "ตัวอย่าง"),
        ("บริษัท ตัวอย่าง จำกัด (มหาชน)", "ตัวอย่าง"),
    ],
)
def test_company_key_strips_legal_forms(a: str, b: str) -> None:
    assert company_key(a) == company_key(b) != ""


def test_company_key_keeps_a_name_made_of_legal_words() -> None:
    assert company_key("Company Limited") == "company"
    assert company_key("Alfa Beta SRL") != company_key("Alfa SRL")


def test_website_key() -> None:
    assert website_key("https://www.Acme.it/contatti") == "acme.it"
    assert website_key("acme.it") == "acme.it"
    assert website_key("http://www2.acme.it") == "acme.it"
    assert website_key("https://facebook.com/acme") is None
    assert website_key("not a site") is None
    assert website_key("") is None


# ----- contacts --------------------------------------------------------------------------------
def test_same_email_in_any_case_and_form_is_a_group(crm: Crm) -> None:
    a = contact(crm, first_name="Marco", emails=("marco.rossi@Example.IT",))
    b = contact(crm, last_name="Verdi", emails=("x@y.it", "mailto:MARCO.ROSSI@example.it"))
    contact(crm, first_name="Other", emails=("other@example.it",))
    groups = groups_of(crm)
    assert id_sets(groups) == [{a, b}]
    assert groups[0].reason == "email" and groups[0].score == 100
    assert groups[0].ids == (a, b)  # oldest first
    summary = groups[0].records[1]
    assert summary.name == "Verdi" and summary.emails[1] == "mailto:MARCO.ROSSI@example.it"


def test_same_phone_written_differently_is_a_group(crm: Crm) -> None:
    a = contact(crm, first_name="Marco", last_name="Rossi", phones="+39 333 123 4567")
    b = contact(crm, first_name="Marco", last_name="Rossi", phones="0039 333 1234567")
    c = contact(crm, first_name="M.", last_name="Rossi", phones="333-123-45-67")
    contact(crm, first_name="Marco", last_name="Rossi", phones="+39 333 7654321", city="Roma")
    groups = groups_of(crm)
    assert id_sets(groups) == [{a, b, c}]
    assert groups[0].reason == "phone"


def test_region_decides_how_national_numbers_read(crm: Crm) -> None:
    a = contact(crm, first_name="Sara", phones="+98 912 345 6789")
    b = contact(crm, first_name="Sara", phones="0912 345 6789", city="Tehran")
    assert groups_of(crm, region="IR") and id_sets(groups_of(crm, region="IR")) == [{a, b}]
    assert groups_of(crm, region="IT") == []


def test_colleagues_sharing_a_switchboard_are_not_duplicates(crm: Crm) -> None:
    acme = company(crm, "Acme")
    contact(crm, first_name="Giulia", last_name="Bianchi", company_id=acme, phones="02 1234567")
    contact(crm, first_name="Paolo", last_name="Esposito", company_id=acme, phones="021234567")
    assert groups_of(crm) == []


def test_one_person_in_two_scripts_sharing_a_phone_is_a_group(crm: Crm) -> None:
    a = contact(crm, first_name="Maria", last_name="Ivanova", phones="+7 912 345-67-89")
    b = contact(crm, first_name="Мария", last_name="Иванова", phones="8 912 345 67 89")
    assert id_sets(groups_of(crm, region="RU")) == [{a, b}]


def test_a_key_shared_by_many_records_is_no_evidence(crm: Crm) -> None:
    for n in range(MAX_SHARED + 1):
        contact(crm, first_name=f"Person{n}", emails=("info@shop.it",), city=f"City {n}")
    assert groups_of(crm) == []


def test_similar_names_in_the_same_company_are_a_group(crm: Crm) -> None:
    acme, other = company(crm, "Acme"), company(crm, "Other")
    a = contact(crm, first_name="Marco", last_name="Rossi", company_id=acme)
    b = contact(crm, first_name="ROSSI", last_name="Marko", company_id=acme)
    contact(crm, first_name="Marco", last_name="Rossi", company_id=other)
    contact(crm, first_name="Anna", last_name="Rossi", company_id=acme)
    groups = groups_of(crm)
    assert id_sets(groups) == [{a, b}]
    assert groups[0].reason == "name" and 88 <= groups[0].score < 100
    assert groups[0].records[0].company == "Acme"


def test_persian_names_written_with_arabic_letters_match(crm: Crm) -> None:
    firm = company(crm, "شرکت آلفا")
    a = contact(crm, first_name="علی‌رضا", last_name="کریمی", company_id=firm)
    b = contact(crm, first_name="علیرضا", last_name="كريمي", company_id=firm)
    groups = groups_of(crm)
    assert id_sets(groups) == [{a, b}] and groups[0].score == 100


def test_without_a_company_names_match_within_one_city(crm: Crm) -> None:
    a = contact(crm, first_name="Giulia", last_name="Bianchi", city="Milano")
    b = contact(crm, first_name="Giulia", last_name="Bianchi", city="milano ")
    contact(crm, first_name="Giulia", last_name="Bianchi", city="Roma")
    assert id_sets(groups_of(crm)) == [{a, b}]


def test_threshold_decides_how_similar_is_similar(crm: Crm) -> None:
    contact(crm, first_name="Marco", last_name="Rossi")
    contact(crm, first_name="Mario", last_name="Rossi")  # 91 by token sort ratio
    assert len(groups_of(crm, threshold=88)) == 1
    assert groups_of(crm, threshold=95) == []
    with pytest.raises(ValidationError):
        groups_of(crm, threshold=20)


def test_deleted_records_are_ignored(crm: Crm) -> None:
    a = contact(crm, first_name="A", emails=("same@example.it",))
    b = contact(crm, first_name="B", emails=("same@example.it",))
    crm.contacts.delete([b])
    assert groups_of(crm) == []
    crm.contacts.restore([b])
    assert id_sets(groups_of(crm)) == [{a, b}]


def test_chains_of_pairs_are_one_group_with_the_strongest_reason(crm: Crm) -> None:
    acme = company(crm, "Acme")
    a = contact(crm, first_name="Marco", last_name="Rossi", company_id=acme, emails=("m@r.it",))
    b = contact(crm, first_name="Marko", last_name="Rossi", company_id=acme)
    c = contact(crm, last_name="Other", emails=("M@R.IT",))
    groups = groups_of(crm)
    assert id_sets(groups) == [{a, b, c}]
    assert groups[0].reason == "email" and groups[0].score < 100


# ----- companies -------------------------------------------------------------------------------
def test_companies_by_name_website_phone_and_email(crm: Crm) -> None:
    a = company(crm, "Rossi S.r.l.")
    b = company(crm, "ROSSI SRL")
    c = company(crm, "Globex", website="https://www.globex.com/it")
    d = company(crm, "Globex Italia", website="globex.com")
    e = company(crm, "Alfa", phone="+39 02 1234567")
    f = company(crm, "Beta", phone="02 1234567", email="x@beta.it")
    g = company(crm, "Gamma", email="X@BETA.IT")
    company(crm, "Delta", website="https://facebook.com/delta")
    company(crm, "Epsilon", website="https://facebook.com/epsilon")
    groups = groups_of(crm, "company")
    assert sorted(map(sorted, id_sets(groups))) == sorted(
        [sorted({a, b}), sorted({c, d}), sorted({e, f, g})]
    )
    by_ids = {frozenset(g.ids): g for g in groups}
    assert by_ids[frozenset({c, d})].reason == "website"
    assert by_ids[frozenset({a, b})].reason == "name"
    assert by_ids[frozenset({c, d})].records[0].company == "https://www.globex.com/it"


def test_unknown_record_type_is_refused(crm: Crm) -> None:
    with pytest.raises(ValidationError):
        groups_of(crm, "deal")


# ----- not duplicates --------------------------------------------------------------------------
def test_marked_pairs_are_not_shown_again_and_the_mark_is_undoable(crm: Crm) -> None:
    a = contact(crm, first_name="A", emails=("same@example.it",))
    b = contact(crm, first_name="B", emails=("same@example.it",))
    change = mark_not_duplicates(crm, "contact", [b, a])
    crm.undo.push(change)
    assert not_duplicate_pairs(crm, "contact") == {tuple(sorted((a, b)))}
    assert groups_of(crm) == []
    assert not_duplicate_pairs(crm, "company") == set()
    crm.undo.undo()
    assert id_sets(groups_of(crm)) == [{a, b}]
    crm.undo.redo()
    assert groups_of(crm) == []


def test_a_marked_pair_still_joins_through_a_third_record(crm: Crm) -> None:
    a = contact(crm, first_name="A", emails=("a@example.it",), phones="+39 333 1111111")
    b = contact(crm, first_name="A", emails=("a@example.it",))
    c = contact(crm, first_name="A", phones="+39 333 1111111")
    mark_not_duplicates(crm, "contact", [b, c])
    assert id_sets(groups_of(crm)) == [{a, b, c}]
    mark_not_duplicates(crm, "contact", [a, b, c])
    assert groups_of(crm) == []


def test_marking_needs_two_records(crm: Crm) -> None:
    a = contact(crm, first_name="A")
    with pytest.raises(ValidationError) as caught:
        mark_not_duplicates(crm, "contact", [a, a])
    assert caught.value.code == "merge_needs_two"


# ----- progress and cancel ---------------------------------------------------------------------
def test_progress_ends_at_the_total_and_cancel_stops(crm: Crm) -> None:
    for n in range(30):
        contact(crm, first_name=f"P{n}", emails=(f"p{n % 10}@example.it",))
    seen: list[tuple[int, int]] = []
    groups = groups_of(crm, progress=lambda done, total: seen.append((done, total)))
    assert len(groups) == 10
    assert seen and seen[-1][0] == seen[-1][1]
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(seen))
    with pytest.raises(DuplicatesCancelled):
        groups_of(crm, cancelled=lambda: True)
    calls = 0

    def later() -> bool:
        nonlocal calls
        calls += 1
        return calls > 2

    with pytest.raises(DuplicatesCancelled):
        groups_of(crm, cancelled=later)


# ----- the matcher at scale (pure, no database) ------------------------------------------------
def test_a_big_scope_is_compared_in_blocks_and_still_finds_typos() -> None:
    rng = random.Random(4)

    def word(length: int) -> str:
        return "".join(rng.choice(string.ascii_lowercase) for _ in range(length))

    people = [(word(7), word(9)) for _ in range(SCOPE_MAX * 3)]
    early, late = sorted(people[42])
    assert not late.startswith("z")
    items = [Item(f"id{n}", name_key(*p), "") for n, p in enumerate(people)]
    # the start of one word spoiled: found through the other word's block only
    items.append(Item("typo", name_key(early, "z" + late[1:]), ""))
    items.append(Item("swap", name_key(*reversed(people[42])), ""))
    found = Matcher(items, threshold=88).run()
    groups = [{items[i].id for i in f.members} for f in found]
    assert {"id42", "typo", "swap"} in groups
    assert all(f.reason == "name" for f in found)
