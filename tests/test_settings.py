"""Settings: the environment beats the .env files, every bad value is named in French, the token hides."""

import os
from pathlib import Path

import pytest

from bot.settings import ENV_FILES, Secret, Settings, SettingsError, read_env_file

SHARD_IDS_EXPECTED = "numéros de shards séparés par des virgules attendus (par exemple 0,1)"


def load(tmp_path: Path | None = None, files: tuple[str, ...] = (), **environ: str) -> Settings:
    """Settings from ``environ`` and the given .env contents (later files win), nothing else."""
    paths = []
    for number, content in enumerate(files):
        assert tmp_path is not None
        path = tmp_path / f"{number}.env"
        path.write_text(content, encoding="utf-8")
        paths.append(path)
    return Settings.from_env(environ, env_files=paths)


def test_settings_defaults_without_configuration():
    """Nothing set: no token (console), INFO text logs, SQLite in data_dir, the bundled corpus."""
    settings = load()
    assert settings == Settings()
    assert settings.discord_token is None
    assert (settings.log_level, settings.log_format) == ("INFO", "text")
    assert settings.study_database_url == f"sqlite+aiosqlite:///{settings.data_dir / 'study.sqlite3'}"
    assert (settings.corpus_dir / "A_HRC_RES_56_2.fr.txt").is_file()
    assert (settings.templates_dir / "paragraphe.md.j2").is_file()


def test_settings_reads_every_field_from_the_environment():
    """Each variable of the README's table lands in its field, typed."""
    settings = load(
        DISCORD_TOKEN="abc",
        DISCORD_GUILD_ID="123456789012345678",
        DISCORD_API_BASE_URL="http://127.0.0.1:8080/api",
        DISCORD_GATEWAY_URL="ws://127.0.0.1:8080/gateway",
        SHARD_COUNT="4",
        SHARD_IDS="0, 1",
        LOG_LEVEL="debug",
        LOG_FORMAT=" JSON ",
        METRICS_PORT="9108",
        DATABASE_URL="postgresql://bot@db/bot",
        QUIZ_STARTS_PER_HOUR="12",
        DATA_DIR="/var/lib/resolution-bot",
    )
    assert settings.discord_token is not None
    assert settings.discord_token.get_secret_value() == "abc"
    assert settings.discord_guild_id == 123456789012345678
    assert settings.discord_api_base_url == "http://127.0.0.1:8080/api"
    assert settings.discord_gateway_url == "ws://127.0.0.1:8080/gateway"
    assert (settings.shard_count, settings.shard_ids) == (4, [0, 1])
    assert (settings.log_level, settings.log_format) == ("DEBUG", "json")
    assert settings.metrics_port == 9108
    assert settings.study_database_url == "postgresql://bot@db/bot"
    assert settings.quiz_starts_per_hour == 12
    assert settings.data_dir == Path("/var/lib/resolution-bot")


def test_settings_names_are_case_insensitive_and_unknown_ones_ignored():
    """log_level works like LOG_LEVEL; a variable that is not a setting changes nothing."""
    assert load(log_level="warning", UNRELATED="x").log_level == "WARNING"


@pytest.mark.parametrize(
    "name", ["DISCORD_TOKEN", "DISCORD_GUILD_ID", "SHARD_COUNT", "SHARD_IDS", "METRICS_PORT", "DATABASE_URL"]
)
def test_settings_blank_means_unset(name):
    """NAME= (as .env.example writes them) or spaces: the setting keeps its default, None."""
    assert getattr(load(**{name: "  "}), name.lower()) is None
    assert getattr(load(**{name: ""}), name.lower()) is None


def test_settings_quiz_starts_per_hour_defaults_to_five():
    """Unset or blank, a member may start 5 quizzes an hour in a server."""
    assert load().quiz_starts_per_hour == load(QUIZ_STARTS_PER_HOUR=" ").quiz_starts_per_hour == 5


@pytest.mark.parametrize(
    ("value", "expected"), [(" 42 ", 42), ("+42", 42), ("4_2", 42), ("42.0", 42), ("-1", -1)]
)
def test_settings_integer_forms_accepted(value, expected):
    """The integer spellings the pydantic version accepted still work."""
    assert load(DISCORD_GUILD_ID=value).discord_guild_id == expected


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("DISCORD_GUILD_ID", "abc", "DISCORD_GUILD_ID : nombre entier attendu"),
        ("DISCORD_GUILD_ID", "42.5", "DISCORD_GUILD_ID : nombre entier attendu"),
        ("DISCORD_GUILD_ID", "0x2a", "DISCORD_GUILD_ID : nombre entier attendu"),
        ("SHARD_COUNT", "deux", "SHARD_COUNT : nombre entier attendu"),
        ("METRICS_PORT", "9108a", "METRICS_PORT : nombre entier attendu"),
        ("SHARD_IDS", "[0,1]", f"SHARD_IDS : {SHARD_IDS_EXPECTED}"),
        ("SHARD_IDS", "0;1", f"SHARD_IDS : {SHARD_IDS_EXPECTED}"),
        ("LOG_LEVEL", "bavard", "LOG_LEVEL : DEBUG, INFO, WARNING, ERROR ou CRITICAL attendu"),
        ("LOG_LEVEL", "", "LOG_LEVEL : DEBUG, INFO, WARNING, ERROR ou CRITICAL attendu"),
        ("LOG_FORMAT", "xml", "LOG_FORMAT : text ou json attendu"),
        ("QUIZ_STARTS_PER_HOUR", "0", "QUIZ_STARTS_PER_HOUR : nombre entier d'au moins 1 attendu"),
        ("QUIZ_STARTS_PER_HOUR", "cinq", "QUIZ_STARTS_PER_HOUR : nombre entier attendu"),
    ],
)
def test_settings_invalid_value_named_in_french(name, value, message):
    """Each invalid setting gives its French message, naming the variable and not the value."""
    with pytest.raises(SettingsError) as caught:
        load(**{name: value})
    assert str(caught.value) == message
    assert caught.value.problems == {name.lower(): message.split(" : ", 1)[1]}


