"""Following the system's light or dark scheme without Qt's enum namespace (ui.common.theme,
ui.support.color_scheme), on a desktop theme that really sets a scheme: Qt's GTK theme on a virtual
screen (Xvfb), with ``GTK_THEME=Adwaita:dark`` or ``Adwaita``. The offscreen platform the other tests
use has no scheme (always "unknown"), so these run in a child process; skipped without ``xvfb-run``
or Qt's GTK theme (GTK 3 not installed)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from agent_desk.ui.support import color_scheme as native

CHILD = """
import json, sys, time
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication
from agent_desk.ui.common import theme
from agent_desk.ui.support import color_scheme as native

app = QApplication([sys.argv[0]])
hints = app.styleHints()
seen = {"number": native.color_scheme(hints), "native_light": app.palette().window().color().lightness() >= 128}
if sys.argv[1] == "light-palette":  # a platform whose palette stays light in a dark scheme (Windows 10's style)
    from PySide6.QtGui import QColor, QPalette
    light = QPalette()
    light.setColor(QPalette.ColorGroup.All, QPalette.ColorRole.Window, QColor("#efefef"))
    app.setPalette(light)
shown = theme.Theme(app, "system")
seen["scheme"] = shown.scheme
seen["custom"] = shown.custom
seen["palette_dark"] = app.palette().window().color().lightness() < 128
seen["dark_sheet"] = "QCheckBox::indicator" in app.styleSheet()
changes = []
shown.changed.connect(lambda: changes.append(shown.scheme))
hints.setProperty("colorScheme", native.LIGHT if seen["number"] == native.DARK else native.DARK)  # a switch
deadline = time.monotonic() + 5
while not changes and time.monotonic() < deadline:
    app.processEvents()
seen["followed"] = changes
seen["namespace"] = "Qt" in vars(QtCore)  # none of the above built it
seen["truth"] = hints.colorScheme().value  # PySide6's own answer (builds it)
hints.unsetColorScheme()
seen["truth_system"] = hints.colorScheme().value
seen["number_system"] = native.color_scheme(hints)
print(json.dumps(seen))
"""


def on_gtk(gtk_theme: str, case: str = "") -> dict:
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run is not installed")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "QT_QPA_PLATFORMTHEME": "gtk3",
        "GTK_THEME": gtk_theme,
        "PYTHONPATH": os.getcwd(),
    }
    done = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", CHILD, case],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and lines, done.stderr
    seen = json.loads(lines[-1])
    if seen["truth_system"] == native.UNKNOWN:
        pytest.skip("Qt's GTK theme set no scheme here (GTK 3 missing?)")
    return seen


def test_a_dark_desktop_gives_the_dark_theme_and_its_scheme_is_read_without_qts_enums():
    seen = on_gtk("Adwaita:dark")
    assert seen["number"] == seen["number_system"] == seen["truth_system"] == native.DARK, "the number is Qt's"
    assert seen["scheme"] == "dark" and seen["palette_dark"], "the dark theme"
    assert not seen["custom"], "the desktop's own dark palette, not ours"
    assert seen["followed"][:1] == ["light"] and seen["truth"] == native.LIGHT, "a switch to light is followed"
    assert not seen["namespace"], "no Qt enum was built to read or follow the scheme"


def test_a_light_desktop_stays_light_and_a_switch_to_dark_is_followed():
    seen = on_gtk("Adwaita")
    assert seen["number"] == seen["number_system"] == seen["truth_system"] == native.LIGHT
    assert seen["scheme"] == "light" and not seen["palette_dark"] and not seen["custom"]
    assert seen["followed"][:1] == ["dark"] and seen["truth"] == native.DARK
    assert not seen["namespace"]


def test_a_dark_scheme_with_a_light_palette_gets_our_dark_palette_before_the_first_frame():
    seen = on_gtk("Adwaita:dark", "light-palette")
    assert seen["number"] == native.DARK and seen["native_light"] is False
    assert seen["custom"] and seen["palette_dark"] and seen["dark_sheet"], "Fusion with our dark palette at once"
    assert seen["scheme"] == "dark" and not seen["namespace"]
