"""Running many inputs: walking folders, workers, Dask, progress, and the check, validate and
eval commands.
"""
