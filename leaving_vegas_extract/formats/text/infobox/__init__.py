"""The infobox as flattened text prints it: labelled rows, pipe tables, key-colon lists."""
