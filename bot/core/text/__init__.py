"""The text of the resolution: its model, the corpus parser, references and French helpers."""
