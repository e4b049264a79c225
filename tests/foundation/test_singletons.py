"""What a process holds between requests: every holder named, and at most four singletons.

Read from the source with ``ast`` (nothing is imported). A holder is anything that
keeps a value for the life of the process: a function under ``lru_cache`` or
``cache``, a module name a function rebinds (``global``), a module-level instance
of a class of the same module that is not a frozen dataclass (the
``get_settings = _CachedSettings()`` pattern),
an empty mutable container at module level (it is there to be filled), and the
Powertools logger and metrics.

Each one found must be listed below, in one of four kinds:

- a singleton holds what comes from the configuration or the outside world
  (settings, clients, connections), so a test or a new setting would have to
  replace it: those are the ones tests used to clear. At most four. The database,
  the limiters, the quota, the provider chains and the Google clients are not
  singletons: the services object holds them, and a test builds its own;
- an engine is built once from what ships with the code (no setting, no
  network) and then only computes;
- a memo keeps the result of a pure computation over constants;
- observability: Powertools' process-wide logger and metrics, and the facts
  only a process can know (whether this is its first invocation).

A new holder fails the test until it is listed with its reason, here, in review.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAYER = ROOT / "layers" / "common"

SINGLETONS = {
    "milio.settings.get_settings": "the settings, read once (again when a secret changes)",
    "milio.services.get_services": "the services of the current settings object",
    # Counted as a singleton by decision (issue 17), though by the rule above it is
    # an engine: hassil's templates compiled from the vocabularies.
    "milio.chat.understanding.matcher.get_matcher": "the fast path's compiled templates",
}
ENGINES = {
    "milio.chat.answers.renderer._renderer": "marked, loaded from the pinned file into V8",
    "milio.providers.calls._providers_loop": "the event loop thread blocking provider calls "
    "run on (an executor, like anyio's threads; the SDK clients are the services')",
}
MEMOS = {
    "milio.chat.model.decision.decision_output": "the decision's schema, per PDF or not",
    "milio.chat.model.prompts.decision_prompt": "the decision's system prompt, per action set",
    "milio.confusables._prototypes": "the confusables table, by prototype",
    "milio.chat.contract.catalog.template_words": "the words of the catalog's templates",
    "milio.chat.understanding.command_words.action_words": "the words that may make a command",
    "milio.chat.understanding.recognizer._pattern": "a template's possible starts as one "
    "regex (one per template: a closed set)",
    "milio.passwords._dummy_hashes": "the two hashes of no password that even out timing",
}
OBSERVABILITY = {
    "milio.observability.logger": "Powertools' logger, configured by env",
    "milio.observability.metrics": "Powertools' metrics, configured by env",
    "milio.observability._cold_start": "whether this process has been invoked yet",
    "milio.observability._cold_starts_counted": "the functions this process counted a "
    "ColdStart for (Web Adapter apps)",
}
LISTED = SINGLETONS | ENGINES | MEMOS | OBSERVABILITY

_CACHES = {"lru_cache", "cache"}
_HOLDER_CLASSES = {"Logger", "Metrics"}
_CONTAINERS = {"set", "dict", "list", "defaultdict", "deque", "OrderedDict"}


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _is_holder(value: ast.expr, local_classes: set[str]) -> bool:
    if isinstance(value, ast.Dict | ast.List) and not (
        value.keys if isinstance(value, ast.Dict) else value.elts
    ):
        return True
    if not isinstance(value, ast.Call):
        return False
    callee = _name(value)
    empty = not value.args and not value.keywords
    return (
        callee in local_classes
        or callee in _HOLDER_CLASSES
        or (callee in _CONTAINERS and (empty or callee == "defaultdict"))
    )


def _is_frozen(decorator: ast.expr) -> bool:
    """``@dataclass(frozen=True)``: its instances are values, not holders."""
    return (
        isinstance(decorator, ast.Call)
        and _name(decorator) == "dataclass"
        and any(k.arg == "frozen" and ast.literal_eval(k.value) for k in decorator.keywords)
    )


def held(source: str, module: str) -> set[str]:
    """The names under which ``source`` (the module ``module``) keeps a value for the process."""
    tree = ast.parse(source)
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            if any(_name(decorator) in _CACHES for decorator in node.decorator_list):
                found.add(f"{module}.{node.name}")
        elif isinstance(node, ast.Global):
            found.update(f"{module}.{name}" for name in node.names)
    local_classes = {
        node.name
        for node in tree.body
        if isinstance(node, ast.ClassDef) and not any(map(_is_frozen, node.decorator_list))
    }
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        if _is_holder(value, local_classes):
            found.update(f"{module}.{t.id}" for t in targets if isinstance(t, ast.Name))
    return found


def _sources() -> Iterator[tuple[str, Path]]:
    for path in (LAYER / "milio").rglob("*.py"):
        parts = path.relative_to(LAYER).with_suffix("").parts
        yield ".".join(parts[:-1] if parts[-1] == "__init__" else parts), path
    for path in [*(ROOT / "functions").glob("*/*.py"), *(ROOT / "devserver").rglob("*.py")]:
        yield path.relative_to(ROOT).with_suffix("").as_posix().replace("/", "."), path


def _held_everywhere() -> set[str]:
    return {name for module, path in _sources() for name in held(path.read_text(), module)}


def test_the_scan_finds_each_kind_of_holder_and_no_constant() -> None:
    source = """
import functools, re
from dataclasses import dataclass
from functools import lru_cache
from aws_lambda_powertools import Logger

class _Holder:
    pass

@dataclass(frozen=True)
class Value:
    name: str

PATTERN = re.compile("x")
NAMES = frozenset({"a"})
TABLE = {"a": 1}
seen = set()
by_key: dict[str, int] = {}
current = _Holder()
VALUE = Value("a")
logger = Logger()
_engine = None

@lru_cache(maxsize=1)
def built(): ...

@functools.cache
def memo(): ...

def lazily():
    global _engine
"""
    assert held(source, "m") == {
        "m.seen", "m.by_key", "m.current", "m.logger", "m._engine", "m.built", "m.memo",
    }  # fmt: skip


def test_every_process_wide_holder_is_listed_with_its_kind() -> None:
    found = _held_everywhere()
    assert found - set(LISTED) == set(), "a new holder: list it (and say why) above"
    assert set(LISTED) - found == set(), "a listed holder is gone: remove it from the list"


def test_at_most_four_singletons() -> None:
    assert len(SINGLETONS) <= 4
    kinds = (SINGLETONS, ENGINES, MEMOS, OBSERVABILITY)
    assert sum(map(len, kinds)) == len(LISTED)  # each holder in one kind only


def test_the_google_clients_are_the_services_not_the_process() -> None:
    google = {name for name in _held_everywhere() if name.startswith("milio.gmail.")}
    assert google == set()
