"""Where the GUI's resources (icons, translations) are, and icon loading.

Looked up in this order: ``$AGENT_DESK_RESOURCES``; ``resources/`` inside a PyInstaller bundle
(``sys._MEIPASS``: the ``_internal`` folder of the one-folder build, also where the ``.deb``
installs it, under ``/opt/agent-desk``, and ``Contents/Resources`` of the macOS ``.app``);
``resources/`` beside the package in the source tree.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon


def resources_dir() -> Path:
    env = os.environ.get("AGENT_DESK_RESOURCES")
    if env:
        return Path(env)
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's bootloader
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[3] / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


@cache
def icon(name: str) -> QIcon:
    """``icons/<name>.svg`` as a QIcon (an empty icon when the file is missing)."""
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))
