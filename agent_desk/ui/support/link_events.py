"""Links the operating system hands over as events rather than arguments.

On macOS a click on a ``tel:`` or ``callto:`` link (registered by the app bundle's
``CFBundleURLTypes``) reaches the app as a :class:`QFileOpenEvent`, also when it starts the
app (then before the desk is up: :func:`agent_desk.ui.window.app.main` keeps it for the start). Other
systems start ``agent-desk <link>``, which :mod:`agent_desk.ui.support.single_instance` forwards, so
``app.main`` installs this filter on macOS only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFileOpenEvent

from agent_desk.phone import LINK_SCHEMES


class LinkEvents(QObject):
    """Install on the QApplication: emits :attr:`linkOpened` with each dialable link it is sent."""

    linkOpened = Signal(str)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            link = event.url().toString()
            if link.lower().startswith(LINK_SCHEMES):
                self.linkOpened.emit(link)
                return True
        return super().eventFilter(watched, event)
