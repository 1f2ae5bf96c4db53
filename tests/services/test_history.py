"""Undo and redo on the change log: every kind of change, conflicts, and a property over edits."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_crm.domain.errors import ConflictError, CrmError, NotFoundError, ValidationError
from desktop_crm.domain.records import Change, ListQuery
from desktop_crm.services.crm import Crm, open_crm


def _changesets(crm: Crm) -> int:
    with crm.ctx.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM changesets").scalar_one())


def do(crm: Crm, change: Change) -> Change:
    """What the UI does with a service call's result."""
    crm.undo.push(change)
    return change


@pytest.fixture
def ann(crm: Crm) -> str:
    created = crm.contacts.create(
        {"first_name": "Ann", "last_name": "Lee", "job_title": "CTO", "emails": "ann@x.example"}
    ).created_id
    assert created is not None
    return created


def test_undo_and_redo_an_edit(crm: Crm, ann: str) -> None:
    do(crm, crm.contacts.update(ann, "job_title", "CEO"))
    assert crm.undo.undo_text() == "edit contact.job_title"
    undone = crm.undo.undo()
    assert undone.entities == frozenset({("contact", ann)})
    assert crm.contacts.get(ann).values["job_title"] == "CTO"
    assert not crm.undo.can_undo()
    assert crm.undo.redo_text() == "edit contact.job_title"
    crm.undo.redo()
    assert crm.contacts.get(ann).values["job_title"] == "CEO"
    assert crm.undo.can_undo()
    assert not crm.undo.can_redo()
    crm.undo.undo()
    assert crm.contacts.get(ann).values["job_title"] == "CTO"


def test_nothing_to_undo_or_redo(crm: Crm) -> None:
    """An empty stack raised IndexError."""
    for call, code in ((crm.undo.undo, "nothing_to_undo"), (crm.undo.redo, "nothing_to_redo")):
        with pytest.raises(CrmError) as info:
            call()
        assert info.value.code == code
    do(crm, Change("", "nothing happened"))  # an empty change is not undoable
    assert not crm.undo.can_undo()


def test_a_new_change_clears_redo(crm: Crm, ann: str) -> None:
    do(crm, crm.contacts.update(ann, "job_title", "CEO"))
    crm.undo.undo()
    do(crm, crm.contacts.update(ann, "city", "Rasht"))
    assert not crm.undo.can_redo()


def test_undo_create_is_a_soft_delete_and_redo_brings_it_back(crm: Crm) -> None:
    created = do(crm, crm.contacts.create({"first_name": "Bob", "emails": "bob@x.example"}))
    bob = created.created_id
    assert bob is not None
    crm.undo.undo()
    assert crm.contacts.get(bob).deleted_at is not None
    assert crm.contact_list.count(ListQuery()) == 0
    assert crm.finder.search("bob").hits == ()
    crm.undo.redo()
    assert crm.contacts.get(bob).deleted_at is None
    assert [h.id for h in crm.finder.search("bob").hits] == [bob]
    assert crm.contacts.get(bob).values["emails"] == ("bob@x.example",)


def test_undo_create_with_custom_values(crm: Crm) -> None:
    crm.catalog.add_custom_field("contact", "Tier", "choice", ("Gold", "Silver"))
    bob = do(crm, crm.contacts.create({"first_name": "Bob", "custom.tier": "Gold"})).created_id
    assert bob is not None
    crm.undo.undo()
    assert crm.contacts.get(bob).deleted_at is not None
    crm.undo.redo()
    detail = crm.contacts.get(bob)
    assert (detail.deleted_at, detail.custom) == (None, {"tier": "Gold"})


def test_undo_delete_and_restore(crm: Crm, ann: str) -> None:
    do(crm, crm.contacts.delete([ann]))
    crm.undo.undo()
    assert crm.contacts.get(ann).deleted_at is None
    crm.undo.redo()
    assert crm.contacts.get(ann).deleted_at is not None
    do(crm, crm.contacts.restore([ann]))
    crm.undo.undo()
    assert crm.contacts.get(ann).deleted_at is not None
    crm.undo.undo()  # the redone delete
    assert crm.contacts.get(ann).deleted_at is None


def test_undo_tags(crm: Crm, ann: str) -> None:
    do(crm, crm.contacts.add_tag(ann, "VIP"))
    vip = crm.contacts.get(ann).tags[0]
    crm.undo.undo()
    assert crm.contacts.get(ann).tags == ()
    assert crm.catalog.tags() == []  # the tag it created goes too
    crm.undo.redo()
    assert crm.contacts.get(ann).tags == (vip,)
    assert crm.catalog.tags() == [vip]
    do(crm, crm.contacts.remove_tag(ann, vip.id))
    assert crm.contacts.get(ann).tags == ()
    crm.undo.undo()
    assert crm.contacts.get(ann).tags == (vip,)
    timeline = [e.kind for e in crm.activities.timeline("contact", ann) if "tag" in e.kind]
    assert timeline == ["tag_added", "tag_removed", "tag_added", "tag_removed", "tag_added"]


