"""Reports, the dashboard, goals and the weekly digest: views over services/reports."""
