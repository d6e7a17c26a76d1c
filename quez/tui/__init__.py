"""Everything Textual lives in this package; the core never imports it."""