def test_undo_custom_field_value_and_definition(crm: Crm, ann: str) -> None:
    crm.catalog.add_custom_field("contact", "Score", "number")
    do(crm, crm.contacts.update(ann, "custom.score", "7.50"))
    do(crm, crm.contacts.update(ann, "custom.score", "8"))
    crm.undo.undo()
    assert crm.contacts.get(ann).custom == {"score": "7.5"}
    crm.undo.undo()
    assert crm.contacts.get(ann).custom == {}
    (field,) = crm.catalog.custom_fields("contact")
    do(crm, crm.catalog.remove_custom_field(field.id))
    assert crm.catalog.custom_fields("contact") == []
    crm.undo.undo()
    assert crm.catalog.custom_fields("contact") == [field]


def test_undo_multi_field_edit(crm: Crm, ann: str) -> None:
    before = crm.contacts.get(ann).values
    do(crm, crm.contacts.update_many(ann, {"job_title": "CEO", "city": "Yazd", "no_sms": True}))
    crm.undo.undo()
    assert crm.contacts.get(ann).values == before
    crm.undo.redo()
    values = crm.contacts.get(ann).values
    assert (values["job_title"], values["city"], values["no_sms"]) == ("CEO", "Yazd", True)


def test_undo_refused_when_the_field_changed_since(crm: Crm, ann: str) -> None:
    do(crm, crm.contacts.update(ann, "job_title", "CEO"))
    crm.contacts.update(ann, "job_title", "COO")  # another window; not on this stack
    count = _changesets(crm)
    with pytest.raises(ConflictError) as info:
        crm.undo.undo()
    assert info.value.params == {"field": "job_title"}
    assert crm.contacts.get(ann).values["job_title"] == "COO"
    assert _changesets(crm) == count
    assert crm.undo.can_undo()  # still there, for after the user fixed it


def test_conflict_on_one_field_undoes_none(crm: Crm, ann: str) -> None:
    do(crm, crm.contacts.update_many(ann, {"job_title": "CEO", "city": "Yazd"}))
    crm.contacts.update(ann, "city", "Qom")
    with pytest.raises(ConflictError):
        crm.undo.undo()
    values = crm.contacts.get(ann).values
    assert (values["job_title"], values["city"]) == ("CEO", "Qom")


def test_redo_refused_when_changed_since(crm: Crm, ann: str) -> None:
    do(crm, crm.contacts.update(ann, "job_title", "CEO"))
    crm.undo.undo()
    crm.contacts.update(ann, "job_title", "CFO")
    with pytest.raises(ConflictError):
        crm.undo.redo()
    assert crm.contacts.get(ann).values["job_title"] == "CFO"


def test_undo_create_of_a_record_deleted_meanwhile(crm: Crm) -> None:
    bob = do(crm, crm.contacts.create({"first_name": "Bob"})).created_id
    assert bob is not None
    crm.contacts.delete([bob])
    with pytest.raises(ConflictError):
        crm.undo.undo()


def test_history_lists_changesets_newest_first(crm: Crm, ann: str) -> None:
    crm.contacts.update(ann, "job_title", "CEO")
    recent = crm.history.recent(3)
    assert [h.description for h in recent[:2]] == ["edit contact.job_title", "create contact"]
    assert recent[0].user_name == "Owner"


# ----- property: undoing every change restores every record exactly ---------------------------
CONTACT_VALUES: dict[str, list[Any]] = {
    "first_name": ["Ann", "Bob", "", "Ünal", "علی", "สมชาย"],
    "last_name": [None, "Lee", "رضایی"],
    "job_title": ["CEO", None, "Dev"],
    "emails": ["", "a@x.example", "a@x.example, b@y.example"],
    "phones": ["", "0912 345 6789", "۰۲۱ ۱۲۳۴"],
    "birthday": [None, "1980-02-29", "2001-12-31"],
    "customer_status": [None, "active", "lost"],
    "no_email": [True, False],
    "notes": [None, "Long\nnote"],
    "custom.tier": [None, "Gold", "Silver"],
    "custom.score": [None, "1.50", "42", "-3"],
    "company_id": [None, 0, 1],  # index into the companies
}
COMPANY_VALUES: dict[str, list[Any]] = {
    "name": ["Acme", "Globex", "", "ایران خودرو"],
    "size": [None, 5, "120"],
    "annual_revenue": [None, "1000.5", "99999.9999"],
    "website": [None, "acme.example"],
    "custom.region": [None, "North", "South"],
}

