"""A newcomer's first run: a clear line when there is no screen, and a demo that keeps to itself."""

from __future__ import annotations

import os
import subprocess
import sys
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
