"""bot.core.study stays in the domain: no discord, no jinja2, nothing of render or the front ends."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STUDY = ROOT / "bot" / "core" / "study"


def test_study_core_imports_neither_discord_nor_jinja2():
    """Importing every study module (migrations' env aside) loads no discord, jinja2 or bot.render."""
    modules = sorted(f"bot.core.study.{p.stem}" for p in STUDY.glob("*.py") if p.stem != "__init__")
    assert "bot.core.study.service" in modules
    probe = (
        "\n".join(f"import {m}" for m in modules)
        + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(modules) <= set(loaded)
    assert not [m for m in loaded if m.split(".")[0] in {"discord", "jinja2"}]
    assert not [
        m for m in loaded if m.startswith(("bot.render", "bot.cli", "bot.console", "bot.discord_app"))
    ]
