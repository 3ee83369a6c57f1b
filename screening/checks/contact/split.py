"""Contact details split over several replies (rule R4 across messages).

A seller who knows that one message is screened can send "06 12" and then "34 56 78", or
"jean.dupont" and then "chez gmail": neither reply holds a contact on its own. So a seller reply is
also read joined to the same seller's previous replies of the conversation sent shortly before it
(policy `settings.contact.split_window_minutes` / `split_window_messages`).

A finding of the joined text is reported on the new reply only when it needs both: it overlaps the
new reply and an earlier one, and neither message shows it on its own (a reply already flagged by
itself is never flagged again through its neighbour), except a number the earlier reply only began
("call me: 06 12"): the reply that completes it carries the rest of the number, so it is flagged
too. Its span is the part in the new reply; the detail names the earlier message and the span there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Callable, Sequence

from screening.checks.contact.assembled_numbers import assembled_number, link_words_at
from screening.checks.contact.begun_numbers import BEGUN_DETAIL
from screening.checks.contact.handles import handle_after_platform
from screening.checks.contact.split_addresses import split_address
from screening.core.types import Finding, Message

# Only the end of an earlier reply can continue into the next one: reading its last characters
# keeps the joined text short whatever the earlier replies' length.
EARLIER_TAIL = 160
# Joined by a space: a phone number or an address split over two replies reads as one. A reply that
# starts with a domain's or a path's punctuation (".de/angebote", "/v/0012", "@gmail.com"), or follows
# one that ends with it, continues the same token: joined with nothing between.
SEPARATOR = " "
_CONTINUES_TOKEN = re.compile(r"[./@][^\W_]")


@dataclass(frozen=True, slots=True)
class _Piece:
    message: Message
    offset_in_message: int  # where the piece starts in its message's text (a tail may start late)
    start: int  # where the piece starts in the joined text
    end: int


def earlier_replies(message: Message, conversation: Sequence[Message], minutes: float, count: int) -> list[Message]:
    """The same seller's replies sent at most `minutes` before `message`, the last `count` of them,
    oldest first. Only seller replies are joined: a buyer's message in between does not stop it."""
    if message.author != "seller" or count <= 0:
        return []
    since = message.sent_at - timedelta(minutes=minutes)
    replies = [
        m
        for m in conversation
        if m.author == "seller"
        and m.id != message.id
        and since <= m.sent_at <= message.sent_at
        and (message.seller_id is None or m.seller_id in (None, message.seller_id))
    ]
    return replies[-count:]


def _join(earlier: Sequence[Message], message: Message) -> tuple[str, list[_Piece]]:
    parts: list[str] = []
    pieces: list[_Piece] = []
    position = 0
    for m in [*earlier, message]:
        offset = max(0, len(m.text) - EARLIER_TAIL) if m is not message else 0
        text = m.text[offset:]
        if parts:
            separator = "" if _continues_token(parts[-1], text) else SEPARATOR
            parts.append(separator)
            position += len(separator)
        pieces.append(_Piece(m, offset, position, position + len(text)))
        parts.append(text)
        position += len(text)
    return "".join(parts), pieces


def _continues_token(previous: str, text: str) -> bool:
    """Whether `text` carries on the last word of `previous` (a domain, a path, an address)."""
    previous, text = previous.rstrip(), text.lstrip()
    if not previous or not text or previous[-1].isspace():
        return False
    if _CONTINUES_TOKEN.match(text):
        return previous[-1].isalnum()
    # "jean.dupont@" then "gmail.com"; not a sentence's full stop ("Thursday the 12." then "so at 6").
    return previous[-1] == "@" and len(previous) > 1 and previous[-2].isalnum() and text[0].isalnum()


def _overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    return start < other_end and other_start < end


def _found_alone(code: str, start: int, end: int, alone: Sequence[Finding], begun_counts: bool = True) -> bool:
    return any(
        f.code == code
        and f.start is not None
        and f.end is not None
        and _overlaps(start, end, f.start, f.end)
        and (begun_counts or not f.detail.startswith(BEGUN_DETAIL))
        for f in alone
    )


