"""The window itself: start-up (app), the Desk that wires everything, the main window, sign-in,
the Qt face of the session, shortcuts and the tray."""
