"""All ORM models, importable from one place (Alembic reads ``Base.metadata`` from here)."""

from typing import Any

from desktop_crm.store.base import Base
from desktop_crm.store.models_import import ImportedRecord
from desktop_crm.store.models_log import (
    ChangesetRecord,
    FieldChangeRecord,
    ImportBatchRecord,
    SettingRecord,
)
from desktop_crm.store.models_people import (
    CompanyRecord,
    CompanyTagRecord,
    ContactRecord,
    ContactTagRecord,
    CustomFieldRecord,
    LifecycleStageRecord,
    TagRecord,
    UserRecord,
)
from desktop_crm.store.models_sales import (
    CurrencyRateRecord,
    DealContactRecord,
    DealItemRecord,
    DealRecord,
    DealTagRecord,
    PipelineRecord,
    StageChangeRecord,
    StageRecord,
)
from desktop_crm.store.models_work import (
    ActivityRecord,
    CampaignMemberRecord,
    CampaignRecord,
    GoalRecord,
    SegmentRecord,
    ServiceRequestRecord,
    TaskRecord,
    TemplateRecord,
)

ENTITY_MODELS: dict[str, type[Any]] = {
    "user": UserRecord,
    "contact": ContactRecord,
    "company": CompanyRecord,
    "tag": TagRecord,
    "contact_tag": ContactTagRecord,
    "company_tag": CompanyTagRecord,
    "lifecycle_stage": LifecycleStageRecord,
    "custom_field": CustomFieldRecord,
    "pipeline": PipelineRecord,
    "stage": StageRecord,
    "deal": DealRecord,
    "deal_contact": DealContactRecord,
    "deal_tag": DealTagRecord,
    "deal_item": DealItemRecord,
    "stage_change": StageChangeRecord,
    "currency_rate": CurrencyRateRecord,
    "activity": ActivityRecord,
    "task": TaskRecord,
    "service_request": ServiceRequestRecord,
    "goal": GoalRecord,
    "segment": SegmentRecord,
    "template": TemplateRecord,
    "campaign": CampaignRecord,
    "campaign_member": CampaignMemberRecord,
    "setting": SettingRecord,
}

__all__ = [
    "ENTITY_MODELS",
    "ActivityRecord",
    "Base",
    "CampaignMemberRecord",
    "CampaignRecord",
    "ChangesetRecord",
    "CompanyRecord",
    "CompanyTagRecord",
    "ContactRecord",
    "ContactTagRecord",
    "CurrencyRateRecord",
    "CustomFieldRecord",
    "DealContactRecord",
    "DealItemRecord",
    "DealRecord",
    "DealTagRecord",
    "FieldChangeRecord",
    "GoalRecord",
    "ImportBatchRecord",
    "ImportedRecord",
    "LifecycleStageRecord",
    "PipelineRecord",
    "SegmentRecord",
    "ServiceRequestRecord",
    "SettingRecord",
    "StageChangeRecord",
    "StageRecord",
    "TagRecord",
    "TaskRecord",
    "TemplateRecord",
    "UserRecord",
]
