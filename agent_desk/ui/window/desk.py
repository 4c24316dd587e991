"""The application object: wires the session, dialer, pops, tray, single-instance server and the
main window, and runs the flows that span them (start-up sign-in, the sign-in window, profile
switching, tel: links, quitting).

Two phases, so the first window is interactive about as fast as a bare Qt window:

* ``Desk(...)`` builds the session, the dialer and the main window: Qt widgets only, no asyncio,
  no SVG engine, no QtNetwork, no SQLite;
* :meth:`Desk.start` (on the event loop's first turn, once the window is painted) adds the icons
  and the theme, reads the config and opens the sign-in window (or signs in); the single-instance
  server (:meth:`Desk.listen_for_launches`), the tray, the menus' actions and the keyboard shortcuts,
  the softphone watchdog, the screen-pops, the journal, the call card and the tabs follow on the next turn
  (:meth:`Desk.build_views`), and before any sign-in can finish.
  :meth:`Desk.bring_up` builds all of it at once.

Network work runs as asyncio tasks on the qasync loop; blocking keyring access runs in a worker
thread. Nothing here blocks the GUI thread on the network.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal

from agent_desk.config import Config, Profile, SaveRefusal, load_config, put_profile
from agent_desk.errors import AgentDeskError, ConfigError, KeyringUnavailable
from agent_desk.logmask import SecretMask
from agent_desk.phone import LINK_SCHEMES, load_in_background, strip_link
from agent_desk.secrets import SecretStore, remember_secrets, resolve_secrets
from agent_desk.ui.common.messages import error_text, fill
from agent_desk.ui.dialing.dialer import Dialer
from agent_desk.ui.settings.preferences import UiSettings
from agent_desk.ui.support.tasks import TaskSet, in_worker
from agent_desk.ui.window.layout_memory import LayoutMemory
from agent_desk.ui.window.main_window import MainWindow
from agent_desk.ui.window.session import Session
from agent_desk.upgrade import InstallWatch, frozen

if TYPE_CHECKING:
    import asyncio

    from PySide6.QtCore import QTranslator

    from agent_desk.ui.callcard.callbacks import CallbackReminder
    from agent_desk.ui.callcard.card import CallCardView
    from agent_desk.ui.callcard.transfer import OwnTransfer
    from agent_desk.ui.common.theme import Theme
    from agent_desk.ui.console import SupervisorConsole
    from agent_desk.ui.console.campaigns import CampaignsView
    from agent_desk.ui.console.reports import ReportsView
    from agent_desk.ui.dialing.global_call import GlobalCall
    from agent_desk.ui.history.view import HistoryView
    from agent_desk.ui.journal.notes import Notes
    from agent_desk.ui.journal.view import JournalView
    from agent_desk.ui.missed.tracker import MissedTracker
    from agent_desk.ui.missed.view import MissedView
    from agent_desk.ui.pops.manager import PopManager
    from agent_desk.ui.settings.dialog import SettingsDialog
    from agent_desk.ui.settings.flow import SettingsFlow
    from agent_desk.ui.support.single_instance import InstanceServer
    from agent_desk.ui.window.login_dialog import LoginDialog
    from agent_desk.ui.window.taskbar import TaskbarCount
    from agent_desk.ui.window.tray import Tray
    from agent_desk.ui.window.watchdog import SoftphoneAlert, SoftphoneWatchdog
    from agent_desk.wrapup import Callback

log = logging.getLogger(__name__)
NOTIFICATION_S = 6.0  # how long the tray shows a notification (Tray.notify)

INSTALL_CHECK_MS = 10_000  # how often the installed program is compared with the running one


def dial_link(args: list[str]) -> str | None:
    """The first ``tel:``/``callto:``/``sip:`` argument, if any."""
    return next((a for a in args if a.lower().startswith(LINK_SCHEMES)), None)


def profile_arg(args: list[str]) -> str | None:
    """The ``--profile NAME`` (or ``--profile=NAME``) among a later launch's arguments, if any."""
    for index, arg in enumerate(args):
        if arg == "--profile" and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith("--profile="):
            return arg.split("=", 1)[1]
    return None


