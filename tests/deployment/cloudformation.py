"""The template as CloudFormation receives it: transformed by the SAM translator (the one
`sam deploy` uses), and the few intrinsic functions the tests evaluate."""

from __future__ import annotations

import copy
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from samtranslator.translator.transform import transform
from samtranslator.yaml_helper import yaml_parse

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "template.yaml"
# What a deployment would substitute for the pseudo parameters.
STACK_NAME = "milio-test"
STACK_ID = (
    "arn:aws:cloudformation:us-east-1:123456789012:stack/milio-test/"
    "0b5e1a90-7d3c-11ef-9c3a-0e4d5f6a7b8c"
)
PSEUDO = {
    "AWS::StackName": STACK_NAME,
    "AWS::StackId": STACK_ID,
    "AWS::Region": "us-east-1",
    "AWS::AccountId": "123456789012",
    "AWS::Partition": "aws",
}


NO_VALUE = object()  # what Ref AWS::NoValue gives: the property or item is left out


class _NoManagedPolicies:
    """The template names managed policies by ARN only: nothing to look up."""

    def load(self) -> dict[str, str]:
        return {}


def translate(
    parameters: dict[str, Any] | None = None, artifacts: dict[str, str] | None = None
) -> dict[str, Any]:
    """template.yaml through the SAM translator, as CloudFormation's transform runs it with
    the stack's ``parameters``. Local CodeUri/ContentUri become the S3 URIs ``sam package``
    gives them: ``artifacts`` maps a resource to its URI, else a fixed placeholder."""
    template = yaml_parse(TEMPLATE.read_text())
    for name, resource in template["Resources"].items():
        props = resource.get("Properties", {})
        for key in ("CodeUri", "ContentUri"):
            if key in props:
                props[key] = (artifacts or {}).get(name, f"s3://milio-artifacts/{name}.zip")
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    result: dict[str, Any] = transform(template, parameters or {}, _NoManagedPolicies())
    return result


@lru_cache(maxsize=1)
def _transformed() -> dict[str, Any]:
    return translate()


def transformed() -> dict[str, Any]:
    """The CloudFormation template the deployment creates (a fresh copy per call)."""
    return copy.deepcopy(_transformed())


def defaults() -> dict[str, Any]:
    return {name: spec.get("Default") for name, spec in transformed()["Parameters"].items()}


def resolve(value: Any, refs: dict[str, Any] | None = None) -> Any:
    """Evaluate Ref, Fn::Sub, Fn::Select, Fn::Split and Fn::If with the parameters' defaults,
    the pseudo parameters and ``refs`` (what a resource's Ref gives; parameters given there
    override their defaults)."""
    names = PSEUDO | defaults() | (refs or {}) | {"AWS::NoValue": NO_VALUE}
    if isinstance(value, list):
        return [item for item in (resolve(item, refs) for item in value) if item is not NO_VALUE]
    if not isinstance(value, dict):
        return value
    if len(value) == 1:
        ((function, argument),) = value.items()
        if function in _FUNCTIONS:
            return _FUNCTIONS[function](argument, names, refs)
    resolved = {key: resolve(item, refs) for key, item in value.items()}
    return {key: item for key, item in resolved.items() if item is not NO_VALUE}


def _ref(name: str, names: dict[str, Any], _refs: dict[str, Any] | None) -> Any:
    return names[name]


def _select(argument: list[Any], _names: dict[str, Any], refs: dict[str, Any] | None) -> Any:
    index, items = argument
    return resolve(items, refs)[int(index)]


def _split(argument: list[Any], _names: dict[str, Any], refs: dict[str, Any] | None) -> Any:
    separator, text = argument
    return str(resolve(text, refs)).split(separator)


def _sub(argument: Any, names: dict[str, Any], refs: dict[str, Any] | None) -> str:
    text, local = (argument, {}) if isinstance(argument, str) else argument
    variables = names | {k: resolve(v, refs) for k, v in local.items()}
    for name, replacement in variables.items():
        text = text.replace("${" + name + "}", str(replacement))
    assert "${" not in text, f"unresolved variable in {text[:200]}"
    return str(text)


def _if(argument: list[Any], names: dict[str, Any], refs: dict[str, Any] | None) -> Any:
    condition, when_true, when_false = argument
    chosen = when_true if holds(condition, refs) else when_false
    return resolve(chosen, refs)


def holds(condition: str, refs: dict[str, Any] | None = None) -> bool:
    """Whether a condition of the template holds, given the parameters in ``refs``."""
    return bool(_evaluate(transformed()["Conditions"][condition], refs))


_CONNECTIVES: dict[str, Any] = {
    "Fn::Not": lambda values: not values[0],
    "Fn::And": all,
    "Fn::Or": any,
}


def _evaluate(expression: Any, refs: dict[str, Any] | None) -> Any:
    if not isinstance(expression, dict):
        return expression
    ((function, argument),) = expression.items()
    if function == "Condition":
        return holds(argument, refs)
    if function == "Fn::Equals":
        left, right = (str(resolve(_evaluate(item, refs), refs)) for item in argument)
        return left == right
    if function in _CONNECTIVES:
        return _CONNECTIVES[function]([_evaluate(item, refs) for item in argument])
    return resolve(expression, refs)


_FUNCTIONS = {
    "Ref": _ref, "Fn::Select": _select, "Fn::Split": _split, "Fn::Sub": _sub, "Fn::If": _if,
}  # fmt: skip
