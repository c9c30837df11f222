"""Bytes to a located document: file reading, decoding, the line table, blocks, and the context
parts share.
"""
