"""Switching the interface language while the app runs: no restart, nothing rebuilt.

Every widget set its texts once, through ``tr()``, in the language of that moment. On a switch,
:func:`switch_language` installs the new language's translator and :func:`retranslate` walks every
widget of the application (the main window, its tabs, screen-pops, open dialogs, the tray menu) and
puts each text that is one of our catalogue's messages into the new language: widget texts, titles,
placeholders, tool tips, tab and menu texts, combo-box items and table headers. A text made from a
message with ``%1`` placeholders ("%1 calls loaded") is matched against the message and filled again
with the same values. Texts that are no message (a customer's name, a number) are left as they are;
a widget whose texts are made of several pieces ("↙ Incoming call, ringing", a pop's recent calls)
has a ``retranslate()`` method that makes them again, called last.
The session, open pops, typed text, loaded tables and the current tab stay what they were.

The catalogue is ``agent_desk_vi.ts`` (context, English source, Vietnamese translation of every
message), shipped beside the compiled ``.qm`` for this. Where one text is the translation of several
messages, the message whose context is the widget's class (or one of its parents') wins.
"""

from __future__ import annotations

import functools
import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from agent_desk.ui.common.i18n import install_translator
from agent_desk.ui.common.messages import fill
from agent_desk.ui.common.paths import translations_dir

log = logging.getLogger(__name__)

_PLACEHOLDER = re.compile(r"%(\d+)")
Message = tuple[str, str]  # (context, English source)


class Catalogue:
    """Every message in English and Vietnamese, looked up by the text shown in either language."""

    def __init__(self, path: Path) -> None:
        self.messages: list[tuple[str, str, str]] = []  # (context, source, Vietnamese)
        root = ET.parse(path).getroot()  # our own catalogue, shipped with the app
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source, translation = message.findtext("source"), message.find("translation")
                if source and translation is not None and translation.get("type") not in ("obsolete", "vanished"):
                    self.messages.append((name, source, translation.text or source))

    @functools.cache  # noqa: B019 - one catalogue for the application's life
    def texts(self, language: str) -> dict[str, list[Message]]:
        """Shown text (in ``language``) → the messages it can be."""
        found: dict[str, list[Message]] = {}
        for context, source, vi in self.messages:
            found.setdefault(vi if language == "vi" else source, []).append((context, source))
        return found

    @functools.cache  # noqa: B019
    def templates(self, language: str) -> list[tuple[re.Pattern[str], list[int], Message]]:
        """Messages with placeholders, as patterns over the text shown in ``language`` (longest first)."""
        found = []
        for context, source, vi in self.messages:
            shown = vi if language == "vi" else source
            if not _PLACEHOLDER.search(shown):
                continue
            order = [int(n) for n in _PLACEHOLDER.findall(shown)]
            pattern = "".join("(.+?)" if i % 2 else re.escape(part) for i, part in enumerate(_PLACEHOLDER.split(shown)))
            found.append((re.compile(f"^{pattern}$", re.DOTALL), order, (context, source)))
        found.sort(key=lambda item: -len(item[0].pattern))
        return found


@functools.cache
def catalogue() -> Catalogue | None:
    """The shipped catalogue; None (and a log line) where it is missing or unreadable."""
    path = translations_dir() / "agent_desk_vi.ts"
    try:
        return Catalogue(path)
    except (OSError, ET.ParseError) as exc:
        log.warning("the catalogue %s cannot be read (%s): a new language applies at the next start", path, exc)
        return None


class Translation:
    """Turns a text shown in one language into the same message in the language now installed."""

    def __init__(self, catalogue: Catalogue, old: str) -> None:
        self.texts = catalogue.texts(old)
        self.templates = catalogue.templates(old)

    def __call__(self, text: str, contexts: tuple[str, ...]) -> str | None:
        """``text`` in the new language, or None when it is no message."""
        if not text:
            return None
        candidates = self.texts.get(text)
        if candidates:
            context, source = _best(candidates, contexts)
            return QCoreApplication.translate(context, source)
        for pattern, order, (context, source) in self.templates:
            match = pattern.match(text)
            if match and (context in contexts or _wordy(source)):  # bare "%1 · %2" only in its own class
                values = dict(zip(order, match.groups(), strict=True))
                return fill(QCoreApplication.translate(context, source), *(values[n] for n in sorted(values)))
        return None


