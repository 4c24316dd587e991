"""Item 2: anyone on the machine could inject calls. A listener always requires a secret (generated
and kept when none is configured), the secret is the callback URL's path prefix, and web pages'
requests are refused."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import httpx
import keyring
import pytest
from keyring.backends.null import Keyring as NullKeyring

from agent_desk.config import parse_profile
from agent_desk.events.pipeline import EventPipeline
from agent_desk.events.webhook_auth import listener_secret, secret_file
from agent_desk.models import CallEvent
from agent_desk.providers import create_provider
from agent_desk.secrets import SecretStore, env_name
from tests.helpers import until
from tests.helpers.net import free_port
from tests.security.helpers import cli_env, run_cli, write_config

HOOK = {
    "call_id": "leg-1",
    "direction": "inbound",
    "from_number": "0899888999",
    "to_number": "101",
    "state": "ringing",
}


def offline_provider(key: str, port: int):
    table = {
        "provider": key,
        "base_url": "http://127.0.0.1:9",
        "extension": "101",
        "domain": "abc.com",
        "events": "webhook",
        "webhook": {"host": "127.0.0.1", "port": port},
    }
    profile = parse_profile("desk", table)
    return create_provider(profile, SecretStore(profile, env={}))


async def test_a_listener_without_a_configured_secret_generates_one_and_refuses_requests_without_it(memory_keyring):
    port = free_port()
    provider = offline_provider("tel4vn", port)
    pipeline = EventPipeline(provider.profile, provider)
    seen: list[CallEvent] = []
    pipeline.subscribe(lambda event, mine: seen.append(event))
    await pipeline.start()
    try:
        await until(lambda: pipeline.health is not None and pipeline.health.state == "up")
        secret = memory_keyring.store[("agent-desk", "desk:webhook_secret")]
        assert len(secret) >= 32
        async with httpx.AsyncClient(timeout=5) as client:
            plain = await client.post(f"http://127.0.0.1:{port}/hooks/tel4vn", json=HOOK)  # another user's curl
            assert (plain.status_code, plain.text) == (401, "the webhook secret is missing")
            ok = await client.post(f"http://127.0.0.1:{port}/{secret}/hooks/tel4vn", json=HOOK)
            assert ok.status_code == 200
        assert [e.call_id for e in seen] == ["leg-1"]
    finally:
        await pipeline.stop()
    assert listener_secret(provider.secrets) == secret  # kept, not generated again


def test_without_a_keyring_the_generated_secret_is_kept_in_a_private_file(isolated_env: Path):
    keyring.set_keyring(NullKeyring())  # stores nothing, says nothing (the memory keyring comes back after)
    provider = offline_provider("voicecloud", 0)
    first = listener_secret(provider.secrets)
    path = secret_file(isolated_env / "data", "desk")
    assert path.read_text().strip() == first
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert listener_secret(provider.secrets) == first


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
    ],
)
async def test_requests_from_web_pages_get_403_even_with_the_secret(headers):
    port = free_port()
    provider = offline_provider("voicecloud", port)
    provider.secrets = SecretStore(provider.profile, env={env_name("webhook_secret"): "s3cret-for-pbx"})
    pipeline = EventPipeline(provider.profile, provider)
    seen: list[CallEvent] = []
    pipeline.subscribe(lambda event, mine: seen.append(event))
    await pipeline.start()
    try:
        await until(lambda: pipeline.health is not None and pipeline.health.state == "up")
        url = f"http://127.0.0.1:{port}/s3cret-for-pbx/api/callcenter/call_in"
        params = {"phone": "0938111222", "extension": "101", "callid": "v1"}
        async with httpx.AsyncClient(timeout=5) as client:
            img = await client.get(url, params=params, headers=headers)  # an <img src> on a web page
            assert (img.status_code, img.text) == (403, "requests from web pages are not accepted")
            pbx = await client.get(url, params=params)
            assert pbx.status_code == 200
        assert len(seen) == 1
    finally:
        await pipeline.stop()


async def test_status_json_shows_the_callback_url_with_the_secret(sim, tmp_path: Path):
    table, secrets = sim.profile("tel4vn", "101")
    port = free_port()
    table.update(events="webhook", webhook={"host": "127.0.0.1", "port": port})
    config = write_config(tmp_path / "cfg" / "config.toml", {"desk": table})
    data = tmp_path / "desk-data"
    run = await run_cli("status", "--json", env=cli_env(config, secrets, AGENT_DESK_DATA=str(data)))
    status = run.json()
    secret = secret_file(data, "desk").read_text().strip()  # no keyring in the subprocess: the 0600 file
    assert status["webhook"] == {"callback_url": f"http://127.0.0.1:{port}/{secret}/hooks/tel4vn"}
    again = json.loads((await run_cli("status", "--json", env=cli_env(config, secrets, AGENT_DESK_DATA=str(data)))).out)
    assert again["webhook"] == status["webhook"]
    table["webhook"] = {"host": "0.0.0.0", "port": port, "public_url": "https://desk7.example:8443/"}
    write_config(config, {"desk": table})
    public = (await run_cli("status", "--json", env=cli_env(config, secrets, AGENT_DESK_DATA=str(data)))).json()
    assert public["webhook"]["callback_url"] == f"https://desk7.example:8443/{secret}/hooks/tel4vn"
