"""The bundle's trimming rules (packaging/bundle_rules.py) on each OS's layout of PySide6.

The Linux bundle itself is checked by packaging/linux/smoke-test.sh (``make package-test``);
these cover the Windows and macOS file names too, which only their CI runners build.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

RULES_PATH = Path(__file__).resolve().parents[1] / "packaging" / "bundle_rules.py"
_spec = importlib.util.spec_from_file_location("bundle_rules", RULES_PATH)
rules = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rules)

KEPT = [
    # Linux
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "PySide6/Qt/lib/libQt6Multimedia.so.6",  # QAudioSink and QSoundEffect: the audio output
    "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6/Qt/lib/libQt6OpenGL.so.6",  # QtCharts links it; only the Python binding goes
    "PySide6/Qt/lib/libQt6DBus.so.6",
    "PySide6/QtCharts.abi3.so",
    "PySide6/QtMultimedia.abi3.so",
    "resources/translations/agent_desk_vi.qm",
    "_miniaudio.abi3.so",  # decodes the recordings
    "libpython3.11.so.1.0",
    "libstdc++.so.6",  # newer than some systems' copy
    "libssl.so.3",
    "libsqlite3.so.0",
    # Windows
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
    "PySide6\\plugins\\imageformats\\qico.dll",
    "PySide6\\plugins\\multimedia\\windowsmediaplugin.dll",  # the native backends: audio devices
    "PySide6\\Qt6Multimedia.dll",
    # macOS
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/styles/libqmacstyle.dylib",
    "PySide6/Qt/plugins/imageformats/libqicns.dylib",
    "PySide6/Qt/plugins/multimedia/libdarwinmediaplugin.dylib",
]
DROPPED = [
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/imageformats/libqtiff.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    # the FFmpeg media backend (recordings are decoded by miniaudio) and what only it links
    "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
    "PySide6\\plugins\\multimedia\\ffmpegmediaplugin.dll",
    "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.dylib",
    "PySide6/Qt/lib/libavcodec.so.63",
    "PySide6/Qt/lib/libavformat.so.63",
    "PySide6/Qt/lib/libavutil.so.61",
    "PySide6/Qt/lib/libswscale.so.10",
    "PySide6/Qt/lib/libswresample.so.7",
    "PySide6\\avcodec-61.dll",
    "PySide6/Qt/lib/libQt6FFmpegStub-va.so.2",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt/lib/libQt6QmlModels.so.6",
    "PySide6/Qt/lib/libQt6QmlMeta.so.6",
    "PySide6/Qt/lib/libQt6QmlWorkerScript.so.6",
    "PySide6\\Qt6Quick.dll",
    "libXrandr.so.2",
    "libXext.so.6",
    "libXrender.so.1",
    # Debian libraries the .deb depends on (libpulse's closure and others)
    "libmvec.so.1",  # part of glibc
    "libpulse.so.0",
    "libpulsecommon-16.1.so",
    "libsndfile.so.1",
    "libFLAC.so.12",
    "libopus.so.0",
    "libvorbisenc.so.2",
    "libmp3lame.so.0",
    "libmpg123.so.0",
    "libsystemd.so.0",
    "libgcrypt.so.20",
    "libgssapi_krb5.so.2",
    "libkrb5.so.3",
    "libglib-2.0.so.0",
    "libX11.so.6",
    "libxcb-util.so.1",
    "libpango-1.0.so.0",
    "libcairo.so.2",
    "libgtk-3.so.0",  # the GTK theme's closure
    "libgdk-3.so.0",
    "libgio-2.0.so.0",
    "libXi.so.6",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6\\translations\\qtbase_ja.qm",
    "PySide6\\plugins\\platforms\\qdirect2d.dll",
    "PySide6\\plugins\\imageformats\\qpdf.dll",
    "PySide6/Qt/plugins/platforms/libqminimal.dylib",
    "PySide6/QtOpenGL.abi3.so",  # bindings the app never imports
    "PySide6/QtOpenGLWidgets.abi3.so",
    "PySide6/QtDBus.abi3.so",
    "PySide6/QtConcurrent.abi3.so",
    "PySide6\\QtOpenGL.pyd",
]


@pytest.mark.parametrize("dest", KEPT)
def test_what_the_app_needs_stays(dest):
    assert rules.wanted(dest)


@pytest.mark.parametrize("dest", DROPPED)
def test_what_it_does_not_need_goes(dest):
    assert not rules.wanted(dest)


def test_strip_leaves_qt_alone(tmp_path, monkeypatch):
    for name in ("libpython3.11.so.1.0", "PySide6/Qt/lib/libavcodec.so.63", "shiboken6/libshiboken6.so"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"\x7fELF")
    stripped = []
    monkeypatch.setattr(rules.subprocess, "run", lambda argv, check: stripped.append(Path(argv[-1]).name))
    rules.strip_python_side(tmp_path)
    assert stripped == ["libpython3.11.so.1.0"]


def test_every_system_library_left_out_is_a_dependency_of_the_deb():
    control = (RULES_PATH.parent / "linux" / "control.in").read_text()
    depends = {item.strip() for item in control.split("\nDepends:", 1)[1].split("\n", 1)[0].split(",")}
    assert set(rules.SYSTEM_LIBRARIES) <= depends
