"""Awards tables as flattened text prints them: one row a line, cells run together."""