class Desk(QObject):
    """One running Agent Desk. ``secret_source(profile)`` gives the store secrets are read from
    (default: environment, keyring, file; the demo passes its own)."""

    closed = Signal()  # after shutdown(): the application may quit

    def __init__(
        self,
        *,
        config_path: Path | None = None,
        profile_name: str | None = None,
        settings: UiSettings | None = None,
        secret_source: Callable[[Profile], SecretStore] = SecretStore,
        instance_name: str | None = None,
        theme: Theme | None = None,
    ) -> None:
        super().__init__()
        self.config_path = config_path
        self.profile_name = profile_name
        self.settings = settings or UiSettings()
        self.secret_source = secret_source
        #: masks every secret a sign-in resolves in every log line; ``app.main()`` installs it
        self.secret_mask = SecretMask()
        self.instance_name = instance_name
        self.language = "en"  # the interface language installed (app.bootstrap sets it)
        self.translator: QTranslator | None = None  # its translator (None for English)
        self.config = Config(profiles={}, path=config_path)
        self.config_problem = ""  # set when the file could not be read: then it is never overwritten
        self.session = Session(self)
        self.dialer = Dialer(self.session, self)
        self.window = MainWindow(self.session, self.dialer, self.settings)
        self.layout_memory = LayoutMemory(self.window, self.window.tabs, self.settings)
        self.history: HistoryView | None = None  # the tabs come with bring_up(), built when first shown
        self.pops: PopManager | None = None
        self.notes: Notes | None = None  # the journal and its note writer, shared by the pops and the tabs
        self.transfer: OwnTransfer | None = None  # transfer my call, from a pop or the call card
        self.call_card: CallCardView | None = None
        self.missed: MissedTracker | None = None  # the missed list, its badge and the catch-up
        self.missed_view: MissedView | None = None
        self.softphone_alert: SoftphoneAlert | None = None  # the watchdog's persistent alert
        self.watchdog: SoftphoneWatchdog | None = None
        self.callbacks: CallbackReminder | None = None  # scheduled callbacks and their reminders
        self.taskbar: TaskbarCount | None = None  # the missed calls on the taskbar entry
        self.global_call: GlobalCall | None = None  # the system-wide key that calls the selected number
        self._clickable: tuple[float, Callback] | None = None  # the callback notification on screen, since when
        self.journal_view: JournalView | None = None
        self.tray: Tray | None = None  # with the views (_bring_up_rest)
        self._core_up = False  # bring_up()'s first part ran (_bring_up_core)
        self._quitting = False  # quit() ran: the shutdown is under way or done
        self.instance: InstanceServer | None = None
        #: this launch's arguments, handed to the window already listening on our name if one is found
        #: when we listen (two launches at once; ``app.main`` sets them); None: run beside it
        self.forward_args: list[str] | None = None
        self.login: LoginDialog | None = None
        self.settings_flow: SettingsFlow | None = None
        self.theme = theme  # made in bring_up() unless the app forced one before the first window
        if theme is not None:
            theme.changed.connect(self._restyle)
        self.pending_link: str | None = None
        self.console: SupervisorConsole | None = None  # the Supervisor tab, while a supervisor is signed in
        self.supervisor_views: list[CampaignsView | ReportsView] = []  # the Campaigns and Reports tabs, with it
        #: coroutines run on quit, after signing out (the demo stops its simulator here)
        self.cleanups: list[Callable[[], Awaitable[None]]] = []
        self._sign_in_task: asyncio.Task | None = None
        self._adopt_loop: Callable[[], object] | None = None  # until start() has the loop adopted
        self._tasks = TaskSet()
        #: notices an upgrade of the installed program (None when run from source: nothing is installed)
        self.install_watch: InstallWatch | None = InstallWatch() if frozen() else None
        self.restart_requested = False  # app.main() starts the new program after the desk closed
        self._update_said = False
        w = self.window
        w.switchProfileRequested.connect(lambda: self.open_login())
        w.signOutRequested.connect(self.sign_out)
        w.quitRequested.connect(self.quit)
        w.languageChosen.connect(self._language_chosen)
        w.settingsRequested.connect(lambda: self.open_settings())
        self.session.changed.connect(self.sync_console)

    def show(self) -> None:
        """Show the main window as it was left (the first thing the agent sees; nothing slow here)."""
        self.layout_memory.restore_geometry()
        self.window.show()

    # ------------------------------------------------------------------ second phase
    def bring_up(self, *, views: bool = True) -> None:
        """Icons and theme (once; needs the event loop), and with ``views`` the single-instance server
        (not yet listening), the tray, the shortcuts, the softphone watchdog, the screen-pops, the
        journal, the call card and the History, Journal and Missed tabs (:meth:`build_views`)."""
        if not self._core_up:
            self._bring_up_core()
        if views:
            self._instance_server()
            self.build_views()

    def _instance_server(self) -> InstanceServer:
        if self.instance is None:
            from agent_desk.ui.support.single_instance import InstanceServer, server_name

            self.instance = InstanceServer(self.instance_name or server_name(self.config_path), self)
            self.instance.received.connect(self.handle_args)
        return self.instance

    def listen_for_launches(self) -> bool:
        """Listen for later launches (:class:`InstanceServer`, QtNetwork: on the turn after the sign-in
        window, which does not need it). False when this launch quits instead: another one started at
        about the same time (both found no window running) listens already and took
        :attr:`forward_args`. Without them, or if it does not answer, this one runs on beside it."""
        server = self._instance_server()
        if server.listening() or server.listen():  # (a second start() must not find itself answering)
            return True
        if self.forward_args is not None:
            from agent_desk.ui.support.single_instance import forward_to_running

            if forward_to_running(self.forward_args, name=server.name):
                log.warning("another Agent Desk started at the same time and took this launch's arguments")
                self.quit()
                return False
        log.warning("another Agent Desk answers on %s; this one will not receive tel: links", server.name)
        return True

    def _bring_up_core(self) -> None:
        """What the sign-in window's first frame shows besides it: the window's icons, the theme."""
        self._core_up = True
        self.window.complete()
        self.apply_theme(self.settings.theme)
        if self.install_watch is not None:
            from PySide6.QtCore import QTimer

            self._install_timer = QTimer(self)
            self._install_timer.timeout.connect(self.check_install)
            self._install_timer.start(INSTALL_CHECK_MS)
        self.window.hiddenToTray.connect(self._say_hidden_to_tray)

    def _bring_up_rest(self) -> None:
        """What is not in the sign-in window's first frame (once, with the views: :meth:`build_views`,
        ~20 ms there): the tray icon and its menu, the window menus' actions and keyboard shortcuts, the softphone
        watchdog and its alert, the taskbar's count and the system-wide call key."""
        if self.tray is not None or not self._core_up:
            return
        from agent_desk.ui.dialing.global_call import GlobalCall
        from agent_desk.ui.window.taskbar import TaskbarCount
        from agent_desk.ui.window.tray import Tray
        from agent_desk.ui.window.watchdog import SoftphoneAlert, SoftphoneWatchdog

        w = self.window
        self.tray = t = Tray(self.session, self.dialer, self)
        t.showRequested.connect(w.bring_to_front)
        t.signOutRequested.connect(self.sign_out)
        t.quitRequested.connect(self.quit)
        t.clipboardDialRequested.connect(w.dial_pad.call_clipboard)
        t.icon.messageClicked.connect(self._notification_clicked)
        t.show()
        w.close_to_tray = t.available
        w.add_actions()
        w.add_shortcuts()
        self.taskbar = TaskbarCount(w, self.run_task)
        self.softphone_alert = SoftphoneAlert(w)
        w.add_alert(self.softphone_alert)
        self.watchdog = SoftphoneWatchdog(self.session, self.softphone_alert, self)
        self.watchdog.dropped.connect(lambda text: t.notify(self.tr("Softphone not registered"), text))
        self.global_call = GlobalCall(self.call_selected, self)
        self.apply_global_call()

    def build_pops(self) -> None:
        """The journal, its note writer and the screen-pops (once, after :meth:`bring_up`'s core).

        :meth:`start` builds them on the turn after the sign-in window is up (the window needs none
        of them, and their modules and SQLite cost ~50 ms and ~2 MB), and :meth:`sign_in`
        before it signs in, so they listen before the first call event can arrive and a pop's first
        show pays no import."""
        if self.pops is not None or self.tray is None:  # (the tray comes first: _bring_up_rest)
            return
        load_in_background()  # the first call's row and pop format its number: not on this thread
        from agent_desk.journal import journal_calls
        from agent_desk.ui.journal.notes import Notes
        from agent_desk.ui.pops.manager import PopManager

        w = self.window
        self.notes = Notes(self)
        self.pops = PopManager(self.session, self.dialer, self.settings, self.notes, self)
        # After the pops: the core session calls its subscribers in order, so a call's journal
        # write (which waits for the disk) comes once its pop is on screen.
        journal_calls(self.session.core, self.notes.record)
        self.pops.notify.connect(self._notify)
        self.pops.customerFound.connect(w.call_log.set_customer)
        w.popActionRequested.connect(self.pops.act)
        if self.theme is not None:
            self.pops.restyle()

    def build_views(self) -> None:
        """The screen-pops (:meth:`build_pops`), the call card (with my-call transfer and callbacks) and
        the History, Journal and Missed tabs (once, after :meth:`bring_up`'s core): :meth:`start` builds
        them on the turn after the sign-in window is up, since that window needs none of them (with
        the loop, ~130 ms and ~13 MB on the 2-core test machine: the start-up bench's views_built), and
        first what :meth:`_bring_up_rest` adds."""
        self._bring_up_rest()
        self.build_pops()
        if self.call_card is not None or self.pops is None:
            return
        from agent_desk.ui.callcard.callbacks import CallbackReminder, DueCallbacks
        from agent_desk.ui.callcard.card import CallCardView
        from agent_desk.ui.callcard.transfer import OwnTransfer
        from agent_desk.ui.history.view import HistoryView
        from agent_desk.ui.journal.view import JournalView
        from agent_desk.ui.missed.tracker import MissedTracker
        from agent_desk.ui.missed.view import MissedView

        w, pops, notes = self.window, self.pops, self.notes
        assert notes is not None  # made with the pops
        self.transfer = transfer = OwnTransfer(self.session, self)
        self.callbacks = CallbackReminder(self.session, self.dialer, notes, self)
        self.call_card = CallCardView(self.session, notes, transfer, pops.open_crm, self.callbacks, w)
        w.add_call_card(self.call_card)
        pops.customerFound.connect(self.call_card.set_customer)
        pops.transferRequested.connect(lambda call_id, phone, name: transfer.start(call_id, phone, name))
        transfer.reported.connect(lambda text, ok: None if ok else self.session.notice.emit(text))
        if self.theme is not None:
            self.call_card.restyle()

        self.history = HistoryView(self.session, self.dialer, w, self.pops.notes.customer)
        w.add_view(self.history, self.tr("History"))
        w.historySearchRequested.connect(self.search_history)
        self.journal_view = JournalView(self.session, self.dialer, notes, w)
        w.add_view(self.journal_view, self.tr("Journal"))
        self.missed = MissedTracker(self.session, self.dialer, notes, self)
        self.missed_view = MissedView(self.missed, self.dialer, w)
        w.add_view(self.missed_view, self.tr("Missed"))
        self.missed.changed.connect(self._missed_changed)
        self.missed.added.connect(lambda _calls: self._missed_changed())
        self.missed.caughtUp.connect(lambda report: self._say_once(self.missed.away_text(report)))
        self.missed.noHistory.connect(self._say_once)
        self.missed.failed.connect(self.session.notice.emit)
        pops.customerFound.connect(self.missed.customer_found)
        self.missed.dialling.connect(self.callbacks.called)
        self.missed_view.add_section(DueCallbacks(self.callbacks, self.missed_view))
        self.callbacks.reminded.connect(self._callback_due)
        self.callbacks.failed.connect(self.session.notice.emit)
        pops.notes.notice.connect(self.session.notice.emit)
        self.layout_memory.restore_views()

    def run_task(self, coro, on_error: Callable[[BaseException], None] | None = None) -> asyncio.Task:
        """Run ``coro`` on the loop for as long as the desk lives (errors go to ``on_error`` or the log)."""
        self._ensure_loop()
        return self._tasks.spawn(coro, on_error)

    def _ensure_loop(self) -> None:
        """Adopt the asyncio loop :meth:`start` was given, if that has not happened yet."""
        adopt, self._adopt_loop = self._adopt_loop, None
        if adopt is not None:
            adopt()

    def start(self, open_link: str | None = None, *, adopt_loop: Callable[[], object] | None = None) -> None:
        """Bring up the rest, read the config, sign in (or ask how to), and on the next turn listen for
        later launches (:meth:`listen_for_launches`) and build the views.

        ``adopt_loop`` starts the asyncio loop (``app.main``'s qasync loop; None: it runs already). A
        sign-in needs it at once; the sign-in window does not (nor asyncio and ssl: ~50 ms and
        ~5 MB), so then it comes on the next turn of Qt's loop, after the window's first frame,
        with the views (:meth:`build_views`), and before the agent can press Sign in (which would
        adopt it too). The views come on that turn either way, before a sign-in, which waits on the
        keyring and the PBX, can finish.
        """
        from PySide6.QtCore import QTimer

        self._adopt_loop = adopt_loop
        self.bring_up(views=False)
        QTimer.singleShot(0, self, self._next_turn)
        self.pending_link = open_link
        if open_link:
            self.window.dial_pad.number.setText(strip_link(open_link))
        try:
            self.config = load_config(self.config_path)
        except ConfigError as exc:
            self.config_problem = error_text(exc)
            self.window.banner.show_text(self.config_problem, "error")
        profile = self._start_profile()
        if profile is None:
            self.open_login()
        else:
            self.begin_sign_in(profile)

    def _next_turn(self) -> None:
        if self.listen_for_launches():
            self._ensure_loop()
            self.build_views()

    def _start_profile(self) -> Profile | None:
        for name in (self.profile_name, self.settings.last_profile, self.config.default_profile):
            if name and name in self.config.profiles:
                return self.config.profiles[name]
        if len(self.config.profiles) == 1:
            return next(iter(self.config.profiles.values()))
        return None

    # ------------------------------------------------------------------ sign-in
    def open_login(self, error: str = "", current: str | None = None) -> LoginDialog:
        """Show the sign-in window (creating it if needed), with ``error`` under the form."""
        from agent_desk.ui.window.login_dialog import LoginDialog

        if self.login is None:
            if current is None:
                current = self.session.profile.name if self.session.profile else self.settings.last_profile
            self.login = LoginDialog(self.config, current, self.window)
            self.login.submitted.connect(lambda p, typed, remember: self.begin_sign_in(p, typed, remember))
            self.login.cancelRequested.connect(self._cancel_sign_in)
            self.login.finished.connect(self._login_closed)
        if error:
            self.login.show_error(error)
        self.login.show()
        self.login.raise_()
        self.login.activateWindow()
        return self.login

    def _login_closed(self) -> None:
        if self.login is not None:
            self.login.deleteLater()
        self.login = None

    def begin_sign_in(self, profile: Profile, typed: dict[str, str] | None = None, remember: bool = False) -> None:
        def failed(exc: BaseException) -> None:  # a bug, not a PBX answer: say so, keep the details in the log
            log.error("signing in failed", exc_info=exc)
            self.open_login(error_text(exc), profile.name)

        self._cancel_sign_in()
        self._sign_in_task = self.run_task(self.sign_in(profile, typed or {}, remember), on_error=failed)

    def _cancel_sign_in(self) -> None:
        if self._sign_in_task is not None and not self._sign_in_task.done():
            self._sign_in_task.cancel()

    async def sign_in(self, profile: Profile, typed: dict[str, str], remember: bool) -> bool:
        """Resolve secrets (worker thread), log in, save the profile, remember secrets if asked.
        The pops and views are built first if they are not yet (:meth:`build_views`)."""
        self.build_views()
        base = self.secret_source(profile)

        def resolve() -> SecretStore:
            store = resolve_secrets(profile, typed, base)
            self.secret_mask.remember(store.known_values())
            return store

        secrets = await in_worker(resolve)
        try:
            await self.session.sign_in(profile, secrets)
        except AgentDeskError as exc:
            self.open_login(error_text(exc), profile.name)
            return False
        self._save_profile(profile)
        self.settings.last_profile = profile.name
        self.settings.sync()
        if remember and typed:
            try:
                await in_worker(lambda: remember_secrets(profile, typed))
            except KeyringUnavailable as exc:
                self.window.banner.show_text(error_text(exc), "warn")
        if self.login is not None:
            self.login.accept()
        link, self.pending_link = self.pending_link, None
        if link:
            self.open_link(link)
        return True

    def _save_profile(self, profile: Profile) -> None:
        problem = self.write_profile(profile)
        if problem:
            self.window.banner.show_text(problem, "warn")

    def write_profile(self, profile: Profile) -> str:
        """Put ``profile`` in the config file (see :func:`agent_desk.config.put_profile` for when it
        is not); the reason it could not be written, in the agent's words, or ''."""
        saved = put_profile(self.config, profile, self.config_path, readable=not self.config_problem)
        if saved.refusal is SaveRefusal.UNREADABLE:
            return fill(
                self.tr("The profile is used but not saved, because the config file has a problem: %1"),
                self.config_problem,
            )
        if saved.refusal is SaveRefusal.FILE_SECRETS:
            return fill(
                self.tr(
                    "The profile is used but not saved: the config file holds secrets written by hand "
                    "(profile %1), which saving would remove. Store them in the keyring with "
                    "“agent-desk secret set” or in environment variables, then remove them from the "
                    "file."
                ),
                ", ".join(saved.holders),
            )
        if saved.refusal is SaveRefusal.WRITE_FAILED:
            return fill(self.tr("The profile could not be saved: %1"), saved.error)
        return ""

    def sign_out(self) -> None:
        async def run() -> None:
            await self.session.sign_out()
            self.window.banner.hide()
            self.open_login()

        self._cancel_sign_in()
        self.run_task(run())

    # ------------------------------------------------------------------ supervisor console
    def sync_console(self) -> None:
        """Show the Supervisor tab while a supervisor is signed in (see
        :func:`agent_desk.supervisor.is_supervisor`); take it away on sign-out or a profile switch."""
        from agent_desk.supervisor import is_supervisor

        session = self.session
        wanted = session.signed_in and is_supervisor(session.profile, session.account)
        if self.console is not None and (not wanted or self.console.provider is not session.provider):
            for view in (self.console, *self.supervisor_views):
                view.stop()
                self.window.remove_view(view)
                view.deleteLater()
            self.console = None
            self.supervisor_views = []
        if wanted and self.console is None:
            from agent_desk.ui.console import SupervisorConsole
            from agent_desk.ui.console.campaigns import CampaignsView
            from agent_desk.ui.console.reports import ReportsView

            self.console = SupervisorConsole(session, self.window)
            self.window.add_view(self.console, self.tr("Supervisor"))
            self.supervisor_views = [CampaignsView(session, self.window), ReportsView(session, self.window)]
            self.window.add_view(self.supervisor_views[0], self.tr("Campaigns"))
            self.window.add_view(self.supervisor_views[1], self.tr("Reports"))
            self.console.alertRaised.connect(self._supervisor_alert)
            self.console.start()

    # ------------------------------------------------------------------ later launches and links
    def handle_args(self, args: list[str]) -> None:
        """Arguments of a later launch: dial its tel: link, else just come to the front.

        A ``--profile`` other than the signed-in one is not switched to behind the agent's back (a call
        may be on): the window says so, and how to switch.
        """
        wanted = profile_arg(args)
        current = self.session.profile.name if self.session.profile is not None else None
        if wanted and current and wanted != current:
            text = self.tr(
                "Agent Desk is already open with profile “%1”, so it did not switch to “%2”. "
                "To use “%2”, sign out and choose it."
            )
            self.window.banner.show_text(fill(text, current, wanted), "warn")
        link = dial_link(args)
        if link:
            self.open_link(link)
        else:
            self.window.bring_to_front()

    def search_history(self) -> None:
        """Ctrl+F from anywhere in the window: the History tab, with the cursor in its number filter."""
        if self.history is None:  # before bring_up(): no tabs yet
            return
        self.window.tabs.setCurrentWidget(self.history)
        self.window.bring_to_front()
        self.history.ensure_built()
        self.history.filters.focus_phone()

    def open_link(self, link: str) -> None:
        """Dial a tel:/callto: link now, or once signed in."""
        self.window.bring_to_front()
        if self.session.signed_in:
            self.window.dial_pad.dial_text(link)
            return
        self.pending_link = link
        self.window.dial_pad.number.setText(strip_link(link))
        self.window.dial_pad.show_error(self.tr("The number will be dialled once you are signed in."))

    # ------------------------------------------------------------------ upgrades
    def check_install(self) -> None:
        """After an upgrade of the installed program: say so once, and restart as soon as the agent is idle."""
        if self.install_watch is None or not self.install_watch.changed() or self.restart_requested:
            return
        if not self._update_said:
            self._update_said = True
            self.window.banner.show_text(
                self.tr(
                    "Agent Desk was updated. It restarts by itself as soon as no call is open, "
                    "or quit and start it again now."
                ),
                "warn",
            )
        if self.idle():
            log.warning("the installed program changed; restarting while idle")
            self.restart_requested = True
            self.quit()

    def idle(self) -> bool:
        """No screen-pop open and no click-to-call under way: a restart would interrupt nothing."""
        no_pop = self.pops is None or self.pops.current() is None
        return no_pop and not self.dialer.waiting

    # ------------------------------------------------------------------ missed calls
    def _missed_changed(self) -> None:
        """The count on the Missed tab, the tray icon and the taskbar."""
        assert self.missed is not None and self.missed_view is not None
        count = self.missed.count()
        index = self.window.tabs.indexOf(self.missed_view)
        title = fill(self.tr("Missed (%1)"), count) if count else self.tr("Missed")
        self.window.tabs.setTabText(index, title)
        if self.tray is not None:
            self.tray.set_missed(count)
        if self.taskbar is not None:
            self.taskbar.set_count(count)

    def _callback_due(self, callback: Callback) -> None:
        """A scheduled callback's time came: a notification that dials on a click, and the banner."""
        import time

        from agent_desk.ui.callcard.callbacks import callback_words

        words = callback_words(callback)
        self.window.banner.show_text(fill(self.tr("Time to call back %1 (Missed tab: Call now)."), words), "warn")
        if self.tray is not None and self.settings.notify:
            self._clickable = (time.monotonic(), callback)
            self.tray.notify(self.tr("Callback due"), fill(self.tr("Call back %1 — click to call now"), words))

    def _notification_clicked(self) -> None:
        """A click on the callback notification (shown for 6 s) dials it."""
        import time

        clickable, self._clickable = self._clickable, None
        if clickable is not None and time.monotonic() - clickable[0] < NOTIFICATION_S and self.callbacks is not None:
            problem = self.callbacks.call(clickable[1])
            if problem:
                self.session.notice.emit(problem)

    def _say_hidden_to_tray(self) -> None:
        """The first time the close button hides the window, say where Agent Desk went."""
        if self.tray is None or self.settings.told_close_to_tray:
            return
        self.tray.notify(
            self.tr("Agent Desk is still running"),
            self.tr("It keeps listening for your calls in the tray. To quit, use Quit in the tray menu."),
        )
        self.settings.told_close_to_tray = True
        self.settings.sync()

    def _say_once(self, text: str) -> None:
        """A catch-up's finding: in the banner unless it holds an error (the Missed tab keeps it too)."""
        if not (self.window.banner.isVisible() and self.window.banner.level == "error"):
            self.window.banner.show_text(text, "warn")

    # ------------------------------------------------------------------ notifications, language, quit
    def _supervisor_alert(self, text: str) -> None:
        """A console alert started: a desktop notification even while the window is in front."""
        if self.tray is not None and self.settings.notify:
            self.tray.notify(self.tr("Supervisor alert"), text)

    def _notify(self, title: str, text: str) -> None:
        if self.tray is not None and self.settings.notify and not self.window.isActiveWindow():
            self.tray.notify(title, text)

    def _language_chosen(self, code: str) -> None:
        self.settings.language = code
        self.settings.sync()
        self.window.sync_options()
        self.apply_language()

    def apply_global_call(self) -> None:
        """Hold the system-wide shortcut the settings name (none when off); say plainly when it cannot be."""
        from agent_desk.ui.dialing.global_call import problem_text

        if self.global_call is None or self.global_call.shortcut == self.settings.global_call:
            return
        problem = self.global_call.set_shortcut(self.settings.global_call)
        if problem:
            self.window.banner.show_text(problem_text(problem), "warn")

    def call_selected(self, text: str) -> None:
        """The system-wide shortcut was pressed: call ``text`` (the selection, else the clipboard)
        as the dial pad would; a problem goes to a notification, since another program has the focus."""
        pad = self.window.dial_pad
        if not text:
            pad.show_error(self.tr("Nothing is selected or copied: select or copy a phone number first."))
        else:
            pad.dial_text(text)
        if pad.error.isVisible() and self.tray is not None:
            self.tray.notify(self.tr("Cannot call"), pad.error.text())

    def apply_language(self) -> None:
        """Show every window in the language the settings now choose, at once
        (:mod:`agent_desk.ui.common.retranslate`): the session, pops, tabs and typed text stay."""
        from PySide6.QtWidgets import QApplication

        from agent_desk.ui.common.i18n import choose_language
        from agent_desk.ui.common.retranslate import switch_language

        new = choose_language(self.settings.language)
        app = QApplication.instance()
        if new == self.language or not isinstance(app, QApplication):
            return
        self.translator = switch_language(app, self.language, new, self.translator)
        self.language = new
        self.session.changed.emit()  # texts made of several pieces are made again

    # ------------------------------------------------------------------ settings and theme
    def open_settings(self) -> SettingsDialog:
        """Show the Settings dialog (one at a time; see :mod:`agent_desk.ui.settings.flow`)."""
        from agent_desk.ui.settings.flow import SettingsFlow

        if self.settings_flow is None:
            self.settings_flow = SettingsFlow(self)
        return self.settings_flow.open()

    def apply_theme(self, choice: str) -> None:
        """Show the theme ``choice`` (system, light, dark) and recolour the views."""
        if self.theme is None:
            from PySide6.QtWidgets import QApplication

            from agent_desk.ui.common.theme import Theme

            self.theme = Theme(cast(QApplication, QApplication.instance()), choice, parent=self)  # the GUI runs
            self.theme.changed.connect(self._restyle)
            if self.theme.custom:  # else the views keep the palette they were built with (~8 ms saved)
                self._restyle()
        elif self.theme.choice != choice:
            self.theme.apply(choice)  # changed → _restyle

    def _restyle(self) -> None:
        self.window.restyle()
        if self.pops is not None:
            self.pops.restyle()
        if self.call_card is not None:
            self.call_card.restyle()
        if self.softphone_alert is not None:
            self.softphone_alert.restyle()

    def quit(self) -> None:
        """Shut down and close (``closed``); once: a second quit (the tray's Quit, another Ctrl-C or
        SIGTERM while the first one's shutdown awaits the PBX) changes nothing."""
        if self._quitting:
            log.info("already quitting")
            return
        self._quitting = True
        self._cancel_sign_in()
        if not self._core_up:  # closed before the second phase: nothing runs yet
            self.window.hide()
            self.closed.emit()
            return
        self.run_task(self.shutdown())

    async def shutdown(self) -> None:
        """Close pops, sign out (events stop, webhooks are unregistered), run cleanups, stop listening."""
        self.layout_memory.save()
        if self.pops is not None:
            self.pops.close_all()
        if self.notes is not None:
            self.notes.flush()
        await self.session.sign_out()
        if self.pops is not None:
            self.pops.notes.close()  # the calls still queued for the journal are written
        for cleanup in self.cleanups:
            try:
                await cleanup()
            except Exception:  # quitting must finish
                log.exception("cleanup failed")
        if self.instance is not None:
            self.instance.close()
        if self.taskbar is not None and self.taskbar.launcher is not None:
            await self.taskbar.launcher.close()
        if self.global_call is not None:
            self.global_call.stop()
        if self.tray is not None:
            self.tray.icon.hide()
            self.tray.close_quick_dial()
        if self.login is not None:
            self.login.close()
        self.window.close_to_tray = False
        self.window.hide()
        self.closed.emit()
