"""One folder per part of the Article: its format-independent building (rows to models) and its
vocabulary.
"""
