"""screening/text/regex_cache.py: a long pattern compiled through the cache behaves as `re` compiles
it, a second compilation reads the file instead of compiling, and a damaged file is compiled anew."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from screening.text import regex_cache
from screening.text.regex_cache import MIN_LENGTH, cached_regex_compilation

# Long and case-insensitive over a large class, like spaCy's French exceptions (the reason for the cache).
WORDS = [f"mot{i}-[a-zà-ÿ]+" for i in range(500)]
PATTERN = "(?iu)" + "|".join(f"(?:^{w}$)" for w in WORDS) + "|(?P<named>\\d+€)"
SAMPLES = ["mot7-abc", "MOT399-ÉTÉ", "mot500-x", "mot12-", "42€", "x", "mot3-a b", "Mot250-Zèbre"]


def _compile_fresh(folder: Path) -> re.Pattern:
    re.purge()  # re keeps its own cache of compiled patterns in the process
    with cached_regex_compilation(folder):
        return re.compile(PATTERN)


def _behaviour(pattern: re.Pattern) -> list:
    return [(m.group(0), m.groupdict()) if (m := pattern.match(s)) else None for s in SAMPLES]


def test_a_cached_pattern_behaves_as_the_compiled_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(PATTERN) >= MIN_LENGTH
    re.purge()
    expected = _behaviour(re.compile(PATTERN))
    assert expected[0] == ("mot7-abc", {"named": None}) and expected[2] is None  # the samples tell apart
    first = _compile_fresh(tmp_path)
    assert len(list(tmp_path.iterdir())) == 1
    # The second time the compiler is not called: the file is read.
    from re import _compiler

    def refuse(*args, **kwargs):
        raise AssertionError("compiled again instead of read from the cache")

    monkeypatch.setattr(_compiler, "_code", refuse)
    second = _compile_fresh(tmp_path)
    monkeypatch.undo()
    assert _behaviour(first) == _behaviour(second) == expected
    assert second.groupindex == {"named": 1} and second.pattern == PATTERN


def test_a_damaged_file_is_compiled_anew_and_rewritten(tmp_path: Path) -> None:
    _compile_fresh(tmp_path)
    (cached,) = tmp_path.iterdir()
    cached.write_bytes(b"\x00not marshal")
    assert _behaviour(_compile_fresh(tmp_path)) == _behaviour(re.compile(PATTERN))
    assert cached.read_bytes() != b"\x00not marshal"


def test_short_patterns_and_an_unwritable_folder_compile_as_usual(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    re.purge()
    with cached_regex_compilation(blocked / "regex"):
        assert re.compile("ab+c").match("abbc")
        assert _behaviour(re.compile(PATTERN)) == _behaviour(re.compile(PATTERN, 0))
    assert regex_cache.cache_folder().name == "regex"
