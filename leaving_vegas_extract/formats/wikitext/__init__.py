"""MediaWiki wikitext: a page's source read into the parts (one page of a dump, or a file)."""
