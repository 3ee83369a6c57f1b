"""The policy's `settings.sla` and `settings.absences` (rules R1, R6, R7), typed, with their defaults."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from screening.core.settings import SectionSettings, register_settings


@register_settings
class SlaSettings(SectionSettings):
    section: ClassVar[str] = "sla"
    # RULES.md R1: "within 24 business hours at the latest" (the clock per market:
    # screening/config/business_hours.yaml).
    reply_within_business_hours: float = Field(default=24.0, gt=0)
    # An open thread with this little time left is "near breach" in reports (R6: check Discussions).
    near_breach_business_hours: float = Field(default=4.0, ge=0)


@register_settings
class AbsenceSettings(SectionSettings):
    section: ClassVar[str] = "absences"
    # RULES.md R7 / communication-policy.fr.txt: "absence prévue de plus de 5 jours ouvrables ... au
    # moins deux semaines à l'avance".
    max_business_days_without_notice: int = Field(default=5, ge=0)
    notice_days: int = Field(default=14, ge=0)
