"""Vocabularies of the value normalizers: month names, currencies, name particles."""
