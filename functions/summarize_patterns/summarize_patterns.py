"""Pattern summarization: counts each new user message's labels into its week and re-detects.

Two triggers, one function:
- HearthTable's stream (filtered to INSERTs of user messages): each record's NewImage becomes an
  Observation (labels, never text); after the batch, each person's observations are ingested
  together. A malformed record, or a person whose store calls failed, is reported back by
  sequence number; the stream retries from there (recording is idempotent by message id).
- The weekly EventBridge schedule: re-detects everyone who wrote in the previous ISO week.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from aws_lambda_powertools.utilities.batch import (
    BatchProcessor,
    EventType,
    process_partial_response,
)
from aws_lambda_powertools.utilities.batch.types import PartialItemFailures
from aws_lambda_powertools.utilities.data_classes.dynamo_db_stream_event import DynamoDBRecord
from aws_lambda_powertools.utilities.typing import LambdaContext
from boto3.dynamodb.types import TypeDeserializer

from hearth.domain.errors import StoreUnavailableError
from hearth.domain.patterns import Observation, observation_from_item, previous_week, user_of_item
from hearth.observability import logger, metrics, tracer
from hearth.patterns_bootstrap import pattern_service

# A batch whose every record failed is still a partial-failure report, not an exception.
processor = BatchProcessor(
    event_type=EventType.DynamoDBStreams, raise_on_entire_batch_failure=False
)
_deserialize = TypeDeserializer().deserialize


class _Batch:
    """One invocation's observations, per person, with the records they came from."""

    def __init__(self) -> None:
        self.observations: dict[str, list[Observation]] = defaultdict(list)
        self.sequences: dict[str, list[str]] = defaultdict(list)

    def add(self, record: DynamoDBRecord) -> None:
        stream = record.raw_event.get("dynamodb") or {}
        try:
            image = {k: _deserialize(v) for k, v in (stream.get("NewImage") or {}).items()}
            observation = observation_from_item(image)
            user_id = user_of_item(image) if observation is not None else ""
        except Exception as exc:
            # The record's id and the error class only (never str(exc), never a traceback): the
            # image holds the person's words. The processor reports the record as failed.
            logger.warning(
                "pattern record failed", event_id=record.event_id, error=type(exc).__name__
            )
            raise
        if observation is not None:
            self.observations[user_id].append(observation)
            self.sequences[user_id].append(str(stream.get("SequenceNumber", "")))


@logger.inject_lambda_context
# Records carry user ids and words: keep them out of X-Ray.
@tracer.capture_lambda_handler(capture_response=False, capture_error=False)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    if event.get("source") == "aws.events" and event.get("detail-type") == "Scheduled Event":
        return _weekly(event)
    batch = _Batch()
    response = process_partial_response(
        event=event, record_handler=batch.add, processor=processor, context=context
    )
    report = pattern_service().ingest(batch.observations)
    failures: list[PartialItemFailures] = list(response["batchItemFailures"])
    for user_id in report.failed_users:
        failures += [PartialItemFailures(itemIdentifier=s) for s in batch.sequences[user_id]]
    logger.info(
        "patterns ingested",
        recorded=report.recorded, duplicates=report.duplicates, memory_off=report.memory_off,
        insights_created=report.created, insights_updated=report.updated,
        failed_records=len(failures),
    )
    return {"batchItemFailures": failures}


def _weekly(event: dict[str, Any]) -> dict[str, Any]:
    # The event's own time, so a delayed or replayed run still summarizes the week it meant to.
    raw = str(event.get("time") or "")
    try:
        at = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        at = datetime.now(UTC)
    week = previous_week(at.date())
    report = pattern_service().weekly(week)
    logger.info(
        "weekly patterns run", week=week, users=report.users_detected,
        insights_created=report.created, insights_updated=report.updated,
        failed_users=len(report.failed_users),
    )
    if report.failed_users:
        # EventBridge's async invoke retries; re-detection is idempotent.
        raise StoreUnavailableError(f"{len(report.failed_users)} people could not be summarized")
    return {"week": week, "users": report.users_detected, "failedUsers": 0}
