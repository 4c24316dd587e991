"""Item 12: a plain ``http://`` PBX address on another machine got no warning. The command line
says it once on stderr; the window keeps a standing warning on its status bar, as it does while
certificate checks are off. Loopback (the simulator, a local PBX) is not warned about."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from agent_desk.config import parse_profile
from agent_desk.tls import plain_http_host
from tests.security.helpers import cli_env, run_cli, write_config

TABLE = {"provider": "tel4vn", "extension": "101", "username": "agent"}


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("http://pbx.company.lan:8080/api", "pbx.company.lan"),
        ("HTTP://10.0.0.5", "10.0.0.5"),
        ("http://[fe80::1]:80", "fe80::1"),
        ("https://pbx.company.lan", None),
        ("http://127.0.0.1:8080", None),
        ("http://127.9.9.9", None),
        ("http://[::1]:9", None),
        ("http://localhost:9", None),
    ],
)
def test_which_addresses_are_warned_about(url: str, host: str | None):
    assert plain_http_host(parse_profile("p", {**TABLE, "base_url": url})) == host


async def test_the_command_line_warns_once_on_stderr(tmp_path: Path):
    remote = cli_env(write_config(tmp_path / "remote.toml", {"desk": {**TABLE, "base_url": "http://pbx.company.lan"}}))
    run = await run_cli("capabilities", env={**remote, "AGENT_DESK_API_KEY": "k"})
    assert run.rc == 0, run.err
    assert run.err.count("over plain http://") == 1 and "pbx.company.lan" in run.err, run.err
    local = cli_env(write_config(tmp_path / "local.toml", {"desk": {**TABLE, "base_url": "http://127.0.0.1:9"}}))
    run = await run_cli("capabilities", env={**local, "AGENT_DESK_API_KEY": "k"})
    assert run.rc == 0 and "http://" not in run.err, run.err


def test_the_window_keeps_a_standing_warning(signed_in):
    desk = signed_in()
    label = desk.window.status.labels["plain-http"]
    assert not label.isVisibleTo(desk.window)  # the simulator is on loopback
    desk.session.core.profile = dataclasses.replace(desk.session.profile, base_url="http://pbx.company.lan:8080")
    desk.window.status.refresh()
    assert label.isVisibleTo(desk.window) and label.property("level") == "warn"
    assert "not encrypted" in label.text() and "pbx.company.lan" in label.toolTip()
