"""``agent-desk`` with no command: the desktop window (``--demo``: with the built-in PBX simulator).

Start-up order, for a window that is interactive in about the time of a bare Qt window:

1. (the caller, i.e. the CLI) :func:`~agent_desk.ui.support.single_instance.forward_to_running` hands
   the arguments to an already running window, if there is one, and exits (when no server's socket
   exists, it answers without QtNetwork);
2. QApplication, translator (Vietnamese or English), the main window — shown, and Qt's event
   loop runs: the window is interactive;
3. on the loop's first turn: icons, the theme, the config, and the sign-in window (or, with a
   profile to sign in with, asyncio and qasync adopting the running Qt loop, and the sign-in as a task);
4. on the next turn: the single-instance server (a launch that finds another one listening hands it
   its arguments and quits), asyncio and qasync (if not yet), the tray, the menus' actions and the
   keyboard shortcuts, the softphone watchdog, screen-pops, the journal, the call card and the tabs;
   then, as tasks, the keyring (worker thread), the provider and its HTTP client, the event source
   (aiohttp or websockets) and, in the demo (which adopts the loop first), the simulator.

Nothing before step 3 imports asyncio, ssl, httpx, keyring, aiohttp, websockets, QtNetwork, SQLite
or Qt's SVG engine; nothing before step 4 imports asyncio, ssl, QtNetwork or SQLite when the
sign-in window opens, nor builds Qt's enum namespace (``tests/ui/test_startup_imports.py``).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from agent_desk.config import APP_NAME

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication

    from agent_desk.sim.server import Simulator
    from agent_desk.ui.support.collector import GuiCollector
    from agent_desk.ui.support.link_events import LinkEvents
    from agent_desk.ui.window.desk import Desk

log = logging.getLogger(__name__)

DEMO_RATE_PER_MIN = 12.0  # an inbound call every few seconds, about half of them for extension 101
DEMO_CRM_URL = "https://crm.example/search?phone={phone}"


def no_display_reason(env: Mapping[str, str], platform: str) -> str | None:
    """One line saying there is no screen to open the window on (Linux/BSD without X11 or Wayland), else None.

    Qt would abort with a long plugin message; a person needs to know what to do instead.
    """
    if not platform.startswith(("linux", "freebsd", "openbsd")) or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return (
        "there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set): run it in a "
        "desktop session, or on a virtual screen with 'xvfb-run -a agent-desk --demo'; "
        "the commands ('agent-desk --help') need no display"
    )


def demo_data_dir() -> Path:
    """Where ``--demo`` keeps its journal and ``ui.ini``: ``demo/`` inside the user's data directory."""
    from agent_desk.config import default_data_dir

    return default_data_dir() / "demo"


def bootstrap(
    *,
    config_path: Path | None = None,
    profile_name: str | None = None,
    demo: bool = False,
) -> tuple[QApplication, Desk]:
    """QApplication, translator and the desk with its (not yet shown) window. No asyncio, no I/O."""
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Agent Desk")
    app.setDesktopFileName(APP_NAME)
    app.setQuitOnLastWindowClosed(False)

    from agent_desk.ui.common.i18n import choose_language, install_translator
    from agent_desk.ui.settings.preferences import UiSettings
    from agent_desk.ui.window.desk import Desk

    if demo:  # the demo's journal and window preferences never mix with the agent's real ones
        demo_dir = demo_data_dir()
        os.environ["AGENT_DESK_DATA"] = str(demo_dir)
        settings = UiSettings(demo_dir / "ui.ini")
    else:
        settings = UiSettings()
    language = choose_language(settings.language)
    translator = install_translator(app, language)
    theme = None
    if settings.theme != "system":  # forced before the first paint; following the system waits for bring_up
        from agent_desk.ui.common.theme import Theme

        theme = Theme(app, settings.theme)
    name = None
    if demo:  # a demo runs beside the agent's real window, not instead of it
        from agent_desk.ui.support.single_instance import server_name

        name = server_name(config_path) + "-demo"
    desk = Desk(config_path=config_path, profile_name=profile_name, settings=settings, instance_name=name, theme=theme)
    desk.language, desk.translator = language, translator
    return app, desk


def configure_logging(desk: Desk) -> Callable[[], None]:
    """Warnings to stderr (unless logging is set up already), and the desk's secret mask on every
    handler of the root logger: a secret a sign-in resolves never reaches a log line. Returns the
    function that takes the mask off again."""
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    return desk.secret_mask.install(root)


