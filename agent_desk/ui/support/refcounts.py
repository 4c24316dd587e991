"""A guard against a reference-count bug of PySide6 6.12.0 on CPython before 3.12.

Measured here (PySide6/shiboken6 6.12.0, CPython 3.11.7): every ``QObject.setObjectName()``,
``beginInsertRows()``/``endInsertRows()``, ``beginResetModel()`` and the like drops one
reference to ``None`` it never took, and every ``signal.emit(...)`` one reference to ``True``.
``None``, ``True`` and ``False`` start with a few thousand references, so a window that updates a
table every second reaches zero within minutes and the interpreter aborts ("none_dealloc:
deallocating None" / "bool_dealloc"). CPython 3.12 made these objects immortal, which hides the
bug there.

:func:`pin_singletons` adds 2**40 references to each of them once: at the app's real rate of a
few thousand dropped references a second that lasts for thousands of years, which is what 3.12's
immortality gives. ``import agent_desk.ui`` calls it, before any Qt call of the app. Remove it
once PySide6 is fixed (PySide6 6.11.3 does not drop these references).
"""

from __future__ import annotations

import sys

PIN = 2**40


def pin_singletons() -> bool:
    """Make ``None``, ``True`` and ``False`` practically immortal (once); True when it did."""
    if sys.version_info >= (3, 12) or sys.getrefcount(None) > PIN // 2:
        return False
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += PIN  # ob_refcnt: PyObject's first field
    return True
