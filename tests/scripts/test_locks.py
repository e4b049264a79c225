"""The locks: every install set pinned with hashes, and stale the moment an input changes."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from scripts import locks
from scripts.install_locked import entries

ROOT = Path(__file__).resolve().parents[2]


def test_every_lock_matches_its_requirements() -> None:
    assert locks.stale() == [], "run `make lock`"


@pytest.mark.parametrize("lock", locks.LOCKS, ids=lambda lock: lock.path)
def test_every_entry_is_pinned_with_a_hash(lock: locks.Lock) -> None:
    pinned = entries(ROOT / lock.path)
    assert pinned
    for name, entry in pinned.items():
        assert re.match(r"^\S+==\S+", entry), name
        assert "--hash=sha256:" in entry, f"{name} has no hash in {lock.path}"


def copy_inputs(into: Path) -> None:
    for lock in locks.LOCKS:
        for name in (lock.path, *lock.inputs, *lock.constraints):
            for file in locks.input_files(ROOT / name) if name != lock.path else [ROOT / name]:
                target = into / file.relative_to(ROOT)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(file, target)


def test_a_changed_requirement_makes_its_locks_stale(tmp_path: Path) -> None:
    copy_inputs(tmp_path)
    assert locks.stale(tmp_path) == []
    feature = tmp_path / "layers/common/requirements-providers.txt"
    feature.write_text(feature.read_text().replace("groq==", "groq>="))
    stale = locks.stale(tmp_path)
    # The feature reaches every lock that includes it, through -r, and nothing else.
    assert "functions/chat/requirements.lock" in stale
    assert "functions/stream/requirements.lock" in stale
    assert "requirements-dev.lock" in stale
    assert "functions/email/requirements.lock" not in stale
    assert "layers/common/requirements.lock" not in stale


def test_a_changed_constraint_makes_the_locks_within_it_stale(tmp_path: Path) -> None:
    copy_inputs(tmp_path)
    deployed = tmp_path / locks.DEPLOYED
    deployed.write_text(deployed.read_text().replace("--hash=sha256:", "--hash=sha256:0", 1))
    stale = locks.stale(tmp_path)
    assert "layers/common/requirements.lock" in stale
    assert "functions/email/requirements.lock" in stale
    assert "requirements-bootstrap.lock" not in stale


def test_a_lock_edited_by_hand_is_stale_only_if_its_header_changed(tmp_path: Path) -> None:
    copy_inputs(tmp_path)
    bootstrap = tmp_path / "requirements-bootstrap.lock"
    bootstrap.write_text(bootstrap.read_text().replace("sha256 ", "sha256 0", 1))
    assert locks.stale(tmp_path) == ["requirements-bootstrap.lock"]


def test_the_deployed_locks_agree_on_every_shared_version() -> None:
    deployed = {name: entry.split()[0] for name, entry in entries(ROOT / locks.DEPLOYED).items()}
    built = ["layers/common/requirements.lock"]
    built += [f"functions/{name}/requirements.lock" for name in locks.FUNCTIONS]
    for path in built:
        for name, entry in entries(ROOT / path).items():
            assert entry.split()[0] == deployed[name], f"{path}: {name}"


def test_a_comment_changes_no_lock(tmp_path: Path) -> None:
    copy_inputs(tmp_path)
    feature = tmp_path / "layers/common/requirements-answers.txt"
    feature.write_text("# reworded\n\n" + feature.read_text().replace("\n", "  # why\n", 1))
    assert locks.stale(tmp_path) == []
