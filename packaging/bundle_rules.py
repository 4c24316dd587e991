"""What the PyInstaller spec leaves out of the bundle, and the Linux strip step.

Qt's hooks collect every plugin of the modules the app imports, and the libraries those plugins
link. :func:`wanted` keeps the plugins the app needs on Linux, Windows and macOS and drops the
rest with the libraries only they needed, Qt's own translations (the app ships its own and
relies on none of Qt's texts), and the PySide6 bindings the app never imports
(:data:`UNUSED_BINDINGS`; their C++ libraries stay where a kept library links them).

No media backend plugin: the app plays recordings and the ring through QAudioSink (part of
QtMultimedia itself) after decoding them with miniaudio, so Qt's FFmpeg plugin, the FFmpeg
libraries and the QML/Quick libraries that plugin links are left out (Linux: -36 MB).
"""

from __future__ import annotations

import subprocess
from fnmatch import fnmatch
from pathlib import Path

# Qt plugin folders we trim: folder -> the plugins kept (names without "lib" and extension).
# Folders not listed (styles, xcbglintegrations, iconengines...) are kept whole.
KEEP_PLUGINS = {
    # the native backends stay where Qt has one (audio devices); FFmpeg's is for QMediaPlayer, unused
    "multimedia": {"windowsmediaplugin", "darwinmediaplugin"},
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
# pango/cairo...; the FFmpeg media plugin -> FFmpeg, Qt's QML and Quick).
# packaging/linux/smoke-test.sh checks that every bundled library resolves, and runs the result.
DROP_LIBRARIES = [
    # the FFmpeg media plugin's closure (Linux names; Windows' avcodec-61.dll, Qt6Quick.dll...)
    "libavcodec*",
    "libavformat*",
    "libavutil*",
    "libswscale*",
    "libswresample*",
    "avcodec-*",
    "avformat-*",
    "avutil-*",
    "swscale-*",
    "swresample-*",
    "*Qt6FFmpegStub*",
    "*Qt6Quick*",
    "*Qt6Qml*",
    "*Qt6MultimediaQuick*",
    "libXext*",  # libXrandr -> libXrender, libXext: only the FFmpeg plugin linked them
    "libXrandr*",
    "libXrender*",
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


# Linux: Debian libraries every desktop has, left to the system and named in the .deb's Depends
# (packaging/linux/control.in; tests/test_packaging.py checks that each package here is there).
# Package -> the bundle's copies it provides, itself or through its own Depends. Mostly libpulse's
# closure (QtMultimedia links libpulse for audio output): libsndfile and its codecs, systemd, gcrypt.
SYSTEM_LIBRARIES = {
    "libc6": ["libmvec.so.*"],  # glibc's vector maths (miniaudio links it): must be the system's own glibc
    "libpulse0": [
        "libpulse.so.*",
        "libpulsecommon-*",
        "libasyncns.so.*",
        "libsndfile.so.*",  # libpulse0 -> libsndfile1 -> the codecs
        "libFLAC.so.*",
        "libopus.so.*",
        "libogg.so.*",
        "libvorbis.so.*",
        "libvorbisenc.so.*",
        "libmp3lame.so.*",
        "libmpg123.so.*",
        "libsystemd.so.*",  # libpulse0 -> libsystemd0 -> gcrypt, lz4, cap
        "libgcrypt.so.*",
        "libgpg-error.so.*",
        "liblz4.so.*",
        "libcap.so.*",
    ],
    "libdbus-1-3": ["libdbus-1.so.*"],
    "libgssapi-krb5-2": [  # QtNetwork's Negotiate authentication
        "libgssapi_krb5.so.*",
        "libkrb5.so.*",
        "libk5crypto.so.*",
        "libkrb5support.so.*",
        "libcom_err.so.*",
        "libkeyutils.so.*",
    ],
    "libreadline8": ["libreadline.so.*", "libtinfo.so.*"],  # Python's readline module
    # Qt's own needs, in the Depends already for the libraries PyInstaller does not bundle
    "libglib2.0-0 | libglib2.0-0t64": ["libglib-2.0.so.*", "libgthread-2.0.so.*", "libpcre2-8.so.*"],
    "libfreetype6": ["libfreetype.so.*", "libpng16.so.*", "libbrotlidec.so.*", "libbrotlicommon.so.*"],
    "libfontconfig1": ["libfontconfig.so.*", "libexpat.so.*"],
    "libxkbcommon0": ["libxkbcommon.so.*"],
    "libxkbcommon-x11-0": ["libxkbcommon-x11.so.*"],
    "libx11-xcb1": ["libX11-xcb.so.*", "libX11.so.*"],
    "libxcb-cursor0": ["libxcb-cursor.so.*"],
    "libxcb-icccm4": ["libxcb-icccm.so.*"],
    "libxcb-keysyms1": ["libxcb-keysyms.so.*"],
    "libxcb-shape0": ["libxcb-shape.so.*"],
    "libxcb-randr0": ["libxcb-randr.so.*"],
    "libxcb-xfixes0": ["libxcb-xfixes.so.*"],
    "libxcb-shm0": ["libxcb-shm.so.*"],
    "libxcb-sync1": ["libxcb-sync.so.*"],
    "libxcb-render0": ["libxcb-render.so.*"],
    "libxcb-image0": ["libxcb-image.so.*"],
    "libxcb-render-util0": ["libxcb-render-util.so.*"],
    "libxcb-xkb1": ["libxcb-xkb.so.*"],
    "libxcb-util1": ["libxcb-util.so.*"],
    "libxcb-glx0": ["libxcb-glx.so.*"],
}


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
    system = [pattern for patterns in SYSTEM_LIBRARIES.values() for pattern in patterns]
    return not any(fnmatch(parts[-1], pattern) for pattern in DROP_LIBRARIES + system)
