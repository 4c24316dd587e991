"""The README's "Code map" is the layout as it is: every package and every top-level core module
of ``agent_desk`` has its line, and every line names something that exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "agent_desk"


def code_map() -> list[str]:
    """The paths the tree in the README's "Code map" section names, e.g. ``agent_desk/ui/window``."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Code map\n", 1)[1]
    tree = section.split("```\n", 2)[1]
    paths, stack = [], []
    for line in tree.splitlines():
        match = re.match(r"^([│├└─ ]*)(\S+)\s", line + " ")
        if not match or not re.match(r"[\w.-]+/?$", match.group(2)):
            continue
        depth = len(match.group(1)) // 4
        stack[depth:] = [match.group(2).rstrip("/")]
        paths.append("/".join(stack))
    return paths


def test_every_package_and_core_module_has_its_line_and_every_line_exists():
    named = code_map()
    assert named, "no tree under '## Code map'"
    missing = [p for p in named if not (ROOT / p).exists()]
    assert not missing, f"the code map names what does not exist: {missing}"
    packages = {str(p.parent.relative_to(ROOT)) for p in PACKAGE.rglob("__init__.py")}
    core_modules = {str(p.relative_to(ROOT)) for p in PACKAGE.glob("*.py") if not p.name.startswith("__")}
    others = {"tests", "tests/helpers", "tests/ui", "tests/bench", "packaging"}
    unmapped = sorted((packages | core_modules | others) - set(named))
    assert not unmapped, f"add to the README's code map: {unmapped}"
