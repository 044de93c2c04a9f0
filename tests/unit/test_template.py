"""What an operator relies on in template.yaml, checked without AWS or SAM CLI."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement

from hearth.local.dynamodb_local import load_template
from hearth.settings import Settings

pytestmark = pytest.mark.unit

REPO = Path(__file__).resolve().parents[2]
TEMPLATE = REPO / "template.yaml"
PUBLIC_PATHS = {"/v1/health", "/v1/protocol"}


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    return load_template(TEMPLATE)


def _resources(template: dict[str, Any], kind: str) -> dict[str, dict[str, Any]]:
    return {k: v for k, v in template["Resources"].items() if v["Type"] == kind}


def _functions(template: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each function's properties with Globals.Function applied, as SAM would."""
    defaults = template.get("Globals", {}).get("Function", {})
    merged = {}
    for name, resource in _resources(template, "AWS::Serverless::Function").items():
        properties = {**defaults, **resource["Properties"]}
        # SAM merges environment variables key by key rather than replacing the map.
        variables = {
            **defaults.get("Environment", {}).get("Variables", {}),
            **resource["Properties"].get("Environment", {}).get("Variables", {}),
        }
        properties["Environment"] = {"Variables": variables}
        merged[name] = properties
    return merged


def _is_http(properties: dict[str, Any]) -> bool:
    return any(e["Type"] == "HttpApi" for e in properties.get("Events", {}).values())


def _statements(properties: dict[str, Any]) -> Iterator[tuple[str | None, dict[str, Any]]]:
    """(condition or None, statement) for every inline policy statement of a function."""
    for policy in properties.get("Policies", []):
        assert isinstance(policy, dict), f"policy {policy!r} is not an inline statement list"
        condition = None
        if "Fn::If" in policy:
            condition, policy, otherwise = policy["Fn::If"]
            assert otherwise == {"Ref": "AWS::NoValue"}
        assert set(policy) == {"Statement"}, f"only inline statements are reviewable: {policy}"
        for statement in policy["Statement"]:
            yield condition, statement


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def test_every_function_is_python313_on_arm64(template: dict[str, Any]) -> None:
    functions = _functions(template)

    assert functions
    for name, properties in functions.items():
        assert properties["Runtime"] == "python3.13", name
        assert properties["Architectures"] == ["arm64"], name


def test_function_timeout_is_under_api_gateway_and_over_the_llm_budget(
    template: dict[str, Any],
) -> None:
    settings = Settings()
    llm_worst_case = settings.llm_timeout_seconds * (settings.llm_max_retries + 1)

    http = {n: p for n, p in _functions(template).items() if _is_http(p)}
    assert http
    for name, properties in http.items():
        assert llm_worst_case < properties["Timeout"] < 30, name


def test_queue_visibility_outlasts_its_consumer_six_times(template: dict[str, Any]) -> None:
    # AWS's guidance: otherwise a message can reappear while its first delivery is still running.
    queues = template["Resources"]
    for name, properties in _functions(template).items():
        for event in properties.get("Events", {}).values():
            if event["Type"] == "SQS":
                queue = event["Properties"]["Queue"]["Fn::GetAtt"][0]
                visibility = queues[queue]["Properties"]["VisibilityTimeout"]
                assert visibility >= 6 * properties["Timeout"], name
                assert "RedrivePolicy" in queues[queue]["Properties"], queue


def test_table_is_encrypted_recoverable_expiring_streamed_and_retained(
    template: dict[str, Any],
) -> None:
    table = template["Resources"]["HearthTable"]
    properties = table["Properties"]

    assert table["DeletionPolicy"] == table["UpdateReplacePolicy"] == "Retain"
    assert properties["BillingMode"] == "PAY_PER_REQUEST"
    assert properties["KeySchema"] == [
        {"AttributeName": "pk", "KeyType": "HASH"},
        {"AttributeName": "sk", "KeyType": "RANGE"},
    ]
    assert properties["SSESpecification"] == {"SSEEnabled": True}
    assert properties["PointInTimeRecoverySpecification"] == {"PointInTimeRecoveryEnabled": True}
    assert properties["TimeToLiveSpecification"] == {"AttributeName": "expiresAt", "Enabled": True}
    assert properties["StreamSpecification"] == {"StreamViewType": "NEW_IMAGE"}


def test_layers_are_built_for_arm64_python313(template: dict[str, Any]) -> None:
    layers = _resources(template, "AWS::Serverless::LayerVersion")

    assert set(layers) >= {"SharedLayer", "DepsLayer"}
    for name, layer in layers.items():
        assert layer["Metadata"]["BuildMethod"] == "python3.13", name
        assert layer["Metadata"]["BuildArchitecture"] == "arm64", name
        assert layer["Properties"]["CompatibleRuntimes"] == ["python3.13"], name
        assert layer["Properties"]["CompatibleArchitectures"] == ["arm64"], name
    assert layers["SharedLayer"]["Properties"]["ContentUri"].rstrip("/") == "shared"