def test_settings_every_invalid_value_reported_at_once():
    """Two bad settings: both named in one message, the token's value nowhere."""
    with pytest.raises(SettingsError) as caught:
        load(DISCORD_TOKEN="sentinel", DISCORD_GUILD_ID="sentinel", LOG_FORMAT="sentinel")
    assert str(caught.value) == "DISCORD_GUILD_ID : nombre entier attendu; LOG_FORMAT : text ou json attendu"


def test_settings_token_never_shown():
    """The token is a Secret: neither its str, its repr nor the settings' repr shows it."""
    settings = load(DISCORD_TOKEN="sentinel-token-value")
    assert settings.discord_token == Secret("sentinel-token-value")
    for text in (str(settings.discord_token), repr(settings.discord_token), repr(settings), str(settings)):
        assert "sentinel" not in text
    assert str(settings.discord_token) == "**********"


def test_settings_environment_beats_env_files_and_later_file_beats_earlier(tmp_path):
    """Precedence: environment, then the working directory's .env, then the checkout's, then defaults."""
    files = ("LOG_LEVEL=ERROR\nLOG_FORMAT=json\nMETRICS_PORT=1\n", "LOG_LEVEL=WARNING\nLOG_FORMAT=json\n")
    settings = load(tmp_path, files, LOG_FORMAT="text")
    assert (settings.log_level, settings.log_format, settings.metrics_port) == ("WARNING", "text", 1)
    assert ENV_FILES[0].name == ".env"
    assert ENV_FILES[1] == Path(".env")


def test_settings_invalid_value_in_env_file_is_named(tmp_path):
    """A bad value in .env is reported like one in the environment."""
    with pytest.raises(SettingsError, match=r"^METRICS_PORT : nombre entier attendu$"):
        load(tmp_path, ("METRICS_PORT=neuf\n",))


def test_env_file_syntax(tmp_path):
    """Comments, export, quotes, escapes, inline comments and ${NAME} references, as python-dotenv."""
    path = tmp_path / ".env"
    path.write_text(
        "# a comment\n"
        "\n"
        'export DISCORD_TOKEN="abc\\"d" # trailing\n'
        "LOG_LEVEL = debug # a comment\n"
        "LOG_FORMAT='json'\n"
        "DATABASE_URL=postgresql://u:p#x@h/db\n"
        "A=1\n"
        "CORPUS_DIR=${A}/c\n"
        'TEMPLATES_DIR="${NOPE:-def}/t"\n'
        "DATA_DIR=${HOME}/d\n"
        "not an assignment\n",
        encoding="utf-8",
    )
    assert read_env_file(path, {"HOME": "/home/u"}) == {
        "discord_token": 'abc"d',
        "log_level": "debug",
        "log_format": "json",
        "database_url": "postgresql://u:p#x@h/db",
        "a": "1",
        "corpus_dir": "1/c",
        "templates_dir": "def/t",
        "data_dir": "/home/u/d",
    }


def test_env_file_missing_is_empty(tmp_path):
    """No .env (the usual case in CI and containers): nothing read, no error."""
    assert read_env_file(tmp_path / ".env", {}) == {}
    assert read_env_file(tmp_path, {}) == {}


@pytest.mark.parametrize("value", ["0", "-1", "65536", "70000"])
def test_settings_metrics_port_out_of_range_named_in_french(value):
    """METRICS_PORT outside 1–65535 (70000 and -1 once died in bind with a traceback) is refused."""
    with pytest.raises(SettingsError) as caught:
        load(METRICS_PORT=value)
    assert str(caught.value) == "METRICS_PORT : numéro de port entre 1 et 65535 attendu"


@pytest.mark.parametrize("value", ["1", "65535"])
def test_settings_metrics_port_bounds_accepted(value):
    """The first and last TCP ports are valid."""
    assert load(METRICS_PORT=value).metrics_port == int(value)


@pytest.mark.parametrize("value", ["0", "-2"])
def test_settings_shard_count_below_one_refused(value):
    """SHARD_COUNT=0 once started a bot that never connected and logged nothing."""
    with pytest.raises(SettingsError) as caught:
        load(SHARD_COUNT=value)
    assert str(caught.value) == "SHARD_COUNT : au moins 1 shard attendu"


