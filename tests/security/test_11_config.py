"""Item 11: bad config values exited 1 ("internal error"), hung, or loaded although the Settings
dialog refuses them. Every one exits 2 naming the field, fast; the file and the dialog share rules."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import pytest

from agent_desk.settings_rules import crm_problem, url_problem
from tests.security.helpers import cli_env, run_cli

GOOD = 'provider = "tel4vn"\nbase_url = "https://pbx.example"\nextension = "101"\n'

CASES = {
    "dial_timeout nan": ("dial_timeout = nan", "dial_timeout"),
    "dial_timeout inf": ("dial_timeout = inf", "dial_timeout"),
    "dial_timeout 1e308": ("dial_timeout = 1e308", "dial_timeout"),
    "timeout 0": ("timeout = 0", "timeout"),
    "public_url 5": ("[profiles.desk.webhook]\npublic_url = 5", "webhook.public_url"),
    "port 99999": ("[profiles.desk.webhook]\nport = 99999", "webhook.port"),
    "extension true": ("extension_override = true", "extension"),
    "crm javascript": ('crm_url = "javascript:alert(1)//{phone}"', "crm_url"),
    "crm file": ('crm_url = "file:///etc/passwd?{phone}"', "crm_url"),
    "crm shell": ('crm_url = "xdg-open x; rm -rf ~ {phone}"', "crm_url"),
    "ws_url port": ('ws_url = "wss://pbx.example:99999/ws"', "ws_url"),
}


def write(path: Path, extra: str, base: str = GOOD) -> Path:
    if extra.startswith("extension_override"):
        base = base.replace('extension = "101"', "extension = true")
        extra = ""
    path.write_text(f"[profiles.desk]\n{base}{extra}\n")
    return path


async def test_every_bad_value_exits_2_naming_the_field(tmp_path: Path):
    runs = {}
    for name, (extra, _) in CASES.items():
        config = write(tmp_path / f"{name.replace(' ', '_')}.toml", extra)
        runs[name] = run_cli("capabilities", env=cli_env(config), timeout=30)
    base_url = tmp_path / "ipv6.toml"
    base_url.write_text('[profiles.desk]\nprovider = "tel4vn"\nbase_url = "http://[::1"\n')
    runs["base_url"] = run_cli("capabilities", env=cli_env(base_url), timeout=30)
    results = dict(zip(runs, await asyncio.gather(*runs.values()), strict=True))
    fields = {name: field for name, (_, field) in CASES.items()} | {"base_url": "base_url"}
    for name, run in results.items():
        assert run.rc == 2, (name, run.err)
        assert run.err.count("\n") == 1 and f"{fields[name]} " in run.err, (name, run.err)


async def test_a_fifo_a_huge_file_and_deep_nesting_exit_2_at_once(tmp_path: Path):
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    huge = tmp_path / "huge.toml"
    huge.write_text("[profiles.desk]\n" + GOOD + "# " + "x" * (1024 * 1024) + "\n")
    deep = tmp_path / "deep.toml"
    deep.write_text("[profiles.desk]\n" + GOOD + "deep = " + "[" * 25 + "]" * 25 + "\n")
    very_deep = tmp_path / "very_deep.toml"
    very_deep.write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n")
    started = time.monotonic()
    runs = await asyncio.gather(
        *(run_cli("capabilities", env=cli_env(p), timeout=30) for p in (fifo, huge, deep, very_deep))
    )
    assert time.monotonic() - started < 20
    assert [run.rc for run in runs] == [2, 2, 2, 2], [run.err for run in runs]
    assert "not a regular file" in runs[0].err and "larger than 1 MiB" in runs[1].err
    assert "nested more than 20 levels" in runs[2].err and "nested more than 20 levels" in runs[3].err


async def test_100000_dispositions_are_refused_quickly(tmp_path: Path):
    config = tmp_path / "many.toml"
    codes = ", ".join(f'"code {i}"' for i in range(100_000))
    config.write_text(f"[profiles.desk]\n{GOOD}dispositions = [{codes}]\n")
    started = time.monotonic()
    run = await run_cli("capabilities", env=cli_env(config), timeout=30)
    assert run.rc == 2 and "dispositions" in run.err
    assert time.monotonic() - started < 10


@pytest.mark.parametrize(
    "url", ["http://[::1", "javascript:alert(1)", "file:///etc/passwd", "https://x:99999/", "xdg-open x"]
)
def test_the_dialog_refuses_the_same_values(url: str):
    assert url_problem(url) == "scheme" and crm_problem(url + "{phone}") == "scheme"
