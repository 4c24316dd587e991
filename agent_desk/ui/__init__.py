"""The agent's desktop window (PySide6 + qasync) on top of the Qt-free core.

Layout of the package:

* :mod:`.app` — ``main()``: QApplication, translator, qasync loop, first window; heavy parts
  (httpx, keyring, event sources, the demo simulator) are imported only after the window shows.
* :mod:`.desk` — :class:`~.desk.Desk`, the application object that wires the session, the
  dialer, the pops, the tray and the single-instance server to the main window.
* :mod:`.session` — sign-in state, the provider and the event pipeline (a Qt "store").
* :mod:`.dialer` — click-to-call as asyncio tasks (never retried, never blocking the GUI).
* :mod:`.pops` / :mod:`.screen_pop` — screen-pops on ringing calls for the agent's extension.
* :mod:`.main_window`, :mod:`.dial_pad`, :mod:`.login_dialog`, :mod:`.status`, :mod:`.tray` — views.
* :mod:`.messages` — every typed core error as one translated sentence.
* :mod:`.single_instance` — hand a second launch's arguments to the running window.

Start-up: the modules the first window needs (``desk``, ``main_window``, ``dial_pad``,
``call_log``, ``status``, ``session``, ``dialer``) import no asyncio, no SVG engine, no QtNetwork
and do not touch ``Qt``'s enum namespace at import time (its first use costs ~14 ms): those come
with the second phase (see :mod:`.desk`), inside the functions that need them.

Every user-facing string goes through ``tr()`` / ``QCoreApplication.translate``; translations
live in ``resources/translations`` (``agent_desk_vi.ts`` and its compiled ``.qm``).
"""

from agent_desk.ui.refcounts import pin_singletons as _pin_singletons

_pin_singletons()  # before any Qt call: PySide6 6.12.0 drops references to None/True (see refcounts)
