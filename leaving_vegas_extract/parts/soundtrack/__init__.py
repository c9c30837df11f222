"""Tracks from row cells of any format: writers and performers split, lengths, album facts."""
