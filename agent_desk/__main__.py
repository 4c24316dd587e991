"""``python -m agent_desk`` runs the same entry point as the ``agent-desk`` script.

It is also the frozen bundle's entry point (packaging/agent-desk.spec): ``freeze_support()`` comes
first, so a child process the desk spawns (the console's refresher, :mod:`agent_desk.supervisor.worker`)
runs its target there instead of a second desk.
"""

import multiprocessing
import sys

multiprocessing.freeze_support()

from agent_desk.cli import main  # noqa: E402 - after freeze_support: a spawned child never gets here

sys.exit(main())
