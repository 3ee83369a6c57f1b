"""The template check. Registered so the policy can name it; it finds nothing yet (its own issue builds it)."""

from __future__ import annotations

from screening.checks.base import Check, CheckContext, register
from screening.types import Finding, Message


@register
class TemplateCheck(Check):
    name = "template"

    def inspect(self, message: Message, context: CheckContext) -> list[Finding]:
        return []
