"""Where the GUI finds its resources: the source tree, a PyInstaller bundle, an override."""

from __future__ import annotations

import sys
from pathlib import Path

from agent_desk.ui.common import paths

SOURCE_RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def test_source_tree_resources_hold_the_translation_and_icons(monkeypatch):
    monkeypatch.delenv("AGENT_DESK_RESOURCES", raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert paths.resources_dir() == SOURCE_RESOURCES
    assert (paths.translations_dir() / "agent_desk_vi.qm").is_file()
    assert (paths.resources_dir() / "icons" / "agent-desk.svg").is_file()


def test_a_pyinstaller_bundle_uses_its_own_resources(monkeypatch, tmp_path):
    monkeypatch.delenv("AGENT_DESK_RESOURCES", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.translations_dir() == tmp_path / "resources" / "translations"


def test_the_environment_overrides_both(monkeypatch, tmp_path):
    monkeypatch.setenv("AGENT_DESK_RESOURCES", str(tmp_path))
    monkeypatch.setattr(sys, "_MEIPASS", "/elsewhere", raising=False)
    assert paths.resources_dir() == tmp_path
