"""The relay registers its callback with the simulated PBX and carries real calls to the desks;
OnePOS's one-webhook-per-company is guarded: never taken without ``register_webhook = true``, and
never replaced when the PBX shows another URL."""

from __future__ import annotations

import httpx
import pytest

from agent_desk.relay.config import parse_relay_config
from agent_desk.relay.runtime import build_relay, start_registration
from agent_desk.secrets import env_name
from agent_desk.sim.server import Simulator
from tests.helpers import until
from tests.helpers.sim import fast_settings
from tests.relay.helpers import desk

SECRET = "registered-secret"


@pytest.fixture
async def sim():
    async with Simulator(fast_settings(), providers=["tel4vn", "onepos"]) as simulator:
        yield simulator


def relay_for(sim: Simulator, provider: str, tmp_path, *, secret: str | None = SECRET, **relay_table):
    table, secrets = sim.profile(provider, "100")
    settings = {k: v for k, v in table.items() if k in ("base_url", "username")}
    config = parse_relay_config(
        {
            "relay": {
                "provider": provider,
                "listen": "127.0.0.1:0",
                "public_url": "http://127.0.0.1:1",  # replaced by the real address once bound
                "data_dir": str(tmp_path / "relay-data"),
                "heartbeat": 0.3,
                **settings,
                **relay_table,
            }
        }
    )
    if secret is not None:
        secrets = {**secrets, "webhook_secret": secret}
    env = {env_name(k): v for k, v in secrets.items()}
    return config, build_relay(config, env)


async def test_a_relay_without_a_webhook_secret_generates_one_keeps_it_and_registers_it(sim, tmp_path, memory_keyring):
    """A secret is always required: without ``webhook_secret`` the relay generates one at its first
    start, keeps it in the keyring, uses it again after a restart, and registers the callback with it."""
    config, relay = relay_for(sim, "tel4vn", tmp_path, secret=None)
    generated = relay.intake.secret
    assert len(generated) >= 32 and memory_keyring.store[("agent-desk", "relay:webhook_secret")] == generated
    _, again = relay_for(sim, "tel4vn", tmp_path, secret=None)  # a restart finds it
    assert again.intake.secret == generated
    await again.provider.aclose()
    await relay.start()
    try:
        config.public_url = relay.url
        await start_registration(relay, config)
        hooks = sim.dialects["tel4vn"].hooks
        assert hooks and all(h["callback_url"] == f"{relay.url}/{generated}/hooks/tel4vn" for h in hooks)
    finally:
        await relay.stop()
        await relay.provider.aclose()


async def test_tel4vn_registration_carries_a_simulated_call_to_the_desk(sim, tmp_path):
    config, relay = relay_for(sim, "tel4vn", tmp_path)
    await relay.start()
    try:
        config.public_url = relay.url
        await start_registration(relay, config)
        assert relay.registration == f"registered: {relay.url}/***/hooks/tel4vn"
        _, token = await relay.tokens.add("101")
        d = await desk(relay.url, token).start()
        try:
            call = sim.world.start_inbound(extension="101")
            await until(lambda: any(e.state == "cdr" for e in d.events), timeout=10)
            states = [e.state for e in d.events if e.extension in ("101", None) or e.state == "cdr"]
            assert states[0] == "ringing" and "hangup" in states
            assert all(e.source == "relay" and e.provider == "tel4vn" for e in d.events)
            assert call.id in {e.call_id for e in d.events} | {e.flow_id for e in d.events}
        finally:
            await d.stop()
        async with httpx.AsyncClient() as http:
            health = (await http.get(relay.url + "/healthz")).json()
        assert health["registration"].startswith("registered") and SECRET not in health["registration"]
    finally:
        await relay.stop()
        await relay.provider.aclose()


async def test_onepos_is_registered_only_when_asked(sim, tmp_path):
    config, relay = relay_for(sim, "onepos", tmp_path)
    await relay.start()
    try:
        config.public_url = relay.url
        await start_registration(relay, config)
        assert relay.registration.startswith("off: OnePOS keeps one webhook per company")
        assert sim.dialects["onepos"].webhooks == {}
    finally:
        await relay.stop()
        await relay.provider.aclose()


async def test_onepos_registration_never_replaces_another_url_it_can_see(sim, tmp_path):
    onepos = sim.dialects["onepos"]
    onepos.config_read = True
    crm = "https://crm.example.vn/hooks/pbx"
    config, relay = relay_for(sim, "onepos", tmp_path, register_webhook=True)
    await relay.start()
    try:
        config.public_url = relay.url
        await relay.provider.register_webhook(crm, "crm-secret")  # the company's CRM has the webhook
        await start_registration(relay, config)
        assert relay.registration.startswith(f"failed: OnePOS already sends this company's events to {crm}")
        assert [c.url for c in onepos.webhooks.values()] == [crm]
        onepos.webhooks.clear()  # the administrator removed the CRM's webhook on the PBX
        await start_registration(relay, config)  # nothing there any more: the relay takes it
        assert relay.registration == f"registered: {relay.url}/hooks/onepos"
        assert [c.url for c in onepos.webhooks.values()] == [relay.url + "/hooks/onepos"]
    finally:
        await relay.stop()
        await relay.provider.aclose()


async def test_onepos_registration_goes_ahead_when_the_config_cannot_be_read(sim, tmp_path):
    config, relay = relay_for(sim, "onepos", tmp_path, register_webhook=True)
    await relay.start()
    try:
        config.public_url = relay.url
        await start_registration(relay, config)  # GET /webhook/config answers 404, as the document has none
        assert relay.registration == f"registered: {relay.url}/hooks/onepos"
    finally:
        await relay.stop()
        await relay.provider.aclose()
