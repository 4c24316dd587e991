"""A newcomer's first run: a clear line when there is no screen, and a demo that keeps to itself."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import time
from pathlib import Path

from agent_desk.sim.world import SimSettings, World
from agent_desk.ui.window.app import no_display_reason


def test_no_display_is_one_line_that_says_what_to_do():
    said = no_display_reason({}, "linux")
    assert said and "xvfb-run" in said and "\n" not in said
    assert no_display_reason({"DISPLAY": ":0"}, "linux") is None
    assert no_display_reason({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert no_display_reason({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert no_display_reason({}, "darwin") is None and no_display_reason({}, "win32") is None


def test_the_window_without_a_display_exits_2_with_that_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["AGENT_DESK_CONFIG"] = str(tmp_path / "config.toml")
    done = subprocess.run(
        [sys.executable, "-m", "agent_desk", "--demo"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("agent-desk: there is no display"), done.stderr


def test_the_demo_keeps_its_own_journal_and_preferences(qapp, monkeypatch, tmp_path):
    from agent_desk.ui.window.app import bootstrap

    monkeypatch.setenv("AGENT_DESK_DATA", str(tmp_path / "data"))
    _app, desk = bootstrap(demo=True)
    try:
        assert Path(os.environ["AGENT_DESK_DATA"]) == tmp_path / "data" / "demo"
        assert desk.settings.path == tmp_path / "data" / "demo" / "ui.ini"
    finally:
        desk.window.deleteLater()
        desk.deleteLater()


def test_live_call_ids_are_unique_across_runs_of_the_same_seed():
    first, second = World(SimSettings(seed=7)), World(SimSettings(seed=7))
    assert [c.id for c in first.cdrs] == [c.id for c in second.cdrs], "the seeded history repeats"
    a = first._new_call("inbound", "0901234567")
    b = second._new_call("inbound", "0901234567")
    assert a.id != b.id and a.sip_call_id != b.sip_call_id


def test_every_demo_profile_that_registers_its_webhook_hears_its_calls(run, make_desk):
    from agent_desk.config import load_config
    from agent_desk.models import Capability
    from agent_desk.providers.registry import provider_spec
    from agent_desk.ui.window.app import start_demo
    from tests.helpers import until

    desk = make_desk()
    sim = run(start_demo(desk))
    profiles = [
        p
        for p in load_config(desk.config_path).profiles.values()
        if Capability.WEBHOOK_REGISTRATION in provider_spec(p.provider).capabilities
    ]
    assert {p.provider for p in profiles} >= {"tel4vn", "onepos"}
    heard: list[str] = []
    rang = [0.0]

    def ring_until_heard(caller: str, extension: str) -> bool:
        if caller not in heard and time.monotonic() - rang[0] > 1:  # a new call each second until one is heard
            sim.world.start_inbound(caller, extension=extension)
            rang[0] = time.monotonic()
        return caller in heard

    for n, profile in enumerate(profiles):
        assert run(desk.sign_in(profile, {}, False)), desk.login and desk.login.error.text()
        desk.session.callEvent.connect(lambda event, mine: heard.append(event.caller))
        caller = f"090123{n:04d}"
        heard_it = functools.partial(ring_until_heard, caller, profile.extension)
        run(until(heard_it, timeout=10, what=f"a call on the demo's {profile.name} profile"))
