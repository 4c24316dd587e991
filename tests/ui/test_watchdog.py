"""The softphone watchdog: a persistent alert while the agent's own softphone is not registered,
gone when the PBX sees it again (TEL4VN ext_loggedin and OnePOS agents, from the simulator)."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtWidgets import QToolButton

from agent_desk.ui.window import watchdog
from agent_desk.watchdog import BACK, DROPPED, RegistrationWatch
from tests.helpers import until


def test_registration_watch_reports_each_drop_and_return_once():
    watch = RegistrationWatch(clock=lambda: 100.0)
    assert watch.feed(True) is None
    assert watch.feed(False) == DROPPED and watch.down_since == 100.0
    assert watch.feed(False) is None and watch.feed(None) is None
    assert watch.feed(True) == BACK and watch.down_since is None
    fresh = RegistrationWatch()
    assert fresh.feed(False) == DROPPED, "unregistered at sign-in is a drop too"


@pytest.mark.parametrize("key", ["tel4vn", "onepos"])
def test_the_alert_stays_while_the_softphone_is_down_and_goes_when_it_is_back(run, qsim, signed_in, monkeypatch, key):
    monkeypatch.setattr(watchdog, "WATCH_S", 0.1)
    desk = signed_in(key)
    alert = desk.softphone_alert
    assert not alert.isVisible()
    notified = []
    desk.watchdog.dropped.connect(notified.append)
    qsim.world.extensions["101"].registered = False
    run(until(lambda: alert.isVisible(), what="the alert"))
    assert "not registered" in alert.label.text() and len(notified) == 1
    assert not alert.findChildren(QToolButton), "it cannot be closed"
    run(until(lambda: desk.session.account.softphone_registered is False))
    run(asyncio.sleep(0.4))
    assert alert.isVisible() and len(notified) == 1, "persistent, and notified once per drop"
    qsim.world.extensions["101"].registered = True
    run(until(lambda: not alert.isVisible(), what="the alert to go"))
