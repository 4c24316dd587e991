"""No import cycle among ``agent_desk`` modules at import time.

The graph is built from the sources (the AST), not by importing them: an edge ``a → b`` for every
``import`` that runs when ``a`` is imported — at module level, in class bodies, under module-level
``if``/``try`` — and not for imports inside functions or under ``if TYPE_CHECKING:`` (those run
later, or never). ``from agent_desk.pkg import name`` is an edge to ``agent_desk.pkg`` and, when
``name`` is a submodule, to it too. Importing ``a.b.c`` runs ``a/__init__`` and ``a/b/__init__``
first, so those are edges as well, except the importer's own packages (already running by then).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "agent_desk"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def import_time_nodes(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    """The import statements of ``body`` that run when it runs (not in functions, not TYPE_CHECKING)."""
    for node in body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        elif isinstance(node, ast.If):
            if not _is_type_checking(node.test):
                yield from import_time_nodes(node.body)
            yield from import_time_nodes(node.orelse)
        elif isinstance(node, ast.ClassDef):
            yield from import_time_nodes(node.body)
        else:  # try / with / for / while / match: every nested statement list runs at import
            for field in ("body", "orelse", "finalbody", "handlers", "cases"):
                for child in getattr(node, field, None) or ():
                    if isinstance(child, (ast.excepthandler, ast.match_case)):
                        yield from import_time_nodes(child.body)
                    elif isinstance(child, ast.stmt):
                        yield from import_time_nodes([child])


def imports_of(name: str) -> set[str]:
    """The ``agent_desk`` modules that importing ``name`` imports directly."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in import_time_nodes(ast.parse(path.read_text(encoding="utf-8")).body):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            targets = [source] + [f"{source}.{alias.name}" for alias in node.names]
        for target in targets:
            parts = target.split(".")
            found.update(".".join(parts[:end]) for end in range(1, len(parts) + 1))
    own = {".".join(name.split(".")[:end]) for end in range(1, name.count(".") + 2)}
    return {target for target in found if target in MODULES} - own


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_among_agent_desk_modules():
    graph = {name: imports_of(name) for name in MODULES}
    assert sum(len(edges) for edges in graph.values()) > 100, "the walk found the imports"
    found = cycles(graph)
    assert not found, "import cycles:\n" + "\n".join(" ↔ ".join(component) for component in found)


def test_the_walk_counts_what_runs_at_import_and_nothing_else():
    source = """
from __future__ import annotations
import agent_desk.config
from typing import TYPE_CHECKING
from agent_desk import errors
from . import models
if TYPE_CHECKING:
    from agent_desk.journal import Journal
try:
    from agent_desk.phone import dial_string
except ImportError:
    import agent_desk.notes
class A:
    from agent_desk.history import x
def f():
    import agent_desk.demo
"""
    body = ast.parse(source).body
    modules = {
        alias.name if isinstance(node, ast.Import) else f"{'.' * node.level}{node.module or ''}"
        for node in import_time_nodes(body)
        for alias in node.names
    }
    assert modules == {"__future__", "agent_desk.config", "typing", "agent_desk", ".", "agent_desk.phone"} | {
        "agent_desk.notes",
        "agent_desk.history",
    }
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
