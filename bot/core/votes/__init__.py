"""The recorded vote and the country names behind it."""
