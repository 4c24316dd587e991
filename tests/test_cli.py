"""The ``agent-desk`` command line, run as a real subprocess against the simulator over loopback.

The config is the demo config (:func:`agent_desk.demo.write_demo_config`) for the test's
simulator; secrets travel in the subprocess environment as ``AGENT_DESK_*`` variables. Every
run checks the error contract: no traceback on stderr, and at most one line when it fails.
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import signal
import socket
import sys
from pathlib import Path

import httpx
import pytest
import tomli_w

from agent_desk import __version__, cli
from agent_desk.cli import context, parser, runner
from agent_desk.config import load_config
from agent_desk.demo import SUPERVISOR_PROFILE, DemoConfig
from agent_desk.phone import display
from tests.helpers import until
from tests.helpers.cli import base_env, cli_sim_settings, run_cli, spawn

NOT_REGISTERED = "agent-desk: your softphone is not registered: open it, sign in, and try again"


@pytest.fixture
def sim_settings():
    return cli_sim_settings()


async def sim_control(sim, path: str, body: dict | None = None) -> dict:
    async with httpx.AsyncClient(base_url=sim.base_url) as client:
        response = await client.post(path, json=body or {})
        response.raise_for_status()
        return response.json()


def write_config(tmp_path: Path, tables: dict[str, dict]) -> dict[str, str]:
    path = tmp_path / "other.toml"
    path.write_text(tomli_w.dumps({"profiles": tables}))
    return base_env(AGENT_DESK_CONFIG=str(path))


# ---------------------------------------------------------------------------------- basics
async def test_version_is_printed():
    run = await run_cli("--version", env=base_env())
    assert (run.rc, run.out.strip()) == (0, f"agent-desk {__version__}")


async def test_usage_errors_are_one_line_with_status_2():
    runs = await asyncio.gather(
        run_cli("dial", env=base_env()),
        run_cli("frobnicate", env=base_env()),
        run_cli("history", "--limit", "many", env=base_env()),
    )
    assert [r.rc for r in runs] == [2, 2, 2]
    assert "NUMBER" in runs[0].err and "frobnicate" in runs[1].err and "--limit" in runs[2].err


async def test_demo_config_holds_profiles_but_no_secret(demo: DemoConfig):
    text = demo.path.read_text()
    for secrets in demo.secrets.values():
        assert secrets and not any(value in text for value in secrets.values())
    config = load_config(demo.path)
    assert config.default_profile == "tel4vn"
    assert set(config.profiles) == set(demo.secrets) and "onepos" in config.profiles
    supervisor = config.profiles[SUPERVISOR_PROFILE]
    assert (supervisor.extension, supervisor.role) == ("100", "supervisor")
    assert demo.secret_store("oapi").require("app_secret") == demo.secrets["oapi"]["app_secret"]


# ---------------------------------------------------------------------------------- status and capabilities
async def test_status_json_reports_login_and_registration(sim, agent):
    status = (await agent("status", "--json")).json()
    assert status["provider"] == "tel4vn" and status["logged_in"] is True
    assert status["extension"] == "101" and status["softphone_registered"] is True
    await sim_control(sim, "/_sim/extensions/101", {"registered": False})
    human = await agent("status")
    assert human.rc == 0 and "NOT registered" in human.out


async def test_capabilities_with_and_without_click_to_call(agent):
    tel4vn, onepos = await asyncio.gather(
        agent("capabilities", "--json"), agent("capabilities", "--json", profile="onepos")
    )
    tel4vn, onepos = tel4vn.json(), onepos.json()
    assert tel4vn["provider"] == "tel4vn" and "click_to_call_sync" in tel4vn["supported"]
    assert {"click_to_call_sync", "click_to_call_async"} <= set(onepos["unsupported"])
    assert set(onepos["supported"]).isdisjoint(onepos["unsupported"])
    human = await agent("capabilities")
    assert human.rc == 0 and "click to call sync" in human.out


async def test_capabilities_without_any_profile_is_a_config_error(tmp_path):
    run = await run_cli("capabilities", env=base_env(AGENT_DESK_CONFIG=str(tmp_path / "missing.toml")))
    assert run.rc == 2 and "no profile is configured" in run.err


# ---------------------------------------------------------------------------------- click-to-call
async def test_dial_sync_then_async(sim, agent):
    sync = (await agent("dial", "+84 90 123 4567", "--sync", "--json")).json()
    assert (sync["mode"], sync["number"], sync["extension"]) == ("sync", "0901234567", "101")
    assert sync["call_id"] and sim.world.live_call(sync["call_id"]).legs["101"].state == "answered"
    await sim_control(sim, f"/_sim/calls/{sync['call_id']}/hangup")
    await until(lambda: not sim.world.is_busy("101"))
    started = set(sim.world.calls)
    result = (await agent("dial", "tel:0912345678", "--async", "--json")).json()
    assert (result["mode"], result["number"]) == ("async", "0912345678") and result["call_id"]
    assert set(sim.world.calls) - started  # the PBX is ringing the agent's phone
    await sim_control(sim, f"/_sim/calls/{result['call_id']}/hangup")
    await until(lambda: not sim.world.is_busy("101"))
    human = await agent("dial", "0901234567")  # the profile's default mode: sync
    assert human.rc == 0 and display("0901234567") in human.out and "picked up" in human.out


async def test_dial_refused_when_softphone_is_not_registered(sim, agent):
    await sim_control(sim, "/_sim/extensions/101", {"registered": False})
    run = await agent("dial", "0901234567")
    assert (run.rc, run.err.strip(), run.out) == (3, NOT_REGISTERED, "")


async def test_invalid_number_is_a_usage_error(agent):
    run = await agent("dial", "call-me-maybe")
    assert run.rc == 2 and "not a phone number" in run.err


async def test_interrupted_dial_exits_130_quietly(sim, demo):
    sim.world.extension("101").answers = False
    sim.world.settings.ring_timeout = 30.0
    env = base_env(AGENT_DESK_CONFIG=str(demo.path), **demo.env("tel4vn"))
    async with spawn("dial", "0901234567", env=env) as proc:
        await until(lambda: sim.world.calls, timeout=10)  # the sync click-to-call waits for pick-up
        proc.send_signal(signal.SIGINT)
        out, err = await asyncio.wait_for(proc.communicate(), 10)
    assert (proc.returncode, out, err) == (130, b"", b"")


async def test_events_signs_in_and_prints_each_call_event_as_json_until_ctrl_c(sim, demo):
    env = base_env(AGENT_DESK_CONFIG=str(demo.path), **demo.env("oapi"))
    async with spawn("--profile", "oapi", "events", "--json", env=env) as proc:
        health = []
        while not health or "up" not in health[-1]:
            health.append((await asyncio.wait_for(proc.stderr.readline(), 10)).decode())
        assert health[0] == "websocket events starting\n" and health[-1] == "websocket events up: connected\n"
        sim.world.start_inbound("0901234567", extension="101")
        first = json.loads(await asyncio.wait_for(proc.stdout.readline(), 10))
        proc.send_signal(signal.SIGINT)
        await asyncio.wait_for(proc.communicate(), 10)
    assert (first["state"], first["caller"], first["extension"]) == ("ringing", "0901234567", "101")
    assert first["provider"] == "oapi" and first["call_id"] and proc.returncode == 130


async def test_events_with_refused_credentials_or_events_off_is_one_line(sim, demo, tmp_path):
    env = base_env(AGENT_DESK_CONFIG=str(demo.path), **{**demo.env("oapi"), "AGENT_DESK_APP_SECRET": "wrong"})
    refused = await run_cli("--profile", "oapi", "events", env=env)
    assert refused.rc == 3 and refused.out == ""
    table, _ = sim.profile("oapi")
    env = write_config(tmp_path, {"office": {**table, "events": "none"}})
    off = await run_cli("events", env={**env, **demo.env("oapi")})
    assert off.rc == 2 and "call events are off" in off.err


# ---------------------------------------------------------------------------------- errors by kind
async def test_unreachable_pbx_exits_4(sim, tmp_path, demo):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    table, _ = sim.profile("tel4vn")
    env = write_config(tmp_path, {"office": {**table, "base_url": f"http://127.0.0.1:{port}/tel4vn"}})
    run = await run_cli("dial", "0901234567", env={**env, **demo.env("tel4vn")})
    assert run.rc == 4 and run.err.startswith("agent-desk: cannot reach the PBX")


async def test_unsupported_operations_exit_5(agent):
    calls, dial = await asyncio.gather(
        agent("calls", profile="voicecloud"), agent("dial", "0901234567", profile="onepos")
    )
    assert calls.rc == 5 and "cannot do this" in calls.err and "live calls" in calls.err
    assert dial.rc == 5 and "click to call" in dial.err


async def test_bad_config_names_field_and_profile(sim, tmp_path):
    table, _ = sim.profile("tel4vn")
    cases = {
        "unknown provider": ({**table, "provider": "asterisk"}, "provider"),
        "missing base_url": ({k: v for k, v in table.items() if k != "base_url"}, "base_url"),
        "bad URL": ({**table, "base_url": "pbx.example.vn"}, "base_url"),
    }
    runs = []
    for i, (config_table, _) in enumerate(cases.values()):
        directory = tmp_path / str(i)
        directory.mkdir()
        runs.append(run_cli("status", env=write_config(directory, {"desk": config_table})))
    for run, (_, field) in zip(await asyncio.gather(*runs), cases.values(), strict=True):
        assert run.rc == 2 and "profile 'desk'" in run.err and field in run.err


# ---------------------------------------------------------------------------------- live calls and history
async def test_calls_listen_and_transfer_json(sim, agent):
    inbound = await sim_control(sim, "/_sim/inbound", {"phone": "0901234567", "extension": "101"})
    await until(lambda: sim.world.live_call(inbound["call_id"]).state == "answered")
    calls = (await agent("calls", "--json", profile=SUPERVISOR_PROFILE)).json()["calls"]
    call_id = next(c["call_id"] for c in calls if c["extension"] == "101")
    listen = (await agent("listen", call_id, "--json", profile=SUPERVISOR_PROFILE)).json()
    assert (listen["action"], listen["extension"]) == ("listen", "100")
    assert sim.world.live_call(inbound["call_id"]).monitors == {"100": "listen"}
    transfer = (await agent("transfer", call_id, "--to", "102", "--json", profile=SUPERVISOR_PROFILE)).json()
    assert (transfer["action"], transfer["extension"]) == ("transfer", "102")
    assert sim.world.live_call(inbound["call_id"]).extension == "102"
    human = await agent("calls")
    assert human.rc == 0 and display("0901234567") in human.out


async def test_history_json_pages_with_the_cursor(agent):
    first = (await agent("history", "--limit", "5", "--json")).json()
    assert len(first["records"]) == 5 and first["next_cursor"]
    second = (await agent("history", "--limit", "5", "--cursor", first["next_cursor"], "--json")).json()
    assert len(second["records"]) == 5
    assert {r["call_id"] for r in first["records"]}.isdisjoint(r["call_id"] for r in second["records"])
    bad = await agent("history", "--from", "31/05/2024")
    assert bad.rc == 2 and "--from" in bad.err


# ---------------------------------------------------------------------------------- simulate
async def test_simulate_serves_http_and_stops_on_sigint():
    async with spawn("simulate", "--port", "0", "--provider", "tel4vn", "oapi", env=base_env()) as proc:
        line = (await asyncio.wait_for(proc.stdout.readline(), 15)).decode()
        assert line.startswith("Simulator listening on http://127.0.0.1:")
        base_url = line.split()[-1]
        async with httpx.AsyncClient() as client:
            state = (await client.get(f"{base_url}/_sim/state")).json()
        assert set(state["providers"]) == {"tel4vn", "oapi"}
        proc.send_signal(signal.SIGINT)
        out, err = await asyncio.wait_for(proc.communicate(), 15)
    assert proc.returncode == 0 and b"Traceback" not in err, err
    assert "[profiles.tel4vn]" in out.decode() and "AGENT_DESK_APP_SECRET=" in out.decode()
    printed = "\n".join(
        line
        for line in out.decode().splitlines()
        if not line.startswith(("export ", "Simulator", "Demo", "file ", "Press"))
    )
    import tomllib

    profiles = tomllib.loads(printed.split("Simulator stopped.")[0])["profiles"]
    assert profiles and all(p.get("events") in ("webhook", "websocket") for p in profiles.values()), profiles
    assert profiles["tel4vn"]["webhook"]["public_url"].startswith("http://127.0.0.1:"), "pasted, it registers and pops"


async def test_simulate_names_what_stopped_it():
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        busy = await run_cli("simulate", "--port", port, env=base_env())
    assert busy.rc == 2 and f"cannot listen on 127.0.0.1:{port}" in busy.err, busy.err
    broken = await run_cli("simulate", "--port", "0", env=base_env(SSL_CERT_FILE="/nonexistent/ca.pem"))
    assert broken.rc == 2 and "the simulator could not start" in broken.err and "listen" not in broken.err, broken.err


async def test_demo_tours_the_commands_and_stops_on_sigint():
    user_config = Path(os.environ["AGENT_DESK_CONFIG"])
    lines = []
    async with spawn("--demo", "--tour", env=base_env()) as proc:

        async def until_running() -> None:
            while not lines or lines[-1] != "Press Ctrl-C to stop the demo.":
                line = await proc.stdout.readline()
                assert line, "the demo ended early"
                lines.append(line.decode().rstrip("\n"))

        await asyncio.wait_for(until_running(), 20)
        proc.send_signal(signal.SIGINT)
        out, err = await asyncio.wait_for(proc.communicate(), 15)
    assert proc.returncode == 0 and err == b"", err
    commands = [line for line in lines if line.startswith("$ agent-desk ")]
    expected = ["status", "capabilities", "dial", "calls", "listen", "dial", "history"]
    assert len(commands) == len(expected) and all(
        f" {word} " in f"{c} " for c, word in zip(commands, expected, strict=True)
    )
    assert any("picked up" in line for line in lines) and "export AGENT_DESK_CONFIG=" in "\n".join(lines)
    assert b"Demo stopped." in out and not user_config.exists()


def test_a_bare_launch_is_parsed_as_the_parsers_would_parse_it():
    """``agent-desk`` alone skips building a parser (parser.BARE_LAUNCH): the same answer."""
    assert vars(parser.window_args([])) == vars(parser.window_parser().parse_known_args([])[0])
    full = vars(parser.build_parser().parse_args([]))
    assert {key: full[key] for key in vars(parser.window_args([]))} == vars(parser.window_args([]))
    assert parser.window_args(["--demo"]).demo and parser.window_args(["status"]) is None


# ---------------------------------------------------------------------------------- secrets
def test_secret_set_and_forget_use_the_keyring(demo, memory_keyring, monkeypatch, capsys):
    argv = ["--config", str(demo.path), "--profile", "tel4vn", "secret"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("s3cret-value\n"))
    assert cli.main([*argv, "set", "api_key"]) == 0
    assert memory_keyring.store[("agent-desk", "tel4vn:api_key")] == "s3cret-value"
    assert cli.main([*argv, "forget", "api_key"]) == 0
    assert ("agent-desk", "tel4vn:api_key") not in memory_keyring.store
    assert cli.main([*argv, "set", "token"]) == 2
    out, err = capsys.readouterr()
    assert "s3cret-value" not in out + err and err.strip().startswith("agent-desk: 'token' is not a secret field")


async def test_secret_set_without_keyring_is_one_clear_line(demo):
    env = base_env(AGENT_DESK_CONFIG=str(demo.path), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    run = await run_cli("secret", "set", "api_key", env=env, stdin=b"s3cret-value\n")
    assert run.rc == 2 and "no system keyring" in run.err and "s3cret-value" not in run.err


# ---------------------------------------------------------------------------------- internal errors
def test_internal_error_is_logged_with_secrets_masked(demo, isolated_env, capsys):
    ctx = context.CommandContext(parser.build_parser().parse_args(["calls"]), env=demo.env("tel4vn"))
    secret = demo.secrets["tel4vn"]["api_key"]
    try:
        raise RuntimeError(f"request to /key/{secret} failed")
    except RuntimeError as exc:
        assert runner.report(ctx, exc) == 1
    err = capsys.readouterr().err
    log = isolated_env / "data" / "logs" / runner.LOG_FILE
    assert err.count("\n") == 1 and "internal error" in err and str(log) in err
    text = log.read_text()
    assert "RuntimeError: request to /key/*** failed" in text and secret not in text
