"""No secret in any file the app writes, nor in its log at DEBUG level, after a full session.

The session, with the real Desk (Qt offscreen) against the simulator over loopback and unique
secret values: sign in to TEL4VN with a typed password ("remember" on: it goes to the keyring,
here the in-memory one) and a webhook secret from the keyring; a screen-pop with a note typed in
it; a click-to-call; a refused one (softphone not registered); a PBX error (a 5xx burst); a token
refresh (every token revoked); then a switch to oapi with the app secret in the environment and
the SIP password in the keyring: a pop over the call-signal websocket, a revoked stream token
(reconnect) and a click-to-call. The root logger writes everything at DEBUG to a file meanwhile
(the app's own loggers and httpx, httpcore, websockets, aiohttp, asyncio).

Then every file under the test's config, data, cache, state and log directories is searched for
each secret — the TEL4VN password and the api_key its sign-in returns, the webhook secret, the
oapi app secret and SIP password — as is, URL-encoded and in base64: none may be there.
"""

from __future__ import annotations

import base64
import logging
import secrets
from pathlib import Path
from urllib.parse import quote, quote_plus

import httpx
import keyring
import pytest

from agent_desk.secrets import SERVICE, SecretStore
from agent_desk.sim.server import Simulator
from agent_desk.ui.dialing import dialer as dialing
from tests.helpers import until
from tests.helpers.qt import SimAccounts
from tests.helpers.sim import fast_settings


@pytest.fixture
def qsim(run):
    settings = fast_settings(answer_delay=0.2, ring_timeout=1.5, talk_time=(0.3, 0.5))
    sim = Simulator(settings, providers=["tel4vn", "oapi"])
    run(sim.start())
    sim.dialects["oapi"].expiry_check = 0.05
    yield sim
    run(sim.stop())


@pytest.fixture
def accounts(qsim) -> SimAccounts:
    return SimAccounts(qsim)


@pytest.fixture
def dirs(tmp_path, monkeypatch) -> dict[str, Path]:
    """Every place the app may write to, under tmp_path (config and data come from isolated_env)."""
    places = {name: tmp_path / name for name in ("xdg-config", "xdg-data", "xdg-cache", "xdg-state", "logs")}
    for name, variable in (
        ("xdg-config", "XDG_CONFIG_HOME"),
        ("xdg-data", "XDG_DATA_HOME"),
        ("xdg-cache", "XDG_CACHE_HOME"),
        ("xdg-state", "XDG_STATE_HOME"),
    ):
        monkeypatch.setenv(variable, str(places[name]))
    return places


@pytest.fixture
def debug_log(dirs):
    """The root logger at DEBUG into logs/agent-desk.log for the test."""
    dirs["logs"].mkdir()
    path = dirs["logs"] / "agent-desk.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield path
    root.removeHandler(handler)
    root.setLevel(previous)
    handler.close()


def forms(secret: str) -> set[str]:
    """The secret as it could appear in a file: as is, URL-encoded, base64 (standard and URL-safe)."""
    raw = secret.encode()
    return {
        secret,
        quote(secret, safe=""),
        quote_plus(secret),
        base64.b64encode(raw).decode().rstrip("="),
        base64.urlsafe_b64encode(raw).decode().rstrip("="),
    }


