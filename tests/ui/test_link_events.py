"""macOS hands tel:/callto: links to the running app as QFileOpenEvents."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFileOpenEvent

from agent_desk.ui.support.link_events import LinkEvents


def _open(qapp, url: str) -> bool:
    return QCoreApplication.sendEvent(qapp, QFileOpenEvent(QUrl(url)))


def test_a_tel_or_callto_link_is_emitted_and_consumed(qapp):
    links = LinkEvents()
    qapp.installEventFilter(links)
    seen: list[str] = []
    links.linkOpened.connect(seen.append)
    try:
        assert _open(qapp, "tel:0901234567")
        assert _open(qapp, "CALLTO:+84901234567")
    finally:
        qapp.removeEventFilter(links)
    assert seen == ["tel:0901234567", "callto:+84901234567"]  # QUrl lower-cases the scheme


def test_a_file_is_not_a_link(qapp):
    links = LinkEvents()
    qapp.installEventFilter(links)
    seen: list[str] = []
    links.linkOpened.connect(seen.append)
    try:
        _open(qapp, "file:///tmp/report.pdf")
    finally:
        qapp.removeEventFilter(links)
    assert seen == []
