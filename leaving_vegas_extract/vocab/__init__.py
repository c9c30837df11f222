"""Vocabulary tables (data only): labels, month names, currency symbols and the like."""
