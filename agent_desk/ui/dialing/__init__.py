"""Click-to-call: the dialer every place dials through (sent at most once), the dial pad, and the
calls on the agent's extension since sign-in."""
