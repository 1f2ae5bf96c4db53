"""Pure domain: records, rules and errors. No Qt, no SQLAlchemy."""
