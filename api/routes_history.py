"""Admin endpoint of the history store: erasure of a seller's or a conversation's messages.

Answers only to `Authorization: Bearer <SCREENING_ADMIN_TOKEN>`; with no token configured the
endpoint is disabled (404), so a deployment never exposes erasure by accident.
"""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query

from api.errors import ApiError
from api.routes import HistoryDep, SettingsDep
from api.schemas import ERROR_RESPONSES

router = APIRouter(responses=ERROR_RESPONSES)


@router.delete("/v1/history", tags=["history"], summary="Erase the history of one seller or one conversation (admin)",
               responses={401: {"description": "missing or wrong admin token"},
                          404: {"description": "admin endpoints disabled (no admin token configured)"}})
def forget(
    history: HistoryDep,
    settings: SettingsDep,
    seller_id: Annotated[str | None, Query(description="erase every message of this seller")] = None,
    conversation_id: Annotated[str | None, Query(description="erase every message of this conversation")] = None,
    authorization: Annotated[str | None, Header(description="Bearer <admin token>")] = None,
) -> dict[str, Any]:
    if not settings.admin_token:
        raise ApiError(404, "not_found", "the admin endpoints are disabled; set SCREENING_ADMIN_TOKEN to enable them")
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), settings.admin_token.encode()):
        raise ApiError(401, "unauthorized", "send the admin token as 'Authorization: Bearer <token>'", "authorization")
    if (seller_id is None) == (conversation_id is None):
        raise ApiError(422, "invalid_field",
                       "give exactly one of the query parameters seller_id or conversation_id", "seller_id")
    if (seller_id if seller_id is not None else conversation_id).strip() == "":
        raise ApiError(422, "invalid_field", "the id to erase must not be empty",
                       "seller_id" if seller_id is not None else "conversation_id")
    # The answer says only what was verified: `wal_truncated` (no older copy of an erased page left
    # in the WAL) and `verified_absent` (the erased texts searched for in the files, not found).
    # A reader holding the WAL open can delay the truncation; it is retried after later writes.
    return history.erase(seller_id=seller_id, conversation_id=conversation_id).to_dict()
