"""Find duplicates: likely duplicate contacts or companies, side by side, merged undoably."""

from desktop_crm.ui.duplicates.dialog import DuplicatesDialog
from desktop_crm.ui.duplicates.page import DuplicatesPage

__all__ = ["DuplicatesDialog", "DuplicatesPage"]
