"""A compact LSH band index over the history's fingerprints, kept in memory.

Why not datasketch.MinHashLSH: it keeps Python dicts, lists and key strings per band and message:
2.3 kB per message, 2.1 GB for 1,000,000 (measured in bench/bench_template.py). Here every (band
key, entry) pair is 12 bytes in sorted numpy arrays, looked up with np.searchsorted, and each
entry's placeholder text sits in one byte buffer (confirming a candidate reads no database row):

- the band key of an entry is its stored band key XOR a 64-bit hash of its seller, so a lookup
  only ever meets that seller's messages (templates are counted per seller);
- new entries go to a small dict; every `_FREEZE` keys it becomes a sorted segment and segments of
  similar size are merged (a log-structured layout: lookups touch O(log n) segments, appends are
  cheap, and a start-up load is one big sort);
- removed entries (erasure, retention) are marked dead and their text zeroed; the store is the
  truth, so a candidate whose row is gone is dropped when the check reads it back.
"""

from __future__ import annotations

import hashlib
import threading
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

import numpy as np

from screening.checks.template.sketch import BANDS

if TYPE_CHECKING:  # pragma: no cover - typing only
    from screening.store.history import HistoryStore
    from screening.store.template_index import FingerprintBatch

_FREEZE = 1 << 16


def seller_salt(seller_id: str) -> np.uint64:
    return np.uint64(int.from_bytes(hashlib.blake2b(seller_id.encode("utf-8"), digest_size=8).digest(), "little"))


@dataclass(frozen=True)
class Candidates:
    """Possible near-duplicates, most shared bands first, then most recent."""

    ids: np.ndarray  # int64 fingerprint ids
    norms: list[str]  # their placeholder texts, same order (kept here: no database read per candidate)


class _Growable:
    """A numpy array that grows by doubling (amortised O(1) append)."""

    def __init__(self, dtype: type, capacity: int = 1024):
        self._data: np.ndarray = np.zeros(capacity, dtype=dtype)
        self.size = 0

    def extend(self, values: np.ndarray) -> None:
        needed = self.size + len(values)
        if needed > len(self._data):
            grown = np.zeros(max(needed, 2 * len(self._data)), dtype=self._data.dtype)
            grown[: self.size] = self._data[: self.size]
            self._data = grown
        self._data[self.size : needed] = values
        self.size = needed

    @property
    def view(self) -> np.ndarray:
        return self._data[: self.size]


