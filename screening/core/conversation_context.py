"""How much of a conversation a message is judged with, and which judged messages are kept: one
rule for the API, rescoring and evaluation, so a message gets the same verdict on every path.

- CONTEXT_LIMIT: the earlier messages of its conversation a message is judged with. The language
  check reads the buyer's language in them; escalation and template look at the recent past only,
  so a longer tail costs reading time without changing a verdict.
- should_record(verdict): whether a judged message goes into the seller's history (what the
  template check counts later replies against). A blocked message is not delivered, so it
  is not part of what the seller sent; a caller may also ask that nothing be kept (`record: false`).
"""

from __future__ import annotations

from screening.core.types import Action, Verdict

CONTEXT_LIMIT = 20


def should_record(verdict: Verdict, *, requested: bool = True) -> bool:
    """True when the judged message belongs in the history: the caller did not opt out
    (`requested`) and the policy did not block it."""
    return requested and verdict.action is not Action.BLOCK


__all__ = ["CONTEXT_LIMIT", "should_record"]
