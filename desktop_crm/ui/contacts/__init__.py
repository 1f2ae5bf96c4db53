"""Contacts and companies lists: a paged table model over the list services, and its view."""
