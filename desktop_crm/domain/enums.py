"""The CRM vocabulary as enums. Values are stored in the database; labels are the UI's business."""

from __future__ import annotations

from enum import StrEnum


class RecordType(StrEnum):
    CONTACT = "contact"
    COMPANY = "company"
    DEAL = "deal"
    ACTIVITY = "activity"
    TASK = "task"
    USER = "user"
    CUSTOM_FIELD = "custom_field"
    CONTACT_TAG = "contact_tag"
    COMPANY_TAG = "company_tag"
    TAG = "tag"


class CustomerStatus(StrEnum):
    POTENTIAL = "potential"
    ACTIVE = "active"
    PERMANENT = "permanent"
    LOST = "lost"


class Channel(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    SMS = "sms"
    MESSENGER = "messenger"
    IN_PERSON = "in_person"


class ActivityKind(StrEnum):
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    DEMO = "demo"
    NOTE = "note"
    MESSAGE = "message"


class Role(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    SALESPERSON = "salesperson"


class DealStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class StageKind(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class TaskKind(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    FOLLOW_UP = "follow_up"
    SEND_DOCUMENT = "send_document"
    OTHER = "other"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class TicketStatus(StrEnum):
    NEW = "new"
    OPEN = "open"
    WAITING = "waiting"
    RESOLVED = "resolved"
    CLOSED = "closed"


class CampaignResponse(StrEnum):
    SENT = "sent"
    OPENED = "opened"
    REPLIED = "replied"
    CONVERTED = "converted"


class GoalMetric(StrEnum):
    NEW_LEADS = "new_leads"
    DEALS_WON_COUNT = "deals_won_count"
    DEALS_WON_VALUE = "deals_won_value"
    ACTIVITIES = "activities"


class CustomFieldType(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    NUMBER = "number"
    MONEY = "money"
    DATE = "date"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    CHECKBOX = "checkbox"
    EMAIL = "email"
    PHONE = "phone"
    URL = "url"


DEFAULT_LIFECYCLE_STAGES: tuple[str, ...] = (
    "Subscriber",
    "Lead",
    "MQL",
    "SQL",
    "Opportunity",
    "Customer",
    "Evangelist",
    "Lost",
)

DEFAULT_SOURCES: tuple[str, ...] = (
    "Trade show",
    "Referral",
    "Web form",
    "Webinar",
    "Campaign",
    "Cold call",
    "Social media",
)
