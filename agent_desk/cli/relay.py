"""``agent-desk relay serve|token``: run the company's call-event relay and manage its desk tokens.

* ``relay serve``: serve until SIGINT/SIGTERM (then close every desk with "restarting").
* ``relay token add EXTENSION [--supervisor]``: prints the grant and, as the last line on stdout,
  the new token (shown once, kept only as a hash). ``--json`` prints one object with ``token``.
* ``relay token list``: id, extension, role, created. ``relay token revoke ID``: exit 2 for an
  unknown id. A running relay picks every change up without a restart.

``--config FILE`` names ``relay.toml`` (default ``$AGENT_DESK_RELAY_CONFIG`` or ``relay.toml`` in
the config directory).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agent_desk.cli.context import CommandContext
    from agent_desk.relay.config import RelayConfig


def _config(ctx: CommandContext) -> RelayConfig:
    from agent_desk.relay.config import load_relay_config

    path = ctx.args.config
    return load_relay_config(Path(path) if path else None)


async def cmd_relay(ctx: CommandContext) -> int:
    action = ctx.args.relay_action
    config = _config(ctx)
    if action == "serve":
        return await _serve(config)
    return await _token(ctx, config)


async def _serve(config: RelayConfig) -> int:
    import logging

    from agent_desk.cli.runner import stop_signals
    from agent_desk.relay.runtime import serve

    logging.getLogger("agent_desk.relay").setLevel(logging.INFO)
    async with stop_signals() as stop:
        await serve(config, stop)
    return 0


async def _token(ctx: CommandContext, config: RelayConfig) -> int:
    from agent_desk.errors import ConfigError
    from agent_desk.relay.runtime import token_book

    args = ctx.args
    book = token_book(config)
    try:
        if args.token_action == "add":
            grant, token = await book.add(args.extension, args.supervisor)
            if args.json:
                print(json.dumps({**grant.to_json(), "token": token}))
            else:
                role = "supervisor (every call)" if grant.supervisor else f"extension {grant.extension}"
                print(f"token {grant.id} for {role}; give it to the desk as relay_token (it is shown only now):")
                print(token)
            return 0
        if args.token_action == "list":
            grants = await book.grants()
            if args.json:
                print(json.dumps({"tokens": [g.to_json() for g in grants]}))
            for g in [] if args.json else grants:
                print(f"{g.id}  {g.extension:<8}  {'supervisor' if g.supervisor else 'desk':<10}  {g.created}")
            return 0
        if not await book.revoke(args.id):
            raise ConfigError(f"relay token: there is no token with id '{args.id}' (see 'agent-desk relay token list')")
        print(f"token {args.id} revoked; its desks are disconnected within one heartbeat", file=sys.stderr)
        return 0
    finally:
        await book.close()
