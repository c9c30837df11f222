"""Writing: deterministic JSON and JSON Lines, written atomically, and CSL-JSON."""
