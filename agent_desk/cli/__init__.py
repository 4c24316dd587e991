"""The ``agent-desk`` command line: every provider operation for agents, scripts and CRM integrations.

Contract (stable: scripts and CRMs call it):

* ``--json`` prints exactly one JSON object on stdout (lists sit inside an object, e.g.
  ``{"calls": [...]}``); otherwise short aligned human lines.
* Exit status: 0 done, 2 usage or configuration error, 3 the PBX refused, 4 the PBX is
  unreachable or timed out, 5 the provider cannot do it (each error's ``exit_code``), 1 an
  internal error, 130 interrupted by Ctrl-C (or SIGTERM for ``events``). The window quits as its
  Quit does on Ctrl-C and SIGTERM alike, whenever they come (:func:`.runner._open_window`), and exits 0.
* An error is one line on stderr, ``agent-desk: <message>``. An unexpected exception writes its
  traceback, with every secret in use masked, to ``<data dir>/logs/cli.log`` and says so in one line.
* Secrets never come from the command line: ``secret set`` reads stdin or prompts.

Heavy modules (httpx, providers, the simulator) are imported inside the command functions, so
``agent-desk --version`` starts in a few tens of milliseconds.

Package layout: :mod:`.parser` (arguments), :mod:`.context` (one command's profile, secrets and
log masking), :mod:`.runner` (``main``, errors, exit status), :mod:`.output` (JSON and tables),
:mod:`.commands` (provider commands), :mod:`.secret` and :mod:`.simulate` (local commands),
:mod:`.tour` (``--demo --tour``).
"""

from __future__ import annotations

from agent_desk.cli.parser import PROG
from agent_desk.cli.runner import execute, main, stop_signals

__all__ = ["PROG", "execute", "main", "stop_signals"]