def test_deps_layer_ships_the_dependencies_pyproject_declares() -> None:
    declared = {
        Requirement(line).name: Requirement(line)
        for line in tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    }
    lines = (REPO / "layers" / "deps" / "requirements.txt").read_text().splitlines()
    shipped = {
        Requirement(line).name: Requirement(line)
        for line in (line.split("#")[0].strip() for line in lines)
        if line
    }

    assert set(shipped) == set(declared)
    for name, requirement in shipped.items():
        assert requirement.extras == declared[name].extras, name
        pins = [spec.version for spec in requirement.specifier if spec.operator == "=="]
        assert len(pins) == 1, f"{name}: pin one exact version so deploys are reproducible"
        assert declared[name].specifier.contains(pins[0]), f"{name}=={pins[0]} breaks pyproject"


def test_template_holds_no_secret_values(template: dict[str, Any]) -> None:
    text = TEMPLATE.read_text()
    # A dynamic reference would put the key into the function's plaintext configuration.
    for pattern in (r"sk-ant-", r"AKIA[0-9A-Z]{16}", r"-----BEGIN", r"\{\{resolve:secretsmanager"):
        assert not re.search(pattern, text), pattern

    for name, properties in _functions(template).items():
        variables = properties["Environment"]["Variables"]
        assert not [var for var in variables if "API_KEY" in var or "PASSWORD" in var], name
        assert variables["HEARTH_ANTHROPIC_SECRET_NAME"] == {"Ref": "AnthropicSecretName"}


def test_only_health_and_protocol_skip_the_jwt_authorizer(template: dict[str, Any]) -> None:
    api = template["Resources"]["HttpApi"]["Properties"]
    default = api["Auth"]["DefaultAuthorizer"]
    authorizer = api["Auth"]["Authorizers"][default]
    public, private = set(), set()
    for properties in _functions(template).values():
        for event in properties["Events"].values():
            if event["Type"] != "HttpApi":
                continue
            # Without ApiId SAM makes an implicit API that has no authorizer at all.
            assert event["Properties"]["ApiId"] == {"Ref": "HttpApi"}
            route = f"{event['Properties']['Method']} {event['Properties']['Path']}"
            chosen = event["Properties"].get("Auth", {}).get("Authorizer", default)
            (public if chosen == "NONE" else private).add(route)
            assert chosen in {"NONE", default}, route

    assert authorizer["IdentitySource"] == "$request.header.Authorization"
    assert authorizer["JwtConfiguration"] == {
        "issuer": {"Ref": "JwtIssuer"},
        "audience": {"Ref": "JwtAudience"},
    }
    assert "GET /v1/health" in public
    assert {route.split()[1] for route in public} <= PUBLIC_PATHS
    assert "ANY /v1/{proxy+}" in private


def test_function_policies_are_least_privilege(template: dict[str, Any]) -> None:
    for name, properties in _functions(template).items():
        for condition, statement in _statements(properties):
            actions = _as_list(statement["Action"])
            resources = _as_list(statement["Resource"])
            services = {action.split(":")[0] for action in actions}
            assert statement["Effect"] == "Allow"
            assert not [a for a in actions if a == "*" or a.endswith(":*")], (name, actions)
            assert "*" not in resources, (name, actions)
            if "dynamodb" in services:
                # The escalation function reaches cases only; the others, the person's data.
                table = "EscalationTable" if name == "EscalateFunction" else "HearthTable"
                assert condition is None
                assert resources == [{"Fn::GetAtt": [table, "Arn"]}]
                assert not {"dynamodb:Scan", "dynamodb:DeleteTable"} & set(actions)
            if "secretsmanager" in services:
                secret = {"UseAnthropic": "AnthropicSecretName", "UseWebhook": "WebhookSecretName"}
                assert condition in secret
                assert actions == ["secretsmanager:GetSecretValue"]
                assert resources == [
                    {
                        "Fn::Sub": "arn:${AWS::Partition}:secretsmanager:${AWS::Region}:"
                        f"${{AWS::AccountId}}:secret:${{{secret[condition]}}}-*"
                    }
                ]
            if "bedrock" in services:
                assert condition == "UseBedrock"
                assert set(actions) <= {
                    "bedrock:InvokeModel",
                    "bedrock:InvokeModelWithResponseStream",
                }


def test_cors_names_its_origins_and_the_headers_clients_send(template: dict[str, Any]) -> None:
    cors = template["Resources"]["HttpApi"]["Properties"]["CorsConfiguration"]
    default_origins = template["Parameters"]["CorsAllowedOrigins"]["Default"].split(",")

    assert cors["AllowOrigins"] == {"Ref": "CorsAllowedOrigins"}
    assert "*" not in default_origins
    assert {"authorization", "content-type", "idempotency-key", "accept-language"} <= {
        header.lower() for header in cors["AllowHeaders"]
    }


def test_outputs_give_the_api_url_and_table_name(template: dict[str, Any]) -> None:
    assert {"ApiUrl", "TableName"} <= set(template["Outputs"])
