"""Study bot for UN Human Rights Council resolution 56/2 (A/HRC/RES/56/2), in French."""

__version__ = "0.1.0"
