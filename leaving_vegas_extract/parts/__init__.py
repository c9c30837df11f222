"""Part parsers: one module per part, one entry point ``parse(ctx)`` each."""
