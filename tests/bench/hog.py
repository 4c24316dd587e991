"""A fixed, documented CPU load for the stall figures: one busy Python process pinned to a core.

``with hog(cpu):`` runs ``taskset -c CPU python -c 'while 1: pass'`` for the block (cpu None: no
load). An agent's PC is rarely idle; on the 2-core bench machine this takes the other core, so the
desk's GUI thread, its worker threads and processes and the simulator share what is left (README.md,
"CPU hog"; the refresher process and the console bench's simulator run below the desk's priority).
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
from collections.abc import Iterator

SPIN = "while 1: pass"


@contextlib.contextmanager
def hog(cpu: int | None) -> Iterator[dict[str, object] | None]:
    """Keep core ``cpu`` busy for the block; yields what the report records about the load."""
    if cpu is None:
        yield None
        return
    taskset = shutil.which("taskset")
    if taskset is None:
        raise SystemExit("--hog needs taskset (util-linux)")
    command = [taskset, "-c", str(cpu), sys.executable, "-c", SPIN]
    process = subprocess.Popen(command)
    try:
        yield {"cpu": cpu, "command": f"taskset -c {cpu} python -c '{SPIN}'", "pid": process.pid}
    finally:
        process.terminate()
        process.wait(10)
