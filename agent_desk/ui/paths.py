"""Where the GUI's resources (icons, translations) are, and icon loading.

``resources/`` sits beside the package in the source tree; ``$AGENT_DESK_RESOURCES`` points
elsewhere (an installed or frozen copy).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon


def resources_dir() -> Path:
    env = os.environ.get("AGENT_DESK_RESOURCES")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


@cache
def icon(name: str) -> QIcon:
    """``icons/<name>.svg`` as a QIcon (an empty icon when the file is missing)."""
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))
