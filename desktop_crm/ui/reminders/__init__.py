"""Task reminders: notifications while the app runs and the list of what is due."""

from desktop_crm.ui.reminders.center import ReminderCenter
from desktop_crm.ui.reminders.dialog import ReminderDialog

__all__ = ["ReminderCenter", "ReminderDialog"]
