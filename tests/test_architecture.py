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
    "bot.render.serialize",
    "bot.render.templates",
    "bot.render.replies",
    "bot.console",
    "bot.cli",
    "bot.app",
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


# What the domain core must never load, even transitively: transport, rendering and storage.
CORE_FORBIDDEN = (
    "discord",
    "jinja2",
    "sqlalchemy",
    "alembic",
    "aiosqlite",
    "asyncpg",
    "aiohttp",
    "prometheus_client",
    "PIL",
)
MAX_MODULE_LINES = 500


def _modules(package: Path) -> list[str]:
    """Every module under ``package`` as a dotted name (packages by their ``__init__``)."""
    names = []
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_architecture_domain_imports_no_transport_rendering_or_storage():
    """Every bot.core module together loads none of the forbidden libraries, nor render or front ends."""
    core_modules = _modules(PACKAGE / "core")
    assert {"bot.core.service", "bot.core.study.service", "bot.core.search.index"} <= set(core_modules)
    loaded = _loaded_after("\n".join(f"import {m}" for m in core_modules))
    assert set(core_modules) <= set(loaded)
    top = {m.split(".")[0] for m in loaded}
    assert sorted(top & set(CORE_FORBIDDEN)) == []
    outside = [
        m
        for m in loaded
        if m.startswith(("bot.render", "bot.console", "bot.cli", "bot.discord_app", "bot.storage", "bot.app"))
    ]
    assert outside == []


def _imports_of(path: Path, module: str) -> set[str]:
    """The bot modules that ``path`` imports at run time (TYPE_CHECKING blocks aside)."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                visit(node.orelse)
                continue
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("bot"))
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                if base.startswith("bot"):
                    found.add(base)
                    found.update(f"{base}.{a.name}" for a in node.names)
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.stmt):
                    visit([child])

    visit(tree.body)
    return found


def test_architecture_bot_has_no_import_cycle():
    """No chain of run-time imports inside bot/ leads back to where it started (function-local ones too)."""
    modules = _modules(PACKAGE)
    paths = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        paths[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph = {m: {i for i in _imports_of(paths[m], m) if i in paths and i != m} for m in modules}
    cycles: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            # A package's __init__ importing its own children is not a cycle of responsibilities.
            if state.get(nxt) == 1 and not node.startswith(nxt + "."):
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                walk(nxt)
        stack.pop()
        state[node] = 2

    for module in modules:
        if module not in state:
            walk(module)
    assert len(modules) > 40
    assert cycles == []


def test_architecture_only_the_entry_point_imports_discord_app():
    """Outside bot/discord_app, only bot/cli.py (the entry point) imports it, function-local imports too."""
    importers = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        inside = module.startswith("bot.discord_app")
        if not inside and any(i.startswith("bot.discord_app") for i in _imports_of(path, module)):
            importers.append(module)
    assert importers == ["bot.cli"]


def test_architecture_no_module_over_500_lines():
    """Every module of bot/ stays under 500 lines: one responsibility a module."""
    long = {
        str(p.relative_to(ROOT)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}


def test_architecture_no_control_character_in_source():
    """No source file holds a control character: a "\\b" written through a non-raw string
    becomes a backspace, and the pattern around it silently never matches."""
    found = {
        f"{p.relative_to(ROOT)}:{number}"
        for folder in (PACKAGE, ROOT / "tests", ROOT / "benchmarks", ROOT / "scripts")
        for p in folder.rglob("*.py")
        for number, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if any(ord(c) < 32 and c != "\t" for c in line)
    }
    assert found == set()


# What a one-paragraph lookup must not pay for: the search index and its libraries, country
# matching, the question router. Checked for the service alone and for the command line.
LOOKUP_PROBES = {
    "service": (
        "import bot.core.service\nfrom pathlib import Path\n"
        "service = bot.core.service.Service.from_corpus(Path('corpus'))\n"
        "assert [p.id for p in service.paragraphs('29')] == ['OP29']"
    ),
    "cli": "from bot.cli import main\nassert main(['paragraphe', '29']) == 0",
}
LOOKUP_FORBIDDEN = (
    "numpy",
    "rapidfuzz",
    "rank_bm25",
    "pycountry",
    "pydantic",
    "pydantic_settings",
    "sqlalchemy",
    "alembic",
    "discord",
    "PIL",
    "prometheus_client",
    "fsrs",
    "sklearn",
    "text_to_num",
    "scipy",
)


@pytest.mark.parametrize("probe", LOOKUP_PROBES.values(), ids=LOOKUP_PROBES)
def test_architecture_paragraph_lookup_loads_no_search_nor_router(probe):
    """A paragraph lookup loads no index, vote book, router, settings library, storage, discord or chart."""
    loaded = _loaded_after(probe)
    assert "bot.core.service" in loaded
    assert sorted({m.split(".")[0] for m in loaded} & set(LOOKUP_FORBIDDEN)) == []
    unneeded = ("bot.core.questions", "bot.core.search.index", "bot.core.votes")
    assert [m for m in loaded if m.startswith(unneeded)] == []


def test_architecture_probe_sees_search_after_a_search():
    """The lookup probe itself works: a search loads the index, still without numpy for one resolution."""
    loaded = _loaded_after(
        "import bot.core.service\nfrom pathlib import Path\n"
        "bot.core.service.Service.from_corpus(Path('corpus')).search('terrorisme')"
    )
    assert "bot.core.search.index" in loaded
    assert "numpy" not in loaded


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
