"""The supervisor console: live calls, actions on them, agents and queue figures.

Imported only when a supervisor signs in (see :meth:`agent_desk.ui.window.desk.Desk.sync_console`).

* :mod:`.models` — table models that apply the core's incremental diffs in place (never a reset
  on refresh), so selection, scroll position and sort order survive every refresh.
* :mod:`.actions` — listen / whisper / barge / transfer: toolbar, context menu, single-key
  shortcuts, the transfer picker, barge confirmation, results and refusals in words.
* :mod:`.panels` — the agents panel and the queue panel with its live chart (QtCharts, imported
  when the panel is built).
* :mod:`.view` — :class:`~.view.SupervisorConsole`, the tab that puts them together and runs the
  refresher in a child process (:mod:`agent_desk.supervisor.worker`).
"""

from agent_desk.ui.console.view import SupervisorConsole

__all__ = ["SupervisorConsole"]
