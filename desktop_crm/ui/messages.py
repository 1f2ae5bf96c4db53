"""Typed errors and change descriptions turned into translated text (the only place that does)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_crm.domain.errors import CrmError, ValidationError
from desktop_crm.ui.labels import field_label, record_type_label
from desktop_crm.ui.noop import QT_TRANSLATE_NOOP

_CTX = "Messages"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


_ERRORS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Messages", "{field}: this field is required."),
    "too_long": QT_TRANSLATE_NOOP(
        "Messages", "{field}: too long ({length} characters; at most {limit})."
    ),
    "email": QT_TRANSLATE_NOOP("Messages", "{field}: \u201c{value}\u201d is not an email address."),
    "phone": QT_TRANSLATE_NOOP("Messages", "{field}: \u201c{value}\u201d is not a phone number."),
    "url": QT_TRANSLATE_NOOP("Messages", "{field}: \u201c{value}\u201d is not a web address."),
    "date": QT_TRANSLATE_NOOP("Messages", "{field}: \u201c{value}\u201d is not a date."),
    "date_range": QT_TRANSLATE_NOOP("Messages", "{field}: the date is before 1900."),
    "future": QT_TRANSLATE_NOOP("Messages", "{field}: a birthday cannot be in the future."),
    "number": QT_TRANSLATE_NOOP("Messages", "{field}: not a number."),
    "range": QT_TRANSLATE_NOOP("Messages", "{field}: the value is out of range."),
    "negative": QT_TRANSLATE_NOOP("Messages", "{field}: an amount cannot be negative."),
    "int": QT_TRANSLATE_NOOP("Messages", "{field}: a whole number of 0 or more is expected."),
    "choice": QT_TRANSLATE_NOOP("Messages", "{field}: not one of the choices."),
    "control": QT_TRANSLATE_NOOP("Messages", "{field}: contains characters that cannot be saved."),
    "contact_needs_name": QT_TRANSLATE_NOOP(
        "Messages", "A contact needs a first name, a last name or an email."
    ),
    "no_such_ref": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the linked record does not exist (any more)."
    ),
    "duplicate": QT_TRANSLATE_NOOP("Messages", "{field}: that name is taken."),
    "no_options": QT_TRANSLATE_NOOP("Messages", "A choice field needs at least one option."),
    "not_found": QT_TRANSLATE_NOOP(
        "Messages", "The record was not found; it may have been deleted."
    ),
    "conflict": QT_TRANSLATE_NOOP(
        "Messages",
        "The record was changed elsewhere meanwhile (another window or user). Nothing was changed; the latest values are shown.",
    ),
    "locked": QT_TRANSLATE_NOOP(
        "Messages",
        "The database is locked by another program. Nothing was changed; try again in a moment.",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "The database file is read-only. Nothing was changed. Check the file's permissions or choose another data folder.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk is full. Nothing was changed; free some space and try again."
    ),
    "damaged": QT_TRANSLATE_NOOP("Messages", "The database file is damaged."),
    "too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "This database was written by a newer version of desktop_crm. Update the app to open it; the file was not changed.",
    ),
    "nothing_to_undo": QT_TRANSLATE_NOOP("Messages", "There is nothing to undo."),
    "nothing_to_redo": QT_TRANSLATE_NOOP("Messages", "There is nothing to redo."),
    "datetime": QT_TRANSLATE_NOOP(
        "Messages", "{field}: \u201c{value}\u201d is not a date and time."
    ),
    "deleted": QT_TRANSLATE_NOOP("Messages", "{field}: the linked record was deleted."),
    "not_empty": QT_TRANSLATE_NOOP(
        "Messages", "The demo data can only be loaded into an empty database."
    ),
    "end_before_start": QT_TRANSLATE_NOOP("Messages", "The end is before the start."),
    "reminder_after_due": QT_TRANSLATE_NOOP(
        "Messages", "The reminder would ring after the task is due."
    ),
    "needs_due": QT_TRANSLATE_NOOP("Messages", "{field}: set a due date first."),
    "repeat_no_days": QT_TRANSLATE_NOOP(
        "Messages", "A weekly repeat needs at least one day of the week."
    ),
    "repeat_interval": QT_TRANSLATE_NOOP("Messages", "Repeat every 1 to 999 periods."),
    "repeat_rule": QT_TRANSLATE_NOOP("Messages", "This repeat rule is not valid."),
    "impossible_date": QT_TRANSLATE_NOOP(
        "Messages", "{field}: \u201c{value}\u201d is not a day of this calendar."
    ),
    "task_done": QT_TRANSLATE_NOOP("Messages", "The task is already done."),
    "use_complete": QT_TRANSLATE_NOOP("Messages", "Mark the task done with its own button."),
}


def error_text(exc: CrmError) -> str:
    template = _ERRORS.get(exc.code)
    if template is None:
        return exc.message
    params = {k: v for k, v in exc.params.items() if v is not None}
    if isinstance(exc, ValidationError):
        params["field"] = field_label(exc.field)
    params.setdefault("value", "")
    params.setdefault("length", "")
    params.setdefault("limit", "")
    params.setdefault("field", "")
    try:
        return _t(template).format(**params)
    except (KeyError, IndexError):
        return _t(template)


_VERBS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("Messages", "Create {what}"),
    "edit": QT_TRANSLATE_NOOP("Messages", "Edit {what}"),
    "delete": QT_TRANSLATE_NOOP("Messages", "Delete {what}"),
    "restore": QT_TRANSLATE_NOOP("Messages", "Restore {what}"),
    "tag": QT_TRANSLATE_NOOP("Messages", "Tag {what}"),
    "untag": QT_TRANSLATE_NOOP("Messages", "Remove tag from {what}"),
    "log": QT_TRANSLATE_NOOP("Messages", "Log {what}"),
    "setup": QT_TRANSLATE_NOOP("Messages", "Set up"),
    "demo": QT_TRANSLATE_NOOP("Messages", "Load demo data"),
    "move": QT_TRANSLATE_NOOP("Messages", "Move {what}"),
    "win": QT_TRANSLATE_NOOP("Messages", "Mark {what} as won"),
    "lose": QT_TRANSLATE_NOOP("Messages", "Mark {what} as lost"),
    "reopen": QT_TRANSLATE_NOOP("Messages", "Reopen {what}"),
    "reorder": QT_TRANSLATE_NOOP("Messages", "Reorder {what}"),
    "link": QT_TRANSLATE_NOOP("Messages", "Link to {what}"),
    "unlink": QT_TRANSLATE_NOOP("Messages", "Unlink from {what}"),
    "complete": QT_TRANSLATE_NOOP("Messages", "Complete {what}"),
    "reschedule": QT_TRANSLATE_NOOP("Messages", "Reschedule {what}"),
    "snooze": QT_TRANSLATE_NOOP("Messages", "Snooze {what}"),
    "dismiss": QT_TRANSLATE_NOOP("Messages", "Dismiss reminder of {what}"),
    "automate": QT_TRANSLATE_NOOP("Messages", "Create follow-up tasks"),
    "merge": QT_TRANSLATE_NOOP("Messages", "Merge {what}"),
    "separate": QT_TRANSLATE_NOOP("Messages", "Mark {what} as not duplicates"),
}


def describe(description: str) -> str:
    """A service's change description (``"edit contact.phones"``) as translated text."""
    verb, _, what = description.partition(" ")
    template = _VERBS.get(verb)
    if template is None:
        return description
    record, _, field = what.partition(".")
    label = field_label(field) if field else record_type_label(record)
    if field and verb == "edit":
        label = f"{record_type_label(record)}: {label}"
    if verb == "log":
        label = field_label(f"activity.{field}") if field else record_type_label("activity")
    return _t(template).format(what=label)
