"""Translated names of fields, record types and built-in choices (constant tables, NOOP-marked)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_crm.ui.noop import QT_TRANSLATE_NOOP

_CTX = "Labels"

FIELD_LABELS: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("Labels", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Labels", "Last name"),
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "emails": QT_TRANSLATE_NOOP("Labels", "Emails"),
    "email": QT_TRANSLATE_NOOP("Labels", "Email"),
    "phones": QT_TRANSLATE_NOOP("Labels", "Phones"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "job_title": QT_TRANSLATE_NOOP("Labels", "Job title"),
    "company_id": QT_TRANSLATE_NOOP("Labels", "Company"),
    "company": QT_TRANSLATE_NOOP("Labels", "Company"),
    "company_role": QT_TRANSLATE_NOOP("Labels", "Role at company"),
    "address": QT_TRANSLATE_NOOP("Labels", "Address"),
    "city": QT_TRANSLATE_NOOP("Labels", "City"),
    "country": QT_TRANSLATE_NOOP("Labels", "Country"),
    "birthday": QT_TRANSLATE_NOOP("Labels", "Birthday"),
    "language": QT_TRANSLATE_NOOP("Labels", "Language"),
    "source": QT_TRANSLATE_NOOP("Labels", "Source"),
    "lifecycle_stage": QT_TRANSLATE_NOOP("Labels", "Lifecycle stage"),
    "customer_status": QT_TRANSLATE_NOOP("Labels", "Customer status"),
    "owner_id": QT_TRANSLATE_NOOP("Labels", "Owner"),
    "owner": QT_TRANSLATE_NOOP("Labels", "Owner"),
    "preferred_channel": QT_TRANSLATE_NOOP("Labels", "Preferred channel"),
    "best_time": QT_TRANSLATE_NOOP("Labels", "Best time to contact"),
    "no_email": QT_TRANSLATE_NOOP("Labels", "No email"),
    "no_calls": QT_TRANSLATE_NOOP("Labels", "No calls"),
    "no_sms": QT_TRANSLATE_NOOP("Labels", "No SMS"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
    "last_contacted_at": QT_TRANSLATE_NOOP("Labels", "Last contacted"),
    "created_at": QT_TRANSLATE_NOOP("Labels", "Created"),
    "updated_at": QT_TRANSLATE_NOOP("Labels", "Updated"),
    "industry": QT_TRANSLATE_NOOP("Labels", "Industry"),
    "size": QT_TRANSLATE_NOOP("Labels", "Employees"),
    "annual_revenue": QT_TRANSLATE_NOOP("Labels", "Annual revenue"),
    "currency": QT_TRANSLATE_NOOP("Labels", "Currency"),
    "website": QT_TRANSLATE_NOOP("Labels", "Website"),
    "contacts": QT_TRANSLATE_NOOP("Labels", "Contacts"),
    "tags": QT_TRANSLATE_NOOP("Labels", "Tags"),
    "label": QT_TRANSLATE_NOOP("Labels", "Label"),
    "stage": QT_TRANSLATE_NOOP("Labels", "Stage"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "lost_reason": QT_TRANSLATE_NOOP("Labels", "Lost reason"),
    "deal_items": QT_TRANSLATE_NOOP("Labels", "Line item added"),
    "deal_contacts": QT_TRANSLATE_NOOP("Labels", "Contact added"),
    "activity.call": QT_TRANSLATE_NOOP("Labels", "call"),
    "activity.email": QT_TRANSLATE_NOOP("Labels", "email"),
    "activity.meeting": QT_TRANSLATE_NOOP("Labels", "meeting"),
    "activity.demo": QT_TRANSLATE_NOOP("Labels", "demo"),
    "activity.note": QT_TRANSLATE_NOOP("Labels", "note"),
    "activity.message": QT_TRANSLATE_NOOP("Labels", "message"),
    # tasks
    "title": QT_TRANSLATE_NOOP("Labels", "Title"),
    "kind": QT_TRANSLATE_NOOP("Labels", "Kind"),
    "due_at": QT_TRANSLATE_NOOP("Labels", "Due"),
    "ends_at": QT_TRANSLATE_NOOP("Labels", "Ends"),
    "all_day": QT_TRANSLATE_NOOP("Labels", "All day"),
    "duration_minutes": QT_TRANSLATE_NOOP("Labels", "Duration"),
    "reminder_minutes": QT_TRANSLATE_NOOP("Labels", "Reminder"),
    "assignee_id": QT_TRANSLATE_NOOP("Labels", "Assigned to"),
    "priority": QT_TRANSLATE_NOOP("Labels", "Priority"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    "repeat_rule": QT_TRANSLATE_NOOP("Labels", "Repeat"),
    "contact_id": QT_TRANSLATE_NOOP("Labels", "Contact"),
    "deal_id": QT_TRANSLATE_NOOP("Labels", "Deal"),
    "snooze": QT_TRANSLATE_NOOP("Labels", "Snooze"),
}

TASK_KINDS: dict[str, str] = {
    "call": QT_TRANSLATE_NOOP("Labels", "Call"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
    "follow_up": QT_TRANSLATE_NOOP("Labels", "Follow-up"),
    "send_document": QT_TRANSLATE_NOOP("Labels", "Send document"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

PRIORITIES: dict[str, str] = {
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
    "normal": QT_TRANSLATE_NOOP("Labels", "Normal"),
    "high": QT_TRANSLATE_NOOP("Labels", "High"),
}

RECORD_TYPES: dict[str, str] = {
    "contact": QT_TRANSLATE_NOOP("Labels", "contact"),
    "company": QT_TRANSLATE_NOOP("Labels", "company"),
    "deal": QT_TRANSLATE_NOOP("Labels", "deal"),
    "activity": QT_TRANSLATE_NOOP("Labels", "activity"),
    "task": QT_TRANSLATE_NOOP("Labels", "task"),
    "user": QT_TRANSLATE_NOOP("Labels", "user"),
    "custom_field": QT_TRANSLATE_NOOP("Labels", "custom field"),
}

ACTIVITY_KINDS: dict[str, str] = {
    "call": QT_TRANSLATE_NOOP("Labels", "Call"),
    "email": QT_TRANSLATE_NOOP("Labels", "Email"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
    "demo": QT_TRANSLATE_NOOP("Labels", "Demo"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "message": QT_TRANSLATE_NOOP("Labels", "Message"),
}

CHOICES: dict[str, str] = {
    # customer status
    "potential": QT_TRANSLATE_NOOP("Labels", "Potential"),
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "permanent": QT_TRANSLATE_NOOP("Labels", "Permanent"),
    "lost": QT_TRANSLATE_NOOP("Labels", "Lost"),
    # channels
    "email": QT_TRANSLATE_NOOP("Labels", "Email"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "sms": QT_TRANSLATE_NOOP("Labels", "SMS"),
    "messenger": QT_TRANSLATE_NOOP("Labels", "Messenger"),
    "in_person": QT_TRANSLATE_NOOP("Labels", "In person"),
    # roles
    "admin": QT_TRANSLATE_NOOP("Labels", "Administrator"),
    "manager": QT_TRANSLATE_NOOP("Labels", "Manager"),
    "salesperson": QT_TRANSLATE_NOOP("Labels", "Salesperson"),
    # custom field types
    "text": QT_TRANSLATE_NOOP("Labels", "Text"),
    "long_text": QT_TRANSLATE_NOOP("Labels", "Long text"),
    "number": QT_TRANSLATE_NOOP("Labels", "Number"),
    "money": QT_TRANSLATE_NOOP("Labels", "Money"),
    "date": QT_TRANSLATE_NOOP("Labels", "Date"),
    "choice": QT_TRANSLATE_NOOP("Labels", "Choice"),
    "multi_choice": QT_TRANSLATE_NOOP("Labels", "Multiple choice"),
    "checkbox": QT_TRANSLATE_NOOP("Labels", "Checkbox"),
    "url": QT_TRANSLATE_NOOP("Labels", "Web address"),
}

# Built-in lifecycle stages and sources are stored in English; shown translated.
BUILT_IN_NAMES: dict[str, str] = {
    "Subscriber": QT_TRANSLATE_NOOP("Labels", "Subscriber"),
    "Lead": QT_TRANSLATE_NOOP("Labels", "Lead"),
    "MQL": QT_TRANSLATE_NOOP("Labels", "MQL"),
    "SQL": QT_TRANSLATE_NOOP("Labels", "SQL"),
    "Opportunity": QT_TRANSLATE_NOOP("Labels", "Opportunity"),
    "Customer": QT_TRANSLATE_NOOP("Labels", "Customer"),
    "Evangelist": QT_TRANSLATE_NOOP("Labels", "Evangelist"),
    "Lost": QT_TRANSLATE_NOOP("Labels", "Lost"),
    "Trade show": QT_TRANSLATE_NOOP("Labels", "Trade show"),
    "Referral": QT_TRANSLATE_NOOP("Labels", "Referral"),
    "Web form": QT_TRANSLATE_NOOP("Labels", "Web form"),
    "Webinar": QT_TRANSLATE_NOOP("Labels", "Webinar"),
    "Campaign": QT_TRANSLATE_NOOP("Labels", "Campaign"),
    "Cold call": QT_TRANSLATE_NOOP("Labels", "Cold call"),
    "Social media": QT_TRANSLATE_NOOP("Labels", "Social media"),
    "Owner": QT_TRANSLATE_NOOP("Labels", "Owner"),
    # the default pipeline, its stages and lost reasons
    "Sales": QT_TRANSLATE_NOOP("Labels", "Sales"),
    "Lead in": QT_TRANSLATE_NOOP("Labels", "Lead in"),
    "Qualified": QT_TRANSLATE_NOOP("Labels", "Qualified"),
    "Contacted": QT_TRANSLATE_NOOP("Labels", "Contacted"),
    "Proposal": QT_TRANSLATE_NOOP("Labels", "Proposal"),
    "Negotiation": QT_TRANSLATE_NOOP("Labels", "Negotiation"),
    "Won": QT_TRANSLATE_NOOP("Labels", "Won"),
    "Price": QT_TRANSLATE_NOOP("Labels", "Price"),
    "Competitor": QT_TRANSLATE_NOOP("Labels", "Competitor"),
    "No budget": QT_TRANSLATE_NOOP("Labels", "No budget"),
    "No decision": QT_TRANSLATE_NOOP("Labels", "No decision"),
    "Timing": QT_TRANSLATE_NOOP("Labels", "Timing"),
    "Other": QT_TRANSLATE_NOOP("Labels", "Other"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def field_label(name: str) -> str:
    text = FIELD_LABELS.get(name)
    if text is None:
        return name.removeprefix("custom.")
    return _t(text)


def record_type_label(record_type: str) -> str:
    text = RECORD_TYPES.get(record_type)
    return _t(text) if text else record_type


def activity_label(kind: str) -> str:
    text = ACTIVITY_KINDS.get(kind)
    return _t(text) if text else kind


def task_kind_label(kind: str) -> str:
    text = TASK_KINDS.get(kind)
    return _t(text) if text else kind


def priority_label(priority: str) -> str:
    text = PRIORITIES.get(priority)
    return _t(text) if text else priority


def choice_label(value: str | None) -> str:
    if not value:
        return ""
    text = CHOICES.get(value)
    return _t(text) if text else value


def name_label(value: str | None) -> str:
    """A built-in stored name (lifecycle stage, source) translated; user-made names as they are."""
    if not value:
        return ""
    text = BUILT_IN_NAMES.get(value)
    return _t(text) if text else value
