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

import sys as _sys

if _sys.implementation.name == "cpython" and _sys.version_info < (3, 12):
    # PySide6 6.12 returns None from every void method (show, move, setText, adjustSize...) and
    # True from Signal.emit() without a new reference. Python 3.12+ never frees None, True and
    # False (they are immortal); on 3.11 each such call takes a reference away, and after a few
    # thousand (about 2,000 screen-pops) the process aborts with "none_dealloc: deallocating None"
    # or "bool_dealloc". Give these three references they can never run out of.
    import ctypes as _ctypes

    for _immortal in (None, True, False):
        _ctypes.c_ssize_t.from_address(id(_immortal)).value += 1 << 40
