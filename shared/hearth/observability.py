"""Powertools Logger, Tracer and Metrics, created once for every function.

Log keyword fields, never message text or model output. Metric names are the events operators
alarm on: SessionStarted, LlmFallback, LlmTokensIn, CrisisDetected, EscalationSent, ...
"""

from __future__ import annotations

import logging

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.logging.utils import copy_config_to_registered_loggers
from aws_lambda_powertools.metrics import MetricUnit

SERVICE = "hearth"

logger = Logger(service=SERVICE)
tracer = Tracer(service=SERVICE)
metrics = Metrics(namespace="Hearth", service=SERVICE)

# Domain modules log through stdlib `logging`; give them the same JSON format and correlation id.
logging.getLogger("hearth")
copy_config_to_registered_loggers(source_logger=logger, include={"hearth"})


class PowertoolsTelemetry:
    """The `Telemetry` port on CloudWatch embedded-metric-format via Powertools Metrics."""

    def count(self, name: str, value: float = 1.0) -> None:
        metrics.add_metric(name=name, unit=MetricUnit.Count, value=value)
