"""The one place that loads a model artifact from disk.

Layout (written by training/, see training/README.md):

    models/<check>/DEFAULT              one line: the version checks load when none is asked for
    models/<check>/<version>/card.json  what the model is: artifact file + sha256, data, metrics, ...
    models/<check>/<version>/<artifact> the joblib file named in card.json

A joblib file is a pickle and can run code when loaded, so the artifact's sha256 is compared with
the one in card.json BEFORE joblib.load; a mismatch raises ModelError naming the file, and since
checks load their model in `build`, the service refuses to start.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

log = logging.getLogger(__name__)

DEFAULT_POINTER = "DEFAULT"
CARD_FILE = "card.json"
# Versions are folder names; keep them to safe characters so a pointer file cannot escape models/.
_VERSION_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


class ModelError(RuntimeError):
    """A model cannot be used; the message names the file, the problem and the fix."""


@dataclass(frozen=True)
class LoadedModel:
    """A verified artifact with its card."""

    check: str
    version: str
    path: Path  # the version folder
    card: Mapping[str, Any] = field(repr=False)
    artifact: Any = field(repr=False)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_version_name(version: str) -> str:
    if not _VERSION_RE.match(version):
        raise ModelError(f"model version {version!r} is not a valid folder name (letters, digits, '.', '_', '-')")
    return version


def default_version(models_dir: Path, check: str) -> str:
    """The version named by models/<check>/DEFAULT."""
    pointer = Path(models_dir) / check / DEFAULT_POINTER
    try:
        version = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise ModelError(
            f"no default {check} model: {pointer} does not exist; train one with `screening train {check}` "
            f"or pass a models folder that has one"
        ) from None
    if not version:
        raise ModelError(f"{pointer} is empty; it must name a version folder of {pointer.parent}")
    return check_version_name(version)


def read_card(version_dir: Path) -> dict[str, Any]:
    card_path = version_dir / CARD_FILE
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"model card {card_path} does not exist") from None
    except json.JSONDecodeError as exc:
        raise ModelError(f"model card {card_path} is not valid JSON: {exc}") from None
    artifact = card.get("artifact") if isinstance(card, dict) else None
    if (
        not isinstance(artifact, dict)
        or not isinstance(artifact.get("file"), str)
        or not isinstance(artifact.get("sha256"), str)
    ):
        raise ModelError(f"model card {card_path} needs an 'artifact' entry with 'file' and 'sha256'")
    if Path(artifact["file"]).name != artifact["file"]:
        raise ModelError(f"model card {card_path}: artifact file {artifact['file']!r} must be a plain file name")
    checked: dict[str, Any] = card  # a dict: `artifact` above is only set when it is one
    return checked


def load_model(models_dir: Path, check: str, version: str | None = None) -> LoadedModel:
    """Find, verify and load models/<check>/<version>/ (the DEFAULT version when `version` is None)."""
    models_dir = Path(models_dir)
    version = check_version_name(version) if version else default_version(models_dir, check)
    version_dir = models_dir / check / version
    if not version_dir.is_dir():
        known = (
            sorted(p.name for p in (models_dir / check).iterdir() if p.is_dir())
            if (models_dir / check).is_dir()
            else []
        )
        raise ModelError(
            f"model folder {version_dir} does not exist; known {check} versions: {', '.join(known) or 'none'}"
        )
    card = read_card(version_dir)
    artifact_path = version_dir / card["artifact"]["file"]
    if not artifact_path.is_file():
        raise ModelError(f"model artifact {artifact_path} named in {version_dir / CARD_FILE} does not exist")
    actual = sha256_file(artifact_path)
    expected = card["artifact"]["sha256"].lower()
    if actual != expected:
        # Never unpickle a file we cannot vouch for: joblib.load can execute code.
        raise ModelError(
            f"model artifact {artifact_path} does not match its card: sha256 is {actual}, "
            f"{version_dir / CARD_FILE} expects {expected}; the file was changed or corrupted. "
            f"Restore it (git checkout) or retrain with `screening train {check}`"
        )
    import joblib  # imported here: loading models is start-up work, never import-time work

    artifact = joblib.load(artifact_path)
    log.info("model_loaded check=%s version=%s sha256=%s", check, version, actual[:12])
    return LoadedModel(check=check, version=version, path=version_dir, card=card, artifact=artifact)


__all__ = ["LoadedModel", "ModelError", "default_version", "load_model", "read_card", "sha256_file"]
