"""The demo data set a new user can load: a small business with customers in five languages.

Four users, 60 companies, 300 contacts (most linked to a company with a role), tags, and about
600 activities over the last six months, in English, Italian, Russian, Persian and Thai. It is
written in ONE change-log transaction, so loading it is a single undoable step, and it takes
well under a second on an empty database.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from desktop_crm.domain.enums import (
    DEFAULT_LIFECYCLE_STAGES,
    ActivityKind,
    Channel,
    CustomerStatus,
    Role,
)
from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.fields import FIELDS_BY_TYPE, validate
from desktop_crm.domain.records import Change
from desktop_crm.services import demo_names as names
from desktop_crm.services.demo_deals import write_deals
from desktop_crm.services.demo_tasks import write_tasks
from desktop_crm.services.writer import Writer

if TYPE_CHECKING:
    from desktop_crm.services.crm import Crm

DESCRIPTION = "demo"
HISTORY_DAYS = 182

#: language -> share of companies and contacts
LANGUAGE_SHARES: dict[str, float] = {"en": 0.26, "it": 0.22, "ru": 0.20, "fa": 0.16, "th": 0.16}
#: what the contact's "language" field shows: each language's own name for itself
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "it": "Italiano",
    "ru": "Русский",
    "fa": "فارسی",
    "th": "ไทย",
}
#: lifecycle stage (by position in the default list) -> weight
STAGE_WEIGHTS: tuple[int, ...] = (10, 24, 12, 10, 12, 22, 4, 6)
#: relative number of activities per contact, by lifecycle stage position
STAGE_ACTIVITY: tuple[float, ...] = (0.3, 1.0, 1.2, 1.6, 2.6, 2.4, 2.0, 0.8)
SOURCE_WEIGHTS: tuple[int, ...] = (22, 24, 20, 9, 10, 8, 7)  # names.SOURCES order
CURRENCIES: dict[str, str] = {
    "United States": "USD",
    "United Kingdom": "GBP",
    "Italy": "EUR",
    "Russia": "RUB",
    "Iran": "IRR",
    "Thailand": "THB",
}
TAGS: tuple[tuple[str, str], ...] = (
    ("VIP", "#c9a227"),
    ("Newsletter", "#2e86de"),
    ("Partner", "#27ae60"),
    ("Trade show Milan", "#8e44ad"),
    ("Webinar attendee", "#16a085"),
    ("Reseller", "#d35400"),
)
ACTIVITY_KIND_WEIGHTS: dict[str, int] = {
    ActivityKind.CALL.value: 35,
    ActivityKind.EMAIL.value: 33,
    ActivityKind.MEETING.value: 15,
    ActivityKind.NOTE.value: 17,
}
OUTCOMES: dict[str, tuple[str, ...]] = {
    ActivityKind.CALL.value: (
        "Connected",
        "Connected",
        "Left a voicemail",
        "No answer",
        "Call back",
    ),
    ActivityKind.MEETING.value: ("Held", "Held", "Rescheduled", "Next steps agreed"),
}
STAFF_DOMAIN = "northwind-trading.example"
#: the demo team besides the administrator: (role, language of the name)
TEAM: tuple[tuple[Role, str], ...] = (
    (Role.MANAGER, "it"),
    (Role.SALESPERSON, "ru"),
    (Role.SALESPERSON, "fa"),
)
OWNER_WEIGHTS: tuple[int, ...] = (10, 20, 35, 35)  # admin, manager, salesperson, salesperson


@dataclass
class _Contact:
    values: dict[str, Any]
    name: str
    lang: str
    stage_pos: int
    owner_id: str
    company_id: str | None
    company_name: str | None
    activities: list[dict[str, Any]] = field(default_factory=list)
    id: str = ""


@dataclass
class _Company:
    id: str
    name: str
    lang: str
    city: str
    country: str
    domain: str
    owner_id: str


def load_demo(
    crm: Crm,
    seed: int = 7,
    contacts: int = 300,
    companies: int = 60,
    activities: int = 600,
    today: date | None = None,
) -> Change:
    """Fill an empty database with the demo data set; returns the change (one undoable step).

    Raises CrmError(code="not_empty") when the database already has contacts.
    """
    if not crm.is_empty():
        raise CrmError(
            "The database already has contacts; demo data is only loaded into an empty one.",
            code="not_empty",
        )
    rng = random.Random(seed)
    now = datetime.now(UTC)
    today = today or now.date()
    stages = crm.catalog.lifecycle_stages() or list(DEFAULT_LIFECYCLE_STAGES)
    pipeline = crm.pipelines.pipelines()[0]
    with crm.ctx.write(DESCRIPTION) as w:
        users = _create_users(w, rng, crm.ctx.user_id)
        tags = _create_tags(w, {t.name.casefold(): t.id for t in crm.catalog.tags()})
        firms = [_create_company(w, rng, lang, users, now) for lang in _quota(rng, companies)]
        _tag_companies(w, rng, firms, tags)
        people = [
            _plan_contact(rng, i, lang, firms, users, stages, today)
            for i, lang in enumerate(_quota(rng, contacts))
        ]
        _plan_activities(rng, people, activities, now)
        for person in people:
            _write_contact(w, rng, person, now)
            _write_activities(w, person)
            _tag_contact(w, rng, person, tags)
        by_firm: dict[str, list[str]] = {}
        for person in people:
            if person.company_id:
                by_firm.setdefault(person.company_id, []).append(person.id)
        write_deals(w, rng, pipeline, firms, by_firm, now)
        write_tasks(w, rng, people, now)
    return w.change()


# ----- users and companies -------------------------------------------------------------
def _create_users(w: Writer, rng: random.Random, admin_id: str | None) -> list[str]:
    """The administrator (already there) and the demo team; returns their ids."""
    ids = [admin_id] if admin_id else []
    for role, lang in TEAM:
        seed = names.person(rng, lang)
        local = ".".join(
            p for p in (names.latinize(seed.first_name, lang), names.latinize(seed.last_name, lang))
        ).strip(".")
        values = {
            "name": f"{seed.first_name} {seed.last_name}",
            "email": f"{local or 'sales'}@{STAFF_DOMAIN}",
            "role": role.value,
            "active": True,
        }
        ids.append(w.create("user", values).id)
    return ids


def _create_tags(w: Writer, existing: dict[str, str]) -> dict[str, str]:
    """The demo tags by name, reusing tags of the same name that are already there."""
    found = {}
    for name, color in TAGS:
        tag_id = existing.get(name.casefold())
        found[name] = tag_id or str(w.create("tag", {"name": name, "color": color}).id)
    return found


def _quota(rng: random.Random, count: int) -> list[str]:
    """``count`` languages in the proportions of LANGUAGE_SHARES, shuffled."""
    langs = [lang for lang, share in LANGUAGE_SHARES.items() for _ in range(round(count * share))]
    langs = (langs + list(LANGUAGE_SHARES) * count)[:count]
    rng.shuffle(langs)
    return langs


def _pick_owner(rng: random.Random, users: list[str]) -> str:
    return rng.choices(users, weights=OWNER_WEIGHTS[-len(users) :])[0]


def _create_company(
    w: Writer, rng: random.Random, lang: str, users: list[str], now: datetime
) -> _Company:
    seed = names.company(rng, lang)
    domain = seed.website.split("://", 1)[-1].removeprefix("www.").split("/")[0]
    values = _clean(
        "company",
        {
            "name": seed.name,
            "industry": seed.industry,
            "size": seed.size,
            "annual_revenue": Decimal(seed.annual_revenue),
            "currency": "USD",
            "website": seed.website,
            "email": f"info@{domain}",
            "phone": seed.phone,
            "address": seed.address,
            "city": seed.city,
            "country": seed.country,
            "source": rng.choices(names.SOURCES, weights=SOURCE_WEIGHTS)[0],
            "owner_id": _pick_owner(rng, users),
        },
    )
    obj = w.create("company", values)
    obj.created_at = now - timedelta(days=rng.randint(HISTORY_DAYS, 3 * 365))
    return _Company(obj.id, seed.name, lang, seed.city, seed.country, domain, values["owner_id"])


def _tag_companies(
    w: Writer, rng: random.Random, firms: list[_Company], tags: dict[str, str]
) -> None:
    for firm in firms:
        for tag, share in (("Partner", 0.12), ("Reseller", 0.08), ("VIP", 0.06)):
            if rng.random() < share:
                values = {"company_id": firm.id, "tag_id": tags[tag]}
                w.create("company_tag", values, record=("company", firm.id))


# ----- contacts ------------------------------------------------------------------------
def _plan_contact(
    rng: random.Random,
    index: int,
    lang: str,
    firms: list[_Company],
    users: list[str],
    stages: list[str],
    today: date,
) -> _Contact:
    same_lang = [f for f in firms if f.lang == lang]
    firm = rng.choice(same_lang) if same_lang and rng.random() < 0.85 else None
    seed = names.person(rng, lang)
    stage_pos = rng.choices(range(len(STAGE_WEIGHTS)), weights=STAGE_WEIGHTS)[0]
    city, country = (firm.city, firm.country) if firm else (seed.city, seed.country)
    values: dict[str, Any] = {
        "first_name": seed.first_name,
        "last_name": seed.last_name,
        "emails": _emails(rng, seed, firm),
        "phones": _phones(rng, lang, city),
        "job_title": seed.job_title,
        "address": seed.address,
        "city": city,
        "country": country,
        "birthday": _birthday(rng, index, seed.birthday_month_day, today),
        "language": LANGUAGE_NAMES[lang],
        "source": rng.choices(names.SOURCES, weights=SOURCE_WEIGHTS)[0],
        "lifecycle_stage": stages[min(stage_pos, len(stages) - 1)],
        "customer_status": _status(rng, stage_pos),
        "owner_id": firm.owner_id if firm and rng.random() < 0.7 else _pick_owner(rng, users),
        "preferred_channel": rng.choice(list(Channel)).value if rng.random() < 0.6 else None,
        "no_email": rng.random() < 0.05,
        "no_calls": rng.random() < 0.04,
        "no_sms": rng.random() < 0.08,
        "notes": names.activity_note(rng, lang) if rng.random() < 0.15 else None,
    }
    if firm:
        values["company_id"] = firm.id
        values["company_role"] = rng.choice(names.COMPANY_ROLES)
    values = _clean("contact", values)
    return _Contact(
        values,
        f"{seed.first_name} {seed.last_name}",
        lang,
        stage_pos,
        values["owner_id"],
        firm.id if firm else None,
        firm.name if firm else None,
    )


def _write_contact(w: Writer, rng: random.Random, person: _Contact, now: datetime) -> None:
    """Create the contact with ``last_contacted_at`` following from its planned activities."""
    values = dict(person.values)
    contacted = [a["occurred_at"] for a in person.activities if a["kind"] != ActivityKind.NOTE]
    if contacted:
        values["last_contacted_at"] = max(contacted)
    first = min((a["occurred_at"] for a in person.activities), default=now)
    obj = w.create("contact", values)
    # when the business first met this person: before the first activity
    obj.created_at = first - timedelta(days=rng.randint(1, 2 * 365))
    person.id = str(obj.id)


def _emails(rng: random.Random, seed: names.PersonSeed, firm: _Company | None) -> tuple[str, ...]:
    if firm is None:
        return (seed.email,)
    local = seed.email.split("@", 1)[0].rstrip("0123456789") or "info"
    work = f"{local}@{firm.domain}"
    if rng.random() < 0.25:
        return (work, seed.email)
    return (work,) if rng.random() < 0.5 else (seed.email,)


def _phones(rng: random.Random, lang: str, city: str) -> tuple[str, ...]:
    phone = names.phone_number(rng, lang, city)
    if rng.random() < 0.2:
        return (phone, names.phone_number(rng, lang, city, mobile_share=1.0))
    return (phone,)


def _birthday(
    rng: random.Random, index: int, month_day: tuple[int, int] | None, today: date
) -> date | None:
    """A birthday; the first few contacts have theirs in the coming days (to show reminders)."""
    year = rng.randint(1958, 2001)
    if index < 4:
        soon = today + timedelta(days=index * 2)
        return date(year, soon.month, min(soon.day, 28) if soon.month == 2 else soon.day)
    if month_day is None:
        return None
    return date(year, *month_day)


def _status(rng: random.Random, stage_pos: int) -> str:
    name = DEFAULT_LIFECYCLE_STAGES[stage_pos]
    if name == "Customer":
        active, permanent = CustomerStatus.ACTIVE.value, CustomerStatus.PERMANENT.value
        return rng.choice((active, active, permanent))
    if name == "Evangelist":
        return CustomerStatus.PERMANENT.value
    if name == "Lost":
        return CustomerStatus.LOST.value
    return CustomerStatus.POTENTIAL.value


def _tag_contact(w: Writer, rng: random.Random, person: _Contact, tags: dict[str, str]) -> None:
    chosen: list[str] = []
    if person.stage_pos in (5, 6) and rng.random() < 0.25:
        chosen.append("VIP")
    if rng.random() < 0.3:
        chosen.append("Newsletter")
    if person.lang == "it" and rng.random() < 0.35:
        chosen.append("Trade show Milan")
    if rng.random() < 0.08:
        chosen.append("Webinar attendee")
    for tag in chosen:
        values = {"contact_id": person.id, "tag_id": tags[tag]}
        w.create("contact_tag", values, record=("contact", person.id))


# ----- activities ----------------------------------------------------------------------
def _plan_activities(rng: random.Random, people: list[_Contact], total: int, now: datetime) -> None:
    """Spread ``total`` activities over the contacts (more for advanced stages)."""
    if not people:
        return
    weights = [STAGE_ACTIVITY[p.stage_pos] for p in people]
    kinds = list(ACTIVITY_KIND_WEIGHTS)
    for person in rng.choices(people, weights=weights, k=total):
        kind = rng.choices(kinds, weights=list(ACTIVITY_KIND_WEIGHTS.values()))[0]
        person.activities.append(_activity(rng, person, kind, now))


def _activity(rng: random.Random, person: _Contact, kind: str, now: datetime) -> dict[str, Any]:
    day = (now - timedelta(days=rng.randint(0, HISTORY_DAYS))).date()
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    at = datetime.combine(day, time(rng.randint(7, 16), rng.choice((0, 15, 30, 45))), UTC)
    if at > now:
        at -= timedelta(days=1)
    values: dict[str, Any] = {
        "kind": kind,
        "subject": names.activity_subject(rng, kind, person.name, person.company_name or ""),
        "occurred_at": at,
        "company_id": person.company_id,
        "user_id": person.owner_id,
    }
    if kind == ActivityKind.NOTE or rng.random() < 0.3:
        values["body"] = names.activity_note(rng, person.lang)
    if kind == ActivityKind.CALL:
        values["duration_minutes"] = rng.choice((3, 5, 8, 10, 15, 20, 30))
    elif kind == ActivityKind.MEETING:
        values["duration_minutes"] = rng.choice((30, 45, 60, 60, 90))
    if kind in OUTCOMES:
        values["outcome"] = rng.choice(OUTCOMES[kind])
    return {k: v for k, v in values.items() if v is not None}


def _write_activities(w: Writer, person: _Contact) -> None:
    for values in sorted(person.activities, key=lambda a: a["occurred_at"]):
        w.create("activity", {**values, "contact_id": person.id}, record=("contact", person.id))


def _clean(record_type: str, values: dict[str, Any]) -> dict[str, Any]:
    """Validate like a user's entry would be; drop empty values."""
    specs = FIELDS_BY_TYPE[record_type]
    clean = {name: validate(specs[name], value) for name, value in values.items()}
    return {k: v for k, v in clean.items() if v not in (None, ())}
