"""The Calendar screen: month, week, day and agenda views of tasks and birthdays."""

from desktop_crm.ui.calendar.page import CalendarPage

__all__ = ["CalendarPage"]
