"""Admin endpoint of the history store: erasure of a seller's or a conversation's messages.

With a keys file (SCREENING_API_KEYS_FILE) it needs a key with the scope `history:erase` (checked by
api.access.Access before the route runs). In open mode (no keys file) it answers only to
`Authorization: Bearer <SCREENING_ADMIN_TOKEN>`, and with no token configured it is disabled (404),
so an open deployment never exposes erasure by accident.
"""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request

from api.errors import ApiError
from api.routes import HistoryDep, SettingsDep
from api.schemas import ERROR_RESPONSES
from screening.core.types import RecordError, check_storable
from screening.store.history import History

router = APIRouter(responses=ERROR_RESPONSES)


@router.delete(
    "/v1/history",
    tags=["history"],
    summary="Erase the history of one seller or one conversation (admin)",
    responses={
        401: {"description": "no key or an unknown key (open mode: missing or wrong admin token)"},
        404: {"description": "admin endpoints disabled (no admin token configured)"},
    },
)
def forget(
    history: HistoryDep,
    settings: SettingsDep,
    request: Request,
    seller_id: Annotated[str | None, Query(description="erase every message of this seller")] = None,
    conversation_id: Annotated[str | None, Query(description="erase every message of this conversation")] = None,
    authorization: Annotated[
        str | None, Header(description="Bearer <key with scope history:erase>; in open mode, Bearer <admin token>")
    ] = None,
) -> dict[str, Any]:
    # With a keys file, api.access.Access has checked the key's scope `history:erase` already.
    if getattr(request.app.state, "keys", None) is None:
        if not settings.admin_token:
            raise ApiError(
                404,
                "not_found",
                "the admin endpoints are disabled; set SCREENING_ADMIN_TOKEN to enable "
                "them, or serve with a keys file and a key of scope history:erase",
            )
        _check_admin_token(authorization, settings.admin_token)
    return _erase(history, seller_id, conversation_id)


def _check_admin_token(authorization: str | None, admin_token: str) -> None:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), admin_token.encode()):
        raise ApiError(401, "unauthorized", "send the admin token as 'Authorization: Bearer <token>'", "authorization")


def _erase(history: History, seller_id: str | None, conversation_id: str | None) -> dict[str, Any]:
    if (seller_id is None) == (conversation_id is None):
        raise ApiError(
            422, "invalid_field", "give exactly one of the query parameters seller_id or conversation_id", "seller_id"
        )
    if (seller_id if seller_id is not None else (conversation_id or "")).strip() == "":
        raise ApiError(
            422,
            "invalid_field",
            "the id to erase must not be empty",
            "seller_id" if seller_id is not None else "conversation_id",
        )
    field, value = ("seller_id", seller_id) if seller_id is not None else ("conversation_id", conversation_id)
    try:  # a NUL or a lone surrogate is never stored (records refuse it), and PostgreSQL cannot compare it
        check_storable(value, field)
    except RecordError as error:
        raise ApiError(422, "invalid_field", error.message, error.field) from None
    # The answer says only what was verified: `wal_truncated` (no older copy of an erased page left
    # in the WAL) and `verified_absent` (the erased texts searched for in the files, not found).
    # A reader holding the WAL open can delay the truncation; it is retried after later writes.
    return history.erase(seller_id=seller_id, conversation_id=conversation_id).to_dict()
