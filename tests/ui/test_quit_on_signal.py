"""SIGINT (Ctrl-C) and SIGTERM (a logout, ``systemctl stop``) quit the window cleanly whenever they come.

The real ``agent-desk`` process, which sends itself the signal at a chosen moment: while PySide6 is
imported, just before Qt's loop runs, with the sign-in window up, on the turn after it, where the rest
is brought up, and signed in (the demo). The moment is fixed by wrapping the step, not by a delay, so
each run hits it; the app must exit 0 (Desk.quit ran) well within the deadline, without a second signal.
A second signal while the window shuts down changes nothing (one shutdown, not two racing each other).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

PROBE = """
import os, sys
moment, signum = sys.argv[1], int(sys.argv[2])
def send():
    os.kill(os.getpid(), signum)
class DuringImport:  # a signal while the window's modules are imported (a KeyboardInterrupt there aborted)
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6.QtWidgets":
            sys.meta_path.remove(self)
            send()
        return None
if moment == "import":
    sys.meta_path.insert(0, DuringImport())
from agent_desk.cli import runner
if moment != "import":
    from PySide6.QtWidgets import QApplication
    from agent_desk.ui.window.desk import Desk
    def after(cls, name):
        original = getattr(cls, name)
        def wrapped(*args, **kwargs):
            result = original(*args, **kwargs)
            send()
            return result
        setattr(cls, name, wrapped)
    if moment == "before_loop":  # app.main's handlers are in, Qt's loop does not run yet
        run_loop = QApplication.exec
        def exec_():
            send()
            return run_loop()
        QApplication.exec = staticmethod(exec_)
    elif moment == "sign_in_window":
        after(Desk, "open_login")
    elif moment == "next_turn":  # the turn after the sign-in window: the loop, the views
        after(Desk, "_next_turn")
    if moment in ("signed_in", "shutting_down"):  # the demo, signed in to its simulated PBX: calls coming
        sign_in = Desk.sign_in
        async def signed_in(desk, *args, **kwargs):
            done = await sign_in(desk, *args, **kwargs)
            send()
            return done
        Desk.sign_in = signed_in
    if moment == "shutting_down":  # and the signal again while the first one's shutdown awaits the PBX
        shutdown = Desk.shutdown
        async def shutting_down(desk):
            print("shutdown started", file=sys.stderr, flush=True)
            send()
            await shutdown(desk)
        Desk.shutdown = shutting_down
sys.exit(runner.main(["--demo"] if moment in ("signed_in", "shutting_down") else []))
"""

MOMENTS = [
    ("import", signal.SIGINT),
    ("import", signal.SIGTERM),
    ("before_loop", signal.SIGINT),
    ("before_loop", signal.SIGTERM),
    ("sign_in_window", signal.SIGTERM),
    ("next_turn", signal.SIGINT),
    ("signed_in", signal.SIGTERM),
    ("shutting_down", signal.SIGINT),
]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize(("moment", "sig"), MOMENTS, ids=[f"{m}-{s.name}" for m, s in MOMENTS])
def test_a_signal_during_start_up_quits_the_window_cleanly(tmp_path, moment, sig):
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGENT_DESK_")}
    env.update(
        AGENT_DESK_CONFIG=str(tmp_path / "config.toml"),
        AGENT_DESK_DATA=str(tmp_path / "data"),
        XDG_RUNTIME_DIR=str(tmp_path),  # the single-instance socket
        QT_QPA_PLATFORM="offscreen",
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", PROBE, moment, str(int(sig))],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    hung = False
    try:
        _out, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        hung = True
        proc.kill()
        _out, err = proc.communicate()
    assert not hung, f"still running 20 s after {sig.name} at {moment}: {err[-2000:]}"
    assert proc.returncode == 0, f"{sig.name} at {moment}: exit {proc.returncode}: {err[-2000:]}"
    assert "Traceback" not in err, err
    if moment == "shutting_down":  # the second signal finds the window already quitting
        assert err.count("shutdown started") == 1, err
