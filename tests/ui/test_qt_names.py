"""No widget or QObject of ours hides a Qt member by accident.

A method or attribute named like one of its Qt base class's (``actions``, ``render``, ``update``...)
silently replaces it for every caller, Qt's own included. Only Qt's virtual functions, which are
meant to be overridden, may share a name: the event handlers, ``eventFilter`` and the item-model
methods.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil

from PySide6.QtCore import QObject

import agent_desk.ui

#: Qt virtuals a subclass overrides on purpose (besides every ``...Event`` handler).
VIRTUALS = {
    "__init__",
    "eventFilter",
    "event",
    "data",
    "setData",
    "flags",
    "rowCount",
    "columnCount",
    "headerData",
    "filterAcceptsRow",
    "sort",
    "sizeHint",
    "minimumSizeHint",
    "paint",
}


def _qt_base(cls: type) -> type:
    return next(base for base in cls.__mro__ if base.__module__.startswith("PySide6"))


def _own_names(node: ast.ClassDef) -> dict[str, int]:
    """Methods the class defines and attributes it assigns on ``self``, with their line numbers."""
    names = {n.name: n.lineno for n in node.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    for sub in ast.walk(node):
        if (
            isinstance(sub, ast.Attribute)
            and isinstance(sub.ctx, ast.Store)
            and isinstance(sub.value, ast.Name)
            and sub.value.id == "self"
        ):
            names.setdefault(sub.attr, sub.lineno)
    return names


def test_no_ui_class_hides_a_member_of_its_qt_base(qapp):
    checked, found = 0, []
    for info in pkgutil.walk_packages(agent_desk.ui.__path__, "agent_desk.ui."):
        module = importlib.import_module(info.name)
        if not getattr(module, "__file__", None) or info.ispkg:
            continue
        tree = ast.parse(inspect.getsource(module))
        for node in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            cls = getattr(module, node.name, None)
            if not (inspect.isclass(cls) and issubclass(cls, QObject)):
                continue
            checked += 1
            base = _qt_base(cls)
            for name, line in _own_names(node).items():
                if hasattr(base, name) and name not in VIRTUALS and not name.endswith("Event"):
                    found.append(f"{info.name}:{line}: {node.name}.{name} hides {base.__name__}.{name}")
    assert checked > 30, "the walk found the widgets"
    assert not found, "rename:\n" + "\n".join(found)
