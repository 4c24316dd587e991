"""``agent-desk --provision URL|FILE``: install the profiles IT provisions into this user's config.

See :mod:`agent_desk.provision`. Prints where the profiles went and, on stderr, every secret the file
held (dropped, never written); exit 0, 2 for a wrong file (naming the field), 3 or 4 when the server
refused or could not be reached.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agent_desk.cli.context import CommandContext


async def cmd_provision(ctx: CommandContext) -> int:
    from pathlib import Path

    from agent_desk.errors import ConfigError
    from agent_desk.provision import install, parse, read

    args = ctx.args
    if getattr(args, "handler", None) is not None or args.demo:
        raise ConfigError("--provision takes no command and no --demo")
    source = args.provision
    provisioned = parse(await read(source), source)
    path = install(provisioned, Path(args.config) if args.config else None)
    names = ", ".join(f"'{name}'" for name in provisioned.config.profiles)
    print(f"Provisioned profile {names} into {path}; the first sign-in asks only for the agent's own credentials.")
    for field in provisioned.dropped:
        print(
            f"{field} is a secret: it was not written (the agent types it at sign-in, or set "
            f"AGENT_DESK_{field.rsplit('.', 1)[1].upper()} on this computer).",
            file=sys.stderr,
        )
    return 0
