"""On-call staff through an SNS topic: email and SMS subscriptions read the plain-text notice."""

from __future__ import annotations

from typing import TYPE_CHECKING

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from hearth.domain.errors import NotificationError
from hearth.domain.escalation import SUBJECT_MAX_CHARS, EscalationCase, format_notification

if TYPE_CHECKING:
    from mypy_boto3_sns import SNSClient


def make_sns_client(region: str) -> SNSClient:
    """An SNS client that fails within seconds, so a slow region can't hold the whole batch."""
    return boto3.client(
        "sns",
        region_name=region,
        config=Config(
            connect_timeout=2, read_timeout=5, retries={"mode": "standard", "total_max_attempts": 3}
        ),
    )


class SnsOnCallNotifier:
    """The `OnCallNotifier` port on SNS (channel "sns").

    Publishes `format_notification`'s subject and text: ids and labels, never message text.
    Every AWS failure becomes NotificationError naming the error code, never the message.
    """

    channel = "sns"

    def __init__(self, topic_arn: str, client: SNSClient) -> None:
        self._topic_arn = topic_arn
        self._client = client

    def notify(self, case: EscalationCase) -> None:
        subject, text = format_notification(case)
        try:
            self._client.publish(
                TopicArn=self._topic_arn, Subject=_sns_subject(subject), Message=text
            )
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "ClientError")
            raise NotificationError(f"sns: {code}") from exc
        except BotoCoreError as exc:
            raise NotificationError(f"sns: {type(exc).__name__}") from exc


def _sns_subject(subject: str) -> str:
    # SNS rejects a subject that is longer than 100 characters, has a line break or isn't ASCII.
    printable = "".join(c if " " <= c <= "~" else " " for c in subject).strip()
    return printable[:SUBJECT_MAX_CHARS] or "Hearth escalation"
