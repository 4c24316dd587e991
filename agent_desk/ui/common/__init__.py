"""Shared by every tab: errors worded as translated sentences (messages), the status colours and
the status bar (status), light and dark (theme), the interface language (i18n), resource paths."""
