"""The output contract: the pydantic models of the Article, and the JSON Schema generated from
them.
"""
