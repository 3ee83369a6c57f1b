"""The contact check (placeholder while being built)."""

from __future__ import annotations

from screening.checks.base import Check, CheckContext, register
from screening.types import Finding, Message


@register
class ContactCheck(Check):
    name = "contact"

    def inspect(self, message: Message, context: CheckContext) -> list[Finding]:
        return []
