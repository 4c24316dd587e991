"""``QStyleHints::colorScheme()`` as a plain number, without PySide6's ``Qt`` enum namespace.

PySide6 returns the scheme as a ``Qt.ColorScheme``, and the first use of any ``Qt`` enum builds the
whole namespace (94 enums: ~45 ms of CPU on the 2-core test machine). The sign-in window is themed
before its first frame (a dark desktop must never see a light window first) and needs no other
``Qt`` enum, so :func:`color_scheme` calls the function Qt's GUI library exports, through ctypes (as
:mod:`.refcounts` does): a non-virtual const member function returning an ``int``-sized enum, whose
object goes where a function's first argument goes in every ABI Qt 6 supports (x86-64 and arm64,
System V and Windows). The other ways were tried with PySide6 6.12: ``hints.property("colorScheme")``
and ``QMetaProperty.read`` fail ("Can't find converter for 'Qt::ColorScheme'") until the namespace
exists, no ``Qt`` enum class can be reached without it, and Fusion's standard palette (dark exactly
when the scheme is) builds ``QStyle``'s own enums (~20 ms).

Where the library or its symbol is not found (macOS, whose Qt frameworks are not found by a bare
name; a Qt built without the symbol) it returns None, and the caller asks PySide6 instead
(:func:`agent_desk.ui.common.theme.dark_system`). ``tests/ui/test_theme.py`` compares both answers
on a desktop theme that sets the scheme (GTK's, on a virtual screen).
"""

from __future__ import annotations

import sys
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtGui import QStyleHints

UNKNOWN, LIGHT, DARK = 0, 1, 2  # Qt::ColorScheme's values, fixed by Qt's ABI

#: platform → (Qt's GUI library, already loaded by PySide6; QStyleHints::colorScheme()'s exported name)
SYMBOLS = {
    "linux": ("libQt6Gui.so.6", "_ZNK11QStyleHints11colorSchemeEv"),
    "win32": ("Qt6Gui.dll", "?colorScheme@QStyleHints@@QEBA?AW4ColorScheme@Qt@@XZ"),
}


@cache
def _function() -> Any:
    """Qt's ``QStyleHints::colorScheme``, callable with the object's address; None where not found."""
    where = SYMBOLS.get(sys.platform)
    if where is None:
        return None
    import ctypes

    try:
        function = ctypes.CDLL(where[0])[where[1]]  # a bare name: the library PySide6 loaded
    except (OSError, AttributeError):
        return None
    function.restype = ctypes.c_int
    function.argtypes = [ctypes.c_void_p]
    return function


def color_scheme(hints: QStyleHints) -> int | None:
    """``hints.colorScheme()``'s value (:data:`UNKNOWN`, :data:`LIGHT` or :data:`DARK`), or None
    where Qt's function cannot be called directly (see the module doc)."""
    function = _function()
    if function is None:
        return None
    import shiboken6

    return int(function(shiboken6.getCppPointer(hints)[0]))
