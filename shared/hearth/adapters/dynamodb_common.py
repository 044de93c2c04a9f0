"""What every pynamodb adapter shares: table binding, key items, and failure translation."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pynamodb.attributes import TTLAttribute, UnicodeAttribute
from pynamodb.exceptions import PynamoDBException, TransactWriteError
from pynamodb.models import Model

from hearth.domain.errors import StoreUnavailableError


def table_meta(
    table_name: str,
    region: str,
    host: str | None,
    *,
    read_timeout_seconds: float = 4,
    max_retry_attempts: int = 2,
) -> Any:
    """A pynamodb `Meta` bound to one table at run time (tests use many tables).

    Timeouts are short on purpose: a slow store should fail the request into a 503 or a retry,
    not eat the function's whole time budget.
    """
    return type(
        "Meta",
        (),
        {
            "table_name": table_name,
            "region": region,
            "host": host,
            "connect_timeout_seconds": 2,
            "read_timeout_seconds": read_timeout_seconds,
            "max_retry_attempts": max_retry_attempts,
        },
    )


class ConditionFailedError(Exception):
    """A write's condition did not hold (the caller decides what that means)."""


class TransactionConflictError(Exception):
    """Another transaction touched the same item at once; safe to retry after a pause."""


def key_models(meta: Any) -> tuple[Any, Any]:
    """`KeyItem` (any item, by key only) and `BaseItem` (adds `kind` and the TTL attribute),
    bound to one table: every item class of every adapter derives from these."""

    class KeyItem(Model):
        Meta = meta
        pk = UnicodeAttribute(hash_key=True)
        sk = UnicodeAttribute(range_key=True)

    class BaseItem(KeyItem):
        Meta = meta
        kind = UnicodeAttribute()
        expires_at = TTLAttribute(attr_name="expiresAt", null=True)

    return KeyItem, BaseItem


@contextmanager
def store_errors() -> Iterator[None]:
    """pynamodb failures as Hearth sees them: a failed condition, or the store unavailable."""
    try:
        yield
    except TransactWriteError as exc:
        reasons = [r.code for r in exc.cancellation_reasons if r is not None]
        if "ConditionalCheckFailed" in reasons:
            raise ConditionFailedError() from exc
        if "TransactionConflict" in reasons:
            raise TransactionConflictError() from exc
        raise StoreUnavailableError("transaction failed") from exc
    except PynamoDBException as exc:
        if exc.cause_response_code == "ConditionalCheckFailedException":
            raise ConditionFailedError() from exc
        raise StoreUnavailableError(type(exc).__name__) from exc