def tune_interpreter(app: QApplication) -> GuiCollector:
    """The process-wide interpreter settings, set once at start-up (after the views are built).

    * Garbage is collected on the GUI thread only (:mod:`agent_desk.ui.support.collector`). Buys: a
      collection triggered by a worker thread's allocations never destroys a Qt object in that thread
      (a crash in Qt's timer dispatch). Costs: a timer that looks at three counters ten times a second,
      a hundred times a second while a worker allocates fast (young collections then cover 10 ms of
      allocations: at 5,000 live calls the worst young pause 7.6 -> 2.4 ms, generation 1 23 -> 11.5 ms),
      a list of generation 1's objects when the young collections may have left it over
      :data:`~agent_desk.ui.support.collector.GENERATION_1_MAX` objects (then collected: the console's
      first load of 5,000 calls, generation 1 at most 14-17 -> 4-10 ms of CPU; the list: well under a millisecond), and
      a list of the oldest generation's objects (about 3 ms) at most every 10 s, when a full collection
      is due by the counts: it runs only if that generation grew by a quarter since the last one (with the
      freezing below it is empty after each, so one runs whenever the counts make it due).
    * GIL switch interval 1 ms (CPython's default is 5 ms). Buys: a worker thread (the keyring, the
      console refresher's reader decoding its messages; the refresher itself runs in a process of its
      own since the refproc branch) hands the GIL back to the GUI thread after at most 1 ms instead of
      5; with a parsing thread busy (the refresher, when it was a thread), the GUI thread's wake-up
      delay p99 went from 68-76 ms to 26-31 ms on the 2-core test machine. Costs: more GIL hand-offs while two threads
      both want it (each a few microseconds); nothing while only one thread runs Python.
    * ``gc.freeze()`` now, and in place of each full collection (the collector's ``thaw_every``): the
      objects alive (modules, classes, Qt wrappers: about 37,000 now; later the modules and views of
      the turns after start-up, the console's rows, the registry) move to a generation no collection
      scans. Buys: no full collection, which holds the GIL and so the GUI (at 5,000 live calls 19-30 ms
      of CPU; its first one after the console's load 15-30 ms), runs while the desk is watched; a
      generation-1 collection takes its place. Costs: a reference cycle among frozen objects is freed
      only at the next thaw: a full collection that unfreezes and scans everything, one pause a little
      longer than a full collection was without freezing (35 ms of CPU at 5,000 live calls), at the
      first full collection due at least :data:`~agent_desk.ui.support.collector.THAW_EVERY` seconds
      (10 minutes) after the last thaw while none of the desk's windows is the active one (the agent
      works elsewhere: nobody sees the pause), or after
      :data:`~agent_desk.ui.support.collector.THAW_LATEST` (an hour) anyway; reference counting frees
      frozen objects as before.
    """
    import gc

    from agent_desk.ui.support.collector import THAW_EVERY, GuiCollector

    sys.setswitchinterval(0.001)
    gc.freeze()
    collector = GuiCollector(app, thaw_every=THAW_EVERY, watched=lambda: app.activeWindow() is not None)
    collector.start()
    return collector


def adopt_loop(app: QApplication) -> asyncio.AbstractEventLoop:
    """A qasync loop on Qt's already running event loop, set as asyncio's current loop."""
    import asyncio

    import qasync

    loop = qasync.QEventLoop(app, already_running=True)
    asyncio.set_event_loop(loop)
    return loop


def main(
    *,
    config_path: Path | str | None,
    profile_name: str | None,
    demo: bool,
    open_uri: str | None,
    forward_args: list[str] | None = None,
    held_signals: Sequence[int] = (),
) -> int:
    """Run the window until the agent quits. Call ``forward_to_running`` first (see the module doc);
    ``forward_args`` go to a window that starts listening first (:meth:`Desk.listen_for_launches`);
    ``held_signals``: SIGINT or SIGTERM the caller received before this took them (the CLI holds them
    while it imports the window): the window quits on its first turn."""
    missing = no_display_reason(os.environ, sys.platform)
    if missing:
        print(f"{APP_NAME}: {missing}", file=sys.stderr)
        return 2
    from PySide6.QtCore import QTimer

    from agent_desk.interrupts import quit_signals
    from agent_desk.upgrade import pin_frozen_archive

    pin_frozen_archive()  # an upgrade of the installed files must not break later imports

    app, desk = bootstrap(config_path=Path(config_path) if config_path else None, profile_name=profile_name, demo=demo)
    configure_logging(desk)
    desk.forward_args = forward_args
    desk.show()
    loops: list[asyncio.AbstractEventLoop] = []
    early: list[str] = []
    links: LinkEvents | None = None
    # macOS sends links as events, also the one that launched the app. Only there: a filter on the
    # application runs Python for every event of every widget (~1,300 before the sign-in window).
    if sys.platform == "darwin":
        from agent_desk.ui.support.link_events import LinkEvents

        links = LinkEvents(app)
        app.installEventFilter(links)
        links.linkOpened.connect(early.append)

    def second_phase() -> None:
        link = open_uri or (early[-1] if early else None)
        if demo:
            loops.append(adopt_loop(app))
            desk.bring_up()
            desk.run_task(start_demo(desk, link), on_error=_demo_failed(desk))
        else:  # the loop comes when needed: on the next turn if the sign-in window opens (Desk.start)
            desk.start(link, adopt_loop=lambda: loops.append(adopt_loop(app)))
        if links is not None:
            links.linkOpened.disconnect()
            links.linkOpened.connect(desk.open_link)
        QTimer.singleShot(0, lambda: tune_interpreter(app))  # after the views start() queued: they are frozen too

    QTimer.singleShot(0, second_phase)
    desk.closed.connect(lambda: app.exit(0))  # not quit(): that asks windows, and ours hide to the tray
    # SIGINT (Ctrl-C in a terminal) and SIGTERM (a logout, systemctl stop) quit cleanly whenever they come.
    # The handler only starts a zero timer: Desk.quit runs on a turn of Qt's loop, never between two bytecodes
    # of whatever Python was running when the signal came, nor before app.exec() (QApplication.exit() does
    # nothing then: the loop ran on with the sign-in window up).
    stop = QTimer()
    stop.setSingleShot(True)
    stop.timeout.connect(desk.quit)
    wake = QTimer()  # Python runs signal handlers only between bytecodes: wake it twice a second
    wake.timeout.connect(lambda: None)
    wake.start(500)
    with quit_signals(lambda _signum: stop.start(0)):  # ``stop`` goes with this call: the handlers go first
        if held_signals:  # they came while the window was being imported
            stop.start(0)
        app.exec()
    for loop in loops:  # an adopted loop still counts as running until told to stop
        loop.stop()
        loop.close()
    if desk.restart_requested:  # the installed program was upgraded under us: start the new one
        from agent_desk.upgrade import restart_command

        command = restart_command()
        log.warning("restarting after an upgrade: %s", command[0])
        sys.stdout.flush()
        sys.stderr.flush()
        os.execv(command[0], command)
    return 0


