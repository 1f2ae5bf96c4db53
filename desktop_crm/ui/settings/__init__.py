"""Settings: custom fields per record type, and where the data lives with its backups."""
