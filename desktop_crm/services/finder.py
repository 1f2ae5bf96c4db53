"""Global search over contacts and companies, and the "Recently deleted" list."""

from __future__ import annotations

import sqlalchemy as sa

from desktop_crm.domain.records import DeletedRecord, SearchHit, SearchResult
from desktop_crm.services.writer import Context, from_column
from desktop_crm.store import search
from desktop_crm.store.engine import read_connection
from desktop_crm.store.models import CompanyRecord, ContactRecord

c, co = ContactRecord, CompanyRecord


class FinderService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def search(self, text: str, limit: int = 50) -> SearchResult:
        with read_connection(self.ctx.engine) as conn:
            matches, total = search.find(conn, text, limit)
            contact_ids = [m.record_id for m in matches if m.record_type == "contact"]
            company_ids = [m.record_id for m in matches if m.record_type == "company"]
            people = {
                r[0]: r
                for r in conn.execute(
                    sa.select(c.id, c.first_name, c.last_name, c.emails, c.phones, co.name)
                    .outerjoin(co, co.id == c.company_id)
                    .where(c.id.in_(contact_ids))
                )
            }
            firms = {
                r[0]: r
                for r in conn.execute(
                    sa.select(co.id, co.name, co.city, co.website).where(co.id.in_(company_ids))
                )
            }
        hits: list[SearchHit] = []
        for m in matches:
            if m.record_type == "contact" and m.record_id in people:
                r = people[m.record_id]
                emails = from_column("contact", "emails", r[3])
                phones = from_column("contact", "phones", r[4])
                name = " ".join(p for p in (r[1], r[2]) if p) or (emails[0] if emails else "")
                extra = [
                    x
                    for x in (r[5], emails[0] if emails else None, phones[0] if phones else None)
                    if x
                ]
                hits.append(SearchHit("contact", m.record_id, name, " · ".join(extra)))
            elif m.record_type == "company" and m.record_id in firms:
                f = firms[m.record_id]
                extra = [x for x in (f[2], f[3]) if x]
                hits.append(SearchHit("company", m.record_id, f[1], " · ".join(extra)))
        return SearchResult(tuple(_rank(hits, text)), total)

    def recently_deleted(self, limit: int = 500) -> list[DeletedRecord]:
        with read_connection(self.ctx.engine) as conn:
            people = conn.execute(
                sa.select(c.id, c.first_name, c.last_name, c.emails, c.deleted_at)
                .where(c.deleted_at.is_not(None))
                .order_by(c.deleted_at.desc())
                .limit(limit)
            ).all()
            firms = conn.execute(
                sa.select(co.id, co.name, co.deleted_at)
                .where(co.deleted_at.is_not(None))
                .order_by(co.deleted_at.desc())
                .limit(limit)
            ).all()
        out = [
            DeletedRecord(
                "contact",
                r[0],
                " ".join(p for p in (r[1], r[2]) if p) or (r[3] or "").split("\n")[0],
                r[4],
            )
            for r in people
        ]
        out += [DeletedRecord("company", r[0], r[1], r[2]) for r in firms]
        out.sort(key=lambda d: d.deleted_at, reverse=True)
        return out[:limit]


def _rank(hits: list[SearchHit], text: str) -> list[SearchHit]:
    """Names that start with what was typed first, then names that contain it, then the rest."""
    needle = search.normalize(text).strip().casefold()

    def score(hit: SearchHit) -> tuple[int, str]:
        title = search.normalize(hit.title).casefold()
        if title.startswith(needle) or any(w.startswith(needle) for w in title.split()):
            return (0, title)
        return (1 if needle in title else 2, title)

    return sorted(hits, key=score)
