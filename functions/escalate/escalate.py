"""Escalations: tells on-call humans about each crisis case the escalation queue delivers.

One SQS record is one EscalationEvent (ids, tier, categories; never message text). A record that
fails is reported back to SQS alone, retried, and dead-lettered after the queue's maxReceiveCount.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.utilities.batch import (
    BatchProcessor,
    EventType,
    process_partial_response,
)
from aws_lambda_powertools.utilities.batch.types import PartialItemFailureResponse
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord
from aws_lambda_powertools.utilities.typing import LambdaContext

from hearth.domain.errors import HearthError
from hearth.escalation_bootstrap import escalation_service
from hearth.observability import logger, metrics, tracer

# A batch whose every record failed is still a partial-failure report, not an exception: SQS
# retries exactly the records listed either way.
processor = BatchProcessor(event_type=EventType.SQS, raise_on_entire_batch_failure=False)


def record_handler(record: SQSRecord) -> None:
    try:
        escalation_service().handle_body(record.body)
    except HearthError as exc:
        # The message id and error only, never the body: it holds user ids, or anything at all.
        logger.warning(
            "escalation record failed",
            message_id=record.message_id, error=type(exc).__name__, reason=str(exc),
        )
        raise
    except Exception:
        logger.exception("escalation record failed unexpectedly", message_id=record.message_id)
        raise


@logger.inject_lambda_context
# Records carry user ids: keep them out of X-Ray.
@tracer.capture_lambda_handler(capture_response=False, capture_error=False)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> PartialItemFailureResponse:
    return process_partial_response(
        event=event, record_handler=record_handler, processor=processor, context=context
    )
