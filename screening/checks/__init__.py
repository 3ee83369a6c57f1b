"""The built-in checks. Importing this package registers each of them (see base.register)."""

from screening.checks import contact, escalation, language, relevance, template, tone  # noqa: F401
from screening.checks.base import Check, CheckContext, CheckResources, register, registered_checks

__all__ = ["Check", "CheckContext", "CheckResources", "register", "registered_checks"]
