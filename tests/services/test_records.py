"""Contacts and companies: create, edit, bulk edit, delete, restore, tags, custom fields."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa

from desktop_crm.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop_crm.domain.records import ListQuery
from desktop_crm.services.crm import Crm


def _changesets(crm: Crm) -> int:
    with crm.ctx.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM changesets").scalar_one())


def _field_changes(crm: Crm) -> int:
    with crm.ctx.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM field_changes").scalar_one())


@pytest.fixture
def acme(crm: Crm) -> str:
    created = crm.companies.create({"name": "Acme", "city": "Tehran"}).created_id
    assert created is not None
    return created


@pytest.fixture
def ann(crm: Crm, acme: str) -> str:
    created = crm.contacts.create(
        {"first_name": "Ann", "last_name": "Lee", "emails": "ann@acme.example", "company_id": acme}
    ).created_id
    assert created is not None
    return created


# ----- create ----------------------------------------------------------------------------
def test_create_contact_normalises_and_reads_back(crm: Crm, acme: str) -> None:
    change = crm.contacts.create(
        {
            "first_name": "  Sara ",
            "emails": "sara@x.example; SARA2@x.example",
            "phones": "۰۲۱ ۸۸۸۸ ۱۲۳۴",
            "birthday": "1990-05-06",
            "company_id": acme,
            "no_calls": "yes",
        }
    )
    assert change.description == "create contact"
    assert change.created_id is not None
    assert ("contact", change.created_id) in change.entities
    detail = crm.contacts.get(change.created_id)
    assert detail.values["first_name"] == "Sara"
    assert detail.values["emails"] == ("sara@x.example", "SARA2@x.example")
    assert detail.values["phones"] == ("021 8888 1234",)
    assert detail.values["birthday"] == date(1990, 5, 6)
    assert detail.values["no_calls"] is True
    assert detail.company_name == "Acme"
    assert detail.owner_name == "Owner"  # the current user owns what they create
    assert detail.title == "Sara"
    assert detail.deleted_at is None
    assert detail.created_at == detail.updated_at


def test_contact_needs_a_name_or_an_email(crm: Crm) -> None:
    before = _changesets(crm)
    for values in ({}, {"job_title": "CEO"}, {"first_name": "  ", "emails": ""}):
        with pytest.raises(ValidationError) as info:
            crm.contacts.create(values)
        assert (info.value.field, info.value.code) == ("first_name", "contact_needs_name")
    only_email = crm.contacts.create({"emails": "who@x.example"}).created_id
    assert only_email is not None
    assert crm.contacts.get(only_email).title == "who@x.example"
    assert _changesets(crm) == before + 1


def test_company_needs_a_name(crm: Crm) -> None:
    """Leaving the required name out was a StorageError from the NOT NULL constraint."""
    for values in ({}, {"industry": "Retail"}, {"name": " "}):
        with pytest.raises(ValidationError) as info:
            crm.companies.create(values)
        assert (info.value.field, info.value.code) == ("name", "required")
    assert crm.company_list.count(ListQuery()) == 0


def test_create_validates_each_field(crm: Crm) -> None:
    cases = [
        ({"first_name": "x" * 10_000}, "first_name", "too_long"),
        ({"first_name": "A", "emails": "not-an-email"}, "emails", "email"),
        ({"first_name": "A", "birthday": "2999-01-01"}, "birthday", "future"),
        ({"first_name": "A", "customer_status": "vip"}, "customer_status", "choice"),
        ({"first_name": "A", "nickname": "Al"}, "nickname", "unknown_field"),
        ({"first_name": "A", "company_id": "no-such-company"}, "company_id", "no_such_ref"),
        ({"first_name": "A", "owner_id": "no-such-user"}, "owner_id", "no_such_ref"),
    ]
    for values, field, code in cases:
        with pytest.raises(ValidationError) as info:
            crm.contacts.create(values)
        assert (info.value.field, info.value.code) == (field, code)
    assert crm.contact_list.count(ListQuery()) == 0


def test_deleted_company_cannot_be_linked(crm: Crm, acme: str) -> None:
    crm.companies.delete([acme])
    with pytest.raises(ValidationError) as info:
        crm.contacts.create({"first_name": "A", "company_id": acme})
    assert info.value.code == "no_such_ref"


def test_company_fields(crm: Crm) -> None:
    company = crm.companies.create(
        {"name": "Globex", "size": "۱۲۰", "annual_revenue": "1250000.5", "website": "globex.io"}
    ).created_id
    assert company is not None
    values = crm.companies.get(company).values
    assert values["size"] == 120
    assert values["annual_revenue"] == Decimal("1250000.5")
    assert values["website"] == "https://globex.io"


# ----- update ----------------------------------------------------------------------------
def test_update_one_field(crm: Crm, ann: str) -> None:
    before = crm.contacts.get(ann)
    change = crm.contacts.update(ann, "job_title", "CTO")
    assert change.description == "edit contact.job_title"
    assert change.entities == frozenset({("contact", ann)})
    after = crm.contacts.get(ann)
    assert after.values["job_title"] == "CTO"
    assert after.updated_at > before.updated_at
    assert {k: v for k, v in after.values.items() if k != "job_title"} == {
        k: v for k, v in before.values.items() if k != "job_title"
    }


def test_update_to_the_same_value_records_nothing(crm: Crm, ann: str) -> None:
    before = _field_changes(crm)
    change = crm.contacts.update(ann, "first_name", " Ann ")
    assert change.changeset_id == ""
    assert _field_changes(crm) == before


def test_update_keeps_the_contact_named(crm: Crm, ann: str) -> None:
    crm.contacts.update(ann, "last_name", None)
    crm.contacts.update(ann, "emails", ())
    with pytest.raises(ValidationError) as info:
        crm.contacts.update(ann, "first_name", "")
    assert info.value.code == "contact_needs_name"
    assert crm.contacts.get(ann).values["first_name"] == "Ann"


def test_update_refuses_unknown_company(crm: Crm, ann: str, acme: str) -> None:
    with pytest.raises(ValidationError) as info:
        crm.contacts.update(ann, "company_id", "missing")
    assert (info.value.field, info.value.code) == ("company_id", "no_such_ref")
    assert crm.contacts.get(ann).values["company_id"] == acme


def test_update_of_a_deleted_or_missing_record(crm: Crm, ann: str) -> None:
    crm.contacts.delete([ann])
    with pytest.raises(NotFoundError):
        crm.contacts.update(ann, "first_name", "Zoe")
    with pytest.raises(NotFoundError):
        crm.contacts.update("missing", "first_name", "Zoe")
    with pytest.raises(NotFoundError):
        crm.contacts.get("missing")


def test_expected_value_detects_a_conflict(crm: Crm, ann: str) -> None:
    crm.contacts.update(ann, "job_title", "CEO", expected=None)
    crm.contacts.update(ann, "job_title", "CFO", expected="CEO")
    before = _field_changes(crm)
    with pytest.raises(ConflictError) as info:
        crm.contacts.update(ann, "job_title", "COO", expected="CEO")  # stale view
    assert info.value.params == {"field": "job_title", "current": "CFO"}
    assert crm.contacts.get(ann).values["job_title"] == "CFO"
    assert _field_changes(crm) == before
    # tuples compare by value
    crm.contacts.update(ann, "emails", "b@x.example", expected=("ann@acme.example",))
    with pytest.raises(ConflictError):
        crm.contacts.update(ann, "emails", "c@x.example", expected=("ann@acme.example",))


def test_update_many_in_one_transaction(crm: Crm, ann: str) -> None:
    change = crm.contacts.update_many(ann, {"job_title": "CEO", "city": "Shiraz"})
    assert change.description == "edit contact"
    values = crm.contacts.get(ann).values
    assert (values["job_title"], values["city"]) == ("CEO", "Shiraz")
    with crm.ctx.engine.connect() as conn:
        in_changeset = conn.exec_driver_sql(
            "SELECT field FROM field_changes WHERE changeset_id = ? ORDER BY field",
            (change.changeset_id,),
        ).scalars()
        assert list(in_changeset) == ["city", "job_title"]


@pytest.mark.parametrize(
    ("bad", "field"),
    [
        ({"company_id": "missing"}, "company_id"),
        ({"emails": "broken"}, "emails"),
        ({"first_name": None, "last_name": None, "emails": ()}, "first_name"),
        ({"nickname": "x"}, "nickname"),
    ],
)
def test_failed_update_many_changes_nothing(
    crm: Crm, ann: str, bad: dict[str, object], field: str
) -> None:
    before = crm.contacts.get(ann)
    counts = (_changesets(crm), _field_changes(crm))
    with pytest.raises(ValidationError) as info:
        crm.contacts.update_many(ann, {"job_title": "CEO", "city": "Shiraz", **bad})
    assert info.value.field == field
    assert crm.contacts.get(ann) == before
    assert (_changesets(crm), _field_changes(crm)) == counts


# ----- delete and restore -----------------------------------------------------------------
def test_delete_and_restore(crm: Crm, ann: str, acme: str) -> None:
    other = crm.contacts.create({"first_name": "Bob"}).created_id
    assert other is not None
    change = crm.contacts.delete([ann, other])
    assert change.entities >= {("contact", ann), ("contact", other)}
    assert crm.contact_list.count(ListQuery()) == 0
    assert crm.contacts.get(ann).deleted_at is not None
    assert {d.id for d in crm.finder.recently_deleted()} == {ann, other}
    assert crm.companies.get(acme).contacts == ()
    with pytest.raises(NotFoundError):
        crm.contacts.delete([ann])  # already deleted

    crm.contacts.restore([ann])
    assert crm.contacts.get(ann).deleted_at is None
    assert [r.id for r in crm.contact_list.page(ListQuery(), 0, 10)] == [ann]
    assert [d.id for d in crm.finder.recently_deleted()] == [other]
    assert [c.id for c in crm.companies.get(acme).contacts] == [ann]


def test_company_delete_and_restore(crm: Crm, acme: str, ann: str) -> None:
    crm.companies.delete([acme])
    assert crm.company_list.count(ListQuery()) == 0
    deleted = crm.finder.recently_deleted()
    assert [(d.record_type, d.id, d.title) for d in deleted] == [("company", acme, "Acme")]
    crm.companies.restore([acme])
    assert crm.company_list.count(ListQuery()) == 1
    detail = crm.companies.get(acme)
    assert [c.name for c in detail.contacts] == ["Ann Lee"]


def test_failed_delete_deletes_nothing(crm: Crm, ann: str) -> None:
    with pytest.raises(NotFoundError):
        crm.contacts.delete([ann, "missing"])
    assert crm.contacts.get(ann).deleted_at is None


# ----- tags --------------------------------------------------------------------------------
def test_tags_add_remove_and_add_again(crm: Crm, ann: str) -> None:
    crm.contacts.add_tag(ann, " VIP ")
    crm.contacts.add_tag(ann, "Lead")
    (lead, vip) = crm.contacts.get(ann).tags
    assert (lead.name, vip.name) == ("Lead", "VIP")
    assert crm.contacts.add_tag(ann, "vip").changeset_id == ""  # same tag, any case
    assert [t.name for t in crm.catalog.tags()] == ["Lead", "VIP"]

    crm.contacts.remove_tag(ann, vip.id)
    assert [t.name for t in crm.contacts.get(ann).tags] == ["Lead"]
    assert crm.contacts.remove_tag(ann, vip.id).changeset_id == ""  # nothing to remove

    crm.contacts.add_tag(ann, "VIP")
    assert [t.id for t in crm.contacts.get(ann).tags] == [lead.id, vip.id]
    with crm.ctx.engine.connect() as conn:  # the old link came back, no second link
        links = conn.exec_driver_sql(
            "SELECT count(*) FROM contact_tags WHERE contact_id = ?", (ann,)
        ).scalar()
    assert links == 2
    with pytest.raises(ValidationError) as info:
        crm.contacts.add_tag(ann, "  ")
    assert (info.value.field, info.value.code) == ("tag", "required")


def test_tag_names_match_ignoring_case_in_every_script(crm: Crm, ann: str) -> None:
    """SQLite's lower() folds ASCII only: "важный" became a second tag next to "Важный"."""
    crm.contacts.add_tag(ann, "Важный")
    assert crm.contacts.add_tag(ann, "важный").changeset_id == ""
    crm.contacts.add_tag(ann, "ÉTÉ")
    crm.contacts.add_tag(ann, "été")
    assert [t.name for t in crm.catalog.tags()] == ["ÉTÉ", "Важный"]
    assert [t.name for t in crm.contacts.get(ann).tags] == ["ÉTÉ", "Важный"]


def test_company_tags_and_shared_tags(crm: Crm, acme: str, ann: str) -> None:
    crm.companies.add_tag(acme, "Partner")
    crm.contacts.add_tag(ann, "partner")
    (tag,) = crm.catalog.tags()
    assert crm.companies.get(acme).tags == (tag,)
    assert crm.contacts.get(ann).tags == (tag,)
    crm.companies.remove_tag(acme, tag.id)
    assert crm.companies.get(acme).tags == ()
    assert crm.contacts.get(ann).tags == (tag,)


def test_is_empty(crm: Crm) -> None:
    assert crm.is_empty()
    crm.contacts.create({"first_name": "A"})
    assert not crm.is_empty()
    with crm.ctx.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM users")).scalar() == 1