def _wordy(source: str) -> bool:
    """True when the message has words of its own besides its placeholders (it cannot match any text)."""
    return sum(ch.isalpha() for ch in _PLACEHOLDER.sub("", source)) >= 4


def _best(candidates: list[Message], contexts: tuple[str, ...]) -> Message:
    for context in contexts:
        for candidate in candidates:
            if candidate[0] == context:
                return candidate
    return candidates[0]


def _contexts(widget: QObject) -> tuple[str, ...]:
    """The class names of ``widget`` and its parents (the contexts its texts were made in), nearest first."""
    names: list[str] = []
    node: QObject | None = widget
    while node is not None:
        ours = (cls for cls in type(node).__mro__ if not cls.__module__.startswith(("PySide6", "Shiboken")))
        names.extend(cls.__name__ for cls in ours)
        node = node.parent()
    return tuple(dict.fromkeys(names))


def _widget_texts(widget: QWidget) -> Iterator[tuple[Callable[[], str], Callable[[str], object]]]:
    """(getter, setter) of each text ``widget`` shows."""
    yield widget.toolTip, widget.setToolTip
    if widget.isWindow():
        yield widget.windowTitle, widget.setWindowTitle
    if isinstance(widget, (QLabel, QAbstractButton)) and not isinstance(widget, QMenu):
        yield widget.text, widget.setText
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        yield widget.placeholderText, widget.setPlaceholderText
    if isinstance(widget, QGroupBox):
        yield widget.title, widget.setTitle
    if isinstance(widget, QMenu):
        yield widget.title, widget.setTitle
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield functools.partial(widget.tabText, i), functools.partial(widget.setTabText, i)
            yield functools.partial(widget.tabToolTip, i), functools.partial(widget.setTabToolTip, i)
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield functools.partial(widget.itemText, i), functools.partial(widget.setItemText, i)


def _forget_size(box: QComboBox) -> None:
    """Make ``box`` measure its items again: a combo box sized on first show keeps the width of the
    old language's items (a longer translation is cut off). Setting a policy drops the cached size."""
    policy = box.sizeAdjustPolicy()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    box.setSizeAdjustPolicy(policy)


def retranslate(app: QApplication, old: str) -> int:
    """Put every text of every widget shown in language ``old`` into the installed language; the
    number of texts changed. Item views repaint (their models translate as they paint)."""
    found = catalogue()
    if found is None:
        return 0
    translate = Translation(found, old)
    changed = 0
    for widget in app.allWidgets():
        contexts = _contexts(widget)
        pairs = list(_widget_texts(widget))
        if isinstance(widget, (QMenu, QMenuBar)):
            for action in widget.actions():
                pairs += [(action.text, action.setText), (action.toolTip, action.setToolTip)]
        for get, put in pairs:
            text = get()
            new = translate(text, contexts)
            if new is not None and new != text:
                put(new)
                changed += 1
        if isinstance(widget, QComboBox):
            _forget_size(widget)
        if isinstance(widget, QHeaderView) and widget.count():
            widget.headerDataChanged(widget.orientation(), 0, widget.count() - 1)
        if isinstance(widget, QAbstractItemView):
            widget.viewport().update()
    for widget in app.allWidgets():
        remake = getattr(widget, "retranslate", None)
        if callable(remake):
            remake()
    return changed


def switch_language(app: QApplication, old: str, new: str, current: QTranslator | None) -> QTranslator | None:
    """Install ``new`` in place of ``old`` (``current`` is its translator) and retranslate every widget;
    the new translator (None for English)."""
    if current is not None:
        app.removeTranslator(current)
        current.deleteLater()
    translator = install_translator(app, new)
    changed = retranslate(app, old)
    log.info("interface language %s -> %s: %d texts changed", old, new, changed)
    return translator
