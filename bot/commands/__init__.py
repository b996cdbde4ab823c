"""Command declarations: one per command, read by the CLI, the console and Discord."""
