"""Headings and the section tree every format builds: heading keys, contents lines, the tree."""
