"""The program icon for the PyInstaller spec, rendered from the app's SVG with Qt.

Windows wants a ``.ico`` and macOS an ``.icns`` beside the executable; Linux takes the SVG from
the desktop entry instead, so there the function returns None.
"""

from __future__ import annotations

import sys
from pathlib import Path

SIZE = 256
FORMATS = {"win32": "ico", "darwin": "icns"}


def app_icon(svg: Path, out_dir: Path, platform: str = sys.platform) -> str | None:
    """Render ``svg`` to ``out_dir/agent-desk.<ico|icns>`` for ``platform``; the path, or None on Linux."""
    fmt = FORMATS.get(platform)
    if fmt is None:
        return None
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(["app_icon", "-platform", "offscreen"])
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"agent-desk.{fmt}"
    if not image.save(str(target), fmt):
        raise RuntimeError(f"Qt could not write {target} (is the {fmt} image plugin installed?)")
    del app
    return str(target)