def test_a_full_session_leaves_no_secret_in_any_file(
    run, qsim, accounts, make_desk, dirs, debug_log, tmp_path, monkeypatch
):
    world = qsim.world
    world.extensions["101"].password = "pw-" + secrets.token_urlsafe(12)
    qsim.dialects["oapi"].app_secret = secrets.token_hex(16)
    tel4vn = accounts.profile("tel4vn", events="webhook")
    hook_secret = accounts.secrets[tel4vn.name]["webhook_secret"]
    secret_values = {
        "password": world.extensions["101"].password,
        "webhook_secret": hook_secret,
        "api_key": qsim.dialects["tel4vn"].api_key(world.extensions["101"]),
        "app_secret": qsim.dialects["oapi"].app_secret,
    }
    keyring.set_password(SERVICE, f"{tel4vn.name}:webhook_secret", hook_secret)
    desk = make_desk(secret_source=SecretStore)  # the app's own: environment, then keyring
    popped = []
    desk.pops.poppedUp.connect(popped.append)

    async def sim_post(path: str, body: dict | None = None) -> dict:
        async with httpx.AsyncClient(base_url=qsim.base_url) as client:
            answer = await client.post(path, json=body or {})
            answer.raise_for_status()
            return answer.json()

    async def dial_and_wait(number: str) -> str:
        assert desk.dialer.dial(number) is None
        await until(lambda: not desk.dialer.waiting, timeout=10, what="the click-to-call")
        return f"{desk.dialer.phase}: {desk.dialer.text}"

    # TEL4VN: a typed password, remembered; the webhook secret from the keyring
    assert run(desk.sign_in(tel4vn, {"password": secret_values["password"]}, True))
    assert keyring.get_password(SERVICE, f"{tel4vn.name}:password") == secret_values["password"]
    hooks = qsim.dialects["tel4vn"].hooks
    run(until(lambda: len([h for h in hooks if h["callback_apikey"] == hook_secret]) == 4, what="the webhooks"))
    run(sim_post("/_sim/inbound", {"extension": "101"}))
    run(until(lambda: popped, what="the pop"))
    pop = popped[-1]
    pop.start_note()
    pop.note.setPlainText("khách hỏi về hợp đồng")
    run(until(lambda: desk.notes.journal.get(tel4vn.name, pop.call_id).note, what="the note to be saved"))
    run(until(lambda: not world.is_busy("101"), timeout=10, what="the inbound call to end"))
    assert run(dial_and_wait("0901234567")).startswith(dialing.DialPhase.DONE)
    run(until(lambda: not world.is_busy("101"), timeout=10, what="the call to end"))
    world.extensions["101"].registered = False
    assert run(dial_and_wait("0901234567")).startswith(dialing.DialPhase.FAILED)  # refused: softphone not registered
    world.extensions["101"].registered = True
    run(sim_post("/_sim/faults", {"error_burst": 3}))
    assert run(dial_and_wait("0901234568")).startswith(dialing.DialPhase.FAILED)  # a PBX error (503)
    run(sim_post("/_sim/tokens/expire"))
    run(desk.session.refresh_status())  # a 401, then a fresh token
    assert desk.session.account is not None
    run(until(lambda: not world.is_busy("101"), timeout=10, what="the calls to end"))

    # oapi: the app secret in the environment, the SIP password in the keyring; events over the websocket
    oapi = accounts.profile("oapi", events="websocket")
    accounts.secrets.pop(oapi.name)
    monkeypatch.setenv("AGENT_DESK_APP_SECRET", secret_values["app_secret"])
    keyring.set_password(SERVICE, f"{oapi.name}:sip_password", secret_values["password"])
    assert run(desk.sign_in(oapi, {}, False))
    run(until(lambda: desk.session.health and desk.session.health.state == "up", what="the stream"))
    before = len(popped)
    run(sim_post("/_sim/inbound", {"extension": "101"}))
    run(until(lambda: len(popped) > before, what="the websocket pop"))
    run(sim_post("/_sim/tokens/expire"))
    run(until(lambda: desk.session.core.pipeline.source.connections >= 2, timeout=10, what="the stream to reopen"))
    run(until(lambda: not world.is_busy("101"), timeout=10, what="the call to end"))
    assert run(dial_and_wait("0901234567")).startswith(dialing.DialPhase.DONE)
    run(desk.shutdown())
    for handler in logging.getLogger().handlers:
        handler.flush()

    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    names = {p.name for p in written}
    assert {"config.toml", "journal.sqlite3", "agent-desk.log"} <= names, names
    assert debug_log.stat().st_size > 10_000  # DEBUG logging really ran
    found = [
        (field, str(path.relative_to(tmp_path)))
        for path in written
        for field, value in secret_values.items()
        if any(form.encode() in path.read_bytes() for form in forms(value))
    ]
    assert not found, f"secrets written to files: {found}"