# ---------------------------------------------------------------------------------- the demo
def free_loopback_port() -> int:
    """A TCP port free on 127.0.0.1 right now (for a listener whose URL must be known in advance)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _demo_failed(desk: Desk):
    from PySide6.QtCore import QCoreApplication

    from agent_desk.ui.common.messages import fill

    def show(exc: BaseException) -> None:
        log.error("the demo could not start", exc_info=exc)
        text = QCoreApplication.translate("Demo", "The demo PBX could not start: %1")
        desk.window.banner.show_text(fill(text, exc), "error")

    return show


async def start_demo(desk: Desk, open_uri: str | None = None) -> Simulator:
    """Start the simulator in this loop, write a throw-away demo config, and sign in as agent 101.

    Demo profiles of providers that register their callback URL by API (TEL4VN-family and OnePOS)
    get webhook events on one free loopback port (the listener registers its callback with the
    simulator, which then posts every call to it) and a demo CRM address; their secrets stay in
    memory.
    """
    import dataclasses
    import secrets
    import tempfile

    from PySide6.QtCore import QCoreApplication

    from agent_desk.config import WebhookSettings, save_config
    from agent_desk.demo import DEFAULT_PROFILE, write_demo_config
    from agent_desk.models import Capability
    from agent_desk.providers.registry import provider_spec
    from agent_desk.secrets import SecretStore
    from agent_desk.sim.server import Simulator
    from agent_desk.sim.world import SimSettings
    from agent_desk.ui.common.messages import fill

    directory = tempfile.TemporaryDirectory(prefix="agent-desk-demo-")
    sim = Simulator(SimSettings(rate_per_min=DEMO_RATE_PER_MIN))
    await sim.start()

    async def stop() -> None:
        await sim.stop()
        directory.cleanup()

    desk.cleanups.append(stop)
    demo = write_demo_config(sim, Path(directory.name))
    port = free_loopback_port()
    hooks = WebhookSettings(host="127.0.0.1", port=port, public_url=f"http://127.0.0.1:{port}")
    for name, profile in list(demo.config.profiles.items()):
        if Capability.WEBHOOK_REGISTRATION in provider_spec(profile.provider).capabilities:
            demo.config.profiles[name] = dataclasses.replace(
                profile,
                events="webhook",
                webhook=hooks,
                crm_url=DEMO_CRM_URL,
                # the simulated company's one webhook (OnePOS) is the demo desk's to take
                extra={**profile.extra, "register_webhook": True},
            )
            demo.secrets[name]["webhook_secret"] = secrets.token_urlsafe(16)
    save_config(demo.config, demo.path)
    desk.config_path = demo.path
    desk.profile_name = DEFAULT_PROFILE
    desk.secret_source = lambda p: demo.secret_store(p.name) if p.name in demo.secrets else SecretStore(p)
    text = QCoreApplication.translate(
        "Demo",
        "Demo: a simulated PBX on %1 sends an inbound call every few seconds. Nothing here reaches a real phone.",
    )
    desk.window.banner.show_text(fill(text, sim.base_url), "ok")
    desk.start(open_uri)
    return sim
