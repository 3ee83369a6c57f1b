"""Typed settings of the policy file's `settings.<section>`: one small model per section, its defaults
declared once, in the model (STYLE.md, "Defaults declared once", after spaCy's component config).

A check (or the SLA module) declares its section beside its code:

    @register_settings
    class ToneSettings(SectionSettings):
        section: ClassVar[str] = "tone"
        min_score: float = Field(default=0.5, ge=0, le=1)

The policy loader validates each market's merged `settings.<section>` against the model (unknown
keys, wrong types and out-of-range values stop the service at start, with a message naming the file,
the market and the key), and the check reads its values with `MarketPolicy.settings_of(ToneSettings)`.
policy.yaml may still write the defaults out, with the reason for each value beside it.
"""

from __future__ import annotations

from typing import Any, ClassVar, Mapping, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError


class SectionSettings(BaseModel):
    """One `settings.<section>` of the policy file. Subclasses set `section` and declare fields."""

    # extra="forbid": a misspelt key is an error, not a silently ignored value.
    model_config = ConfigDict(extra="forbid", frozen=True)
    section: ClassVar[str]
    # Keys a former version declared, with why they went: still an error (like any unknown key, so a
    # policy never carries a value that does nothing), but one that says to delete the key.
    removed: ClassVar[dict[str, str]] = {}


S = TypeVar("S", bound=SectionSettings)

_SECTIONS: dict[str, type[SectionSettings]] = {}


def register_settings(cls: type[S]) -> type[S]:
    """Class decorator: make `cls` the model of the policy's `settings.<cls.section>`."""
    known = _SECTIONS.get(cls.section)
    if known is not None and known.__qualname__ != cls.__qualname__:
        raise RuntimeError(f"two settings models are registered for settings.{cls.section}")
    _SECTIONS[cls.section] = cls
    return cls


def settings_models() -> dict[str, type[SectionSettings]]:
    """Every section the policy file may configure, by name."""
    # Importing these registers each check's settings and the SLA's (nothing heavy is loaded).
    import screening.checks  # noqa: F401
    import screening.sla.settings  # noqa: F401

    return dict(_SECTIONS)


def validate_section(model: type[S], values: Mapping[str, Any], where: str) -> S:
    """`values` as `model`; a ValueError naming `where`, each bad key, its value and what is allowed."""
    try:
        return model.model_validate(dict(values))
    except ValidationError as exc:
        raise ValueError(f"{where}: {'; '.join(_problem(model, err) for err in exc.errors())}") from None


def _problem(model: type[SectionSettings], err: Any) -> str:
    key = ".".join(str(part) for part in err["loc"])
    if err["type"] == "extra_forbidden":
        if key in model.removed:
            return f"key {key!r} is no longer used ({model.removed[key]}); delete it from the policy"
        return f"unknown key {key!r} (allowed: {', '.join(model.model_fields)})"
    value = err.get("input")
    return f"{key} = {value!r}: {err['msg']}"
