"""Service settings, from environment variables prefixed SCREENING_ (pydantic-settings): the one
object the API (api/app.py) and the `screening` command (screening/cli.py, whose options override
the environment) read the policy, the models folder and the history from.

Built in the app factory or the command's entry point, never at import time, so tests can pass their own.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[2]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SCREENING_", extra="ignore")

    policy_path: Path | None = Field(default=None, description="policy YAML; default: screening/config/policy.yaml")
    models_dir: Path = Field(default=PROJECT_ROOT / "models", description="trained models, models/<check>/<version>/")
    history_path: Path = Field(
        default=PROJECT_ROOT / "var" / "history.sqlite3",
        description="SQLite file of sent messages (':memory:' for none kept)",
    )
    history_url: str | None = Field(
        default=None,
        description="postgresql://user:password@host:port/db: a history "
        "shared by several processes or replicas; unset = the SQLite file history_path",
    )
    retention_days: int = Field(default=180, ge=1, description="history older than this is not used and is purged")
    api_keys_file: Path | None = Field(
        default=None,
        description="API keys (docs/formats.md §6: name, sha256, scopes); unset = open mode, loopback only unless --insecure",
    )
    admin_token: str | None = Field(default=None, description="token for admin endpoints; unset = endpoints disabled")
    max_batch: int = Field(default=1000, ge=1, description="most messages accepted in one batch request")
    # 1,000 messages of ~330 characters are ~0.5 MB; 16 MB leaves room for long ones and stops a
    # body of hundreds of thousands of records before it is parsed.
    max_body_bytes: int = Field(
        default=16 * 1024 * 1024, ge=1024, description="largest request body accepted (413 above)"
    )
    screening_threads: int = Field(
        default_factory=lambda: os.cpu_count() or 1,
        ge=1,
        description="requests computing at once (screen, batch, messages, assess); others wait",
    )
    review_sample_rate: float = Field(
        default=0.02,
        ge=0.0,
        le=1.0,
        description="share of allowed verdicts put in the review queue (by a hash "
        "of the message id, so deterministic); flagged and blocked ones always are",
    )
    shadow: str | None = Field(
        default=None,
        description="CHECK:VERSION[,CHECK:VERSION]: candidate model versions "
        "that score live traffic beside the default without acting (screening/review/shadow.py)",
    )
    body_timeout: float = Field(default=30.0, gt=0, description="seconds a request body may take to arrive (408 after)")

    @property
    def history_location(self) -> str:
        """Where the history lives: the PostgreSQL URL when set, else the SQLite file."""
        return self.history_url or str(self.history_path)
