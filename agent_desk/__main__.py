"""``python -m agent_desk`` runs the same entry point as the ``agent-desk`` script."""

import sys

from agent_desk.cli import main

sys.exit(main())