@pytest.mark.parametrize(
    ("ids", "message"),
    [
        ("0,2", "numéros de shards de 0 à 1 attendus (SHARD_COUNT=2)"),
        ("-1", "numéros de shards de 0 à 1 attendus (SHARD_COUNT=2)"),
        ("1,1", "chaque numéro de shard une seule fois"),
    ],
)
def test_settings_shard_ids_must_fall_within_shard_count(ids, message):
    """Each of SHARD_IDS is a shard of SHARD_COUNT, and appears once."""
    with pytest.raises(SettingsError) as caught:
        load(SHARD_COUNT="2", SHARD_IDS=ids)
    assert caught.value.problems == {"shard_ids": message}


def test_settings_shard_ids_within_shard_count_accepted():
    """SHARD_COUNT=4 SHARD_IDS=2,3: the second half of the shards."""
    assert load(SHARD_COUNT="4", SHARD_IDS="2,3").shard_ids == [2, 3]


def test_settings_ensure_data_dir_creates_it(tmp_path):
    """The default SQLite file's directory is created, parents included."""
    settings = Settings(data_dir=tmp_path / "a" / "b")
    settings.ensure_data_dir()
    assert (tmp_path / "a" / "b").is_dir()


@pytest.mark.parametrize(
    ("under", "reason"),
    [
        ("fichier/donnees", "un élément de ce chemin est un fichier, pas un dossier"),
        ("fichier", "ce chemin existe déjà et n'est pas un dossier"),
    ],
)
def test_settings_ensure_data_dir_under_a_file_named_in_french(tmp_path, under, reason):
    """A DATA_DIR under a file, or that is a file: a French reason naming DATA_DIR, not the path."""
    (tmp_path / "fichier").write_text("x", encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        Settings(data_dir=tmp_path / under).ensure_data_dir()
    assert caught.value.problems == {"data_dir": reason}
    assert str(tmp_path) not in str(caught.value)


def test_settings_ensure_data_dir_read_only_file_system(tmp_path, monkeypatch):
    """A read-only mount (EROFS, as a Docker volume mounted :ro) is named as such."""
    import errno

    def refuse(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(SettingsError) as caught:
        Settings(data_dir=tmp_path / "x").ensure_data_dir()
    reason = "dossier impossible à créer : système de fichiers en lecture seule"
    assert caught.value.problems == {"data_dir": reason}


def test_settings_ensure_data_dir_read_only_parent(tmp_path):
    """A parent without write permission: « permission refusée ».

    Root writes anywhere, so under root (as in CI containers) the check runs in a child process
    that has dropped to ``nobody``: the refusal then comes from the kernel, not from a mock.
    """
    if os.geteuid() != 0:
        parent = tmp_path / "lecture-seule"
        parent.mkdir(mode=0o555)
        try:
            with pytest.raises(SettingsError) as caught:
                Settings(data_dir=parent / "donnees").ensure_data_dir()
        finally:
            parent.chmod(0o755)
        assert caught.value.problems == {"data_dir": "dossier impossible à créer : permission refusée"}
        return
    import shutil
    import tempfile

    parent = Path(tempfile.mkdtemp(prefix="lecture-seule-", dir="/tmp"))
    parent.chmod(0o755)  # owned by root: « nobody » may enter it, not write in it
    try:
        pid = os.fork()
        if pid == 0:  # the child reports through its exit status only
            status = 3
            try:
                os.setgid(65534)
                os.setuid(65534)
                Settings(data_dir=parent / "donnees").ensure_data_dir()
                status = 1
            except SettingsError as error:
                expected = {"data_dir": "dossier impossible à créer : permission refusée"}
                status = 0 if error.problems == expected else 2
            finally:
                os._exit(status)
        _, wait_status = os.waitpid(pid, 0)
    finally:
        shutil.rmtree(parent, ignore_errors=True)
    assert os.waitstatus_to_exitcode(wait_status) == 0


def test_settings_ensure_data_dir_skipped_with_database_url(tmp_path):
    """With DATABASE_URL the data directory is not used, so nothing is created or checked."""
    (tmp_path / "fichier").write_text("x", encoding="utf-8")
    Settings(data_dir=tmp_path / "fichier" / "x", database_url="postgresql://db/etude").ensure_data_dir()


def test_settings_cache_dir_defaults_under_data_dir_and_may_be_shared(tmp_path):
    """CACHE_DIR names where the ranker's model is kept; unset or blank, DATA_DIR/cache."""
    from bot.app import App

    shared = tmp_path / "shared-cache"
    named = App(Settings.from_env({"DATA_DIR": str(tmp_path / "a"), "CACHE_DIR": str(shared)}, env_files=()))
    assert named.service.cache_dir == shared
    blank = Settings.from_env({"DATA_DIR": str(tmp_path / "b"), "CACHE_DIR": " "}, env_files=())
    assert blank.cache_dir is None
    assert App(blank).service.cache_dir == tmp_path / "b" / "cache"