def split_findings(
    message: Message,
    earlier: Sequence[Message],
    inspect: Callable[[Message], list[Finding]],
    own: Sequence[Finding],
    languages: tuple[str, ...] | None = None,
) -> list[Finding]:
    """Findings that only the joined replies show. `inspect` screens one message for contact;
    `own` is what it found in `message` alone. `languages` (the market's) let a number given in
    pieces with words to assemble it be read (assembled_numbers.py); None: not looked for."""
    if not earlier:
        return []
    joined, pieces = _join(earlier, message)
    combined = inspect(
        Message(
            text=joined,
            market=message.market,
            id=message.id,
            author=message.author,
            conversation_id=message.conversation_id,
            seller_id=message.seller_id,
            sent_at=message.sent_at,
        )
    )
    new_piece = pieces[-1]
    out = (
        _handle_finding(message, earlier, own)
        + _assembled_finding(message, earlier, own, languages)
        + _address_finding(message, earlier, own)
    )
    found_alone: dict[str, list[Finding]] = {}
    for finding in combined:
        if finding.start is None or finding.end is None:
            continue
        if not _overlaps(finding.start, finding.end, new_piece.start, new_piece.end):
            continue
        others = [p for p in pieces[:-1] if _overlaps(finding.start, finding.end, p.start, p.end)]
        if not others:
            continue
        start = max(finding.start, new_piece.start) - new_piece.start
        end = min(finding.end, new_piece.end) - new_piece.start
        if finding.code == "contact.phone" and finding.start < new_piece.start:
            # "puis 55 55": the words that carry the number on are not its digits.
            start += min(link_words_at(message.text[start:end]), end - start - 1)
        if _found_alone(finding.code, start, end, own):
            continue
        # The earlier reply already flagged on its own for this evidence: not again through this one.
        if any(
            _found_alone(
                finding.code, *_in_message(finding, p), _alone(p.message, inspect, found_alone), begun_counts=False
            )
            for p in others
        ):
            continue
        first = others[0]
        earlier_start, earlier_end = _in_message(finding, first)
        out.append(
            Finding(
                check=finding.check,
                code=finding.code,
                score=finding.score,
                start=start,
                end=end,
                detail=_with_split_note(
                    finding.detail,
                    f"split over messages: continues message {first.message.id} [{earlier_start}:{earlier_end}]",
                ),
            )
        )
    return out


def _with_split_note(detail: str, note: str) -> str:
    """The detail with the note added, the recognizer's "; pattern=<name>" kept at its end."""
    head, marker, pattern = detail.rpartition("; pattern=")
    return f"{head}; {note}{marker}{pattern}" if marker else f"{detail}; {note}"


def _handle_finding(message: Message, earlier: Sequence[Message], own: Sequence[Finding]) -> list[Finding]:
    """A handle in this reply after an earlier reply named the network (handles.py)."""
    if any(f.code == "contact.social" for f in own):
        return []
    found = handle_after_platform(message, earlier)
    if found is None:
        return []
    return _continuing(
        "contact.social",
        found.start,
        found.end,
        f"an account name given after {found.platform} was named",
        found.earlier_id,
        "social.handle_after_platform",
    )


def _address_finding(message: Message, earlier: Sequence[Message], own: Sequence[Finding]) -> list[Finding]:
    """A site's ending or an e-mail's provider completing a name given before (split_addresses.py)."""
    if any(f.code in ("contact.url", "contact.email") for f in own):
        return []
    found = split_address(message, earlier)
    if found is None:
        return []
    said = "a web address" if found.code == "contact.url" else "an e-mail address"
    return _continuing(
        found.code, found.start, found.end, f"{said} completed by this reply", found.earlier_id, found.pattern
    )


def _assembled_finding(
    message: Message, earlier: Sequence[Message], own: Sequence[Finding], languages: tuple[str, ...] | None
) -> list[Finding]:
    """A phone number given in pieces with words to put them together (assembled_numbers.py)."""
    if languages is None or any(f.code == "contact.phone" for f in own):
        return []
    found = assembled_number(message, earlier, languages)
    if found is None:
        return []
    return _continuing(
        "contact.phone",
        found.start,
        found.end,
        f"phone number given in pieces ({found.digits} digits) with words to put them together",
        found.earlier_id,
        "phone.assembled",
    )


def _continuing(code: str, start: int, end: int, said: str, earlier_id: str | None, pattern: str) -> list[Finding]:
    """A finding of this reply that continues an earlier one, in the detail's usual form."""
    detail = f"{said}; split over messages: continues message {earlier_id}; pattern={pattern}"
    return [Finding(check="contact", code=code, score=0.9, start=start, end=end, detail=detail)]


def _in_message(finding: Finding, piece: _Piece) -> tuple[int, int]:
    """The finding's span inside the piece's own message text."""
    assert finding.start is not None and finding.end is not None
    start = max(finding.start, piece.start) - piece.start + piece.offset_in_message
    end = min(finding.end, piece.end) - piece.start + piece.offset_in_message
    return start, end


def _alone(
    message: Message, inspect: Callable[[Message], list[Finding]], cache: dict[str, list[Finding]]
) -> list[Finding]:
    if message.id not in cache:
        cache[message.id] = inspect(message)
    return cache[message.id]
