"""Hypothesis profiles: every fuzz test's full budget, reproducible, in CI; a small sample locally.

tests/conftest.py loads one: ``HYPOTHESIS_PROFILE`` (``ci`` or ``dev``) when set, else ``ci`` under
``CI=true`` (what CI sets), else ``dev``. A test states its full budget with ``budget(n)`` rather
than a bare ``max_examples=n``, which would override the profile.
"""

from collections.abc import Mapping

from hypothesis import settings

FULL, SMALL = "ci", "dev"
SMALL_EXAMPLES = 25  # enough to catch a broken strategy or an obvious regression in seconds

settings.register_profile(FULL, derandomize=True, print_blob=True)  # the same cases on every run
settings.register_profile(SMALL, print_blob=True, max_examples=SMALL_EXAMPLES)  # new cases each run


def profile_name(environ: Mapping[str, str]) -> str:
    """The profile to load: ``HYPOTHESIS_PROFILE``, else the full one in CI, else the small one."""
    chosen = environ.get("HYPOTHESIS_PROFILE", "").strip()
    if chosen:
        return chosen
    return FULL if environ.get("CI", "").strip().lower() in {"1", "true", "yes"} else SMALL


def budget(full: int) -> int:
    """A test's ``max_examples``: ``full`` under the CI profile, at most the profile's own otherwise."""
    if settings.get_current_profile_name() == FULL:
        return full
    return min(full, settings().max_examples)
