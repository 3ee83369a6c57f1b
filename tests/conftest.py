"""Shared fixtures: one Screener for the session (models load once), fresh stores per test."""

from __future__ import annotations

import pytest

from screening import Policy, Screener


@pytest.fixture(scope="session")
def policy() -> Policy:
    return Policy.load()


@pytest.fixture(scope="session")
def screener(policy: Policy) -> Screener:
    return Screener.create(policy)
