"""SQLite export: the database's tables (``ddl``), an article as rows (``rows``), the writer."""
