"""The import wizard (file → sheet and header → columns → matching → preview → import) and the
import history with "Undo import"."""

from desktop_crm.ui.importer.history import ImportHistoryDialog
from desktop_crm.ui.importer.memory import MappingMemory
from desktop_crm.ui.importer.wizard import ImportWizard

__all__ = ["ImportHistoryDialog", "ImportWizard", "MappingMemory"]
