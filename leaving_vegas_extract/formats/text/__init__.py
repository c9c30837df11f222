"""Flattened mirror text: the renderings (label-space, label-glued, key-colon, pipe-table) and
each part as they print it.
"""
