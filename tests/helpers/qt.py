"""Helpers for the GUI tests (they load Qt): the simulator's accounts as a desk's secret source, a URL
catcher, a supervisor's console, the Journal tab."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, QUrl, Slot

from agent_desk.config import Profile, WebhookSettings, parse_profile
from agent_desk.secrets import SecretStore, env_name
from agent_desk.sim.server import Simulator
from agent_desk.ui.window.app import free_loopback_port
from tests.helpers.waiting import until


class UrlCatcher(QObject):
    """Receives URLs Qt would open in the browser (QDesktopServices.setUrlHandler)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url.toString())


class SimAccounts:
    """Profiles for the simulator and their secrets, served to desks as their secret source."""

    def __init__(self, sim: Simulator) -> None:
        self.sim = sim
        self.secrets: dict[str, dict[str, str]] = {}

    def profile(
        self, key: str = "tel4vn", extension: str = "101", *, name: str | None = None, events: str = "none", **overrides
    ) -> Profile:
        table, secrets = self.sim.profile(key, extension)
        table.update(events=events, **overrides)
        name = name or f"sim-{key}-{extension}"
        profile = parse_profile(name, table)
        if events == "webhook":
            port = free_loopback_port()
            profile.webhook = WebhookSettings(port=port, public_url=f"http://127.0.0.1:{port}")
            secrets = {**secrets, "webhook_secret": "hook-" + uuid.uuid4().hex}
        self.secrets[name] = secrets
        return profile

    def store(self, profile: Profile) -> SecretStore:
        values = self.secrets.get(profile.name, {})
        return SecretStore(profile, env={env_name(k): v for k, v in values.items()})


#: A supervisor profile's console refreshing fast enough for a test.
FAST = {"console_refresh": 0.2}


def supervisor(signed_in, key: str = "tel4vn", **overrides):
    """A desk signed in as supervisor 100 (``signed_in`` is the fixture) and its console."""
    from agent_desk.ui.console import SupervisorConsole

    desk = signed_in(key, "100", **{**FAST, **overrides})
    assert isinstance(desk.console, SupervisorConsole)
    return desk, desk.console


def select_call(run, console, call_id: str) -> None:
    """Select ``call_id`` in the console's table once it is there."""
    run(until(lambda: console.select_call(call_id), what="the call in the table"))


def open_journal(desk):
    """The desk's Journal tab, brought to the front."""
    view = desk.journal_view
    desk.window.tabs.setCurrentWidget(view)
    assert view.isVisible()
    return view
