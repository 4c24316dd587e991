"""In Vietnamese the status bar's call-events indicator says every health of every source in Vietnamese:
its text and its tooltip are built from the health's fields (state, condition, port, the error worded by
``error_text``, the wait), never the core's English ``detail``. Real sources: the webhook listener
registering with the simulator (refused once, then taken) and on a port another program holds, the
websocket stream of the simulator dropped and reopened, the relay up, behind a gap, gone, and refusing
the desk's token."""

from __future__ import annotations

import re
import socket
import tempfile
from pathlib import Path

import pytest

from agent_desk.config import WebhookSettings, parse_profile
from agent_desk.events import relay as relay_source
from agent_desk.providers import create_provider
from agent_desk.relay.server import RelayServer
from agent_desk.relay.store import MemoryHistory
from agent_desk.relay.tokens import SqliteTokenBook
from agent_desk.secrets import SecretStore, env_name
from agent_desk.sim.server import Simulator
from tests.helpers import until
from tests.ui.conftest import SIM_PROVIDERS

SECRET = "desk-relay-secret"
#: Words of the core's English sentences ("listening on …", "retrying in …: the connection was lost",
#: "stopped", "connected") that no Vietnamese text of the status bar has.
ENGLISH = re.compile(r"\b(the|listening|retrying|connected|stopped|registering|with|is|was|on|of|and|cannot)\b")


class Shown:
    """Every (health, text, tooltip) the events indicator showed, recorded as the session changes."""

    def __init__(self, desk) -> None:
        self.desk = desk
        self.seen: list[tuple[object, str, str]] = []
        desk.session.changed.connect(self._note)  # after the status bar's own refresh: it connected first

    def _note(self) -> None:
        label = self.desk.window.status.labels["events"]
        if label.isVisible() and self.desk.session.health is not None:
            self.seen.append((self.desk.session.health, label.text(), label.toolTip()))

    def states(self) -> set[tuple[str, object, bool, bool]]:
        """(state, condition, with an error, with a wait) of every health shown."""
        return {(h.state, h.condition, h.error is not None, h.retry_in is not None) for h, _, _ in self.seen}

    def assert_vietnamese(self) -> None:
        assert self.seen
        for health, text, tip in self.seen:
            for words in (text, tip):
                assert health.detail not in words or not health.detail, (health, words)
                assert not ENGLISH.search(words.split("&nbsp;")[-1]), (health, words)
            assert tip, health


@pytest.fixture
def qsim(run, sim_settings):
    """The desks' simulator with the OAPI dialect too: its websocket stream is the one the sim has."""
    sim = Simulator(sim_settings, providers=[*SIM_PROVIDERS, "oapi"])
    run(sim.start())
    yield sim
    run(sim.stop())


@pytest.fixture
def relay(run, qsim):
    """A relay for the simulator's TEL4VN account, with its callback registered there."""
    table, secrets = qsim.profile("tel4vn", "100")
    profile = parse_profile("relay", table)
    pbx = create_provider(profile, SecretStore(profile, env={env_name(k): v for k, v in secrets.items()}))
    server = RelayServer(
        pbx,
        MemoryHistory(1000),
        SqliteTokenBook(Path(tempfile.mkdtemp(prefix="relay-vi-"))),
        secret=SECRET,
        heartbeat=0.5,
    )
    run(server.start())
    run(pbx.register_webhook(f"{server.url}/{SECRET}/hooks/tel4vn", SECRET))
    yield server
    run(server.stop())
    run(pbx.aclose())


def test_a_webhook_desk_refused_once_by_the_pbx_then_up_speaks_vietnamese(vietnamese, run, qsim, make_desk, accounts):
    qsim.faults.refuse_hooks = 1  # the first try's first hook gets a 503: the try fails, the next is taken
    desk = make_desk()
    shown = Shown(desk)
    profile = accounts.profile("tel4vn", "101", events="webhook")
    assert run(desk.sign_in(profile, {}, False))
    run(until(lambda: desk.session.health.state == "up", timeout=10, what="call events up after a retry"))
    assert len(qsim.dialects["tel4vn"].hooks) == 4
    assert {("starting", "registering", True, True), ("up", None, False, False)} <= shown.states()
    waiting = next(tip for h, _, tip in shown.seen if h.retry_in is not None)
    assert waiting.startswith("Agent Desk đang nghe, nhưng TEL4VN Call Center chưa nhận địa chỉ")
    assert "Không kết nối được tới tổng đài" in waiting or "Tổng đài gặp lỗi máy chủ" in waiting
    assert re.search(r"Agent Desk sẽ thử lại sau \d+ giây\.$", waiting)
    port = profile.webhook.port
    _, text, tip = shown.seen[-1]
    assert text.endswith(f"Sự kiện cuộc gọi: đang nghe trên cổng {port}")
    assert tip == f"Agent Desk đang nghe sự kiện cuộc gọi của TEL4VN Call Center trên cổng {port}."
    shown.assert_vietnamese()


