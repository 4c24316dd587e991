"""A desk on ``events = "relay"``: the simulator posts to a real relay, the relay pushes to the desk,
the call pops; the status bar says the relay is connected, turns red when it goes away, and says calls
may be missing when the relay it comes back to no longer has the desk's place in its history."""

from __future__ import annotations

import tempfile
from pathlib import Path

import httpx
import pytest

from agent_desk.config import parse_profile
from agent_desk.events import Condition
from agent_desk.events import relay as relay_source
from agent_desk.providers import create_provider
from agent_desk.relay.server import RelayServer
from agent_desk.relay.store import MemoryHistory
from agent_desk.relay.tokens import SqliteTokenBook
from agent_desk.secrets import SecretStore, env_name
from tests.helpers import until

SECRET = "desk-relay-secret"


@pytest.fixture
def relay(run, qsim):
    """A relay for the simulator's TEL4VN account, with its callback registered there."""
    table, secrets = qsim.profile("tel4vn", "100")
    profile = parse_profile("relay", table)
    pbx = create_provider(profile, SecretStore(profile, env={env_name(k): v for k, v in secrets.items()}))
    data = Path(tempfile.mkdtemp(prefix="relay-ui-"))
    server = RelayServer(pbx, MemoryHistory(1000), SqliteTokenBook(data), secret=SECRET, heartbeat=0.5)
    run(server.start())
    run(pbx.register_webhook(f"{server.url}/{SECRET}/hooks/tel4vn", SECRET))
    yield server
    run(server.stop())
    run(pbx.aclose())


def status_texts(desk) -> dict[str, tuple[str, str]]:
    return {
        key: (label.text(), label.property("level"))
        for key, label in desk.window.status.labels.items()
        if label.isVisible()
    }


def test_a_relay_desk_pops_the_call_and_shows_the_relay_alive_then_dead(
    run, qsim, relay, make_desk, accounts, monkeypatch
):
    monkeypatch.setattr(relay_source, "DEAD_AFTER", 1.0)
    _, token = run(relay.tokens.add("101"))
    profile = accounts.profile("tel4vn", "101", events="relay", relay_url=relay.url)
    accounts.secrets[profile.name]["relay_token"] = token
    desk = make_desk()
    assert run(desk.sign_in(profile, {}, False)), desk.login and desk.login.error.text()
    run(until(lambda: "relay connected" in status_texts(desk).get("events", ("", ""))[0], what="relay connected"))
    assert status_texts(desk)["events"][1] == "ok"
    assert desk.tray.level == "ok"

    popped = []
    desk.pops.poppedUp.connect(popped.append)

    async def call_in() -> str:
        async with httpx.AsyncClient() as client:
            answer = await client.post(f"{qsim.base_url}/_sim/inbound", json={"extension": "101"})
        return answer.json()["call_id"]

    call_id = run(call_in())
    run(until(lambda: popped, what="the pop through the relay"))
    assert popped[0].call_id == call_id

    run(relay.stop())  # the relay goes away
    run(until(lambda: status_texts(desk)["events"][1] == "error", timeout=10, what="the status to turn red"))
    text, _ = status_texts(desk)["events"]
    assert "relay unreachable" in text
    assert desk.tray.level == "error"


def test_a_relay_desk_back_to_a_relay_that_lost_its_history_says_calls_may_be_missing(run, relay, make_desk, accounts):
    _, token = run(relay.tokens.add("101"))
    profile = accounts.profile("tel4vn", "101", events="relay", relay_url=relay.url)
    accounts.secrets[profile.name]["relay_token"] = token
    desk = make_desk()
    assert run(desk.sign_in(profile, {}, False)), desk.login and desk.login.error.text()
    run(until(lambda: status_texts(desk).get("events", ("", ""))[1] == "ok", what="relay connected"))
    assert desk.window.status.labels["events"].toolTip() == "Connected to the company's relay."
    run(desk.session.sign_out())

    run(relay.stop())  # started again at its address: a new history, the desk's position is gone from it
    again = RelayServer(relay.provider, MemoryHistory(1000), relay.tokens, port=relay.port, secret=SECRET)
    run(again.start())
    try:
        assert run(desk.sign_in(profile, {}, False)), desk.login and desk.login.error.text()
        run(until(lambda: "relay connected" in status_texts(desk).get("events", ("", ""))[0], what="relay connected"))
        assert desk.session.health.condition == Condition.GAP
        label = desk.window.status.labels["events"]
        assert status_texts(desk)["events"][1] == "warn"
        assert "calls in between may be missing here" in label.toolTip()
        assert desk.tray.level == "warn"
    finally:
        run(desk.session.sign_out())
        run(again.stop())
