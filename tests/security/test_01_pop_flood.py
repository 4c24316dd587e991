"""Item 1: ringing calls that never end each kept a pop open (and opened a browser tab). Pops and
CRM opens are bounded, the rest collapse, and the registry loses track of calls the PBX never ends."""

from __future__ import annotations

import datetime as dt
import time

import httpx
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from agent_desk.events.registry import CallRegistry
from agent_desk.models import LOST, CallEvent
from agent_desk.ui.pops import manager as pm
from agent_desk.ui.pops import screen_pop as sp
from tests.helpers.clock import Clock
from tests.ui.conftest import until

FLOOD = 40


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def ringing(call_id: str, state: str = "ringing") -> CallEvent:
    return CallEvent(
        call_id=call_id,
        state=state,
        direction="inbound",
        caller="0901234567",
        callee="101",
        extension="101",
        provider="tel4vn",
        source="webhook",
        at=dt.datetime.now(dt.UTC),
    )


def test_the_registry_loses_track_of_ringing_and_answered_calls_the_pbx_never_ends():
    clock = Clock()
    registry = CallRegistry("101", clock=clock, ring_ttl=60, answered_ttl=600)
    registry.feed(ringing("r1"))
    registry.feed(ringing("a1"))
    registry.feed(ringing("a1", "answered"))
    clock.now += 61
    assert [(e.call_id, e.state, e.raw) for e in registry.tick()] == [("r1", LOST, {"derived": True})]
    assert registry.feed(ringing("r1", "hangup")) == []  # the late hangup changes nothing
    clock.now += 540
    assert [(e.call_id, e.state) for e in registry.tick()] == [("a1", LOST)]
    assert registry.is_mine(ringing("a1", LOST))


def test_a_flood_of_never_ending_calls_is_bounded_collapsed_and_lost_track_of(run, qsim, signed_in, accounts):
    desk = signed_in(events="webhook", crm_url="https://crm.example/search?phone={phone}")
    desk.settings.auto_open_crm = True
    registry = desk.session.core.pipeline.registry
    popped: list[sp.ScreenPop] = []
    collapsed: list[int] = []
    desk.pops.poppedUp.connect(popped.append)
    desk.pops.collapsedChanged.connect(collapsed.append)
    profile = desk.session.profile
    secret = accounts.secrets[profile.name]["webhook_secret"]
    url = f"http://127.0.0.1:{profile.webhook.port}/hooks/tel4vn"
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "catch")

    async def flood() -> None:
        async with httpx.AsyncClient(headers={"X-Api-Key": secret}, timeout=5) as client:
            for i in range(FLOOD):  # a PBX that loses every hangup (or someone holding the secret)
                body = {
                    "call_id": f"flood-{i}",
                    "direction": "inbound",
                    "from_number": f"09012345{i:02d}",
                    "to_number": "101",
                    "state": "ringing",
                }
                assert (await client.post(url, json=body)).status_code == 200

    try:
        run(flood())
        run(until(lambda: len(popped) + max(collapsed, default=0) >= FLOOD, what="every call seen"))
        assert len(popped) == pm.POP_LIMIT and max(collapsed) == FLOOD - pm.POP_LIMIT
        shown = [pop for pop in desk.pops.pops.values() if pop.isVisible()]
        assert 1 <= len(shown) <= pm.MAX_SHOWN, "the pops that exist stack without overlap, the rest hidden"
        more = desk.pops._more
        assert more is not None and more.isVisible()
        assert more.title.text() == f"{FLOOD - len(shown)} more calls", "hidden pops and calls without one"
        assert len(catcher.urls) == pm.CRM_OPENS
        registry.clock = lambda: time.time() + registry.ring_ttl + 1  # five minutes on, and the PBX said nothing
        run(until(lambda: not desk.pops.collapsed, timeout=8, what="the registry to lose track of the calls"))
        assert all(pop.state == sp.PopState.LOST for pop in desk.pops.pops.values())
        assert registry.lost == FLOOD
    finally:
        QDesktopServices.unsetUrlHandler("https")
