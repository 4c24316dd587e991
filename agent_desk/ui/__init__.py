"""The agent's desktop window (PySide6 + qasync) on top of the Qt-free core.

Layout of the package, one sub-package per feature:

* :mod:`.window` — ``app.main()`` (QApplication, translator, qasync loop, first window), the
  :class:`~.window.desk.Desk` application object that wires everything to the main window, the
  Qt session adapter, the sign-in dialog, the tray and the keyboard shortcuts.
* :mod:`.dialing` — click-to-call as asyncio tasks (never retried, never blocking the GUI), the dial
  pad and "Calls this session".
* :mod:`.pops` — screen-pops on ringing calls for the agent's extension.
* :mod:`.history` — the History tab (PBX call records, recordings).
* :mod:`.journal` — the Journal tab and the note writer.
* :mod:`.settings` — the Settings dialog and the GUI's own preferences (``ui.ini``).
* :mod:`.console` — the supervisor console.
* :mod:`.common` — theme, status indicators, error messages, language, resource paths.
* :mod:`.support` — background tasks, the single-instance socket, OS link events, refcount guard.

Start-up: the modules the first window needs (``desk``, ``main_window``, ``dial_pad``,
``call_log``, ``status``, ``session``, ``dialer``) import no asyncio, no SVG engine, no QtNetwork
and do not touch ``Qt``'s enum namespace, neither at import time nor while building the window
(its first use builds every enum in it: ~45 ms on the 2-core test machine; :mod:`.common.plain`
sets labels to plain text without it); the icons come with the second phase (see :mod:`.desk`),
which opens the sign-in window, still without the namespace (:mod:`.common.theme` reads the
system's scheme as a number). The tray, the menus' actions, the shortcuts, the screen-pops, the journal
(SQLite) and the tabs come on the turn after the sign-in window, and the namespace with them.
``tests/ui/test_startup_imports.py`` holds both phases to it.

Every user-facing string goes through ``tr()`` / ``QCoreApplication.translate``; translations
live in ``resources/translations`` (``agent_desk_vi.ts`` and its compiled ``.qm``).
"""

from agent_desk.ui.support.import_scan import quicken_feature_scan as _quicken_feature_scan
from agent_desk.ui.support.refcounts import pin_singletons as _pin_singletons

_pin_singletons()  # before any Qt call: PySide6 6.12.0 drops references to None/True (see refcounts)
_quicken_feature_scan()  # PySide6 reads every later import's source otherwise (see import_scan)
