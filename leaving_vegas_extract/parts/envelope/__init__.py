"""The mirror's envelope: the vocabulary of its header, chrome and footer lines."""
