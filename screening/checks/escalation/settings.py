"""The policy's `settings.escalation` (rules R8, R9), typed, with its defaults."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from screening.core.settings import SectionSettings, register_settings


@register_settings
class EscalationSettings(SectionSettings):
    section: ClassVar[str] = "escalation"
    # A category's score is max(rule score, model_weight x model evidence); it is reported from min_score.
    min_score: float = Field(default=0.5, ge=0, le=1)
    # 0.55: the model alone reaches min_score only when p >= 0.91; chosen by
    # training/escalation/combination.py (policy.yaml and data/escalation/README.md say how).
    # 0 = rules only.
    model_weight: float = Field(default=0.55, ge=0, le=1)
