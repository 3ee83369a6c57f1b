"""The service settings: the one object the API and the `screening` command read
(screening/core/service_settings.py); named here too, as the app factory's argument."""

from screening.core.service_settings import PROJECT_ROOT, Settings

__all__ = ["PROJECT_ROOT", "Settings"]
