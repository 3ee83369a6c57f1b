"""Start-up: the compiled form of very long regular expressions, kept on disk between starts.

spaCy's French tokenizer compiles one pattern at import (its exceptions: elided and hyphenated
words, case-insensitive over every Unicode letter): ~3.4 s of a worker's ~5.7 s start-up here
(`python -m bench http`), paid by every worker at every start. Python cannot save a compiled
pattern, but it can save what its compiler hands to the regex engine: the pattern's code (a list
of integers), flags and groups. Inside `cached_regex_compilation()`, a pattern of at least
MIN_LENGTH characters is looked up in the cache folder by a hash of (Python version, engine
version, flags, pattern); on a miss it is compiled as usual and its code saved. The engine gets
exactly what the compiler would have produced, so the pattern behaves the same.

This uses CPython's private `re._compiler` and `_sre`: elsewhere, or on any error reading or
writing the cache, patterns are compiled as usual (the cache only ever saves time).
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

log = logging.getLogger(__name__)

MIN_LENGTH = 10_000  # ordinary patterns compile in microseconds: only the huge ones are worth a file
_PROJECT_ROOT = Path(__file__).resolve().parents[2]
_lock = threading.Lock()  # one patch of the compiler at a time


def cache_folder() -> Path:
    """$SCREENING_CACHE_DIR/regex, else var/cache/regex of the project (beside the default history)."""
    base = os.environ.get("SCREENING_CACHE_DIR")
    return (Path(base) if base else _PROJECT_ROOT / "var" / "cache") / "regex"


@contextmanager
def cached_regex_compilation(folder: Path | None = None) -> Iterator[None]:
    """While inside, `re` compiles long patterns through the cache in `folder` (see the docstring)."""
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]  # CPython's private modules, not in typeshed
    except ImportError:  # not CPython 3.11+: nothing to cache
        yield
        return
    folder = folder or cache_folder()
    original = _compiler.compile

    def compile_cached(pattern, flags=0):
        if not isinstance(pattern, str) or len(pattern) < MIN_LENGTH or flags & _compiler.SRE_FLAG_DEBUG:
            return original(pattern, flags)
        key = hashlib.sha256(f"{sys.version}\0{_sre.MAGIC}\0{flags}\0{pattern}".encode("utf-8", "surrogatepass"))
        path = folder / f"{key.hexdigest()}.marshal"
        try:
            return _sre.compile(pattern, *marshal.loads(path.read_bytes()))
        except FileNotFoundError:
            pass
        except Exception as error:  # noqa: BLE001 - a damaged file: compile as usual, and write it anew
            log.warning("regex_cache_unreadable file=%s error=%s", path, type(error).__name__)
        # What _compiler.compile does, keeping the engine's arguments.
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        # Opcodes are int subclasses (named constants), which marshal refuses: plain ints.
        state = (
            int(flags | parsed.state.flags),
            [int(c) for c in code],
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        compiled = _sre.compile(pattern, *state)
        try:
            data = marshal.dumps(state)
        except ValueError:  # a group name marshal cannot write: not cached
            return compiled
        _save(path, data)
        return compiled

    with _lock:
        _compiler.compile = compile_cached
        try:
            yield
        finally:
            _compiler.compile = original


def _save(path: Path, data: bytes) -> None:
    """Written whole or not at all (a temporary file renamed): workers starting together may race."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o644)  # mkstemp's 0600 would hide it from a service run as another user
        os.replace(temporary, path)
    except OSError as error:  # a read-only installation: the next start compiles again
        log.info("regex_cache_not_written folder=%s error=%s", path.parent, type(error).__name__)
