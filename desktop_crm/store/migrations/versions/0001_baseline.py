"""Baseline: the complete data model of SPEC.md, and the search index.

Frozen: later schema changes go in new revisions, never here.

Revision ID: 0001
Revises: -
Create Date: 2026-11-23 19:39:00.113578
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop_crm.store import search
from desktop_crm.store.migrations import baseline_work

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "currency_rates",
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("rate", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_currency_rates")),
    )
    with op.batch_alter_table("currency_rates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_currency_rates_currency"), ["currency"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_currency_rates_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "custom_fields",
        sa.Column("record_type", sa.String(length=20), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("field_type", sa.String(length=20), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custom_fields")),
    )
    with op.batch_alter_table("custom_fields", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_custom_fields_record_type"), ["record_type"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_custom_fields_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "import_batches",
        sa.Column("file_name", sa.String(length=1000), nullable=False),
        sa.Column("record_type", sa.String(length=20), nullable=False),
        sa.Column("changeset_id", sa.String(length=36), nullable=True),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_import_batches_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "lifecycle_stages",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lifecycle_stages")),
    )
    with op.batch_alter_table("lifecycle_stages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_lifecycle_stages_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "tags",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("color", sa.String(length=20), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
    )
    with op.batch_alter_table("tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tags_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "users",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_users_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "changesets",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reverts_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_changesets_user_id_users"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_changesets")),
    )
    with op.batch_alter_table("changesets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_changesets_created_at"), ["created_at"], unique=False)

    op.create_table(
        "companies",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("sort_name", sa.String(length=200), nullable=False),
        sa.Column("industry", sa.String(length=200), nullable=True),
        sa.Column("size", sa.Integer(), nullable=True),
        sa.Column("annual_revenue", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("website", sa.String(length=500), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("phone", sa.String(length=200), nullable=True),
        sa.Column("address", sa.String(length=1000), nullable=True),
        sa.Column("city", sa.String(length=200), nullable=True),
        sa.Column("country", sa.String(length=200), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=True),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("custom", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["users.id"],
            name=op.f("fk_companies_owner_id_users"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_companies")),
    )
    with op.batch_alter_table("companies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_companies_city"), ["city"], unique=False)
        batch_op.create_index(batch_op.f("ix_companies_industry"), ["industry"], unique=False)
        batch_op.create_index(batch_op.f("ix_companies_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_companies_sort_name"), ["sort_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_companies_source"), ["source"], unique=False)
        batch_op.create_index(batch_op.f("ix_companies_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "pipelines",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["users.id"],
            name=op.f("fk_pipelines_owner_id_users"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pipelines")),
    )
    with op.batch_alter_table("pipelines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pipelines_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pipelines_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "company_tags",
        sa.Column("company_id", sa.String(length=36), nullable=False),
        sa.Column("tag_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["company_id"], ["companies.id"], name=op.f("fk_company_tags_company_id_companies")
        ),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], name=op.f("fk_company_tags_tag_id_tags")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company_tags")),
    )
    with op.batch_alter_table("company_tags", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_company_tags_company_id"), ["company_id"], unique=False
        )
        batch_op.create_index("ix_company_tags_tag_company", ["tag_id", "company_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_company_tags_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "contacts",
        sa.Column("first_name", sa.String(length=200), nullable=True),
        sa.Column("last_name", sa.String(length=200), nullable=True),
        sa.Column("sort_name", sa.String(length=401), nullable=False),
        sa.Column("emails", sa.String(length=1000), nullable=True),
        sa.Column("phones", sa.String(length=1000), nullable=True),
        sa.Column("job_title", sa.String(length=200), nullable=True),
        sa.Column("company_id", sa.String(length=36), nullable=True),
        sa.Column("company_role", sa.String(length=200), nullable=True),
        sa.Column("address", sa.String(length=1000), nullable=True),
        sa.Column("city", sa.String(length=200), nullable=True),
        sa.Column("country", sa.String(length=200), nullable=True),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("language", sa.String(length=40), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=True),
        sa.Column("lifecycle_stage", sa.String(length=200), nullable=True),
        sa.Column("customer_status", sa.String(length=20), nullable=True),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("preferred_channel", sa.String(length=20), nullable=True),
        sa.Column("best_time", sa.String(length=200), nullable=True),
        sa.Column("no_email", sa.Boolean(), nullable=False),
        sa.Column("no_calls", sa.Boolean(), nullable=False),
        sa.Column("no_sms", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("last_contacted_at", sa.DateTime(), nullable=True),
        sa.Column("custom", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["companies.id"],
            name=op.f("fk_contacts_company_id_companies"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_contacts_owner_id_users"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contacts_city"), ["city"], unique=False)
        batch_op.create_index(batch_op.f("ix_contacts_company_id"), ["company_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contacts_last_contacted_at"), ["last_contacted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contacts_lifecycle_stage"), ["lifecycle_stage"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contacts_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contacts_sort_name"), ["sort_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_contacts_source"), ["source"], unique=False)
        batch_op.create_index(batch_op.f("ix_contacts_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "field_changes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("changeset_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=30), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("record_type", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("field", sa.String(length=120), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("node_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["changeset_id"],
            ["changesets.id"],
            name=op.f("fk_field_changes_changeset_id_changesets"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_changes")),
    )
    with op.batch_alter_table("field_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_field_changes_changeset_id"), ["changeset_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_field_changes_entity_id"), ["entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_field_changes_hlc"), ["hlc"], unique=False)
        batch_op.create_index("ix_field_changes_record", ["record_id", "at"], unique=False)

    op.create_table(
        "stages",
        sa.Column("pipeline_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=False),
        sa.Column("rotting_days", sa.Integer(), nullable=True),
        sa.Column("required_fields", sa.JSON(), nullable=False),
        sa.Column("on_enter", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["pipeline_id"], ["pipelines.id"], name=op.f("fk_stages_pipeline_id_pipelines")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stages")),
    )
    with op.batch_alter_table("stages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stages_pipeline_id"), ["pipeline_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stages_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "contact_tags",
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("tag_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_contact_tags_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], name=op.f("fk_contact_tags_tag_id_tags")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_tags")),
    )
    with op.batch_alter_table("contact_tags", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_tags_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index("ix_contact_tags_tag_contact", ["tag_id", "contact_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contact_tags_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "deals",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("pipeline_id", sa.String(length=36), nullable=False),
        sa.Column("stage_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=True),
        sa.Column("expected_close", sa.Date(), nullable=True),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("company_id", sa.String(length=36), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("lost_reason", sa.String(length=500), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("stage_entered_at", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("custom", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["companies.id"],
            name=op.f("fk_deals_company_id_companies"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_deals_owner_id_users"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["pipeline_id"], ["pipelines.id"], name=op.f("fk_deals_pipeline_id_pipelines")
        ),
        sa.ForeignKeyConstraint(["stage_id"], ["stages.id"], name=op.f("fk_deals_stage_id_stages")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deals")),
    )
    with op.batch_alter_table("deals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deals_closed_at"), ["closed_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_deals_company_id"), ["company_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_deals_expected_close"), ["expected_close"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_deals_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deals_pipeline_id"), ["pipeline_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deals_source"), ["source"], unique=False)
        batch_op.create_index("ix_deals_stage_position", ["stage_id", "position"], unique=False)
        batch_op.create_index(batch_op.f("ix_deals_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_deals_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "deal_contacts",
        sa.Column("deal_id", sa.String(length=36), nullable=False),
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_deal_contacts_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_deal_contacts_deal_id_deals")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deal_contacts")),
    )
    with op.batch_alter_table("deal_contacts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_deal_contacts_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_deal_contacts_deal_id"), ["deal_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_deal_contacts_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "deal_items",
        sa.Column("deal_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_deal_items_deal_id_deals")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deal_items")),
    )
    with op.batch_alter_table("deal_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deal_items_deal_id"), ["deal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deal_items_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "deal_tags",
        sa.Column("deal_id", sa.String(length=36), nullable=False),
        sa.Column("tag_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["deal_id"], ["deals.id"], name=op.f("fk_deal_tags_deal_id_deals")),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], name=op.f("fk_deal_tags_tag_id_tags")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deal_tags")),
    )
    with op.batch_alter_table("deal_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deal_tags_deal_id"), ["deal_id"], unique=False)
        batch_op.create_index("ix_deal_tags_tag_deal", ["tag_id", "deal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deal_tags_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "stage_changes",
        sa.Column("deal_id", sa.String(length=36), nullable=False),
        sa.Column("from_stage_id", sa.String(length=36), nullable=True),
        sa.Column("to_stage_id", sa.String(length=36), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_stage_changes_deal_id_deals")
        ),
        sa.ForeignKeyConstraint(
            ["from_stage_id"],
            ["stages.id"],
            name=op.f("fk_stage_changes_from_stage_id_stages"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["to_stage_id"], ["stages.id"], name=op.f("fk_stage_changes_to_stage_id_stages")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_stage_changes_user_id_users"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_changes")),
    )
    with op.batch_alter_table("stage_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stage_changes_changed_at"), ["changed_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_stage_changes_deal_id"), ["deal_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_stage_changes_from_stage_id"), ["from_stage_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_stage_changes_to_stage_id"), ["to_stage_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_stage_changes_updated_at"), ["updated_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_stage_changes_user_id"), ["user_id"], unique=False)

    baseline_work.create_tables(op)
    search.install(op.get_bind())


def downgrade() -> None:
    search.uninstall(op.get_bind())
    # dependents first; a table's indexes go with it
    for table in (
        "tasks",
        "stage_changes",
        "deal_tags",
        "deal_items",
        "deal_contacts",
        "campaign_members",
        "activities",
        "service_requests",
        "deals",
        "contact_tags",
        "stages",
        "field_changes",
        "contacts",
        "company_tags",
        "pipelines",
        "goals",
        "companies",
        "changesets",
        "campaigns",
        "users",
        "tags",
        "settings",
        "segments",
        "message_templates",
        "lifecycle_stages",
        "import_batches",
        "custom_fields",
        "currency_rates",
    ):
        op.drop_table(table)
