"""The typed Parquet layout of verdicts (rescore output): one row per verdict, nested values as
Arrow lists and structs rather than JSON text, and the record's own fields beside it.

Columns: id, seller, conversation, market, author, sent_at (UTC), action, codes (list), findings
(list of {check, code, score, start, end, detail}), rules (list), model_versions (map),
policy_version, explanation, elapsed_ms, error ({code, field, message, position}, null when none).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pyarrow as pa

FINDING = pa.struct(
    [
        ("check", pa.string()),
        ("code", pa.string()),
        ("score", pa.float64()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("detail", pa.string()),
    ]
)
ERROR = pa.struct([("code", pa.string()), ("field", pa.string()), ("message", pa.string()), ("position", pa.int64())])
VERDICT_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("seller", pa.string()),
        ("conversation", pa.string()),
        ("market", pa.string()),
        ("author", pa.string()),
        ("sent_at", pa.timestamp("us", tz="UTC")),
        ("action", pa.string()),
        ("codes", pa.list_(pa.string())),
        ("findings", pa.list_(FINDING)),
        ("rules", pa.list_(pa.string())),
        ("model_versions", pa.map_(pa.string(), pa.string())),
        ("policy_version", pa.string()),
        ("explanation", pa.string()),
        ("elapsed_ms", pa.float64()),
        ("error", ERROR),
    ]
)
META_FIELDS = ("seller", "conversation", "market", "author", "sent_at", "policy_version")


def typed_row(verdict: dict[str, Any], meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A verdict dict (docs/formats.md §2) and its record's fields as one row of VERDICT_SCHEMA."""
    meta = meta or {}
    findings = verdict.get("findings", [])
    error = verdict.get("error")
    sent_at = meta.get("sent_at")
    return {
        "id": verdict["id"],
        **{name: _text(meta.get(name)) for name in ("seller", "conversation", "market", "author", "policy_version")},
        "sent_at": sent_at if isinstance(sent_at, datetime) else None,
        "action": verdict["action"],
        "codes": sorted({f["code"] for f in findings}),
        "findings": findings,
        "rules": list(verdict.get("rules", [])),
        "model_versions": list(verdict.get("model_versions", {}).items()),
        "explanation": verdict.get("explanation", ""),
        "elapsed_ms": verdict.get("elapsed_ms", 0.0),
        "error": None
        if not error
        else {
            "code": error.get("code"),
            "field": error.get("field"),
            "message": error.get("message"),
            "position": error.get("position"),
        },
    }


def _text(value: Any) -> str | None:
    # A bad record's field may be anything (a number, a list): kept as text, never a crash.
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    # A lone surrogate cannot be written as UTF-8: replaced, as the id's own guard does.
    return text.encode("utf-8", "replace").decode("utf-8")


__all__ = ["FINDING", "META_FIELDS", "VERDICT_SCHEMA", "typed_row"]
