"""The Dockerfile's HEALTHCHECK command, run as Docker would run it, against the real endpoint."""

import asyncio
import json
import os
import re
import sys
from pathlib import Path

from bot.observability.metrics import Metrics
from bot.observability.server import Health, OpsServer

DOCKERFILE = Path(__file__).resolve().parents[2] / "Dockerfile"


def healthcheck_command() -> list[str]:
    """The exec-form CMD of the Dockerfile's HEALTHCHECK instruction."""
    text = DOCKERFILE.read_text(encoding="utf-8").replace("\\\n", " ")
    match = re.search(r"^HEALTHCHECK .*?CMD (\[.*\])\s*$", text, re.MULTILINE)
    assert match, "no exec-form HEALTHCHECK in the Dockerfile"
    return json.loads(match.group(1))


async def run_probe(port: int) -> int:
    """Run the probe with the image's interpreter name mapped to this one; return its status."""
    command = healthcheck_command()
    assert command[0] == "python"
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        *command[1:],
        env={**os.environ, "METRICS_PORT": str(port)},
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    return await asyncio.wait_for(process.wait(), timeout=30)


async def test_healthcheck_fails_until_ready_then_passes() -> None:
    """Docker sees the container unhealthy before the gateway is ready, healthy after."""
    health = Health()
    server = OpsServer(Metrics(), health, host="127.0.0.1", port=0)
    port = await server.start()
    try:
        assert await run_probe(port) != 0
        health.ready = True
        assert await run_probe(port) == 0
    finally:
        await server.stop()
