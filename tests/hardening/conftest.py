"""Hypothesis profiles: reproducible in CI (same cases on every run), exploratory on a laptop."""

import os

from hypothesis import settings

from tests.hardening.discord_checks import CASES

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev", print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Print how many interactions each Discord fuzz test sent (the issue asks for the counts)."""
    if CASES:
        counts = ", ".join(f"{name} {count}" for name, count in sorted(CASES.items()))
        terminalreporter.write_line(f"fuzz Discord : {sum(CASES.values())} interactions ({counts})")
