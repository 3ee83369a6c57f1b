"""The one rule for which judged messages join the history (API, rescoring, evaluation)."""

from __future__ import annotations

import pytest

from screening.core.conversation_context import should_record
from screening.core.types import Action, Verdict


@pytest.mark.parametrize(
    "action, requested, recorded",
    [
        (Action.ALLOW, True, True),  # an allowed reply was sent: the template check counts it
        (Action.FLAG, True, True),  # a flagged one too: held for a moderator, it is still the seller's reply
        (Action.BLOCK, True, False),  # a blocked one never reached the buyer
        (Action.ALLOW, False, False),  # the caller asked that nothing be kept (`record: false`)
    ],
)
def test_should_record(action, requested, recorded):
    assert should_record(Verdict("m1", action), requested=requested) is recorded
