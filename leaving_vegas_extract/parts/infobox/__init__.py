"""The infobox from labelled rows of any format: typed film fields, lost labels, split cells."""
