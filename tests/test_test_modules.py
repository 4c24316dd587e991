"""No test module imports another test module: what tests share lives in tests/helpers/ or in a
conftest.py fixture (importing a test module runs its tests' imports and fixtures twice, and ties
one module's tests to another's internals)."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def _is_test_module(dotted: str) -> bool:
    parts = dotted.split(".")
    return parts[0] == "tests" and parts[-1].startswith("test_")


def imported_test_modules(source: str, package: str) -> list[str]:
    """The test modules ``source`` imports (``import tests.x.test_y``, ``from tests.test_y import z``,
    ``from tests import test_y``), relative imports resolved against its ``package``."""
    packages = package.split(".")
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if _is_test_module(alias.name)]
        elif isinstance(node, ast.ImportFrom):
            base = packages[: len(packages) - node.level + 1] if node.level else []
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            if _is_test_module(module):
                found.append(module)
            found += [f"{module}.{a.name}" for a in node.names if _is_test_module(f"{module}.{a.name}")]
    return found


def _package(path: Path) -> str:
    return ".".join(["tests", *path.parent.relative_to(TESTS).parts])


def test_no_test_module_imports_another_test_module():
    offenders = {
        str(path.relative_to(TESTS)): imported
        for path in sorted(TESTS.rglob("*.py"))
        if (imported := imported_test_modules(path.read_text(encoding="utf-8"), _package(path)))
    }
    assert offenders == {}, "move what they share into tests/helpers/ or a conftest.py fixture"


def test_the_check_sees_every_form_of_import():
    source = (
        "import tests.test_cli\nfrom tests.ui.test_console import x\nfrom tests import test_cli\n"
        "from . import test_console\nfrom .test_pops import y\nfrom tests.helpers import until\n"
        "from tests.ui.conftest import z\nimport tests.helpers.qt\n"
    )
    assert imported_test_modules(source, "tests.ui") == [
        "tests.test_cli",
        "tests.ui.test_console",
        "tests.test_cli",
        "tests.ui.test_console",
        "tests.ui.test_pops",
    ]


def test_one_free_port_helper():
    """Loopback ports for tests come from tests/helpers/net.py (the benchmarks included), not from copies."""
    defined = sorted(
        str(path.relative_to(TESTS))
        for path in TESTS.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef) and node.name == "free_port"
    )
    assert defined == ["helpers/net.py"]
