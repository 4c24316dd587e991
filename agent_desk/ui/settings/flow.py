"""Runs the Settings dialog for a desk: open it, tell it where the secrets are, save what it asks.

*Save* (:meth:`SettingsFlow.apply`) stores the desk preferences and shows the theme, then — for
the edited profile — stores and forgets secrets in the keyring (worker thread), writes the
config file through :meth:`Desk.write_profile` (never over a file that could not be read), and
signs in again when the edited profile is the active one and changed. A problem keeps the
dialog open with everything as typed; nothing here blocks the GUI thread on the keyring.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from agent_desk.errors import KeyringUnavailable
from agent_desk.events.webhook_auth import listener_secret
from agent_desk.secrets import env_name, secret_sources, update_keyring
from agent_desk.settings_rules import SettingsChange
from agent_desk.ui.common.messages import error_text, fill
from agent_desk.ui.settings.dialog import SettingsDialog
from agent_desk.ui.support.tasks import in_worker

if TYPE_CHECKING:
    from agent_desk.config import Profile
    from agent_desk.ui.window.desk import Desk

log = logging.getLogger(__name__)


class SettingsFlow(QObject):
    """One desk's Settings dialog (at most one open) and what its Save does."""

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        self.desk = desk
        self.dialog: SettingsDialog | None = None

    def open(self) -> SettingsDialog:
        """Show the dialog on the active profile (or the last one), creating it if needed."""
        desk = self.desk
        if self.dialog is None:
            current = desk.session.profile.name if desk.session.profile else desk.settings.last_profile
            dialog = self.dialog = SettingsDialog(desk.config, desk.settings, current, desk.window)
            dialog.saveRequested.connect(self._save)
            dialog.profileShown.connect(self._show_secret_sources)
            dialog.finished.connect(self._closed)
            if profile := dialog.selected_profile():
                self._show_secret_sources(profile)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _show_secret_sources(self, profile: Profile) -> None:
        async def read() -> None:
            store = self.desk.secret_source(profile)
            sources = await in_worker(lambda: secret_sources(store))
            if self.dialog is not None:
                self.dialog.show_secret_sources(profile.name, sources, store.keyring_problem)
            if profile.events == "webhook":  # the URL the PBX is given carries the listener's secret
                secret = await in_worker(lambda: listener_secret(store))
                if self.dialog is not None:
                    self.dialog.show_listener_secret(profile.name, secret)

        self.desk.run_task(read())

    def _save(self, change: SettingsChange) -> None:
        def failed(exc: BaseException) -> None:
            log.error("saving the settings failed", exc_info=exc)
            if self.dialog is not None:
                self.dialog.show_error(error_text(exc))

        self.desk.run_task(self.apply(change), on_error=failed)

    async def apply(self, change: SettingsChange) -> bool:
        """Save ``change`` (see the module doc); False, with the dialog still open, on a problem."""
        desk = self.desk
        self.apply_preferences(change.prefs)
        profile = change.profile
        problems: list[str] = []
        if profile is not None:
            active = desk.session.profile
            resign = active is not None and active.name == profile.name
            desk.secret_mask.remember(change.store.values())  # typed or moved here: never in a log line
            if change.store or change.forget:
                try:
                    await in_worker(lambda: update_keyring(profile, change.store, change.forget))
                except KeyringUnavailable as exc:
                    problems.append(
                        error_text(exc)
                        if resign
                        else fill(
                            self.tr(
                                "No system keyring is available on this computer, so the secrets were not stored: set "
                                "them in environment variables instead (%1)."
                            ),
                            ", ".join(env_name(f) for f in change.store)
                            or ", ".join(env_name(f) for f in change.forget),
                        )
                    )
            if problems and profile.file_secrets:  # the file written would drop them
                problems.append(
                    self.tr(
                        "The profile was not saved: its config file holds secrets that would "
                        "be lost without a keyring to move them to."
                    )
                )
            elif problem := desk.write_profile(dataclasses.replace(profile, file_secrets={})):  # now in the keyring
                problems.append(problem)
            if resign and (active != profile or change.store or change.forget):
                desk.begin_sign_in(profile, change.store)  # what was typed is used even without a keyring
        if self.dialog is not None:
            if problems:
                self.dialog.show_error(" ".join(problems))
            else:
                self.dialog.saved()
        return not problems

    def apply_preferences(self, prefs: dict) -> None:
        """Desk preferences: stored, the theme shown, the Options menu ticked."""
        settings, window = self.desk.settings, self.desk.window
        prefs = dict(prefs)
        start_at_logon = prefs.pop("start_at_logon", None)
        if start_at_logon is not None:
            self._set_start_at_logon(start_at_logon)
        language_changed = prefs.get("language", settings.language) != settings.language
        for key, value in prefs.items():
            setattr(settings, key, value)
        settings.sync()
        window.sync_options()
        self.desk.apply_theme(settings.theme)
        if language_changed:
            self.desk.apply_language()
        self.desk.apply_global_call()

    def _set_start_at_logon(self, on: bool) -> None:
        """The system's own start-at-login setting (not ui.ini: IT and the installer set the same one)."""
        from agent_desk.autostart import Autostart

        autostart = Autostart()
        if autostart.enabled() == on:
            return
        try:
            autostart.set_enabled(on)
        except OSError as exc:
            self.desk.session.notice.emit(
                fill(self.tr("Starting at login could not be changed: %1"), exc.strerror or str(exc))
            )
