"""The policy's `settings.contact` (rule R4), typed, with its defaults."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from screening.core.settings import SectionSettings, register_settings


@register_settings
class ContactSettings(SectionSettings):
    section: ClassVar[str] = "contact"
    # The platform's own support channels, which are not off-platform (domains include subdomains).
    allowed_domains: tuple[str, ...] = ()
    allowed_emails: tuple[str, ...] = ()
    allowed_phones: tuple[str, ...] = ()
    # Next to the platform's own name, a payment method is its checkout, not a side deal.
    platform_names: tuple[str, ...] = ()
    # Contact details split over replies: a reply is also read joined to the same seller's replies
    # sent at most this many minutes before it (the last this many of them).
    split_window_minutes: float = Field(default=10.0, ge=0)
    split_window_messages: int = Field(default=3, ge=0)
    # The offer model (models/contact, screening/checks/contact/offer_model.py) is read only when
    # the rules found nothing; its finding's score is model_weight x its probability. 0.8 keeps
    # that under the policy's block threshold for contact (0.85): the model alone flags a reply for
    # a moderator, it never stops it. 0 = rules only.
    model_weight: float = Field(default=0.8, ge=0, le=1)
    # The probability from which the model reports; None: the threshold stored with the model
    # (chosen out of fold on writers it never saw, training/contact/crossval.py).
    model_threshold: float | None = Field(default=None, ge=0, le=1)
