"""Fixtures for the GUI tests: a qasync loop on pytest-qt's QApplication, the simulator running
in that same loop over loopback, and desks (the real window and controllers) wired to it.

GUI tests are plain ``def test_...`` functions that drive the loop with ``run(coro)``: only
qasync's loop ever runs, so pytest-asyncio's loop never competes with it. Waiting is done with
:func:`tests.helpers.until`, which polls while the loop (and so Qt) keeps running.
"""

from __future__ import annotations

import asyncio
import os
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
import qasync
from PySide6.QtCore import QCoreApplication

from agent_desk.sim.server import Simulator
from agent_desk.sim.world import SimSettings
from agent_desk.ui.common.i18n import install_translator
from agent_desk.ui.settings.preferences import UiSettings
from agent_desk.ui.support.collector import GuiCollector
from agent_desk.ui.window.desk import Desk
from tests.helpers import until
from tests.helpers.qt import SimAccounts
from tests.helpers.sim import fast_settings

SIM_PROVIDERS = ["tel4vn", "onepos"]


@pytest.fixture(scope="module", autouse=True)
def gui_collector(qapp):
    """Garbage collected on the GUI thread only, as in the app (``tune_interpreter``): a test's
    worker threads (the console's refresher) never free a closed loop's Qt objects."""
    collector = GuiCollector(qapp)
    collector.start()
    yield collector
    collector.stop()
    collector.deleteLater()


@pytest.fixture
def qloop(qapp):
    """A fresh qasync loop on the session's QApplication, set as the current loop."""
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    leftovers = asyncio.all_tasks(loop)
    for task in leftovers:
        task.cancel()
    if leftovers:
        loop.run_until_complete(asyncio.gather(*leftovers, return_exceptions=True))
    loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture
def run(qloop):
    """``run(coro, timeout=15)``: run a coroutine to completion on the qasync loop.

    Unlike ``qloop.run_until_complete`` (which processes Qt events once more after the loop
    stopped, stepping tasks with no running loop), this leaves whatever is still pending for
    the next ``run``, so background tasks (the simulator's deliveries) survive between steps.
    """

    def run_coro(coro, timeout: float = 15.0):
        task = qloop.create_task(asyncio.wait_for(coro, timeout))
        task.add_done_callback(lambda _: qloop.stop())
        qloop.run_forever()
        return task.result()

    return run_coro


@pytest.fixture
def sim_settings() -> SimSettings:
    """Fast timings, but the agent's phone rings long enough to see "Ringing your phone…"."""
    return fast_settings(answer_delay=0.3, ring_timeout=1.5)


@pytest.fixture
def qsim(run, sim_settings: SimSettings):
    """The simulator (TEL4VN and OnePOS dialects) on a free loopback port, in the qasync loop."""
    sim = Simulator(sim_settings, providers=SIM_PROVIDERS)
    run(sim.start())
    yield sim
    run(sim.stop())


@pytest.fixture
def accounts(qsim) -> SimAccounts:
    return SimAccounts(qsim)


@pytest.fixture
def make_desk(run, qapp, accounts: SimAccounts, tmp_path):
    """``make_desk()`` → a Desk with its window shown, secrets from ``accounts``; shut down after."""
    desks: list[Desk] = []

    def make(**kwargs) -> Desk:
        kwargs.setdefault("settings", UiSettings(tmp_path / f"ui-{len(desks)}.ini"))
        kwargs.setdefault("secret_source", accounts.store)
        kwargs.setdefault("instance_name", f"agent-desk-test-{uuid.uuid4().hex[:12]}")
        desk = Desk(**kwargs)
        desk.show()
        desk.bring_up()
        desks.append(desk)
        return desk

    yield make
    for desk in desks:
        run(desk.shutdown())
        if desk.translator is not None:  # a test switched the language: English again for the next
            QCoreApplication.removeTranslator(desk.translator)
            install_translator(qapp, "en")
        for widget in (desk.window, desk.tray.quick_dial, desk):
            widget.deleteLater()


@pytest.fixture
def signed_in(run, make_desk, accounts: SimAccounts):
    """``signed_in(**profile_overrides)`` → a desk signed in as agent 101 on TEL4VN."""

    def sign_in(key: str = "tel4vn", extension: str = "101", **overrides) -> Desk:
        desk = make_desk()
        profile = accounts.profile(key, extension, **overrides)
        assert run(desk.sign_in(profile, {}, False)), desk.login and desk.login.error.text()
        if profile.events == "webhook":
            hooks = accounts.sim.dialects[key].hooks
            mine = lambda: [h for h in hooks if h.get("callback_url", "").startswith(profile.webhook.public_url)]  # noqa: E731
            run(until(lambda: len(mine()) == 4, what="the four webhooks to be registered with the simulator"))
            up = lambda: desk.session.health is not None and desk.session.health.state == "up"  # noqa: E731
            run(until(up, what="call events up once the PBX has the webhooks"))
        return desk

    return sign_in


@pytest.fixture
def vietnamese(qapp):
    """The app speaks Vietnamese for the test (the compiled catalogue), English again after."""
    translator = install_translator(qapp, "vi")
    assert translator is not None, "agent_desk_vi.qm is missing: run pyside6-lrelease"
    yield
    QCoreApplication.removeTranslator(translator)
    install_translator(qapp, "en")
