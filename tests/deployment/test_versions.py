"""Every change reaches users: the `live` alias moves to a new version when the layer's
content changes and when SnapStart is switched, read from the real SAM translator's output
(the transform CloudFormation runs at deploy) and CloudFormation's own resource schema."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from cfnlint.schema import PROVIDER_SCHEMA_MANAGER
from samcli.lib.utils.hash import dir_checksum

from tests.deployment.cloudformation import ROOT, resolve, translate

FUNCTIONS = ("AuthFunction", "ChatFunction", "EmailFunction", "StreamFunction")
ALL = (*FUNCTIONS, "TokenAuthorizerFunction")
SNAPSTART = ("AuthFunction", "ChatFunction", "EmailFunction", "TokenAuthorizerFunction")


def _artifacts(layer: Path) -> dict[str, str]:
    """The S3 URIs `sam package` would write: the key is the md5 of the folder's content
    (samcli's own dir_checksum), so only a change of content changes it."""
    folders = {"CommonLayer": layer} | {
        name: ROOT / "functions" / name.removesuffix("Function").lower() for name in FUNCTIONS
    }
    folders["TokenAuthorizerFunction"] = folders["AuthFunction"]
    return {name: f"s3://milio-artifacts/{dir_checksum(str(p))}" for name, p in folders.items()}


def _versions(template: dict[str, Any]) -> dict[str, str]:
    """Each function's version resource (logical id), found through its `live` alias."""
    resources = template["Resources"]
    return {
        name: resources[f"{name}Aliaslive"]["Properties"]["FunctionVersion"]["Fn::GetAtt"][0]
        for name in ALL
    }


@pytest.fixture(scope="module")
def layer_b(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The layer with one line of its logic changed, and nothing else."""
    copy = tmp_path_factory.mktemp("layer") / "common"
    shutil.copytree(ROOT / "layers/common", copy, ignore=shutil.ignore_patterns("__pycache__"))
    module = copy / "milio/tokens.py"
    module.write_text(module.read_text().replace('ALGORITHM = "HS256"', 'ALGORITHM = "HS256"  # B'))
    return copy


def test_a_change_to_the_layer_alone_publishes_a_new_version_of_every_function(
    layer_b: Path,
) -> None:
    layer_a = ROOT / "layers/common"
    before = _versions(translate(artifacts=_artifacts(layer_a)))
    again = _versions(translate(artifacts=_artifacts(layer_a)))
    after = _versions(translate(artifacts=_artifacts(layer_b)))

    assert again == before  # nothing changed: no new version, no churn on every deploy
    for name in ALL:
        assert after[name] != before[name], name


def test_switching_snapstart_replaces_the_version_the_alias_serves() -> None:
    """SAM hashes the unresolved ``!If`` of SnapStart, so the logical id stays; the
    version's Description follows the switch, and CloudFormation replaces a version (that
    is, publishes a new one) when a create-only property changes."""
    create_only = PROVIDER_SCHEMA_MANAGER.get_resource_schema(
        "us-east-1", "AWS::Lambda::Version"
    ).schema["createOnlyProperties"]
    assert "/properties/Description" in create_only

    off = translate({"ColdStartMitigation": "None"})
    on = translate({"ColdStartMitigation": "SnapStart"})
    provisioned = {"ColdStartMitigation": "ProvisionedConcurrency"}
    for name in SNAPSTART:
        version = _versions(on)[name]
        assert version == _versions(off)[name]  # the same resource, replaced
        description = on["Resources"][version]["Properties"]["Description"]
        with_snapstart = resolve(description, {"ColdStartMitigation": "SnapStart"})
        without = resolve(description, {"ColdStartMitigation": "None"})
        assert with_snapstart != without, name
        # Provisioned concurrency lives on the alias: no new version for it.
        assert resolve(description, provisioned) == without, name
        snap = on["Resources"][name]["Properties"]["SnapStart"]
        assert resolve(snap, {"ColdStartMitigation": "SnapStart"}) == {
            "ApplyOn": "PublishedVersions"
        }


def test_the_stream_function_takes_no_snapstart_and_so_no_replacement() -> None:
    """A replaced version whose function did not change would republish the same version
    and delete it on clean-up: the streaming function has no SnapStart, so no switch."""
    resources = translate({"ColdStartMitigation": "SnapStart"})["Resources"]
    assert "SnapStart" not in resources["StreamFunction"]["Properties"]
    assert (
        "Description"
        not in resources[_versions({"Resources": resources})["StreamFunction"]]["Properties"]
    )
