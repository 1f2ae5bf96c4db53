"""The demo data set: five languages, linked records, one undoable step."""

from __future__ import annotations

import unicodedata
from collections import Counter

import pytest
import sqlalchemy as sa

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.records import ListQuery
from desktop_crm.services.crm import Crm
from desktop_crm.services.demo import LANGUAGE_NAMES, load_demo
from desktop_crm.store.models import ActivityRecord, ContactRecord, ContactTagRecord


def _script(text: str) -> str:
    """The script of the first letter of ``text``: LATIN, CYRILLIC, ARABIC or THAI."""
    letter = next(ch for ch in text if ch.isalpha())
    return unicodedata.name(letter).split()[0]


@pytest.fixture(scope="module")
def demo_crm(tmp_path_factory: pytest.TempPathFactory) -> Crm:
    """One full demo load shared by the read-only tests of this module (it takes ~0.5 s)."""
    from desktop_crm.services.crm import open_crm

    folder = tmp_path_factory.mktemp("demo")
    crm = open_crm(folder / "crm.db", backup_dir=folder / "backups")
    load_demo(crm)
    return crm


def test_demo_has_the_promised_records(demo_crm: Crm) -> None:
    assert demo_crm.contact_list.count(ListQuery()) == 300
    assert demo_crm.company_list.count(ListQuery()) == 60
    users = demo_crm.catalog.users()
    assert len(users) == 4
    assert sorted(u.role for u in users) == ["admin", "manager", "salesperson", "salesperson"]
    assert len({_script(u.name) for u in users if u.role != "admin"}) >= 2
    assert {"VIP", "Newsletter", "Partner", "Trade show Milan"} <= {
        t.name for t in demo_crm.catalog.tags()
    }
    assert demo_crm.maintenance.check().ok


def test_names_come_in_all_five_languages_and_scripts(demo_crm: Crm) -> None:
    rows = demo_crm.contact_list.page(ListQuery(), 0, 1000)
    scripts = Counter(_script(r.display_name) for r in rows)
    assert set(scripts) == {"LATIN", "CYRILLIC", "ARABIC", "THAI"}
    assert min(scripts.values()) >= 25
    with demo_crm.ctx.session() as s:
        languages = Counter(s.execute(sa.select(ContactRecord.language)).scalars())
    assert set(languages) == set(LANGUAGE_NAMES.values())
    # search finds people in every script, as a user would type them
    for text in ("Rossi", "Иван", "رضا", "สม"):
        assert demo_crm.finder.search(text).total > 0, text


def test_most_contacts_work_at_a_company_with_a_role(demo_crm: Crm) -> None:
    rows = demo_crm.contact_list.page(ListQuery(), 0, 1000)
    linked = [r for r in rows if r.company_id]
    assert 0.7 < len(linked) / len(rows) < 0.95
    detail = demo_crm.contacts.get(linked[0].id)
    assert detail.company_name == linked[0].company_name
    assert detail.values["company_role"]
    assert detail.values["emails"] and detail.values["phones"]
    company = demo_crm.companies.get(linked[0].company_id or "")
    assert linked[0].id in {c.id for c in company.contacts}


def test_owners_stages_statuses_and_sources_are_spread(demo_crm: Crm) -> None:
    rows = demo_crm.contact_list.page(ListQuery(), 0, 1000)
    owners = Counter(r.owner_name for r in rows)
    assert len(owners) == 4 and min(owners.values()) >= 10
    stages = Counter(r.lifecycle_stage for r in rows)
    assert set(stages) == set(demo_crm.catalog.lifecycle_stages())
    for row in rows:
        if row.lifecycle_stage == "Lost":
            assert row.customer_status == "lost"
        if row.lifecycle_stage == "Customer":
            assert row.customer_status in ("active", "permanent")
    assert len({r.source for r in rows}) >= 5
    assert sum(1 for r in rows if r.last_contacted_at) > 150


def test_activities_span_six_months_and_match_last_contacted(demo_crm: Crm) -> None:
    a = ActivityRecord
    with demo_crm.ctx.session() as s:
        kinds = Counter(s.execute(sa.select(a.kind)).scalars())
        first, last = s.execute(
            sa.select(sa.func.min(a.occurred_at), sa.func.max(a.occurred_at))
        ).one()
        tagged = s.execute(sa.select(sa.func.count()).select_from(ContactTagRecord)).scalar_one()
    assert sum(kinds.values()) == 600
    assert set(kinds) == {"call", "email", "meeting", "note"}
    assert 150 <= (last - first).days <= 183
    assert tagged > 50
    rows = demo_crm.contact_list.page(ListQuery(sort="last_contacted_at", descending=True), 0, 30)
    for row in rows:
        timeline = demo_crm.activities.timeline("contact", row.id)
        contacted = [e.at for e in timeline if e.kind == "activity" and e.activity_kind != "note"]
        assert row.last_contacted_at == (max(contacted) if contacted else None)


def test_demo_is_one_undoable_step(crm: Crm) -> None:
    change = load_demo(crm, contacts=40, companies=8, activities=60)
    assert change.description == "demo"
    assert crm.contact_list.count(ListQuery()) == 40
    crm.undo.push(change)
    crm.undo.undo()
    assert crm.contact_list.count(ListQuery()) == 0
    assert crm.company_list.count(ListQuery()) == 0
    assert crm.finder.search("a").total == 0
    assert [u.role for u in crm.catalog.users()] == ["admin"]
    crm.undo.redo()
    assert crm.contact_list.count(ListQuery()) == 40


def test_demo_is_reproducible(crm: Crm, tmp_path_factory: pytest.TempPathFactory) -> None:
    from desktop_crm.services.crm import open_crm

    folder = tmp_path_factory.mktemp("again")
    other = open_crm(folder / "crm.db", backup_dir=folder / "backups")
    try:
        for target in (crm, other):
            load_demo(target, seed=3, contacts=15, companies=4, activities=20)
        names = [
            [r.display_name for r in target.contact_list.page(ListQuery(), 0, 100)]
            for target in (crm, other)
        ]
    finally:
        other.close()
    assert names[0] == names[1] and len(names[0]) == 15


def test_demo_only_loads_into_an_empty_database(crm: Crm) -> None:
    crm.contacts.create({"first_name": "Ada"})
    with pytest.raises(CrmError) as raised:
        load_demo(crm)
    assert raised.value.code == "not_empty"
    assert crm.contact_list.count(ListQuery()) == 1
