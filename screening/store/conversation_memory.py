"""The recent past of each conversation, for judging messages in order (rescoring, evaluation).

The checks look at the last messages of a conversation only (the buyer's language, what was
asked); keeping a bounded tail per conversation and a bounded number of open conversations lets a
file of millions of records be judged in one pass with flat memory.
"""

from __future__ import annotations

from collections import OrderedDict, deque

from screening.core.conversation_context import CONTEXT_LIMIT
from screening.core.types import Message

# Earlier messages kept per conversation: the context every message is judged with.
CONTEXT_PER_CONVERSATION = CONTEXT_LIMIT
MAX_OPEN_CONVERSATIONS = 200_000


class ConversationMemory:
    def __init__(
        self, per_conversation: int = CONTEXT_PER_CONVERSATION, max_conversations: int = MAX_OPEN_CONVERSATIONS
    ):
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


__all__ = ["CONTEXT_PER_CONVERSATION", "ConversationMemory", "SpillingConversationMemory"]


class SpillingConversationMemory:
    """ConversationMemory that never forgets and stays flat in memory: the `hot` most recently used
    conversations are kept in memory, the tails of the others in an SQLite file (`path`), read back
    when their conversation speaks again. A rescore of years of history needs this: a reply months
    later must still see what the buyer wrote, but millions of conversations cannot stay in memory."""

    def __init__(self, path: str, per_conversation: int = CONTEXT_PER_CONVERSATION, hot: int = 20_000):
        import sqlite3

        self._per_conversation = per_conversation
        self._hot = hot
        self._conversations: OrderedDict[str, deque[Message]] = OrderedDict()
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=OFF")  # a scratch file: rebuilt by the next run
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("CREATE TABLE IF NOT EXISTS tails (conversation_id TEXT PRIMARY KEY, tail BLOB NOT NULL)")

    def _tail(self, conversation_id: str) -> deque[Message] | None:
        tail = self._conversations.get(conversation_id)
        if tail is not None:
            self._conversations.move_to_end(conversation_id)
            return tail
        row = self._db.execute("SELECT tail FROM tails WHERE conversation_id = ?", (conversation_id,)).fetchone()
        if row is None:
            return None
        import pickle

        tail = deque(pickle.loads(row[0]), maxlen=self._per_conversation)
        self._keep(conversation_id, tail)
        return tail

    def _keep(self, conversation_id: str, tail: deque[Message]) -> None:
        self._conversations[conversation_id] = tail
        if len(self._conversations) > self._hot:
            import pickle

            cold, cold_tail = self._conversations.popitem(last=False)
            self._db.execute(
                "INSERT OR REPLACE INTO tails VALUES (?, ?)",
                (cold, pickle.dumps(list(cold_tail), protocol=pickle.HIGHEST_PROTOCOL)),
            )

    def earlier(self, message: Message) -> tuple[Message, ...]:
        tail = self._tail(message.conversation_id) if message.conversation_id else None
        return tuple(tail or ())

    def remember(self, message: Message) -> None:
        if not message.conversation_id:
            return
        tail = self._tail(message.conversation_id)
        if tail is None:
            tail = deque(maxlen=self._per_conversation)
            self._keep(message.conversation_id, tail)
        tail.append(message)

    def close(self) -> None:
        self._db.close()
