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
