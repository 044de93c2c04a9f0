"""Time-ordered identifiers, so DynamoDB sort keys list sessions and messages in time order."""

from __future__ import annotations

import os
from datetime import datetime

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32, as in ULID


def new_id(at: datetime) -> str:
    """A 26-character ULID: 48 bits of milliseconds, then 80 random bits.

    Ids made in the same millisecond are not ordered among themselves; callers that need a strict
    order (a reply after its message) make the later one at a later clock reading.
    """
    millis = int(at.timestamp() * 1000)
    value = (millis << 80) | int.from_bytes(os.urandom(10), "big")
    chars = []
    for _ in range(26):
        chars.append(_ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def is_id(value: str) -> bool:
    return len(value) == 26 and all(c in _ALPHABET for c in value)
