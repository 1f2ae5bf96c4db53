"""Catalog: users, tags, lifecycle stages, sources, company lookup and custom fields."""

from __future__ import annotations

import pytest

from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.records import ListQuery
from desktop_crm.services.crm import Crm


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


def test_custom_fields(crm: Crm, ann: str) -> None:
    crm.catalog.add_custom_field("contact", "Shoe size", "number")
    crm.catalog.add_custom_field("contact", "Tier", "choice", ("Gold", " Silver ", "Gold", ""))
    crm.catalog.add_custom_field("contact", "Renewal", "date")
    fields = {f.label: f for f in crm.catalog.custom_fields("contact")}
    assert [f.key for f in fields.values()] == ["shoe_size", "tier", "renewal"]
    assert fields["Tier"].options == ("Gold", "Silver")
    assert crm.catalog.custom_fields("company") == []

    change = crm.contacts.update(ann, "custom.shoe_size", "۴۲.۵")
    assert change.description == "edit contact.custom.shoe_size"
    crm.contacts.update(ann, "custom.tier", "Gold")
    crm.contacts.update(ann, "custom.renewal", "2030-01-31")
    assert crm.contacts.get(ann).custom == {
        "shoe_size": "42.5",
        "tier": "Gold",
        "renewal": "2030-01-31",
    }
    with pytest.raises(ValidationError) as info:
        crm.contacts.update(ann, "custom.tier", "Bronze")
    assert (info.value.field, info.value.code) == ("custom.tier", "choice")
    with pytest.raises(ValidationError) as info:
        crm.contacts.update(ann, "custom.shoe_size", "big")
    assert (info.value.field, info.value.code) == ("custom.shoe_size", "number")

    crm.contacts.update(ann, "custom.tier", None)
    assert "tier" not in crm.contacts.get(ann).custom

    crm.catalog.remove_custom_field(fields["Shoe size"].id)
    assert [f.label for f in crm.catalog.custom_fields("contact")] == ["Tier", "Renewal"]
    with pytest.raises(ValidationError) as info:
        crm.contacts.update(ann, "custom.shoe_size", "40")
    assert info.value.code == "unknown_field"
    assert crm.contacts.get(ann).custom["shoe_size"] == "42.5"  # the value stays for undo


def test_custom_values_on_create(crm: Crm) -> None:
    crm.catalog.add_custom_field("company", "Segment", "multi_choice", ("SMB", "Enterprise"))
    company = crm.companies.create({"name": "Acme", "custom.segment": "SMB, Enterprise"})
    assert company.created_id is not None
    assert crm.companies.get(company.created_id).custom == {"segment": ["SMB", "Enterprise"]}
    with pytest.raises(ValidationError):
        crm.companies.create({"name": "Bad", "custom.segment": "Huge"})
    assert crm.company_list.count(ListQuery()) == 1


def test_custom_field_definitions_are_checked(crm: Crm) -> None:
    crm.catalog.add_custom_field("contact", "Tier", "text")
    cases = [
        (("contact", "tier", "text"), "label", "duplicate"),
        (("contact", "Level", "choice"), "options", "no_options"),
        (("contact", " ", "text"), "label", "required"),
        (("contact", "Size", "colour"), "field_type", "invalid"),
        (("invoice", "Size", "text"), "record_type", "invalid"),
    ]
    for args, field, code in cases:
        with pytest.raises(ValidationError) as info:
            crm.catalog.add_custom_field(*args)
        assert (info.value.field, info.value.code) == (field, code)
    crm.catalog.add_custom_field("contact", "Tier!", "text")  # same slug, other key
    crm.catalog.add_custom_field("contact", "سطح", "text")  # no ASCII letters at all
    keys = [f.key for f in crm.catalog.custom_fields("contact")]
    assert len(set(keys)) == 3
    assert keys[0] == "tier"
    assert all(k and k.isascii() for k in keys)


def test_catalog_lookups(crm: Crm, acme: str, ann: str) -> None:
    assert [u.name for u in crm.catalog.users()] == ["Owner"]
    crm.catalog.add_user("Zahra", role="manager", email="z@x.example")
    assert [(u.name, u.role) for u in crm.catalog.users()] == [
        ("Owner", "admin"),
        ("Zahra", "manager"),
    ]
    with pytest.raises(ValidationError):
        crm.catalog.add_user("X", role="king")
    assert crm.catalog.lifecycle_stages()[:2] == ["Subscriber", "Lead"]
    crm.contacts.update(ann, "source", "Referral")
    crm.companies.update(acme, "source", "Web form")
    assert crm.catalog.sources() == ["Referral", "Web form"]
    crm.companies.create({"name": "Acme Two"})
    crm.companies.create({"name": "Globex"})
    assert [n for _i, n in crm.catalog.companies_named("acme")] == ["Acme", "Acme Two"]
    assert crm.catalog.companies_named("lob") == [
        (i, n) for i, n in crm.catalog.companies_named("Globex")
    ]


def test_companies_named_ignores_case_in_every_script(crm: Crm) -> None:
    """SQLite's LIKE folds ASCII only: "тех" did not find "Технопарк"; "%" found everything."""
    for name in ("Технопарк", "Straße GmbH", "100% Pure", "Other"):
        crm.companies.create({"name": name})
    assert [n for _i, n in crm.catalog.companies_named("тех")] == ["Технопарк"]
    assert [n for _i, n in crm.catalog.companies_named("STRASSE")] == ["Straße GmbH"]
    assert [n for _i, n in crm.catalog.companies_named("%")] == ["100% Pure"]
    assert crm.catalog.companies_named("_") == []
    assert len(crm.catalog.companies_named("", limit=3)) == 3
