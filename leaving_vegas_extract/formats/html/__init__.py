"""HTML article pages to the same Article JSON as the text dumps.

``parse`` builds an lxml tree safely (no entities, no DTD, no network); ``lines`` maps every
element back to its source lines; ``reader`` turns the tree into an ordered list of body items
(headings, paragraphs, tables, lists); ``parts`` holds the part parsers the registry runs for
format "html". Nothing outside this subpackage imports lxml.
"""
