"""The policy's `settings.tone` (rule R2), typed, with its defaults."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from screening.core.settings import SectionSettings, register_settings


@register_settings
class ToneSettings(SectionSettings):
    section: ClassVar[str] = "tone"
    # Scores are the model's probability rescaled so that 0.5 is the per-language threshold chosen on
    # validation data (models/tone/<version>/card.json "thresholds"), i.e. the `tone.*` flag level of
    # the policy's actions. Nothing is reported below min_score; a finding points at the one phrase
    # that weighs most. The model version is models/tone/DEFAULT (written by `screening train tone`).
    min_score: float = Field(default=0.5, ge=0, le=1)
    removed: ClassVar[dict[str, str]] = {
        "max_spans": "the tone check reports one finding per reply, on the phrase that weighs most"
    }
