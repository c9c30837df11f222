"""Writing: deterministic JSON and JSON Lines (written atomically), CSL-JSON, JSON-LD, SQLite."""
