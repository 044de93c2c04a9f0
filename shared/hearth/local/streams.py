"""Local twin of the table's stream consumers: what EventBridge Pipes and Lambda's event-source
mappings do when deployed, done in-process against DynamoDB Local's own stream.

Escalation outbox items become the SQS messages the pipe would send (the same JSON its input
template builds), handed to the escalation function's real handler.
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Callable, Mapping
from typing import Any

import boto3
from boto3.dynamodb.types import TypeDeserializer

from hearth.local.invoke import LocalLambdaContext

log = logging.getLogger(__name__)

Handler = Callable[[dict[str, Any], Any], Any]
_deserialize = TypeDeserializer().deserialize

# The fields the pipe's InputTemplate copies (template.yaml, EscalationPipe).
OUTBOX_FIELDS = (
    "eventId",
    "userId",
    "sessionId",
    "messageId",
    "tier",
    "categories",
    "occurredAt",
    "country",
    "protocolVersion",
    "screenVersion",
    "reason",
)


def outbox_to_sqs_event(image: Mapping[str, Any]) -> dict[str, Any]:
    """An SQS event with one record, shaped as the escalation pipe delivers it."""
    item = {key: _deserialize(value) for key, value in image.items()}
    body = {field: item.get(field) for field in OUTBOX_FIELDS}
    body["categories"] = sorted(item.get("categories") or [])
    return {
        "Records": [
            {
                "messageId": str(uuid.uuid4()),
                "receiptHandle": "local",
                "body": json.dumps(body),
                "attributes": {"ApproximateReceiveCount": "1"},
                "messageAttributes": {},
                "md5OfBody": "",
                "eventSource": "aws:sqs",
                "eventSourceARN": "arn:aws:sqs:us-east-1:000000000000:local-escalations",
                "awsRegion": "us-east-1",
            }
        ]
    }


class StreamPump:
    """Polls one table's stream and routes new items by `kind` to local handlers."""

    def __init__(
        self,
        *,
        endpoint: str,
        table_name: str,
        routes: Mapping[str, Callable[[Mapping[str, Any]], None]],
        region: str = "us-east-1",
    ) -> None:
        # DynamoDB Local accepts any credentials; these never leave the machine.
        session = boto3.session.Session(
            aws_access_key_id="local",
            aws_secret_access_key="local",  # noqa: S106
            region_name=region,
        )
        self._ddb = session.client("dynamodb", endpoint_url=endpoint)
        self._streams = session.client("dynamodbstreams", endpoint_url=endpoint)
        self._table = table_name
        self._routes = routes
        self._iterators: dict[str, str | None] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start_at_latest(self) -> None:
        """Only what is written from now on: a restart doesn't replay old escalations."""
        self._refresh("LATEST")

    def pump_once(self) -> int:
        """Deliver every record waiting now; returns how many were routed."""
        if not self._iterators:
            self._refresh("TRIM_HORIZON")
        routed = 0
        for shard, iterator in list(self._iterators.items()):
            if iterator is None:
                continue
            response = self._streams.get_records(ShardIterator=iterator, Limit=100)
            self._iterators[shard] = response.get("NextShardIterator")
            for record in response.get("Records", []):
                if record.get("eventName") != "INSERT":
                    continue
                image = record["dynamodb"].get("NewImage", {})
                route = self._routes.get(image.get("kind", {}).get("S", ""))
                if route is not None:
                    route(image)
                    routed += 1
        if any(iterator is None for iterator in self._iterators.values()):
            self._refresh("TRIM_HORIZON", only_new=True)
        return routed

    def run_in_background(self, interval: float = 1.0) -> None:
        def loop() -> None:
            while not self._stop.wait(interval):
                try:
                    self.pump_once()
                except Exception as exc:  # keep the local server alive; say what broke
                    log.warning("local stream pump failed", extra={"error": type(exc).__name__})

        self._thread = threading.Thread(target=loop, name="stream-pump", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _refresh(self, position: str, *, only_new: bool = False) -> None:
        arn = self._ddb.describe_table(TableName=self._table)["Table"]["LatestStreamArn"]
        shards = self._streams.describe_stream(StreamArn=arn)["StreamDescription"]["Shards"]
        for shard in shards:
            shard_id = shard["ShardId"]
            if only_new and shard_id in self._iterators:
                continue
            self._iterators[shard_id] = self._streams.get_shard_iterator(
                StreamArn=arn, ShardId=shard_id, ShardIteratorType=position
            )["ShardIterator"]


def stream_event(image: Mapping[str, Any]) -> dict[str, Any]:
    """A DynamoDB stream event with one INSERT record, as Lambda's event source delivers it."""
    return {
        "Records": [
            {
                "eventID": uuid.uuid4().hex,
                "eventName": "INSERT",
                "eventVersion": "1.1",
                "eventSource": "aws:dynamodb",
                "awsRegion": "us-east-1",
                "dynamodb": {
                    "Keys": {"pk": image["pk"], "sk": image["sk"]},
                    "NewImage": dict(image),
                    "SequenceNumber": str(uuid.uuid4().int)[:20],
                    "SizeBytes": 1,
                    "StreamViewType": "NEW_IMAGE",
                },
                "eventSourceARN": "arn:aws:dynamodb:us-east-1:000000000000:table/local/stream/0",
            }
        ]
    }


def summarize_route(handler: Handler) -> Callable[[Mapping[str, Any]], None]:
    """New user messages to the pattern summarization function (its template filter, here)."""

    def route(image: Mapping[str, Any]) -> None:
        if image.get("role", {}).get("S") != "user":
            return
        result = handler(stream_event(image), LocalLambdaContext("summarize_patterns"))
        if result.get("batchItemFailures"):
            log.warning("local summarization failed; the deployed stream would retry it")

    return route


def escalation_route(handler: Handler) -> Callable[[Mapping[str, Any]], None]:
    def route(image: Mapping[str, Any]) -> None:
        result = handler(outbox_to_sqs_event(image), LocalLambdaContext("escalate"))
        if result.get("batchItemFailures"):
            log.warning("local escalation failed; the deployed queue would retry it")

    return route
