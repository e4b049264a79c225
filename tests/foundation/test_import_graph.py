"""The layer's imports point one way: no circles, and no infrastructure that imports the domain.

Read from the source with ``ast`` (nothing is imported): every ``import`` and
``from ... import`` of our own modules, module-level or inside a function, is an
edge. The devserver and the functions are walked with the layer.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAYER = ROOT / "layers" / "common"
# Infrastructure: it serves the domain and never imports it.
INFRASTRUCTURE = ("milio.db", "milio.hrana", "milio.quota", "milio.ratelimit", "milio.providers")
DOMAIN = "milio.chat"


def _modules() -> dict[str, Path]:
    found = {}
    for base, top in ((LAYER, LAYER / "milio"), (ROOT, ROOT / "devserver")):
        for path in top.rglob("*.py"):
            parts = path.relative_to(base).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    for path in (ROOT / "functions").glob("*/*.py"):
        found[path.stem] = path  # each function's folder is on its own path
    return found


def _imported(path: Path, name: str) -> Iterator[str]:
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {
        name: {target for target in _imported(path, name) if target in modules and target != name}
        for name, path in modules.items()
    }


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
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


def test_the_walk_sees_the_layer_the_functions_and_the_devserver() -> None:
    graph = _graph()
    assert {"milio.chat.pipeline", "milio.services", "chat_api", "devserver.gateway"} <= set(graph)
    assert "milio.chat.contract.catalog" in graph["milio.chat.pipeline"]


def test_no_module_imports_itself_back_through_others() -> None:
    assert _cycles(_graph()) == []


def test_the_cycle_finder_finds_a_circle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_infrastructure_never_imports_the_chat_domain() -> None:
    graph = _graph()
    upward = sorted(
        (name, target)
        for name, targets in graph.items()
        if name.startswith(INFRASTRUCTURE)
        for target in targets
        if target == DOMAIN or target.startswith(DOMAIN + ".")
    )
    assert upward == []
