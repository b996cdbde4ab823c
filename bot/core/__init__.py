"""The domain: the resolution, its lookups and its search. Imports neither discord nor jinja2."""
