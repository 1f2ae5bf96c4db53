"""Storage: SQLAlchemy models, engine, migrations, backups, search. No Qt."""
