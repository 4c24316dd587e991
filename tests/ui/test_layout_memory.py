"""The window comes back as it was left: size, position, the tab, the Journal's splitter."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter

from agent_desk.ui.settings.preferences import UiSettings


def test_size_position_tab_and_splitter_are_remembered(run, make_desk, tmp_path):
    path = tmp_path / "remembered.ini"
    desk = make_desk(settings=UiSettings(path))
    window = desk.window
    window.resize(700, 560)
    window.move(30, 40)
    window.tabs.setCurrentWidget(desk.journal_view)
    splitter = desk.journal_view.findChild(QSplitter)
    splitter.setSizes([100, 300])
    sizes = splitter.sizes()
    run(desk.shutdown())

    again = make_desk(settings=UiSettings(path))
    assert (again.window.width(), again.window.height()) == (700, 560)
    assert again.window.pos() == window.pos()
    assert again.window.tabs.currentWidget() is again.journal_view
    assert again.journal_view.findChild(QSplitter).sizes() == sizes
