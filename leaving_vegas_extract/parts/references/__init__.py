"""Notes and further reading: the free-text citation reader every format shares, and note
building.
"""
