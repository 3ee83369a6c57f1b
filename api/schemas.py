"""Request and response bodies (CONTRACT §1, §2, §4). pydantic checks types; the library checks meaning
(known market, text length), so the API, the CLI and batch files share one set of rules."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, StrictStr


class MessageRecord(BaseModel):
    """A message record (CONTRACT §1). Only `text` and `market` are required."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [{
        "id": "m-1842", "conversation_id": "c-77", "seller_id": "s-12", "market": "fr", "author": "seller",
        "sent_at": "2026-03-02T09:15:00Z", "text": "Bonjour, le téléphone part demain."}]})

    text: StrictStr = Field(description="the message text, 1 to 20,000 characters")
    market: StrictStr = Field(description="market code (CONTRACT §5), e.g. fr, be, de")
    id: StrictStr | int | None = None
    conversation_id: StrictStr | int | None = None
    seller_id: StrictStr | int | None = None
    author: Literal["seller", "buyer", "platform"] = "seller"
    sent_at: StrictStr | None = Field(default=None, description="ISO-8601; naive times are UTC")


class ScreenRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    message: MessageRecord
    context: list[MessageRecord] = Field(default_factory=list, description="earlier records of the conversation")
    record: bool = Field(default=True, description="record the message into the seller's history (unless blocked)")


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    messages: list[MessageRecord]


class FindingOut(BaseModel):
    check: str
    code: str
    score: float
    start: int | None
    end: int | None
    detail: str


class VerdictOut(BaseModel):
    id: str
    action: Literal["allow", "flag", "block"]
    findings: list[FindingOut]
    explanation: str
    rules: list[str]
    model_versions: dict[str, str]
    elapsed_ms: float


class BatchResponse(BaseModel):
    verdicts: list[VerdictOut]


class ImportResponse(BaseModel):
    received: int
    imported: int = Field(description="records new to the history")
    duplicates: int = Field(description="records whose id was already stored (left unchanged)")