class BandIndex:
    """Entries are positions 0..n-1 in arrival order; fingerprint ids ascend with position."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._ids = _Growable(np.int64)
        self._sent = _Growable(np.int64)
        self._alive = _Growable(np.bool_)
        # Placeholder texts, UTF-8, end to end; entry i is _text[_ends[i-1]:_ends[i]].
        self._text = bytearray()
        self._ends = _Growable(np.int64)
        self._segments: list[tuple[np.ndarray, np.ndarray]] = []  # (sorted keys uint64, positions int32)
        self._pending: dict[int, list[int]] = {}
        self._pending_keys = 0
        self._salts: dict[str, np.uint64] = {}

    def __len__(self) -> int:
        return int(self._alive.view.sum())

    @property
    def nbytes(self) -> int:
        """Memory of the numpy arrays (the pending dict excluded; it is at most _FREEZE keys)."""
        arrays = [self._ids._data, self._sent._data, self._alive._data, self._ends._data]
        arrays += [a for segment in self._segments for a in segment]
        return sum(a.nbytes for a in arrays) + len(self._text)

    def _salt(self, seller_id: str) -> np.uint64:
        salt = self._salts.get(seller_id)
        if salt is None:
            salt = self._salts[seller_id] = seller_salt(seller_id)
        return salt

    def _keys(self, sellers: Sequence[str], bands: np.ndarray) -> np.ndarray:
        salts = np.fromiter((self._salt(s) for s in sellers), dtype=np.uint64, count=len(sellers))
        return bands ^ salts[:, None]

    # --- writing (HistoryListener) ---------------------------------------------------------------

    def history_loaded(self, batches: "Iterable[FingerprintBatch]") -> None:
        """Bulk load (start-up): all keys become one sorted segment, one sort in all. Memory is the
        point here (1,000,000 replies = 20,000,000 keys): no position array is built before the
        sort, since the key at flat index k belongs to entry k // BANDS."""
        with self._lock:
            if self._ids.size:  # not a fresh index: an ordinary append
                for batch in batches:
                    self.history_added(batch)
                return
            parts = [self._append(batch) for batch in batches if len(batch)]
            if not parts:
                return
            keys = np.concatenate(parts)
            del parts
            order = np.argsort(keys)
            keys = keys[order]
            positions = (order // BANDS).astype(np.int32)
            del order
            self._segments.append((keys, positions))

    def history_added(self, batch: "FingerprintBatch") -> None:
        if not len(batch):
            return
        with self._lock:
            start = self._ids.size
            keys = self._append(batch)
            positions = np.repeat(np.arange(start, start + len(batch), dtype=np.int32), BANDS)
            if len(keys) >= _FREEZE:  # a big import: straight to a sorted segment
                self._add_segment(keys, positions)
                return
            for key, position in zip(keys.tolist(), positions.tolist()):
                self._pending.setdefault(key, []).append(position)
            self._pending_keys += len(keys)
            if self._pending_keys >= _FREEZE:
                self._freeze_pending()

    def _append(self, batch: "FingerprintBatch") -> np.ndarray:
        """Record the entries of `batch` (ids arrive ascending: the store sends them in id order);
        returns their band keys, flat: the key at k belongs to the k // BANDS-th entry of the batch."""
        self._ids.extend(batch.ids)
        self._sent.extend(batch.sent_epochs)
        self._alive.extend(np.ones(len(batch), dtype=np.bool_))
        encoded = [norm.encode("utf-8") for norm in batch.norms]
        lengths = np.fromiter((len(e) for e in encoded), dtype=np.int64, count=len(encoded))
        self._ends.extend(len(self._text) + np.cumsum(lengths))
        self._text += b"".join(encoded)
        return self._keys(batch.sellers, batch.bands).reshape(-1)

    def history_removed(self, fingerprint_ids: Sequence[int]) -> None:
        ids = np.asarray(fingerprint_ids, dtype=np.int64)
        with self._lock:
            known = self._ids.view
            where = np.searchsorted(known, ids)
            inside = where < len(known)
            where, ids = where[inside], ids[inside]
            gone = where[known[where] == ids]
            self._alive.view[gone] = False
            ends = self._ends.view
            for position in gone.tolist():  # erased means erased: the text goes from memory too
                start = ends[position - 1] if position else 0
                self._text[start : ends[position]] = bytes(ends[position] - start)

    def _freeze_pending(self) -> None:
        keys = np.fromiter(
            (k for k, ps in self._pending.items() for _ in ps), dtype=np.uint64, count=self._pending_keys
        )
        positions = np.fromiter(
            (p for ps in self._pending.values() for p in ps), dtype=np.int32, count=self._pending_keys
        )
        self._pending = {}
        self._pending_keys = 0
        self._add_segment(keys, positions)

    def _add_segment(self, keys: np.ndarray, positions: np.ndarray) -> None:
        order = np.argsort(keys)
        self._segments.append((keys[order], positions[order]))
        # Merge while the newest segment is at least half its neighbour: sizes stay geometric.
        while len(self._segments) >= 2 and len(self._segments[-1][0]) * 2 >= len(self._segments[-2][0]):
            (k2, p2), (k1, p1) = self._segments.pop(), self._segments.pop()
            keys, positions = np.concatenate([k1, k2]), np.concatenate([p1, p2])
            order = np.argsort(keys)
            self._segments.append((keys[order], positions[order]))

    # --- reading ---------------------------------------------------------------------------------

    def candidates(
        self, seller_id: str, bands: np.ndarray, since_epoch: int, until_epoch: int, limit: int
    ) -> Candidates:
        """Entries of `seller_id` sharing a band with `bands`, sent in [since, until], alive."""
        keys = bands ^ self._salt(seller_id)
        with self._lock:
            found: list[np.ndarray] = []
            for seg_keys, seg_positions in self._segments:
                lo = np.searchsorted(seg_keys, keys, side="left")
                hi = np.searchsorted(seg_keys, keys, side="right")
                for a, b in zip(lo.tolist(), hi.tolist()):
                    if b > a:
                        found.append(seg_positions[a:b])
            for key in keys.tolist():
                hits = self._pending.get(key)
                if hits:
                    found.append(np.asarray(hits, dtype=np.int32))
            if not found:
                return Candidates(np.zeros(0, np.int64), [])
            positions, shared = np.unique(np.concatenate(found), return_counts=True)
            sent = self._sent.view[positions]
            ok = self._alive.view[positions] & (sent >= since_epoch) & (sent <= until_epoch)
            positions, shared, sent = positions[ok], shared[ok], sent[ok]
            chosen = positions[np.lexsort((-sent, -shared))[:limit]]
            ends = self._ends.view
            norms = [self._text[(ends[p - 1] if p else 0) : ends[p]].decode("utf-8") for p in chosen.tolist()]
            return Candidates(self._ids.view[chosen], norms)


_INDEXES: "weakref.WeakKeyDictionary[HistoryStore, BandIndex]" = weakref.WeakKeyDictionary()
_INDEXES_LOCK = threading.Lock()


def index_for(store: "HistoryStore") -> BandIndex:
    """The band index of `store`, loaded from its fingerprints and kept current (one per store)."""
    with _INDEXES_LOCK:
        index = _INDEXES.get(store)
        if index is None:
            index = BandIndex()
            store.subscribe(index, replay=True)
            _INDEXES[store] = index
        return index
