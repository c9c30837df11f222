"""Track listings as flattened text prints them: numbered rows, credits, totals."""