def test_a_webhook_desk_whose_port_is_taken_says_so_in_vietnamese(vietnamese, run, make_desk, accounts):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        desk = make_desk()
        shown = Shown(desk)
        profile = accounts.profile("tel4vn", "101", events="webhook")
        profile.webhook = WebhookSettings(port=port)
        assert run(desk.sign_in(profile, {}, False))
        run(until(lambda: desk.session.health.state == "down", what="call events down"))
    assert ("down", None, True, False) in shown.states()
    label = desk.window.status.labels["events"]
    assert label.text().endswith("Sự kiện cuộc gọi đã dừng") and label.property("level") == "error"
    assert label.toolTip() == (
        f"Agent Desk không thể nghe trên 127.0.0.1:{port}: có thể một chương trình khác đang dùng cổng đó. "
        "Hãy chọn cổng khác trong Cài đặt. Sự kiện cuộc gọi đã dừng nên cuộc gọi không hiện lên được. "
        "Hãy đăng xuất rồi đăng nhập lại để bật lại."
    )
    shown.assert_vietnamese()


def test_a_websocket_desk_dropped_and_back_speaks_vietnamese(vietnamese, run, qsim, make_desk, accounts):
    desk = make_desk()
    shown = Shown(desk)
    assert run(desk.sign_in(accounts.profile("oapi", "101", events="websocket"), {}, False))
    run(until(lambda: desk.session.health.state == "up", what="the stream up"))
    label = desk.window.status.labels["events"]
    assert label.toolTip() == f"Đã kết nối với sự kiện cuộc gọi của {desk.session.provider.title}."
    assert qsim.drop_connections() == 1
    run(until(lambda: ("reconnecting", None, False, True) in shown.states(), what="reconnecting"))
    run(until(lambda: desk.session.health.state == "up", timeout=10, what="the stream back"))
    retrying = next(tip for h, _, tip in shown.seen if h.state == "reconnecting")
    assert re.fullmatch(r"Mất kết nối với sự kiện cuộc gọi\. Agent Desk sẽ thử lại sau \d+ giây\.", retrying)
    shown.assert_vietnamese()


def test_a_relay_desk_up_gone_and_refused_speaks_vietnamese(vietnamese, run, relay, make_desk, accounts, monkeypatch):
    monkeypatch.setattr(relay_source, "DEAD_AFTER", 1.0)
    _, token = run(relay.tokens.add("101"))
    profile = accounts.profile("tel4vn", "101", events="relay", relay_url=relay.url)
    accounts.secrets[profile.name]["relay_token"] = token
    desk = make_desk()
    shown = Shown(desk)
    assert run(desk.sign_in(profile, {}, False))
    run(until(lambda: desk.session.health.state == "up", what="relay connected"))
    run(desk.session.sign_out())
    run(relay.stop())  # started again with a new history (a gap for the desk), then gone for good
    again = RelayServer(
        relay.provider, MemoryHistory(1000), relay.tokens, port=relay.port, secret=SECRET, heartbeat=0.5
    )
    run(again.start())
    try:
        assert run(desk.sign_in(profile, {}, False))
        run(until(lambda: ("up", "gap", False, False) in shown.states(), what="the gap"))
    finally:
        run(again.stop())
    run(until(lambda: ("down", "no-contact", False, True) in shown.states(), timeout=10, what="no contact"))
    run(desk.session.sign_out())

    accounts.secrets[profile.name]["relay_token"] = "not-a-token"
    restarted = RelayServer(relay.provider, MemoryHistory(1000), relay.tokens, port=relay.port, secret=SECRET)
    run(restarted.start())
    try:
        assert run(desk.sign_in(profile, {}, False))
        run(until(lambda: desk.session.health.state == "down", what="the token refused"))
        assert desk.window.status.labels["events"].toolTip() == (
            "Relay của công ty không chấp nhận mã relay của máy này: hãy xin IT một mã mới. "
            "Sự kiện cuộc gọi đã dừng nên cuộc gọi không hiện lên được. Hãy đăng xuất rồi đăng nhập lại để bật lại."
        )
    finally:
        run(desk.session.sign_out())
        run(restarted.stop())
    shown.assert_vietnamese()
