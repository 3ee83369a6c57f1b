"""API keys and scopes (docs/formats.md §6).

Keys are sent as `Authorization: Bearer <key>` and configured in the file named by
SCREENING_API_KEYS_FILE (YAML or JSON): one entry per key, its name, the sha256 of the key and its
scopes; the key itself is never stored, and never logged (the logs name the key's `name`).

    keys:
      - name: helpdesk
        sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
        scopes: [screen]

`screening keys add NAME --scopes screen,history:write` makes a key, prints it once and appends its
hash to the file. Without a keys file the service is open (it says so at start) and `screening
serve` refuses a non-loopback address unless `--insecure`.

Which route needs which scope is the table `ROUTE_SCOPES`, checked against the app's routes when
the app is built: a route in neither that table nor `OPEN_PATHS` stops the service at start.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import yaml
from starlette.types import ASGIApp, Receive, Scope, Send

log = logging.getLogger("api")

SCOPES = ("screen", "history:write", "history:erase", "review", "admin")
ADMIN = "admin"  # every scope (docs/formats.md §6)

# docs/formats.md §6: the scope each endpoint needs.
ROUTE_SCOPES: dict[str, str] = {
    "/v1/screen": "screen",
    "/v1/screen/batch": "screen",
    "/v1/conversations/assess": "screen",
    "/v1/absences/validate": "screen",
    "/v1/messages": "history:write",
    "/v1/history": "history:erase",
    "/v1/reviews": "review",
    "/v1/queue": "review",
}
# Paths under these prefixes need the scope: the review console's pages (docs/formats.md §7, "same data,
# same scopes").
PREFIX_SCOPES: tuple[tuple[str, str], ...] = (("/review", "review"),)
# A browser cannot send a bearer header when it opens a page: the console also takes the key as
# the password of HTTP Basic authentication (the browser asks once, then sends it with every
# request of the console). Only there: the API proper keeps to bearer keys.
BASIC_PREFIXES = ("/review",)
# Need no key: the probes and the metrics (docs/formats.md §6), and the API's own description, which
# holds no data (a browser opening /docs cannot send a bearer header).
OPEN_PATHS = frozenset({"/healthz", "/readyz", "/metrics", "/docs", "/docs/oauth2-redirect", "/redoc", "/openapi.json"})
OPEN_PREFIXES = ("/docs-assets/",)


class KeysFileError(Exception):
    """A keys file that cannot be used: the message names the file and the entry."""


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


@dataclass(frozen=True)
class ApiKey:
    name: str
    sha256: str
    scopes: frozenset[str]

    def allows(self, scope: str) -> bool:
        return ADMIN in self.scopes or scope in self.scopes


class KeyRing:
    """The keys of one keys file. `find` compares the presented key's hash with every stored hash
    in constant time (hmac.compare_digest), all of them, so timing says nothing about which
    prefix matched or how far down the file the key is."""

    def __init__(self, keys: Iterable[ApiKey], path: Path | None = None):
        self.keys = tuple(keys)
        self.path = path

    @classmethod
    def load(cls, path: Path) -> "KeyRing":
        path = Path(path)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None
        except (OSError, yaml.YAMLError) as error:
            raise KeysFileError(f"{path}: cannot read the keys file ({error})") from None
        if data is None:
            raise KeysFileError(
                f"{path}: the keys file is missing or empty; create a key with "
                f"`screening keys add NAME --scopes screen --file {path}`"
            )
        entries = data.get("keys") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            raise KeysFileError(f"{path}: expected a mapping with a list `keys:` of entries {{name, sha256, scopes}}")
        keys, names = [], set()
        for index, entry in enumerate(entries):
            where = f"{path}: keys[{index}]"
            if not isinstance(entry, dict):
                raise KeysFileError(f"{where}: expected a mapping with name, sha256 and scopes")
            name, digest, scopes = entry.get("name"), entry.get("sha256"), entry.get("scopes")
            if not isinstance(name, str) or not name.strip():
                raise KeysFileError(f"{where}: `name` must be a non-empty string")
            if name in names:
                raise KeysFileError(f"{where}: the name {name!r} is used twice")
            if not isinstance(digest, str) or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
                raise KeysFileError(
                    f"{where} ({name}): `sha256` must be the key's sha256 as 64 lower-case hex "
                    "digits (never the key itself)"
                )
            if not isinstance(scopes, list) or not scopes or any(s not in SCOPES for s in scopes):
                raise KeysFileError(
                    f"{where} ({name}): `scopes` must be a non-empty list of {', '.join(SCOPES)}; got {scopes!r}"
                )
            names.add(name)
            keys.append(ApiKey(name=name, sha256=digest, scopes=frozenset(scopes)))
        return cls(keys, path)

    def find(self, presented: str) -> ApiKey | None:
        digest = hash_key(presented).encode()
        found = None
        for key in self.keys:
            if hmac.compare_digest(digest, key.sha256.encode()):
                found = key
        return found


def add_key(path: Path, name: str, scopes: list[str]) -> str:
    """Makes a key (256 random bits), appends its name, hash and scopes to the keys file (created
    if missing) and returns the key: the only time it exists in clear."""
    unknown = [s for s in scopes if s not in SCOPES]
    if not scopes or unknown:
        raise KeysFileError(f"unknown scope(s) {', '.join(unknown) or '(none given)'}; choose from {', '.join(SCOPES)}")
    path = Path(path)
    existing = KeyRing.load(path).keys if path.exists() and path.read_text(encoding="utf-8").strip() else ()
    if any(key.name == name for key in existing):
        raise KeysFileError(f"{path}: a key named {name!r} exists already; choose another name")
    key = "sk_" + secrets.token_urlsafe(32)
    entries = [{"name": k.name, "sha256": k.sha256, "scopes": sorted(k.scopes)} for k in existing]
    entries.append({"name": name, "sha256": hash_key(key), "scopes": list(scopes)})
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(yaml.safe_dump({"keys": entries}, sort_keys=False), encoding="utf-8")
    tmp.chmod(0o600)
    tmp.replace(path)
    return key


def required_scope(path: str) -> str | None:
    """The scope a path needs; None for the open paths and for paths no route serves (404)."""
    if path in ROUTE_SCOPES:
        return ROUTE_SCOPES[path]
    for prefix, scope in PREFIX_SCOPES:
        if path == prefix or path.startswith(prefix + "/"):
            return scope
    return None


def check_routes(paths: Iterable[str]) -> None:
    """Every route is either open or in the scope table: a new endpoint cannot ship unguarded."""
    unguarded = sorted(
        p for p in paths if required_scope(p) is None and p not in OPEN_PATHS and not p.startswith(OPEN_PREFIXES)
    )
    if unguarded:
        raise RuntimeError(f"routes with no scope in api/access.py ROUTE_SCOPES or OPEN_PATHS: {', '.join(unguarded)}")


class Access:
    """Pure ASGI middleware: refuses a request before its body is read (an unknown caller cannot
    make the service parse 16 MB). With no key ring (open mode) it lets everything through.
    The authenticated key's name goes into scope["state"]["api_key"] for the routes and the logs."""

    def __init__(self, app: ASGIApp, keys: KeyRing | None):
        self.app = app
        self.keys = keys

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.keys is None:
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        needed = required_scope(path)
        if needed is None:
            await self.app(scope, receive, send)
            return
        what = f"{scope['method']} {path}"
        header = dict(scope.get("headers") or ()).get(b"authorization", b"").decode("latin-1")
        kind, _, presented = header.partition(" ")
        presented = presented.strip()
        basic = any(path == p or path.startswith(p + "/") for p in BASIC_PREFIXES)
        if basic and kind.lower() == "basic":
            presented = _basic_password(presented)
            kind = "bearer"
        if kind.lower() != "bearer" or not presented:
            await _refuse(
                send,
                401,
                "unauthorized",
                f"{what} needs an API key with the scope '{needed}': "
                "send it as 'Authorization: Bearer <key>'"
                + (" (a browser: as the password when asked)" if basic else ""),
                basic=basic,
            )
            return
        key = self.keys.find(presented)
        if key is None:
            await _refuse(
                send,
                401,
                "unauthorized",
                f"{what}: the API key is not known; send a key from the keys file with the scope '{needed}'",
                basic=basic,
            )
            return
        scope.setdefault("state", {})["api_key"] = key.name
        if not key.allows(needed):
            await _refuse(
                send,
                403,
                "forbidden",
                f"{what} needs the scope '{needed}'; the key '{key.name}' has {', '.join(sorted(key.scopes))}",
                missing_scope=needed,
            )
            return
        await self.app(scope, receive, send)


def _basic_password(credentials: str) -> str:
    """The password of HTTP Basic credentials (the user name is not used: the key names itself)."""
    import base64
    import binascii

    try:
        decoded = base64.b64decode(credentials, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return ""
    return decoded.partition(":")[2].strip()


async def _refuse(send: Send, status: int, code: str, message: str, basic: bool = False, **extra: str) -> None:
    body = json.dumps({"error": {"code": code, "message": message, "field": "authorization", **extra}}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if status == 401:
        # The console's pages ask the browser for the key (Basic: it shows a log-in prompt).
        headers.append(
            (
                b"www-authenticate",
                b'Basic realm="screening review", charset="UTF-8"' if basic else b'Bearer realm="screening"',
            )
        )
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
