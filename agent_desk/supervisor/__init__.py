"""The supervisor console's Qt-free core: who may see it, incremental diffs, the refresher.

* :mod:`.diff` — rows keyed by id (live calls, agents, queues) compared field by field: what was
  inserted, changed and removed since the last read.
* :mod:`.refresher` — polls the provider's live calls, agents and queue figures on an interval,
  backs off with jitter when the PBX fails (the data is then *stale*, with the time it was last
  good), merges call events, and publishes one :class:`~.refresher.Update` per change.
* :mod:`.worker` — runs a refresher with its own provider in a child process (:mod:`.child`; the
  messages between them: :mod:`.wire`), so reading thousands of live calls never holds the GUI
  process's GIL.
* :mod:`.trend` — the calls-waiting / answered-per-minute series of the queue chart.
"""

from __future__ import annotations

from agent_desk.config import Profile
from agent_desk.models import AccountStatus

#: Account levels that unlock the console. TEL4VN's ``/v1/auth`` answers ``"level": "admin"`` for
#: its administrators (the only level its document prints); "supervisor" and "manager" are the
#: other names call centers give the role. Compared ignoring case.
SUPERVISOR_LEVELS = frozenset({"admin", "supervisor", "manager"})


def is_supervisor(profile: Profile | None, account: AccountStatus | None) -> bool:
    """True when the profile says ``role = "supervisor"`` or the login's level is a supervisor level."""
    if profile is not None and profile.role == "supervisor":
        return True
    level = (account.level or "").strip().lower() if account is not None else ""
    return level in SUPERVISOR_LEVELS
