"""The policy's `settings.relevance` (rule R5), typed, with its defaults."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from screening.core.settings import SectionSettings, register_settings


@register_settings
class RelevanceSettings(SectionSettings):
    section: ClassVar[str] = "relevance"
    # The model's probability (calibrated at a 10% share of ignoring replies) from which a reply is
    # reported. Chosen by leave-one-writer-out cross-validation on development data only
    # (python -m training.relevance.crossval; policy.yaml and data/relevance/README.md say how).
    min_probability: float = Field(default=0.5, ge=0, le=1)
