"""Item 12 (found in review): every human output of the command line, not only ``events``,
escapes the control characters of PBX and customer data, so a caller id's ESC sequences never
reach the terminal (``calls`` here, as a process; ``history``, ``status``, ``missed``, ``report``
and ``campaign`` print through the same helpers of :mod:`agent_desk.cli.output`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent_desk.cli.output import echo, pairs, table
from tests.helpers import until
from tests.helpers.sim import fast_settings
from tests.security.helpers import cli_env, run_cli, write_config

HOSTILE = "\x1b]0;pwned\x07\x1b[2J0901"


@pytest.fixture
def sim_settings():
    return fast_settings(talk_time=(30.0, 30.0), ring_timeout=30.0)


@pytest.fixture
def sim_dialects() -> list[str]:
    return ["tel4vn"]


async def test_calls_escapes_a_hostile_caller_id(sim, tmp_path: Path):
    table_, secrets = sim.profile("tel4vn", "101")
    env = cli_env(write_config(tmp_path / "config.toml", {"desk": table_}), secrets)
    call = sim.world.start_inbound(HOSTILE, extension="101")
    await until(lambda: sim.world.live_call(call.id) is not None)
    run = await run_cli("calls", env=env)
    assert run.rc == 0, run.err
    assert "\x1b" not in run.out and "\x07" not in run.out, run.out
    assert "\\x1b]0;pwned\\x07" in run.out, run.out


def test_every_human_output_helper_escapes(capsys):
    echo(f"Calling {HOSTILE}\nsecond line")
    print(table(("PHONE", "NAME"), [(HOSTILE, "Mai\r\nforged line")]))
    print(pairs([("Agent", HOSTILE)], 10))
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\r" not in out
    assert out.count("\n") == 5 and "Mai\\r\\nforged line" in out  # data cannot forge a line either
