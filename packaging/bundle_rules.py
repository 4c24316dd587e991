"""What the PyInstaller spec leaves out of the bundle, and the Linux strip step.

Qt's hooks collect every plugin of the modules the app imports, and the libraries those plugins
link. :func:`wanted` keeps the plugins the app needs on Linux, Windows and macOS and drops the
rest with the libraries only they needed, Qt's own translations (the app ships its own and
relies on none of Qt's texts), and the PySide6 bindings the app never imports
(:data:`UNUSED_BINDINGS`; their C++ libraries stay where a kept library links them).
"""

from __future__ import annotations

import subprocess
from fnmatch import fnmatch
from pathlib import Path

# Qt plugin folders we trim: folder -> the plugins kept (names without "lib" and extension).
# Folders not listed (multimedia, styles, xcbglintegrations, iconengines...) are kept whole.
KEEP_PLUGINS = {
    "platforms": {"qoffscreen", "qxcb", "qwayland", "qwindows", "qcocoa"},
    "platformthemes": {"qxdgdesktopportal"},
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    "imageformats": {"qsvg", "qico", "qicns", "qjpeg", "qgif"},
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl"},
    "egldeviceintegrations": set(),
    "generic": set(),
    "networkinformation": set(),
    "tls": set(),
}
# PySide6 Python modules that Qt's hooks pull in (QtCharts' and QtMultimedia's dependencies) but that
# nothing imports at run time: ``import PySide6.QtCharts, QtMultimedia, QtWidgets, QtNetwork, QtSvg``
# loads none of them. Their C++ libraries (libQt6OpenGL*, libQt6DBus...) stay: Charts and the
# platform plugins link them. The spec also lists them in Analysis(excludes=...).
UNUSED_BINDINGS = ["QtOpenGL", "QtOpenGLWidgets", "QtDBus", "QtConcurrent"]
# Libraries that only the dropped plugins needed (virtual keyboard; EGLFS; the GTK theme ->
# pango/cairo...). Qt's QML and Quick libraries stay: the ffmpeg multimedia plugin links them.
# packaging/linux/smoke-test.sh checks that every bundled library resolves, and runs the result.
DROP_LIBRARIES = [
    "*Qt6VirtualKeyboard*",
    "*Qt6EglFS*",
    "*Qt6EglFsKms*",
    "*Qt6Pdf*",
    "*Qt6MultimediaWidgets*",
    "libpango*",
    "libharfbuzz*",
    "libatk-*",
    "libcairo*",
    "libgdk_pixbuf*",
    "libfribidi*",
    "libthai*",
    "libgraphite2*",
    "libpixman*",
    "libdatrie*",
    # the rest of the GTK theme's closure: nothing kept links them (measured with readelf on the
    # bundle: -14 MB), and Qt loads none of them by name
    "libgtk-3*",
    "libgdk-3*",
    "libepoxy*",
    "libatspi*",
    "libgio-2.0*",
    "libgobject-2.0*",
    "libgmodule-2.0*",
    "libmount*",
    "libblkid*",
    "libselinux*",
    "libjpeg*",
    "libXcomposite*",
    "libXdamage*",
    "libXinerama*",
    "libXfixes*",
    "libXcursor*",
    "libXi.*",
    "libXau*",
    "libXdmcp*",
    "libbsd*",
    "libmd.*",
]


def strip_python_side(bundle: Path) -> None:
    """binutils ``strip`` on libpython and the extension modules (Linux: -35 MB).

    Not PyInstaller's ``strip=True``: that also strips Qt's libraries, which ship stripped
    already, and it breaks the page alignment of Qt's ffmpeg libraries (no media backend then).
    """
    for path in bundle.rglob("*.so*"):
        if path.is_file() and not path.is_symlink() and not {"PySide6", "shiboken6"} & set(path.parts):
            subprocess.run(["strip", "--strip-unneeded", str(path)], check=True)


def wanted(dest: str) -> bool:
    """Whether the bundle keeps the file PyInstaller would put at ``dest`` (its path in the bundle)."""
    parts = dest.replace("\\", "/").split("/")
    if len(parts) == 2 and parts[0] == "PySide6" and parts[1].split(".")[0] in UNUSED_BINDINGS:
        return False  # PySide6/QtOpenGL.abi3.so, .pyd, .pyi: a binding never imported
    if "translations" in parts and parts[:1] in (["PySide6"], ["Qt"]):
        return False  # Qt's own catalogues (PySide6/Qt/translations)
    if "plugins" in parts and len(parts) > parts.index("plugins") + 2:
        folder, file = parts[parts.index("plugins") + 1], parts[-1]
        if folder in KEEP_PLUGINS:
            stem = file.split(".")[0].removeprefix("lib")
            return stem in KEEP_PLUGINS[folder]
    return not any(fnmatch(parts[-1], pattern) for pattern in DROP_LIBRARIES)
