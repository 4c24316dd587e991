"""``agent-desk relay`` as a real process: tokens from the CLI, and a ``sqlite:`` relay stopped with
SIGTERM or killed with SIGKILL keeps every event it acknowledged to the PBX. ``agent-desk events
--json`` on a relay profile prints the routed events with ``"source": "relay"``, and exits 3 when
the relay refuses its token."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from pathlib import Path

import httpx
import pytest

from tests.helpers import until
from tests.helpers.net import free_port
from tests.relay.helpers import SECRET, desk, post, running_relay, tel4vn

PYTHON = sys.executable


def write_relay_toml(tmp: Path, port: int) -> Path:
    path = tmp / "relay.toml"
    path.write_text(
        f'[relay]\nlisten = "127.0.0.1:{port}"\nprovider = "tel4vn"\nstore = "sqlite:events.sqlite3"\n'
        f'history = 1000\ndata_dir = "{tmp / "relay-data"}"\nheartbeat = 0.3\n',
        encoding="utf-8",
    )
    return path


def env() -> dict[str, str]:
    return {**os.environ, "AGENT_DESK_WEBHOOK_SECRET": SECRET}


async def cli(*args: str) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        PYTHON, "-m", "agent_desk", *args, env=env(), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


async def start_relay(config: Path, url: str, client: httpx.AsyncClient) -> asyncio.subprocess.Process:
    proc = await asyncio.create_subprocess_exec(
        PYTHON, "-m", "agent_desk", "relay", "serve", "--config", str(config), env=env(), stderr=asyncio.subprocess.PIPE
    )
    for _ in range(300):
        try:
            if (await client.get(url + "/healthz")).status_code == 200:
                return proc
        except httpx.TransportError:
            pass
        if proc.returncode is not None:
            raise AssertionError((await proc.stderr.read()).decode())  # type: ignore[union-attr]
        await asyncio.sleep(0.05)
    proc.kill()
    raise AssertionError("the relay did not start")


@pytest.fixture
async def client():
    async with httpx.AsyncClient(timeout=5) as http:
        yield http


async def test_token_commands_add_list_and_revoke(tmp_path):
    config = write_relay_toml(tmp_path, free_port())
    code, out, _ = await cli("relay", "token", "add", "101", "--config", str(config))
    assert code == 0
    token = out.strip().splitlines()[-1]
    assert len(token) >= 40 and token not in (tmp_path / "relay-data" / "tokens.sqlite3").read_bytes().decode("latin-1")
    code, out, _ = await cli("relay", "token", "add", "900", "--supervisor", "--json", "--config", str(config))
    supervisor = json.loads(out)
    assert code == 0 and supervisor["supervisor"] is True and supervisor["token"]
    code, out, _ = await cli("relay", "token", "list", "--json", "--config", str(config))
    listed = json.loads(out)["tokens"]
    assert [(t["extension"], t["supervisor"]) for t in listed] == [("101", False), ("900", True)]
    assert all("token" not in t for t in listed)
    assert (await cli("relay", "token", "revoke", supervisor["id"], "--config", str(config)))[0] == 0
    code, _, err = await cli("relay", "token", "revoke", supervisor["id"], "--config", str(config))
    assert code == 2 and "no token with id" in err
    code, _, err = await cli("relay", "token", "add", "1 01", "--config", str(config))
    assert code == 2 and "is not an extension" in err


async def test_a_bad_relay_config_exits_2_naming_the_field(tmp_path):
    config = tmp_path / "relay.toml"
    config.write_text('[relay]\nprovider = "tel4vn"\nlisten = "nowhere"\n', encoding="utf-8")
    code, _, err = await cli("relay", "serve", "--config", str(config))
    assert code == 2 and "relay.listen" in err
    config.write_text('[relay]\nprovider = "tel4vn"\nwebhook_secret = "x"\n', encoding="utf-8")
    code, _, err = await cli("relay", "serve", "--config", str(config))
    assert code == 2 and "relay.webhook_secret is a secret" in err


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL])
async def test_a_sqlite_relay_restart_loses_nothing_it_acknowledged(tmp_path, client, how):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    config = write_relay_toml(tmp_path, port)
    _, out, _ = await cli("relay", "token", "add", "101", "--config", str(config))
    token = out.strip().splitlines()[-1]
    position = tmp_path / "desk" / "relay-office.json"
    relay = await start_relay(config, url, client)
    try:
        first = await desk(url, token, position).start()
        await post(client, url, tel4vn("before", "ringing"))
        await until(lambda: len(first.events) == 1)
        await first.stop()
        acknowledged = []
        for i in range(20):
            answer = await post(client, url, tel4vn(f"k{i}", "ringing"))
            if answer.status_code == 200:
                acknowledged.append(f"k{i}")
        assert len(acknowledged) == 20
        relay.send_signal(how)
        assert await asyncio.wait_for(relay.wait(), 10) == (0 if how == signal.SIGTERM else -signal.SIGKILL)
        relay = await start_relay(config, url, client)
        again = await desk(url, token, position).start()
        try:
            await until(lambda: len(again.events) == 20, timeout=5)
            await asyncio.sleep(0.3)
            assert [e.call_id for e in again.events] == acknowledged
            assert again.source.gaps == 0
        finally:
            await again.stop()
    finally:
        if relay.returncode is None:
            relay.terminate()
            await relay.wait()


async def test_agent_desk_events_json_prints_relay_events_and_exits_3_for_a_refused_token(tmp_path, client):
    async with running_relay(tmp_path) as relay:
        _, token = await relay.tokens.add("101")
        config = tmp_path / "config.toml"
        config.write_text(
            '[profiles.office]\nprovider = "tel4vn"\nbase_url = "http://127.0.0.1:9/pbx"\nextension = "101"\n'
            f'events = "relay"\nrelay_url = "{relay.url}"\n',
            encoding="utf-8",
        )
        proc = await asyncio.create_subprocess_exec(
            PYTHON,
            "-m",
            "agent_desk",
            "events",
            "--json",
            "--config",
            str(config),
            env={**os.environ, "AGENT_DESK_RELAY_TOKEN": token, "AGENT_DESK_DATA": str(tmp_path / "data")},
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            await until(lambda: relay.desks == 1, timeout=15)
            await post(client, relay.url, tel4vn("cli-1", "ringing"))
            line = await asyncio.wait_for(proc.stdout.readline(), 10)  # type: ignore[union-attr]
            printed = json.loads(line)
            assert (printed["call_id"], printed["state"], printed["source"]) == ("cli-1", "ringing", "relay")
            assert printed["extension"] == "101" or printed["callee"] == "101"
        finally:
            proc.send_signal(signal.SIGINT)
            await asyncio.wait_for(proc.wait(), 10)
        code, _, err = await cli_with(config, "wrong-token")
        assert code == 3 and "refused this desk's token" in err


async def cli_with(config: Path, token: str) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        PYTHON,
        "-m",
        "agent_desk",
        "events",
        "--json",
        "--config",
        str(config),
        env={**os.environ, "AGENT_DESK_RELAY_TOKEN": token},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 30)
    return proc.returncode or 0, out.decode(), err.decode()
