"""The section tree of flattened text: the contents list aligned with the body's paragraphs."""
