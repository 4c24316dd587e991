"""Screen-pops: the manager (one pop per ringing inbound call, never two) and the pop window."""
