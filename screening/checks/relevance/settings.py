"""The policy's `settings.relevance` (rule R5), typed, with its defaults."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from screening.core.settings import SectionSettings, register_settings


@register_settings
class RelevanceSettings(SectionSettings):
    section: ClassVar[str] = "relevance"
    # The model's probability (calibrated at a 10% share of ignoring replies) from which a reply is
    # reported; reported replies are flagged (`relevance.*` actions of the policy). 0.5: on
    # development data only, leave-one-writer-out (python -m training.relevance.crossval), the
    # threshold with the best F1 on the labelled writers among those that flag at most 0.5% of the
    # traffic writers' seller replies with precision >= 0.90 (with writers r1-r12: 0.50, precision
    # 0.97, recall 0.69, 12 of 2,400 replies; with r1-r8: 0.55; with r1-r6: 0.58; with r1-r4: 0.5;
    # data/relevance/README.md).
    min_probability: float = Field(default=0.5, ge=0, le=1)
