"""Labelled messages: a docs/formats.md §1 record plus the codes that hold true for it.

Any JSONL, CSV or Parquet file with the record columns (`text` and `market` at least) and either

    codes   the codes that hold true: a JSON list, or one string separated by ';' or ','
            (empty = nothing wrong; the same meaning as a moderator's decision, docs/formats.md §7)
    label   for one-check files: a negative word (courteous, ok, none, no, false, 0, allow, empty)
            or a positive one (anything else, e.g. discourteous); a positive label means "some
            code of the evaluated check holds" and counts in the message-level figures only

Every other string column (language, category, kind, writer, ...) is kept as an attribute that
reports can group by. A row that cannot be read is a LabelError naming the file, row and field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from screening.batch.records import RECORD_FIELDS, read_records

NEGATIVE_LABELS = frozenset({"", "courteous", "ok", "none", "no", "false", "0", "allow", "negative", "compliant"})
ANY_CODE = "*"  # stands for "some code of the evaluated check" (a positive `label`)
LABEL_FIELDS = ("codes", "label")


class LabelError(ValueError):
    """A labelled file that cannot be used; names the file, the row and the field."""


@dataclass(frozen=True)
class LabelledMessage:
    position: int
    record: Mapping[str, Any]
    codes: frozenset[str]
    attributes: Mapping[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return str(self.record.get("text") or "")

    def expects(self, check: str) -> bool:
        """Whether some code of `check` holds for this message."""
        return ANY_CODE in self.codes or any(code.startswith(check + ".") for code in self.codes)


def parse_codes(value: Any, where: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                value = json.loads(text)
            except json.JSONDecodeError as exc:
                raise LabelError(f"{where}: field 'codes' is not a valid JSON list ({exc.msg})") from None
        else:
            value = [part for part in text.replace(",", ";").split(";")]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise LabelError(
            f"{where}: field 'codes' must be a list of codes such as [\"tone.discourteous\"] "
            f"or a string separated by ';'"
        )
    codes = frozenset(v.strip() for v in value if v.strip())
    bad = sorted(c for c in codes if "." not in c)
    if bad:
        raise LabelError(f"{where}: field 'codes' holds {bad[0]!r}; codes look like '<check>.<reason>'")
    return codes


def label_codes(value: Any) -> frozenset[str]:
    text = str(value if value is not None else "").strip().lower()
    if text in NEGATIVE_LABELS:
        return frozenset()
    return frozenset({text}) if "." in text else frozenset({ANY_CODE})


def read_labelled(path: str | Path) -> list[LabelledMessage]:
    items: list[LabelledMessage] = []
    for raw in read_records(path):
        where = f"{path} row {raw.position}"
        if raw.error is not None:
            raise LabelError(f"{where}: {raw.error}")
        data = dict(raw.data or {})
        if "codes" in data:
            codes = parse_codes(data.pop("codes"), where)
            data.pop("label", None)
        elif "label" in data:
            codes = label_codes(data.pop("label"))
        else:
            raise LabelError(
                f"{where}: no label: add a 'codes' field (the codes that hold true, empty for none) or a 'label' field"
            )
        record = {k: data[k] for k in RECORD_FIELDS if k in data and data[k] is not None}
        attributes = {
            k: str(v)
            for k, v in data.items()
            if k not in RECORD_FIELDS and isinstance(v, (str, int, float, bool)) and v is not None
        }
        items.append(LabelledMessage(raw.position, record, codes, attributes))
    if not items:
        raise LabelError(f"{path}: no labelled rows")
    return items


__all__ = ["ANY_CODE", "LabelError", "LabelledMessage", "label_codes", "parse_codes", "read_labelled"]
