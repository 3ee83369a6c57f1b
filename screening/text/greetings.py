"""The greeting lexicon (greetings.yaml): greetings, forms of address and courtesy words, each
tagged with where it counts (see the file's header). Read once per process, on first use."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

GREETINGS_FILE = Path(__file__).with_name("greetings.yaml")
USES = ("word", "name", "opener", "opener+name")


@lru_cache(maxsize=1)
def _entries() -> dict[str, tuple[str, ...]]:
    try:
        raw = yaml.safe_load(GREETINGS_FILE.read_text(encoding="utf-8"))["greetings"]
        entries = {str(entry): tuple(uses) for entry, uses in raw.items()}
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise RuntimeError(
            f"greeting lexicon {GREETINGS_FILE} cannot be used ({type(exc).__name__}: {exc}); "
            "it needs a mapping 'greetings' of entry: [uses]"
        ) from None
    unknown = sorted({use for uses in entries.values() for use in uses} - set(USES))
    if unknown:
        raise RuntimeError(f"greeting lexicon {GREETINGS_FILE}: unknown uses {unknown}; use one of {list(USES)}")
    return entries


def greetings(use: str) -> tuple[str, ...]:
    """The entries tagged `use` (one of USES), in the file's order."""
    if use not in USES:
        raise ValueError(f"unknown greeting use {use!r}; use one of {list(USES)}")
    return tuple(entry for entry, uses in _entries().items() if use in uses)


__all__ = ["GREETINGS_FILE", "USES", "greetings"]
