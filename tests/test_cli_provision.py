"""``agent-desk --provision URL|FILE`` as a real subprocess: from the relay's ``GET /provision``, from
a plain aiohttp server (errors, size cap, deadline), from a file; the config written without
secrets; and the relay refusing a public file with a secret in it."""

from __future__ import annotations

import asyncio
import tomllib
from pathlib import Path

import pytest
from aiohttp import web

from agent_desk.config import load_config, parse_config
from agent_desk.errors import ConfigError
from agent_desk.provision import MARK
from agent_desk.relay.config import parse_relay_config
from tests.helpers.cli import base_env, run_cli
from tests.helpers.net import serving
from tests.relay.helpers import running_relay

PROFILE = b"""
default_profile = "office"

[profiles.office]
provider = "tel4vn"
base_url = "https://pbx.example.vn"
events = "relay"
relay_url = "https://relay.example.vn"
crm_url = "https://crm.example/search?phone={phone}"
dispositions = ["Resolved", "Call back"]
"""


def env_for(tmp_path: Path) -> dict[str, str]:
    return base_env(AGENT_DESK_CONFIG=str(tmp_path / "home" / "config.toml"), AGENT_DESK_DATA=str(tmp_path / "data"))


async def test_a_desk_is_provisioned_from_the_relay_and_keeps_its_other_profiles(tmp_path):
    env = env_for(tmp_path)
    home = Path(env["AGENT_DESK_CONFIG"])
    home.parent.mkdir()
    home.write_text('[profiles.mine]\nprovider = "onepos"\nbase_url = "https://onepos.example"\n')
    async with running_relay(tmp_path, provision=PROFILE) as relay:
        run = await run_cli("--provision", f"{relay.url}/provision", env=env)
    assert run.rc == 0, run.err
    assert "Provisioned profile 'office'" in run.out and run.err == ""
    config = load_config(home)
    assert set(config.profiles) == {"mine", "office"} and config.default_profile == "office"
    office = config.profiles["office"]
    assert office.events == "relay" and office.dispositions == ["Resolved", "Call back"]
    assert office.extra[MARK] == f"{relay.url}/provision"
    assert (home.stat().st_mode & 0o777) == 0o600


async def test_secrets_in_the_file_are_dropped_and_named_never_written(tmp_path):
    env = env_for(tmp_path)
    source = tmp_path / "it.toml"
    source.write_bytes(PROFILE + b'api_key = "sk-live-123"\nrelay_token = "tok-456"\n')
    run = await run_cli("--provision", str(source), env=env)
    assert run.rc == 0
    written = Path(env["AGENT_DESK_CONFIG"]).read_text()
    assert "sk-live-123" not in written and "tok-456" not in written and "api_key" not in written
    assert "office.api_key is a secret: it was not written" in run.err and "office.relay_token" in run.err


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (b'[profiles.office]\nprovider = "tel4vn"\nbase_url = "ftp://pbx"\n', "base_url"),
        (b'[profiles.office]\nprovider = "pbx9000"\nbase_url = "https://pbx"\n', "provider"),
        (b'[profiles.office]\nprovider = "tel4vn"\nbase_url = "https://p"\ntimeout = -1\n', "timeout"),
        (b"profiles = 3", "profiles"),
        (b"[other]\nx = 1\n", "[profiles.NAME]"),
    ],
)
async def test_a_wrong_file_exits_2_naming_the_field_and_writes_nothing(tmp_path, body, field):
    env = env_for(tmp_path)
    source = tmp_path / "it.toml"
    source.write_bytes(body)
    run = await run_cli("--provision", str(source), env=env)
    assert run.rc == 2 and field in run.err
    assert not Path(env["AGENT_DESK_CONFIG"]).exists()


@pytest.fixture
async def server():
    """A plain web server on loopback: ``/big`` (over the cap), ``/slow`` (never finishes), ``/gone``."""

    async def big(request):
        return web.Response(body=b"#" * (300 * 1024))

    async def slow(request):
        response = web.StreamResponse()
        await response.prepare(request)
        await response.write(b"# ")
        await asyncio.sleep(60)
        return response

    async def moved(request):
        raise web.HTTPFound("http://example.com/profile.toml")

    app = web.Application()
    app.router.add_get("/big", big)
    app.router.add_get("/slow", slow)
    app.router.add_get("/moved", moved)
    async with serving(app) as url:
        yield url


async def test_download_errors_are_one_line_with_their_exit_status(tmp_path, server):
    env = env_for(tmp_path)
    cases = [
        ("/gone", 3, "HTTP 404"),
        ("/big", 3, "larger than 256 KiB"),
        ("/moved", 3, "redirect"),
    ]
    for path, rc, said in cases:
        run = await run_cli("--provision", server + path, env=env)
        assert (run.rc, said in run.err) == (rc, True), (path, run.err)
    run = await run_cli("--provision", "http://pbx.example.vn/profile.toml", env=env)
    assert run.rc == 2 and "use https://" in run.err
    assert not Path(env["AGENT_DESK_CONFIG"]).exists()


async def test_the_whole_download_has_a_deadline(server):
    from agent_desk import provision
    from agent_desk.errors import PbxTimeout

    with pytest.raises(PbxTimeout, match=r"within 0\.5 s"):
        await provision.fetch(server + "/slow", deadline=0.5)


def test_the_relay_refuses_a_public_provisioning_file_with_a_secret_or_a_wrong_value(tmp_path):
    good, secret, wrong = tmp_path / "good.toml", tmp_path / "secret.toml", tmp_path / "wrong.toml"
    good.write_bytes(PROFILE)
    secret.write_bytes(PROFILE + b'password = "hunter2"\n')
    wrong.write_bytes(b'[profiles.x]\nprovider = "tel4vn"\nbase_url = "nope"\n')
    table = {"provider": "tel4vn", "data_dir": str(tmp_path)}
    config = parse_relay_config({"relay": {**table, "provision_file": str(good)}})
    assert parse_config(tomllib.loads(config.provision.decode())).profiles["office"].events == "relay"
    with pytest.raises(ConfigError, match=r"relay.provision_file: office.password is a secret"):
        parse_relay_config({"relay": {**table, "provision_file": str(secret)}})
    with pytest.raises(ConfigError, match="base_url"):
        parse_relay_config({"relay": {**table, "provision_file": str(wrong)}})
    with pytest.raises(ConfigError, match=r"relay\.provision_file: .* does not exist"):
        parse_relay_config({"relay": {**table, "provision_file": str(tmp_path / "none.toml")}})


async def test_a_relay_without_a_provisioning_file_answers_404(tmp_path):
    import httpx

    async with running_relay(tmp_path) as relay, httpx.AsyncClient() as client:
        answer = await client.get(f"{relay.url}/provision")
    assert answer.status_code == 404 and "provision_file" in answer.text
