"""Export dialogs (lists to CSV / .xlsx / vCard)."""

from desktop_crm.ui.exporting.export_dialog import ExportDialog

__all__ = ["ExportDialog"]
