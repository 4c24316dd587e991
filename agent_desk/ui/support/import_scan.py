"""A cheaper answer to the question PySide6 asks of every module imported after it.

PySide6 6.12 replaces ``__import__`` (for its ``__feature__`` switches, which this app does not use)
and, for each module imported after it, asks ``shibokensupport.feature._mod_uses_pyside`` whether
the module's source mentions "PySide6". It finds out with ``inspect.getsource``, which reads the
whole file through :mod:`linecache`, and linecache keeps every line for the life of the process.
On the way to the sign-in window that is about 170 modules: ~55 ms of the start-up and ~5.6 MB of
source lines (tracemalloc: 56,000 strings) held for nothing, measured on the 2-core test machine.

:func:`quicken_feature_scan` puts the same test on the file's bytes in its place: the same answer
for every module with a ``.py`` file (the name is ASCII, so bytes and text agree), nothing cached;
a module of the standard library is answered without reading it (:data:`STDLIB`); anything else (no
file, a compiled-only or zipped module) still goes to PySide6's own function.
``import agent_desk.ui`` calls it, right after importing PySide6.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
#: the standard library's directory: none of its modules names PySide6 (``tests/ui/test_startup_imports.py``
#: reads them all), so its modules are answered without reading them (PySide6 asks about every module an
#: import statement names, loaded or not: ~35 of the standard library's before the sign-in window, ~2 ms)
STDLIB = os.path.dirname(os.__file__) + os.sep


def uses_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """True when ``module``'s source file names PySide6 (``fallback`` answers for a module without one)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return fallback(module)
    if in_stdlib(path):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return fallback(module)


def in_stdlib(path: str) -> bool:
    """Whether ``path`` is a module of the standard library (not of a ``site-packages`` below it)."""
    return path.startswith(STDLIB) and "-packages" not in path[len(STDLIB) :]


def quicken_feature_scan() -> bool:
    """Swap PySide6's per-import source scan for :func:`uses_pyside` (once); True when it did.

    False when PySide6 has no such scan (another version): nothing is changed then.
    """
    import PySide6  # noqa: F401 - installs the import hook and its feature module

    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "quickened", False):
        return False

    def scan(module: ModuleType) -> bool:
        return uses_pyside(module, original)

    scan.quickened = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = scan  # type: ignore[union-attr]
    import linecache

    linecache.clearcache()  # the sources PySide6 read before this (a cache: tracebacks read them again)
    return True
