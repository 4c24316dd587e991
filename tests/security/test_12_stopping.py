"""Item 12, stopping ``agent-desk events``: SIGTERM removes its webhook registrations as Ctrl-C does,
and either signal ends the command within 2 s, every time, with webhook and websocket connections
open."""

from __future__ import annotations

import asyncio
import signal
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.helpers import until
from tests.helpers.cli import spawn
from tests.helpers.net import free_port
from tests.helpers.sim import fast_settings
from tests.security.helpers import cli_env, write_config

pytestmark = pytest.mark.skipif(sys.platform.startswith("win"), reason="POSIX signals")


@pytest.fixture
def sim_settings():
    return fast_settings(talk_time=(30.0, 30.0))


@pytest.fixture
def sim_dialects() -> list[str]:
    return ["tel4vn", "oapi"]


async def stop_within_2_s(proc: asyncio.subprocess.Process, sig: int) -> None:
    """Send ``sig``: the process must end within 2 s, without a traceback."""
    started = time.monotonic()
    proc.send_signal(sig)
    _, err = await asyncio.wait_for(proc.communicate(), 10)
    took = time.monotonic() - started
    assert took < 2.0, (took, err.decode())
    assert b"Traceback" not in err, err.decode()


def webhook_env(sim, tmp_path: Path) -> tuple[dict[str, str], str]:
    table, secrets = sim.profile("tel4vn", "101")
    port = free_port()
    table.update(
        events="webhook", webhook={"host": "127.0.0.1", "port": port, "public_url": f"http://127.0.0.1:{port}"}
    )
    config = write_config(tmp_path / "config.toml", {"desk": table})
    return cli_env(config, {**secrets, "webhook_secret": "stop-test-secret"}), f"http://127.0.0.1:{port}"


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
async def test_a_signal_removes_the_webhook_registrations_and_stops_within_2_s(sim, tmp_path: Path, sig):
    env, listener = webhook_env(sim, tmp_path)
    hooks = sim.dialects["tel4vn"].hooks
    for _ in range(5):
        async with spawn("events", env=env) as proc:
            await until(lambda p=proc: len(hooks) == 4 or p.returncode is not None, timeout=20)
            assert len(hooks) == 4, "the listener registered its callback"
            async with httpx.AsyncClient(timeout=5) as client:  # a keep-alive connection stays open
                answer = await client.get(f"{listener}/stop-test-secret/hooks/tel4vn")
                assert answer.status_code in (200, 400, 405)
                await stop_within_2_s(proc, sig)
        assert hooks == [], "the registrations were removed"


async def test_a_signal_stops_the_websocket_stream_within_2_s(sim, tmp_path: Path):
    table, secrets = sim.profile("oapi", "101")
    assert table.get("events", "websocket") == "websocket"
    config = write_config(tmp_path / "config.toml", {"desk": table})
    env = cli_env(config, secrets)
    for sig in (signal.SIGTERM, signal.SIGINT) * 3:
        async with spawn("events", env=env) as proc:
            assert proc.stderr is not None
            line = await asyncio.wait_for(proc.stderr.readline(), 20)
            while b"websocket events up" not in line:
                assert line, "the websocket stream never came up"
                line = await asyncio.wait_for(proc.stderr.readline(), 20)
            await stop_within_2_s(proc, sig)
