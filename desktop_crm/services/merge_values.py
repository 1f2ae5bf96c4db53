"""What the surviving record of a merge holds, field by field (shared by the merge and its
preview, so that what the user is shown is what is saved).

- a field the user chose: that value;
- a contact's emails and phones: every record's, combined in order (the kept record's first),
  without repeats by their normalised key (``email_key`` / ``phone_key``);
- "last contacted": the latest;
- any other field: the kept record's value, else the first non-empty one among the others
  (the opt-outs "no email / no calls / no SMS" are therefore kept when any record has them).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Final

from desktop_crm.domain.fields import CUSTOM_PREFIX, FIELDS_BY_TYPE, FieldSpec, Kind
from desktop_crm.services.dupe_keys import email_keys, phone_keys

COMBINED: Final = {("contact", "emails"), ("contact", "phones")}
LATEST: Final = {"last_contacted_at"}


def is_empty(value: Any, spec: FieldSpec | None = None) -> bool:
    if value is None or value == "" or value == () or value == [] or value == {}:
        return True
    return spec is not None and spec.kind is Kind.BOOL and value is False


def field_names(record_type: str, customs: Sequence[Mapping[str, Any]]) -> list[str]:
    """The built-in fields of the type, then every custom field any of the records has."""
    keys: dict[str, None] = {}
    for custom in customs:
        keys.update(dict.fromkeys(sorted(custom or {})))
    return [*FIELDS_BY_TYPE[record_type], *(CUSTOM_PREFIX + k for k in keys)]


def combine(
    record_type: str, name: str, lists: Sequence[Sequence[str]], region: str | None
) -> tuple[str, ...]:
    """Emails or phones of several records in order, each normalised key once."""
    seen: set[str] = set()
    out: list[str] = []
    for values in lists:
        for value in values:
            keys = email_keys([value]) if name == "emails" else phone_keys([value], region)
            key = keys[0] if keys else value.strip().casefold()
            if key and key not in seen:
                seen.add(key)
                out.append(value)
    return tuple(out)


def default_value(record_type: str, name: str, values: Sequence[Any], region: str | None) -> Any:
    """The merged value of ``name`` when the user did not choose: ``values`` kept record first."""
    spec = FIELDS_BY_TYPE[record_type].get(name)
    if (record_type, name) in COMBINED:
        return combine(record_type, name, [v or () for v in values], region)
    if name in LATEST:
        times = [v for v in values if isinstance(v, datetime)]
        return max(times) if times else None
    for value in values:
        if not is_empty(value, spec):
            return value
    return values[0] if values else None
