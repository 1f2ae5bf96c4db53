"""Contacts to vCard: every card reads back with vobject, in every script, with every field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import vobject

from desktop_crm.domain.records import ListQuery
from desktop_crm.services.crm import Crm
from desktop_crm.services.exporting import export_records


def read_cards(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    return {card.uid.value: card for card in vobject.readComponents(text)}


@pytest.fixture
def people(crm: Crm) -> dict[str, str]:
    company = crm.companies.create({"name": "Parsian; Tejarat, Co"}).created_id
    rows: dict[str, dict[str, Any]] = {
        "reza": {
            "first_name": "محمد\u200cرضا",
            "last_name": "رضایی",
            "emails": "reza@parsian.example, m.rezaei@mail.example",
            "phones": "+98 21 8888 1234, ۰۹۱۲ ۱۲۳ ۴۵۶۷",
            "company_id": company,
            "job_title": "مدیر فروش",
            "birthday": "1979-03-21",
            "address": "خیابان ولیعصر\nپلاک ۱۲",
            "city": "تهران",
            "country": "ایران",
            "notes": "Met at the fair; wants a demo, next week",
        },
        "somchai": {
            "first_name": "สมชาย",
            "last_name": "ใจดีมากมายหลายอย่างเหลือเกินจนชื่อยาวเกินบรรทัดเดียวของวีการ์ด",
            "phones": "02 123 4567",
        },
        "ivan": {"first_name": "Иван", "last_name": "Петров", "job_title": "Бухгалтер"},
        "email_only": {"emails": "only@mail.example"},
    }
    ids = {}
    for key, values in rows.items():
        created = crm.contacts.create(values).created_id
        assert created is not None
        ids[key] = created
    crm.contacts.add_tag(ids["reza"], "VIP")
    return ids


def test_cards_read_back_with_every_field(crm: Crm, people: dict[str, str], tmp_path: Path) -> None:
    target = tmp_path / "contacts.vcf"
    assert export_records(crm, "contact", target) == 4
    cards = read_cards(target)
    assert set(cards) == set(people.values())
    reza = cards[people["reza"]]
    assert reza.version.value == "3.0"
    assert reza.n.value.given == "محمد\u200cرضا" and reza.n.value.family == "رضایی"
    assert reza.fn.value == "محمد\u200cرضا رضایی"
    assert [e.value for e in reza.email_list] == ["reza@parsian.example", "m.rezaei@mail.example"]
    assert [t.value for t in reza.tel_list] == ["+98 21 8888 1234", "0912 123 4567"]
    assert reza.org.value == ["Parsian; Tejarat, Co"]
    assert reza.title.value == "مدیر فروش"
    assert reza.bday.value == "1979-03-21"
    assert reza.adr.value.street == "خیابان ولیعصر\nپلاک ۱۲"
    assert reza.adr.value.city == "تهران" and reza.adr.value.country == "ایران"
    assert reza.note.value == "Met at the fair; wants a demo, next week"
    assert reza.categories.value == ["VIP"]
    somchai = cards[people["somchai"]]
    assert somchai.n.value.family.endswith("ของวีการ์ด")  # a long Thai line folds and unfolds
    assert not hasattr(somchai, "email")
    ivan = cards[people["ivan"]]
    assert (ivan.fn.value, ivan.title.value) == ("Иван Петров", "Бухгалтер")
    only = cards[people["email_only"]]
    assert only.fn.value == "only@mail.example"  # FN is required: the email stands in
    raw = target.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded to 75 octets


def test_selection_and_filter_to_vcard(crm: Crm, people: dict[str, str], tmp_path: Path) -> None:
    target = tmp_path / "two.vcf"
    assert export_records(crm, "contact", target, ids=[people["ivan"], people["reza"]]) == 2
    assert set(read_cards(target)) == {people["ivan"], people["reza"]}
    vip = crm.catalog.tags()[0].id
    assert export_records(crm, "contact", target, query=ListQuery(tag_id=vip)) == 1
    assert set(read_cards(target)) == {people["reza"]}
