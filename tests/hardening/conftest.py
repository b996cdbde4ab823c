"""The count of fuzz interactions (Hypothesis profiles are in tests/hypothesis_profiles.py)."""

from tests.hardening.discord_checks import CASES


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Print how many interactions each Discord fuzz test sent (the issue asks for the counts)."""
    if CASES:
        counts = ", ".join(f"{name} {count}" for name, count in sorted(CASES.items()))
        terminalreporter.write_line(f"fuzz Discord : {sum(CASES.values())} interactions ({counts})")
