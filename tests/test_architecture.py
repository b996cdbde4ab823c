"""The dependency rules of STYLE.md section 2, checked on the real import graph and sources."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "bot"
DISCORD_FREE = [
    "bot.core.service",
    "bot.core.serialize",
    "bot.render.templates",
    "bot.render.replies",
    "bot.console",
    "bot.cli",
]
ENV_READ = re.compile(
    r"\bos\.environ\b|\bos\.getenv\b|\bgetenv\(|\bfrom os import\b[^\n]*\b(environ|getenv)\b"
)


def _loaded_after(code: str) -> list[str]:
    """Run `code` in a fresh interpreter and return the names in sys.modules afterwards."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("module", DISCORD_FREE, ids=lambda m: m.rsplit(".", 1)[-1])
def test_architecture_module_loads_no_discord(module):
    """Importing a core, render or front-end module loads no discord module, even transitively."""
    loaded = _loaded_after(f"import {module}")
    assert module in loaded
    assert [m for m in loaded if m.split(".")[0].startswith("discord")] == []


def test_architecture_domain_imports_neither_jinja2_nor_discord():
    """Every bot.core module together loads no jinja2, no discord and nothing of render or the front ends."""
    core_modules = sorted(
        "bot.core." + path.stem for path in (PACKAGE / "core").glob("*.py") if path.stem != "__init__"
    )
    assert "bot.core.service" in core_modules
    loaded = _loaded_after("\n".join(f"import {m}" for m in core_modules))
    assert set(core_modules) <= set(loaded)
    top = {m.split(".")[0] for m in loaded}
    assert not {t for t in top if t.startswith(("discord", "jinja2"))}
    outside = [m for m in loaded if m.startswith(("bot.render", "bot.console", "bot.cli", "bot.discord_app"))]
    assert outside == []


def test_architecture_probe_sees_discord_when_imported():
    """The probe itself works: importing discord does show up in sys.modules."""
    loaded = _loaded_after("import discord")
    assert "discord" in loaded


def test_architecture_only_settings_reads_environment():
    """No module in bot/ reads os.environ or getenv, except bot/settings.py."""
    sources = sorted(PACKAGE.rglob("*.py"))
    assert PACKAGE / "cli.py" in sources
    readers = [
        str(path.relative_to(ROOT))
        for path in sources
        if path != PACKAGE / "settings.py" and ENV_READ.search(path.read_text(encoding="utf-8"))
    ]
    assert readers == []
    assert ENV_READ.search("token = os.environ['DISCORD_TOKEN']")
    assert ENV_READ.search("from os import getenv")
