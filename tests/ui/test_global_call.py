"""The system-wide shortcut that calls the selected or copied number: parsing, what each desktop
allows, the call through the dialer's at-most-once path against the simulator, and a real X11 grab
under Xvfb (skipped without it)."""

from __future__ import annotations

import shutil
import subprocess
import threading
import time

import pytest
from PySide6.QtGui import QClipboard, QGuiApplication

from agent_desk.phone import dial_string
from agent_desk.ui.dialing import dialer as d
from agent_desk.ui.dialing.global_call import (
    GlobalCall,
    Shortcut,
    Taken,
    parse_shortcut,
    problem_text,
    selected_or_copied,
    unsupported_reason,
)
from tests.helpers import until


def test_shortcuts_parse_from_qts_portable_text():
    assert parse_shortcut("Ctrl+Alt+D") == Shortcut(frozenset({"ctrl", "alt"}), "D")
    assert parse_shortcut("Meta+Shift+F9") == Shortcut(frozenset({"meta", "shift"}), "F9")
    assert parse_shortcut("Control+5").modifiers == frozenset({"ctrl"})
    for bad, said in (
        ("", "no key"),
        ("Shift+D", "needs Ctrl, Alt or Meta"),
        ("D", "needs"),
        ("Ctrl+Alt+Space", "SPACE"),
        ("Hyper+D", "hyper"),
    ):
        with pytest.raises(ValueError, match=said):
            parse_shortcut(bad)


def test_each_desktop_says_plainly_whether_it_can(qapp):
    assert unsupported_reason("linux", {"DISPLAY": ":0"}) == ""
    assert unsupported_reason("win32", {}) == ""
    assert unsupported_reason("linux", {"WAYLAND_DISPLAY": "wayland-0"}) == "wayland"
    assert unsupported_reason("linux", {"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"}) == "wayland"
    assert unsupported_reason("linux", {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}) == "offscreen"
    assert unsupported_reason("darwin", {}) == "macos"
    assert "Accessibility permission" in problem_text("macos")
    assert "Wayland" in problem_text("wayland") and "Call the copied number" in problem_text("wayland")
    offscreen = GlobalCall(lambda text: pytest.fail("never pressed"))
    assert offscreen.set_shortcut("Ctrl+Alt+D") == "offscreen" and not offscreen.active  # this test's platform
    assert offscreen.set_shortcut("Shift+D").startswith("invalid") and "Ctrl, Alt or Meta" in problem_text("invalid: x")
    assert offscreen.set_shortcut("") == "" and not offscreen.active


def test_a_press_calls_the_copied_number_once_through_the_dialer(run, qsim, signed_in):
    desk = signed_in()
    customer = next(iter(qsim.world.customers.values()))
    QGuiApplication.clipboard().setText(f"  {customer.phone} ")
    desk.global_call.pressed.emit()  # as the backend's thread does, twice in a row
    desk.global_call.pressed.emit()
    finished = (d.DialPhase.DONE, d.DialPhase.FAILED)
    run(until(lambda: desk.dialer.phase in finished, timeout=15, what="the click-to-call"))
    assert desk.dialer.number == dial_string(customer.phone)
    assert qsim.dialects["tel4vn"].hits["GET /v1/click2call"] == 1, "the second press did not dial again"
    QGuiApplication.clipboard().setText("")
    desk.global_call.pressed.emit()
    assert desk.window.dial_pad.error.text().startswith("Nothing is selected or copied")


def test_the_selection_wins_over_the_clipboard_where_there_is_one(qapp):
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("0901 234 567")
    if not clipboard.supportsSelection():
        assert selected_or_copied() == "0901 234 567"
        pytest.skip("this platform has no selection (only the clipboard)")
    clipboard.setText("0988 777 666", QClipboard.Mode.Selection)
    assert selected_or_copied() == "0988 777 666"


@pytest.fixture
def xvfb():
    exe = shutil.which("Xvfb")
    if exe is None:
        pytest.skip("Xvfb is not installed")
    pytest.importorskip("Xlib")
    display = f":{90 + int(time.time()) % 100}"
    process = subprocess.Popen([exe, display, "-screen", "0", "640x480x24"], stderr=subprocess.DEVNULL)
    from Xlib import display as xdisplay
    from Xlib.error import DisplayError

    deadline = time.monotonic() + 10
    while True:
        try:
            xdisplay.Display(display).close()
            break
        except DisplayError:
            if time.monotonic() > deadline:
                process.kill()
                pytest.skip("Xvfb did not start")
            time.sleep(0.1)
    yield display
    process.terminate()
    process.wait(5)


def test_an_x11_grab_hears_the_combination_from_any_window_and_refuses_a_taken_one(xvfb):
    from Xlib import XK, X, display
    from Xlib.ext import xtest

    from agent_desk.ui.dialing.global_call import X11Grab

    heard = threading.Event()
    grab = X11Grab(parse_shortcut("Ctrl+Alt+D"), heard.set, xvfb)
    try:
        with pytest.raises(Taken):
            X11Grab(parse_shortcut("Ctrl+Alt+D"), lambda: None, xvfb)  # another program holds it now
        typist = display.Display(xvfb)
        keys = [typist.keysym_to_keycode(XK.string_to_keysym(name)) for name in ("Control_L", "Alt_L", "d")]
        for key in keys:
            xtest.fake_input(typist, X.KeyPress, key)
        for key in reversed(keys):
            xtest.fake_input(typist, X.KeyRelease, key)
        typist.sync()
        assert heard.wait(5), "the grab heard Ctrl+Alt+D"
        typist.close()
    finally:
        grab.stop()
    X11Grab(parse_shortcut("Ctrl+Alt+D"), lambda: None, xvfb).stop()  # released: free again