contact_edit = st.sampled_from(sorted(CONTACT_VALUES)).flatmap(
    lambda f: st.tuples(st.just(f), st.sampled_from(CONTACT_VALUES[f]))
)
company_edit = st.sampled_from(sorted(COMPANY_VALUES)).flatmap(
    lambda f: st.tuples(st.just(f), st.sampled_from(COMPANY_VALUES[f]))
)
target = st.integers(0, 1)
operation = st.one_of(
    st.tuples(st.just("contact"), target, contact_edit),
    st.tuples(st.just("company"), target, company_edit),
    st.tuples(st.just("contact_many"), target, st.lists(contact_edit, min_size=1, max_size=3)),
    st.tuples(st.just("tag"), target, st.sampled_from(["VIP", "vip", "Lead"])),
    st.tuples(st.just("untag"), target, st.sampled_from(["VIP", "Lead"])),
    st.tuples(st.just("delete"), target, st.sampled_from(["contact", "company"])),
    st.tuples(st.just("restore"), target, st.sampled_from(["contact", "company"])),
    st.tuples(st.just("undo"), st.just(0), st.just(None)),
    st.tuples(st.just("redo"), st.just(0), st.just(None)),
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with two contacts, two companies and custom fields, copied per example."""
    path = tmp_path_factory.mktemp("history") / "template.db"
    crm = open_crm(path)
    crm.catalog.add_custom_field("contact", "Tier", "choice", ("Gold", "Silver"))
    crm.catalog.add_custom_field("contact", "Score", "number")
    crm.catalog.add_custom_field("company", "Region", "text")
    acme = crm.companies.create({"name": "Acme", "size": 10})
    crm.companies.create({"name": "Globex", "custom.region": "North"})
    ann = crm.contacts.create(
        {"first_name": "Ann", "company_id": acme.created_id, "custom.tier": "Gold"}
    )
    crm.contacts.create({"first_name": "Bob", "emails": "bob@x.example", "birthday": "1970-01-01"})
    crm.contacts.add_tag(str(ann.created_id), "Lead")
    crm.close()
    return path


def _ids(crm: Crm) -> tuple[list[str], list[str]]:
    contacts = [r.id for r in crm.contact_list.page(ListQuery(sort="created_at"), 0, 10)]
    companies = [r.id for r in crm.company_list.page(ListQuery(sort="created_at"), 0, 10)]
    return contacts, companies


def _snapshot(crm: Crm) -> dict[str, Any]:
    contacts, companies = _ids(crm)
    out: dict[str, Any] = {}
    for service, ids in ((crm.contacts, contacts), (crm.companies, companies)):
        for record_id in ids:
            d = service.get(record_id)
            out[record_id] = (d.values, d.custom, [t.name for t in d.tags], d.deleted_at)
    out["tags"] = [t.name for t in crm.catalog.tags()]
    out["search"] = sorted(h.id for h in crm.finder.search("a").hits)
    return out


def _apply(crm: Crm, op: tuple[str, int, Any], ids: tuple[list[str], list[str]]) -> None:
    kind, index, arg = op
    contacts, companies = ids
    contact = contacts[index]

    def value(field: str, v: Any) -> Any:
        return companies[v] if field == "company_id" and v is not None else v

    calls = {
        "contact": lambda: crm.contacts.update(contact, arg[0], value(*arg)),
        "company": lambda: crm.companies.update(companies[index], arg[0], arg[1]),
        "contact_many": lambda: crm.contacts.update_many(contact, {f: value(f, v) for f, v in arg}),
        "tag": lambda: crm.contacts.add_tag(contact, arg),
        "untag": lambda: crm.contacts.remove_tag(
            contact, next((t.id for t in crm.catalog.tags() if t.name == arg), "none")
        ),
        "delete": lambda: (crm.contacts if arg == "contact" else crm.companies).delete(
            [contact if arg == "contact" else companies[index]]
        ),
        "restore": lambda: (crm.contacts if arg == "contact" else crm.companies).restore(
            [contact if arg == "contact" else companies[index]]
        ),
    }
    if kind == "undo":
        if crm.undo.can_undo():
            crm.undo.undo()
        return
    if kind == "redo":
        if crm.undo.can_redo():
            crm.undo.redo()
        return
    # refused as a user would see it: nothing changed, nothing to undo
    with contextlib.suppress(ValidationError, NotFoundError):
        crm.undo.push(calls[kind]())


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=st.lists(operation, min_size=1, max_size=12))
def test_undoing_everything_restores_every_record(template: Path, ops: list[Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "crm.db"
        shutil.copyfile(template, path)
        crm = open_crm(path)
        try:
            original = _snapshot(crm)
            ids = _ids(crm)
            for op in ops:
                _apply(crm, op, ids)
            while crm.undo.can_undo():
                crm.undo.undo()
            assert _snapshot(crm) == original
            assert crm.maintenance.check().ok
        finally:
            crm.close()
