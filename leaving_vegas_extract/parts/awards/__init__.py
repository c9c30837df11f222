"""Awards: the vocabulary of award tables (headers, result words, award and category shapes)."""
