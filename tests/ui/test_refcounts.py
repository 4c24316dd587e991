"""The PySide6 6.12.0 reference-count guard (see agent_desk.ui.support.refcounts)."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QObject

from agent_desk.ui.support.refcounts import PIN, pin_singletons


def test_pinned_singletons_survive_the_dropped_references(qapp):
    pin_singletons()
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > PIN // 2 and sys.getrefcount(True) > PIN // 2
    assert not pin_singletons(), "pinning happens once"
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(20_000):  # thousands of calls that each drop a None reference on 6.12.0
        probe.setObjectName("probe")
        probe.objectNameChanged.emit("probe")
    assert sys.getrefcount(None) > before - 40_000


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
    child = subprocess.run(
        [sys.executable, "-c", VOID_CALLS],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.returncode == 0 and child.stdout.strip() == "ok", child.stderr[-500:]
