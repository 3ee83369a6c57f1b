"""The recent past of each conversation, for judging messages in order (rescoring, evaluation).

The checks look at the last messages of a conversation only (the buyer's language, what was
asked); keeping a bounded tail per conversation and a bounded number of open conversations lets a
file of millions of records be judged in one pass with flat memory.
"""

from __future__ import annotations

from collections import OrderedDict, deque

from screening.types import Message

# Earlier messages kept per conversation as context (the checks look at the recent past only).
CONTEXT_PER_CONVERSATION = 20
MAX_OPEN_CONVERSATIONS = 200_000


class ConversationMemory:
    def __init__(self, per_conversation: int = CONTEXT_PER_CONVERSATION,
                 max_conversations: int = MAX_OPEN_CONVERSATIONS):
        self._per_conversation = per_conversation
        self._max_conversations = max_conversations
        self._conversations: OrderedDict[str, deque[Message]] = OrderedDict()

    def earlier(self, message: Message) -> tuple[Message, ...]:
        """The remembered messages of `message`'s conversation, oldest first."""
        return tuple(self._conversations.get(message.conversation_id or "", ()))

    def remember(self, message: Message) -> None:
        if not message.conversation_id:
            return
        tail = self._conversations.get(message.conversation_id)
        if tail is None:
            tail = self._conversations[message.conversation_id] = deque(maxlen=self._per_conversation)
            if len(self._conversations) > self._max_conversations:
                self._conversations.popitem(last=False)
        else:
            self._conversations.move_to_end(message.conversation_id)
        tail.append(message)


__all__ = ["CONTEXT_PER_CONVERSATION", "ConversationMemory"]
