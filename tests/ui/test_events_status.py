"""The status bar's call-events indicator says why it is not up yet: a webhook desk whose PBX is still
taking its callback address reads "starting" with a tooltip that says so (a call before then would not pop)."""

from __future__ import annotations

import asyncio

from agent_desk.config import WebhookSettings
from agent_desk.events import Condition
from agent_desk.providers.tel4vn import Tel4vnBase
from tests.helpers import until


def test_a_webhook_desk_waiting_for_the_pbx_to_take_its_address_says_why(run, make_desk, accounts, monkeypatch):
    taken = asyncio.Event()
    register = Tel4vnBase.register_webhook

    async def held(self, url, secret):  # the PBX takes the address only once the test lets it
        await taken.wait()
        return await register(self, url, secret)

    monkeypatch.setattr(Tel4vnBase, "register_webhook", held)
    desk = make_desk()
    profile = accounts.profile("tel4vn", "101", events="webhook")
    assert run(desk.sign_in(profile, {}, False))
    label = desk.window.status.labels["events"]
    registering = lambda: desk.session.health is not None and desk.session.health.condition == Condition.REGISTERING  # noqa: E731
    run(until(registering, what="the listener registering its address"))
    assert "Call events: starting…" in label.text() and label.property("level") == "warn"
    assert label.toolTip() == (
        "Agent Desk is listening and waiting for TEL4VN Call Center to take this desk's callback address. "
        "A call that rings before then will not pop up."
    )
    taken.set()
    run(until(lambda: "listening on port" in label.text(), what="call events up"))
    assert label.text().endswith(f"Call events: listening on port {profile.webhook.port}")
    assert label.property("level") == "ok"
    assert (
        label.toolTip()
        == f"Agent Desk listens on port {profile.webhook.port} for the call events of TEL4VN Call Center."
    )


def test_a_webhook_desk_on_an_ipv6_address_shows_the_port_it_listens_on(run, make_desk, accounts):
    desk = make_desk()
    profile = accounts.profile("tel4vn", "101", events="webhook")
    profile.webhook = WebhookSettings(host="::1", port=0)  # a free port; the PBX is told by its administrator
    assert run(desk.sign_in(profile, {}, False))
    label = desk.window.status.labels["events"]
    run(until(lambda: "listening on port" in label.text(), what="call events up"))
    port = desk.session.core.pipeline.source.port
    assert port and label.text().endswith(f"Call events: listening on port {port}")  # not the 1 of "::1"
    assert label.toolTip() == f"Agent Desk listens on port {port} for the call events of TEL4VN Call Center."
