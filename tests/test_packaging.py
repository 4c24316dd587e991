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
    "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "PySide6/Qt/lib/libQt6Quick.so.6",  # the ffmpeg plugin links it
    "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6/Qt/lib/libQt6OpenGL.so.6",  # QtCharts links it; only the Python binding goes
    "PySide6/Qt/lib/libQt6DBus.so.6",
    "PySide6/QtCharts.abi3.so",
    "PySide6/QtMultimedia.abi3.so",
    "resources/translations/agent_desk_vi.qm",
    "libglib-2.0.so.0",  # QtCore links it
    "libXrender.so.1",
    "libXext.so.6",
    # Windows
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
    "PySide6\\plugins\\imageformats\\qico.dll",
    "PySide6\\plugins\\multimedia\\windowsmediaplugin.dll",
    # macOS
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/styles/libqmacstyle.dylib",
    "PySide6/Qt/plugins/imageformats/libqicns.dylib",
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
