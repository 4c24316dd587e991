"""The PySide6 6.12.0 reference-count guard (see agent_desk.ui.refcounts)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

from agent_desk.ui.refcounts import PIN, pin_singletons


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
