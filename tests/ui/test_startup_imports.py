"""What start-up imports: the sign-in window's path leaves out what it does not show, so the gain
does not rot (tests/bench/startup.py measures the time and memory)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

#: the loop, the single-instance server, and what Desk.build_views builds on the turn after the sign-in
#: window (with the tray, the shortcuts, the softphone watchdog, the taskbar count and the system-wide call
#: key), or later
DEFERRED = (
    "agent_desk.ui.window.tray",
    "agent_desk.ui.window.watchdog",
    "agent_desk.ui.window.taskbar",
    "agent_desk.ui.dialing.global_call",
    "agent_desk.settings_rules",  # the Settings dialog's rules (and a profile's checks: an empty config has none)
    "agent_desk.provision",  # whether a profile is IT's (an empty config has none)
    "agent_desk.ui.dialing.call_row",  # a line of the call list, with the first call (and the outcome words)
    "agent_desk.ui.common.outcome",
    "PySide6.QtNetwork",
    "agent_desk.tls",
    "asyncio",
    "ssl",
    "_hashlib",
    "socket",
    "signal",  # (app.main installs Ctrl-C's handlers through _signal; asyncio imports signal on the next turn)
    "qasync",
    "agent_desk.ui.pops.manager",
    "agent_desk.ui.pops.screen_pop",
    "agent_desk.ui.journal.notes",
    "agent_desk.journal",
    "agent_desk.models",
    "sqlite3",
    "agent_desk.ui.callcard.card",
    "agent_desk.ui.history.view",
    "agent_desk.ui.journal.view",
    "agent_desk.ui.missed.view",
    "agent_desk.providers.base",
    "agent_desk.sim.server",
    "httpx",
    "keyring",
    "aiohttp",
    "websockets",
    "PySide6.QtMultimedia",
    "PySide6.QtCharts",
    "PySide6.QtSvg",
)

PROBE = """
import json, linecache, sys
from PySide6.QtCore import QCoreApplication, QTimer
from agent_desk.cli import runner
from agent_desk.ui.window.desk import Desk
seen = {}
show, start = Desk.show, Desk.start
def shown(desk):
    show(desk)
    seen["interactive"] = sorted(sys.modules)
    seen["qt_namespace"] = "Qt" in vars(sys.modules["PySide6.QtCore"])
def started(desk, *args, **kwargs):  # app.main()'s second phase
    start(desk, *args, **kwargs)
    seen["sign_in"] = sorted(sys.modules)
    seen["qt_namespace_sign_in"] = "Qt" in vars(sys.modules["PySide6.QtCore"])
    seen["qaction_type"] = "QAction" in vars(sys.modules["PySide6.QtGui"])  # PySide6 makes a type when first used
    seen["menus_then"] = [menu.title() for menu in (desk.window.account_menu, desk.window.help_menu)]
    seen["actions_then"] = len(desk.window.account_menu.actions())
    seen["login_visible"] = desk.login is not None and desk.login.isVisible()
    seen["pops_then"] = desk.pops is not None
    seen["listening_then"] = desk.instance is not None
    seen["sources_cached"] = sorted(f for f in linecache.cache if "agent_desk" in f)
    QTimer.singleShot(0, lambda: next_turn(desk))
def next_turn(desk):
    import asyncio, qasync
    seen["pops_next_turn"] = desk.pops is not None
    seen["listening_next_turn"] = desk.instance is not None and desk.instance.listening()
    seen["qasync_loop"] = isinstance(asyncio.get_event_loop(), qasync.QEventLoop)
    seen["shortcut"] = desk.window.switch_action.shortcut().toString()
    seen["actions_next_turn"] = [action.text() for action in desk.window.account_menu.actions()]
    seen["after"] = sorted(sys.modules)
    print(json.dumps(seen), flush=True)
    desk.instance.close()
    QCoreApplication.exit(0)
Desk.show, Desk.start = shown, started
sys.exit(runner.main([]))  # as `agent-desk` runs: the probe for a running window, then app.main()
"""


def test_the_sign_in_window_leaves_out_what_it_does_not_show(tmp_path):
    env = {
        "AGENT_DESK_CONFIG": str(tmp_path / "config.toml"),
        "AGENT_DESK_DATA": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env={**os.environ, **env}, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["login_visible"], "an empty config opens the sign-in window"
    assert not seen["qt_namespace"], "the main window is built without Qt's enum namespace (ui.common.plain)"
    assert not seen["qt_namespace_sign_in"], "nor the sign-in window (ui.common.theme, ui.support.color_scheme)"
    assert [m for m in DEFERRED if m in seen["sign_in"]] == [], "no window runs: its probe needs no QtNetwork"
    assert not seen["pops_then"] and seen["pops_next_turn"], "the pops are built on the next turn"
    assert not seen["listening_then"] and seen["listening_next_turn"], "and the single-instance server listens"
    assert seen["qasync_loop"], "and the loop is adopted"
    assert seen["shortcut"] == "Ctrl+Shift+P", "and the window's keys are in"
    assert seen["menus_then"] == ["&Account", "&Help"] and seen["actions_then"] == 0, "the menus are there, empty"
    assert not seen["qaction_type"], "no QAction before the sign-in window (the menus' actions, the dial pad's labels)"
    assert seen["actions_next_turn"] == ["Sign in or switch profile…", "Sign out", "", "Quit"], "filled next turn"
    assert "agent_desk.ui.pops.screen_pop" in seen["after"], "so the first pop pays no import"
    assert "msgspec" not in seen["after"], "the console's records (agent_desk.live) are not imported with the models"
    assert seen["sources_cached"] == [], "PySide6's import hook does not keep our sources (import_scan)"
    if sys.platform != "darwin":  # only macOS sends links as events: no Python filter on every event elsewhere
        assert "agent_desk.ui.support.link_events" not in seen["after"]


def test_the_quick_scan_gives_pysides_answer_without_keeping_the_source(qapp):
    import linecache

    import agent_desk.ui.window.main_window as uses
    import agent_desk.watchdog as plain
    from agent_desk.ui.support import import_scan

    feature = sys.modules[import_scan.FEATURE_MODULE]
    scan = feature._mod_uses_pyside
    assert getattr(scan, "quickened", False), "import agent_desk.ui installs it"
    assert not import_scan.quicken_feature_scan(), "once"
    for module in (uses, plain):
        linecache.checkcache(module.__file__)
        linecache.cache.pop(module.__file__, None)
    assert (scan(uses), scan(plain), scan(sys)) == (True, False, False)
    assert uses.__file__ not in linecache.cache and plain.__file__ not in linecache.cache

    def pysides_own(module):  # what PySide6 6.12's _mod_uses_pyside does
        import inspect

        return "PySide6" in inspect.getsource(module)

    assert (import_scan.uses_pyside(uses, pysides_own), import_scan.uses_pyside(plain, pysides_own)) == (True, False)


def test_no_module_of_the_standard_library_names_pyside6():
    """What lets the quick scan answer the standard library's modules without reading them."""
    import glob

    from agent_desk.ui.support import import_scan

    stdlib = import_scan.STDLIB
    files = [f for f in glob.glob(os.path.join(stdlib, "**", "*.py"), recursive=True) if import_scan.in_stdlib(f)]
    assert len(files) > 500 and import_scan.in_stdlib(os.__file__)
    assert not import_scan.in_stdlib(import_scan.__file__)
    assert not import_scan.in_stdlib(os.path.join(stdlib, "site-packages", "PySide6", "__init__.py"))
    named = []
    for path in files:
        with open(path, "rb") as source:
            if b"PySide6" in source.read():
                named.append(path)
    assert named == []
