# Resolution 56/2 study bot. Build: docker build -t resolution-bot .
# Run: docker run --env DISCORD_TOKEN=… resolution-bot   (the token is never baked into the image)
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN groupadd --gid 10001 bot \
    && useradd --create-home --uid 10001 --gid 10001 --shell /usr/sbin/nologin bot \
    && install --directory --owner 10001 --group 10001 /data
WORKDIR /build

# Dependency layer: rebuilt only when pyproject.toml changes. A placeholder package lets pip
# resolve and install the dependencies before the source is copied.
COPY pyproject.toml README.md ./
RUN mkdir -p bot corpus templates \
    && touch bot/__init__.py \
    && pip install . \
    && pip uninstall --yes resolution-bot

# The package itself, with the corpus and templates bundled inside the wheel.
COPY bot ./bot
COPY corpus ./corpus
COPY templates ./templates
RUN pip install --no-deps . \
    && rm -rf /build

WORKDIR /home/bot
USER 10001:10001

# Study data (SQLite, WAL) lives in a volume so that scores survive a new container; set
# DATABASE_URL=postgresql://… instead to share it between several bot processes.
ENV DATA_DIR=/data
VOLUME ["/data"]

# /health answers 200 only once the gateway is ready (bot/observability/server.py); the probe
# uses the interpreter already in the image rather than adding curl.
ENV METRICS_PORT=9108 \
    LOG_FORMAT=json
EXPOSE 9108
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(f'http://127.0.0.1:{os.environ[\"METRICS_PORT\"]}/health', timeout=4)"]

ENTRYPOINT ["resolution-bot"]
CMD ["run"]
