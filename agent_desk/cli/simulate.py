"""``agent-desk simulate``: the PBX simulator in the foreground until Ctrl-C."""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agent_desk.cli.context import CommandContext


async def cmd_simulate(ctx: CommandContext) -> int:
    from agent_desk.demo import credentials_guide
    from agent_desk.errors import ConfigError
    from agent_desk.providers.registry import provider_spec
    from agent_desk.sim.server import Simulator
    from agent_desk.sim.world import SimSettings

    args = ctx.args
    for key in args.provider or ():
        provider_spec(key)  # ConfigError naming the known keys
    if args.rate < 0:
        raise ConfigError("--rate must not be negative")
    if not 0 <= args.port <= 65535:
        raise ConfigError(f"--port must be a port number (0-65535), got {args.port}")
    settings = SimSettings(rate_per_min=args.rate, **({} if args.seed is None else {"seed": args.seed}))
    providers = list(dict.fromkeys(args.provider)) if args.provider else None
    sim = Simulator(settings, providers=providers, host=args.host, port=args.port)
    from agent_desk.cli.runner import stop_signals

    async with stop_signals() as stop:
        try:
            await sim.start()
        except OSError as exc:
            await sim.stop()
            if exc.errno in (errno.EADDRINUSE, errno.EADDRNOTAVAIL, errno.EACCES):
                raise ConfigError(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None
            raise ConfigError(
                f"the simulator could not start: {exc.strerror or exc}" + (f" ({exc.filename})" if exc.filename else "")
            ) from None
        try:
            print(f"Simulator listening on {sim.base_url}", flush=True)
            print(credentials_guide(sim), flush=True)
            print("Press Ctrl-C to stop.", flush=True)
            await stop.wait()
        finally:
            await sim.stop()
    print("Simulator stopped.", flush=True)
    return 0
