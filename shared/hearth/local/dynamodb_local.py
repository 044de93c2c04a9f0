"""DynamoDB Local for development and tests, with tables created from template.yaml.

Dev tooling only: imported by `hearth serve` and the tests, never by a Lambda function (it needs
PyYAML and a Java runtime). The engine comes from `make setup`, which installs the jar that the
npm package amplify-dynamodb-simulator ships.
"""

from __future__ import annotations

import functools
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, Self

import boto3
import yaml
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

JAR_DIR = Path(".tools/dynamodb/node_modules/amplify-dynamodb-simulator/emulator")
LOOPBACK_LAUNCHER = Path(__file__).with_name("LoopbackDynamoDBLocal.java")
HOST = "127.0.0.1"
# DynamoDB Local accepts any credentials. Fixed dummy ones mean boto3 never searches for real
# ones (no instance-metadata calls) and a real key never signs a local request.
DUMMY_CREDENTIAL = "local"


class DynamoDBLocalError(RuntimeError):
    """DynamoDB Local is missing, would not start, or a template table can't be created."""


def find_jar_dir(repo_root: Path) -> Path:
    jar_dir = repo_root / JAR_DIR
    if not (jar_dir / "DynamoDBLocal.jar").is_file():
        raise DynamoDBLocalError(
            f"DynamoDB Local is not installed ({jar_dir / 'DynamoDBLocal.jar'} is missing): "
            "run `make setup`"
        )
    return jar_dir


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def local_client(endpoint: str, region: str = "us-east-1", *, attempts: int = 2) -> DynamoDBClient:
    """A boto3 DynamoDB client for DynamoDB Local, with dummy credentials and fast failures.

    The tables it sees are the app's only when the engine runs with -sharedDb (the default here);
    otherwise DynamoDB Local keeps a database per access key and region.
    """
    return boto3.client(
        "dynamodb",
        endpoint_url=endpoint,
        region_name=region,
        aws_access_key_id=DUMMY_CREDENTIAL,
        aws_secret_access_key=DUMMY_CREDENTIAL,
        config=Config(connect_timeout=2, read_timeout=10, retries={"total_max_attempts": attempts}),
    )


