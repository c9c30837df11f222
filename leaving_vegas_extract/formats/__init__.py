"""One folder per input format: how that format prints each part, read into part models."""
