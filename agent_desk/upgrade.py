"""Surviving an upgrade of the installed program while it runs.

A package manager replaces the installed files under a running Agent Desk (the ``.deb`` is upgraded by
apt, unattended-upgrades or IT's tooling in the middle of a shift). Two things keep the desk working:

* :func:`pin_frozen_archive`: a PyInstaller bundle reads its Python modules lazily from the archive
  inside its executable, reopening the file *by path* for every import. After an upgrade that path is a
  new file, and the old offsets read garbage (``zlib.error: incorrect header check``: menus that do
  nothing, pops that never come). On Linux the archive is reopened once at start and read through
  ``/proc/self/fd/N`` from then on, which always names the file this process started from.
* :class:`InstallWatch`: notices that the installed program is no longer the one running, so the window
  can say so and restart itself once the agent is idle (no pop, no call being placed).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def frozen() -> bool:
    """True inside a PyInstaller bundle (the installed program), False when run from source."""
    return bool(getattr(sys, "frozen", False))


def pin_frozen_archive() -> bool:
    """Read the bundle's module archive from the file this process started from, whatever replaces it.

    Linux only (``/proc/self/fd``); a no-op elsewhere and when not frozen. True when pinned.
    """
    if not frozen() or not sys.platform.startswith("linux"):
        return False
    try:
        import pyimod02_importers  # type: ignore[import-not-found]  # PyInstaller's own loader module
    except ImportError:
        return False
    archive = getattr(pyimod02_importers, "pyz_archive", None)
    path = getattr(archive, "_filename", None)
    if archive is None or not isinstance(path, str) or path.startswith("/proc/self/fd/"):
        return False
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError as exc:
        log.warning("cannot pin the program archive %s: %s", path, exc)
        return False
    archive._filename = f"/proc/self/fd/{fd}"
    return True


class InstallWatch:
    """Whether the installed program at ``path`` is still the file this process started from."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or Path(sys.executable)
        self._started = self._identity()

    def _identity(self) -> tuple[int, int, int, int] | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns

    def changed(self) -> bool:
        """True once the file at ``path`` was replaced (or removed) since this process started."""
        return self._started is not None and self._identity() != self._started


def restart_command() -> list[str]:
    """The command that starts this program again with the same arguments (for ``os.execv``)."""
    if frozen():
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, "-m", "agent_desk", *sys.argv[1:]]
