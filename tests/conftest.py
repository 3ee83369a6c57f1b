"""Shared fixtures: one Screener for the session (models load once), fresh stores per test."""

from __future__ import annotations

import os

import pytest

from screening import Policy, Screener


@pytest.fixture(scope="session")
def policy() -> Policy:
    # The shipped policy; SCREENING_POLICY_PATH may point elsewhere, as for the service and the CLI.
    return Policy.load(os.environ.get("SCREENING_POLICY_PATH"))


@pytest.fixture(scope="session")
def screener(policy: Policy) -> Screener:
    return Screener.create(policy)
