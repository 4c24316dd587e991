"""PySide6 6.12 on Python 3.11 drops a reference to None on every void call and to True on every
signal emit; importing agent_desk.ui makes up for it."""

from __future__ import annotations

import os
import subprocess
import sys

VOID_CALLS = """
import agent_desk.ui
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
class Emitter(QObject):
    fired = Signal(bool)
app = QApplication([])
label, emitter = QLabel("x"), Emitter()
emitter.fired.connect(lambda flag: None)
for _ in range(50_000):  # None and True have a few thousand references at start-up
    label.adjustSize()
    emitter.fired.emit(False)
print("ok")
"""


def test_many_void_calls_and_emits_do_not_free_none_or_true():
    child = subprocess.run([sys.executable, "-c", VOID_CALLS], capture_output=True, text=True, timeout=60,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert child.returncode == 0 and child.stdout.strip() == "ok", child.stderr[-500:]
