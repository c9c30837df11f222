"""Review pages: every extracted value shown on its source lines, as static HTML for a browser."""
