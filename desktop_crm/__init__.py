"""desktop_crm: a local-first desktop CRM."""

__version__ = "0.1.0"