class DynamoDBLocal:
    """One DynamoDB Local process on 127.0.0.1:`port`.

    `data_dir=None` keeps everything in memory; otherwise tables persist in `data_dir` across
    restarts. `shared_db=True` gives every credential and region the same tables (without it,
    DynamoDB Local keeps one database per access key and region).
    """

    def __init__(
        self,
        *,
        jar_dir: Path,
        port: int,
        data_dir: Path | None = None,
        shared_db: bool = True,
        startup_timeout: float = 30.0,
    ) -> None:
        self.jar_dir = jar_dir
        self.port = port
        self.data_dir = data_dir
        self.shared_db = shared_db
        self.startup_timeout = startup_timeout
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def endpoint(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def command(self) -> list[str]:
        java = shutil.which("java")
        if java is None:
            raise DynamoDBLocalError("java not found: DynamoDB Local needs Java 17+ (`make setup`)")
        jar = self.jar_dir / "DynamoDBLocal.jar"
        if not jar.is_file():
            raise DynamoDBLocalError(f"{jar} is missing: run `make setup`")
        # -disableTelemetry is read only by the jar's own main(); the engine itself checks this
        # variable, and without it looks up its telemetry endpoint in DNS at every start.
        cmd = [shutil.which("env") or "/usr/bin/env", "DDB_LOCAL_TELEMETRY=0", java]
        # C1 only: the JVM answers about two seconds sooner on two cores, and a local
        # database never runs hot long enough to profit from the optimizing compiler.
        cmd.append("-XX:TieredStopAtLevel=1")
        cmd.append(f"-Djava.library.path={self.jar_dir / 'DynamoDBLocal_lib'}")
        if _can_launch_source(java):
            cmd += ["-cp", str(jar), str(LOOPBACK_LAUNCHER)]
        else:
            # A runtime without the compiler module can't run the launcher; the jar alone
            # listens on every interface, so keep such a machine off untrusted networks.
            cmd += ["-jar", str(jar)]
        cmd += ["-port", str(self.port), "-disableTelemetry"]
        if self.shared_db:
            cmd.append("-sharedDb")
        if self.data_dir is None:
            cmd.append("-inMemory")
        else:
            cmd += ["-dbPath", str(self.data_dir)]
        return cmd

    def start(self) -> None:
        """Start the engine and return once it answers ListTables."""
        if self.running:
            return
        if not _port_is_free(self.port):
            raise DynamoDBLocalError(f"port {self.port} on {HOST} is already in use")
        if self.data_dir is not None:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        cmd = self.command()
        # A file, not a pipe: nobody reads the output while the engine runs, and a full pipe
        # would block the JVM.
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
        self._process = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
            cmd,
            cwd=self.jar_dir,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        try:
            self._wait_until_ready()
        except BaseException:
            self.stop()
            raise

    def _wait_until_ready(self) -> None:
        # No retries inside boto3: its backoff would only delay noticing that the port is open.
        client = local_client(self.endpoint, attempts=1)
        deadline = time.monotonic() + self.startup_timeout
        while True:
            assert self._process is not None
            if self._process.poll() is not None:
                raise DynamoDBLocalError(
                    f"DynamoDB Local exited with code {self._process.returncode} during start:\n"
                    + self._last_output()
                )
            try:
                client.list_tables(Limit=1)
                return
            except (BotoCoreError, ClientError):
                if time.monotonic() > deadline:
                    raise DynamoDBLocalError(
                        f"DynamoDB Local did not answer on {self.endpoint} within "
                        f"{self.startup_timeout:.0f} s:\n" + self._last_output()
                    ) from None
                time.sleep(0.2)

    def _last_output(self, lines: int = 20) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        tail = self._log.read().decode(errors="replace").splitlines()[-lines:]
        return "\n".join(tail)

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM, then SIGKILL after `timeout` seconds. Safe to call twice."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


@functools.cache
def _can_launch_source(java: str) -> bool:
    """Whether this Java runtime can run a .java file directly (needs the jdk.compiler module)."""
    if not LOOPBACK_LAUNCHER.is_file():
        return False
    try:
        modules = subprocess.run(  # noqa: S603 - fixed argv, no shell
            [java, "--list-modules"], capture_output=True, text=True, timeout=30, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return any(line.startswith("jdk.compiler@") for line in modules.splitlines())


def _port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # As the server itself will: connections left in TIME_WAIT by a stopped server don't
        # make the port busy (otherwise a quick restart of `make run` would be refused).
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((HOST, port))
        except OSError:
            return False
        return True


# --- tables from template.yaml -------------------------------------------------------------


class _CloudFormationLoader(yaml.SafeLoader):  # type: ignore[misc]  # PyYAML ships no types
    """SafeLoader that reads CloudFormation short tags (!Ref, !Sub, ...) as their long form."""


def _construct_short_tag(loader: yaml.SafeLoader, tag_suffix: str, node: yaml.Node) -> Any:
    value: Any
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    if tag_suffix == "Ref":
        return {"Ref": value}
    if tag_suffix == "Condition":
        return {"Condition": value}
    if tag_suffix == "GetAtt" and isinstance(value, str):
        value = value.split(".", 1)
    return {f"Fn::{tag_suffix}": value}


_CloudFormationLoader.add_multi_constructor("!", _construct_short_tag)


def load_template(template_path: Path) -> dict[str, Any]:
    with template_path.open(encoding="utf-8") as stream:
        document = yaml.load(stream, Loader=_CloudFormationLoader)  # noqa: S506 - SafeLoader subclass
    if not isinstance(document, dict):
        raise DynamoDBLocalError(f"{template_path} is not a CloudFormation template")
    return document


def load_table_definitions(template_path: Path) -> dict[str, dict[str, Any]]:
    """The template's AWS::DynamoDB::Table resources, by logical id (Type, Properties, ...)."""
    resources = load_template(template_path).get("Resources") or {}
    return {
        logical_id: resource
        for logical_id, resource in resources.items()
        if isinstance(resource, dict) and resource.get("Type") == "AWS::DynamoDB::Table"
    }


def ensure_tables(
    endpoint: str,
    template_path: Path,
    names: Mapping[str, str],
    region: str = "us-east-1",
) -> list[str]:
    """Create the template's tables under the given names, if missing, and enable their TTL.

    `names` maps a logical id in the template to the table name to use locally. Safe to call on
    every start: existing tables are left as they are. Returns the names of the tables created.
    """
    definitions = load_table_definitions(template_path)
    client = local_client(endpoint, region)
    created: list[str] = []
    for logical_id, table_name in names.items():
        if logical_id not in definitions:
            raise DynamoDBLocalError(f"{template_path} has no AWS::DynamoDB::Table {logical_id!r}")
        properties = definitions[logical_id].get("Properties") or {}
        if not _table_exists(client, table_name):
            try:
                client.create_table(**_create_table_request(table_name, properties))
                created.append(table_name)
            except client.exceptions.ResourceInUseException:
                pass  # another process created it first
            client.get_waiter("table_exists").wait(
                TableName=table_name, WaiterConfig={"Delay": 1, "MaxAttempts": 30}
            )
        _ensure_ttl(client, table_name, properties.get("TimeToLiveSpecification"))
    return created


def _table_exists(client: DynamoDBClient, table_name: str) -> bool:
    try:
        client.describe_table(TableName=table_name)
    except client.exceptions.ResourceNotFoundException:
        return False
    return True


def _literal(value: Any, where: str) -> Any:
    """Template values used locally must be plain data; an intrinsic can't be resolved here."""
    if isinstance(value, dict) and any(k == "Ref" or k.startswith("Fn::") for k in value):
        intrinsic = next(iter(value))
        raise DynamoDBLocalError(f"{where} uses {intrinsic}; DynamoDB Local needs a literal")
    if isinstance(value, dict):
        return {k: _literal(v, f"{where}.{k}") for k, v in value.items()}
    if isinstance(value, list):
        return [_literal(v, f"{where}[{i}]") for i, v in enumerate(value)]
    return value


# What CreateTable takes from a CloudFormation table; SSE, PITR and the like mean nothing locally,
# and CloudFormation index specs carry keys the API rejects (ContributorInsightsSpecification, ...).
_TABLE_KEYS = {
    "KeySchema",
    "AttributeDefinitions",
    "BillingMode",
    "ProvisionedThroughput",
    "GlobalSecondaryIndexes",
    "LocalSecondaryIndexes",
    "StreamSpecification",
}
_INDEX_KEYS = {"IndexName", "KeySchema", "Projection", "ProvisionedThroughput"}
_DEFAULT_THROUGHPUT = {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5}


def _create_table_request(table_name: str, properties: Mapping[str, Any]) -> dict[str, Any]:
    props = _literal({k: v for k, v in properties.items() if k in _TABLE_KEYS}, table_name)
    billing_mode = props.get("BillingMode", "PROVISIONED")
    request: dict[str, Any] = {
        "TableName": table_name,
        "KeySchema": props["KeySchema"],
        "AttributeDefinitions": props["AttributeDefinitions"],
        "BillingMode": billing_mode,
    }
    for kind in ("GlobalSecondaryIndexes", "LocalSecondaryIndexes"):
        if props.get(kind):
            request[kind] = [
                {k: v for k, v in index.items() if k in _INDEX_KEYS} for index in props[kind]
            ]
    if billing_mode == "PROVISIONED":
        throughput = props.get("ProvisionedThroughput", _DEFAULT_THROUGHPUT)
        request["ProvisionedThroughput"] = throughput
        for gsi in request.get("GlobalSecondaryIndexes", []):
            gsi.setdefault("ProvisionedThroughput", throughput)
    # CloudFormation enables a stream by naming its view type; the API wants both fields.
    if stream := props.get("StreamSpecification"):
        request["StreamSpecification"] = {
            "StreamEnabled": True,
            "StreamViewType": stream["StreamViewType"],
        }
    return request


def _ensure_ttl(client: DynamoDBClient, table_name: str, spec: Any) -> None:
    spec = _literal(spec, f"{table_name}.TimeToLiveSpecification")
    if not spec or not spec.get("Enabled"):
        return
    current = client.describe_time_to_live(TableName=table_name)["TimeToLiveDescription"]
    # Enabling TTL a second time is an error, so only do it when it isn't on already.
    if current.get("TimeToLiveStatus") in {"ENABLED", "ENABLING"}:
        return
    client.update_time_to_live(
        TableName=table_name,
        TimeToLiveSpecification={"Enabled": True, "AttributeName": spec["AttributeName"]},
    )
