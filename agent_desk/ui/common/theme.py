"""Light and dark: follow the system's colour scheme, or force one.

The choice (``system`` / ``light`` / ``dark``, :attr:`UiSettings.theme`) maps to a scheme by
:func:`agent_desk.settings_rules.color_scheme`. :class:`Theme` asks the platform through
``QStyleHints.setColorScheme`` (Qt 6.8+) and, because many platforms ignore that request (the
generic Linux theme, Xvfb, offscreen), also sets the matching Fusion palette itself when a scheme
is forced. *Follow the system* restores the platform's own style and palette, and
``colorSchemeChanged`` keeps following it. Our stylesheets read their colours from
:func:`agent_desk.ui.common.status.colour` and ``palette(...)`` roles, so they stay readable either way;
:attr:`Theme.changed` tells the views to restyle.

None of it touches ``Qt``'s enum namespace, which PySide6 builds whole on its first use (94 enums,
~45 ms on the 2-core test machine) and which the sign-in window, themed before its first frame,
needs nowhere else (see :mod:`agent_desk.ui`): :func:`dark_system` reads the system's scheme as a
number (:mod:`agent_desk.ui.support.color_scheme`), a forced scheme is asked for through the
``colorScheme`` property with ``Qt::ColorScheme``'s value, and ``colorSchemeChanged``, whose
argument PySide6 cannot hand to Python before the namespace exists, reaches us through a signal of
our own without arguments.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from agent_desk.ui.support import color_scheme as native

_SCHEMES = {"light": native.LIGHT, "dark": native.DARK}  # Qt::ColorScheme's values: see the module doc

#: colour role → colour of the dark palette (Fusion); disabled texts are dimmed below.
_DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1f1f1f",
    QPalette.ColorRole.AlternateBase: "#2a2a2a",
    QPalette.ColorRole.ToolTipBase: "#3a3a3a",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.BrightText: "#ff6e6e",
    QPalette.ColorRole.Light: "#4a4a4a",
    QPalette.ColorRole.Midlight: "#3d3d3d",
    QPalette.ColorRole.Mid: "#5a5a5a",
    QPalette.ColorRole.Dark: "#1e1e1e",
    QPalette.ColorRole.Shadow: "#141414",
    QPalette.ColorRole.Highlight: "#3d6fc4",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7ab7ff",
    QPalette.ColorRole.LinkVisited: "#c49bff",
}
_DIMMED = (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText)
#: Fusion draws an unchecked box in the dark palette at 1.1:1 against the window (Base on Window,
#: its frame darker still): our dark theme gives it a light frame (5:1). Checked boxes stay native.
DARK_SHEET = (
    "QCheckBox::indicator:unchecked { width: 12px; height: 12px; border: 1px solid #9a9a9a;"
    " border-radius: 2px; background: #1f1f1f; }"
    " QCheckBox::indicator:unchecked:disabled { border-color: #5a5a5a; }"
)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, value in _DARK.items():  # (setColor(role, colour)'s overloads would build Qt's enums)
        palette.setColor(QPalette.ColorGroup.All, role, QColor(value))
    for role in _DIMMED:
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def dark_system(app: QApplication) -> bool:
    """Whether the desktop asks for a dark scheme (``app.styleHints().colorScheme()`` is ``Dark``; while
    a scheme is forced, the one :class:`Theme` asked for, where the platform took the request)."""
    value = native.color_scheme(app.styleHints())
    if value is None:  # Qt's function not found here: PySide6's enum, and its namespace
        from PySide6.QtCore import Qt

        return app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return value == native.DARK


class Theme(QObject):
    """Applies a theme choice to the application; see the module doc."""

    changed = Signal()
    #: relays QStyleHints.colorSchemeChanged without its Qt.ColorScheme argument (see the module doc)
    _systemChanged = Signal()

    def __init__(self, app: QApplication, choice: str = "system", parent: QObject | None = None) -> None:
        super().__init__(parent or app)
        self.app = app
        self.choice = "system"
        #: the platform's style name and palette, kept while ours are shown (read then: ~15 ms)
        self._native: tuple[str, QPalette] | None = None
        app.styleHints().colorSchemeChanged.connect(self._systemChanged)  # signal to signal: in C++
        self._systemChanged.connect(self._system_changed)
        self.apply(choice)

    @property
    def custom(self) -> bool:
        """Whether our Fusion palette is shown instead of the platform's own (which the views were
        built with: only then do they need restyling)."""
        return self._native is not None

    @property
    def scheme(self) -> str:
        """The scheme shown now: ``light`` or ``dark``."""
        from agent_desk.settings_rules import color_scheme  # (the Settings dialog's rules: not before it)

        return color_scheme(self.choice, "dark" if dark_system(self.app) else "light")

    def apply(self, choice: str) -> None:
        """Show ``choice`` (``system``, ``light`` or ``dark``) now and emit :attr:`changed`."""
        self.choice = choice
        hints = self.app.styleHints()
        if choice == "system":
            if self._native is not None:
                hints.unsetColorScheme()
            self._follow_system()
        else:
            hints.setProperty("colorScheme", _SCHEMES[choice])  # hints.setColorScheme(Qt.ColorScheme...)
            self._show(choice)
        self.changed.emit()

    def _show(self, scheme: str) -> None:
        if self._native is None:
            self._native = (self.app.style().name(), self.app.palette())  # a copy: Qt returns it by value
        self.app.setStyle(QStyleFactory.create("Fusion"))
        self.app.setPalette(dark_palette() if scheme == "dark" else self.app.style().standardPalette())
        self.app.setStyleSheet(DARK_SHEET if scheme == "dark" else "")

    def _follow_system(self) -> None:
        """The platform's own look, unless it says "dark" but its palette is light (then ours)."""
        palette = self._native[1] if self._native is not None else self.app.palette()
        if palette.window().color().lightness() >= 128 and dark_system(self.app):
            self._show("dark")
        elif self._native is not None:
            style, palette = self._native
            self._native = None
            self.app.setStyleSheet("")
            self.app.setStyle(style)
            self.app.setPalette(palette)

    def _system_changed(self) -> None:
        if self.choice == "system":
            self._follow_system()
            self.changed.emit()
