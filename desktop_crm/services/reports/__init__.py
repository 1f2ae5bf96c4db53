"""Reports: SQL aggregates over deals, stage history, activities, tasks and goals, returned as
plain ``ReportData`` (domain/reports.py); figures are built from that data without pyplot."""
