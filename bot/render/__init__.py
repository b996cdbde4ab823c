"""Text rendering: core results to replies through jinja2 templates. Never imports discord."""
