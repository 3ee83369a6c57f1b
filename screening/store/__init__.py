"""Where messages are kept: the history store (SQLite or PostgreSQL) with its review and shadow
tables, the import of sent messages into it, and the in-memory conversation window."""
