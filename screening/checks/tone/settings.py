"""The policy's `settings.tone` (rule R2), typed, with its defaults."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from screening.core.settings import SectionSettings, register_settings


@register_settings
class ToneSettings(SectionSettings):
    section: ClassVar[str] = "tone"
    # Scores are the model's probability rescaled so that 0.5 is the per-language threshold chosen on
    # validation data (models/tone/<version>/card.json "thresholds"); nothing is reported below.
    min_score: float = Field(default=0.5, ge=0, le=1)
    # Phrases highlighted per reply. Not read at present: a finding carries the one phrase that
    # weighs most (ToneCheck._findings); kept so a policy that sets it stays valid.
    max_spans: int = Field(default=3, ge=1)
