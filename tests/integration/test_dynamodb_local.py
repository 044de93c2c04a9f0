"""DynamoDB Local as dev and tests use it: tables exactly as template.yaml declares them."""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path
from typing import Any

import pytest

from hearth.local.dynamodb_local import (
    DynamoDBLocal,
    DynamoDBLocalError,
    ensure_tables,
    find_jar_dir,
    free_port,
    load_table_definitions,
    local_client,
)

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
TEMPLATE = REPO / "template.yaml"


def _template_table() -> dict[str, Any]:
    properties: dict[str, Any] = load_table_definitions(TEMPLATE)["HearthTable"]["Properties"]
    return properties


def test_hearth_table_has_the_template_keys_stream_and_ttl(
    dynamodb_endpoint: str, hearth_table_name: str
) -> None:
    declared = _template_table()
    client = local_client(dynamodb_endpoint)

    table = client.describe_table(TableName=hearth_table_name)["Table"]
    ttl = client.describe_time_to_live(TableName=hearth_table_name)["TimeToLiveDescription"]

    assert table["KeySchema"] == declared["KeySchema"]
    assert sorted(table["AttributeDefinitions"], key=str) == sorted(
        declared["AttributeDefinitions"], key=str
    )
    assert table["BillingModeSummary"]["BillingMode"] == declared["BillingMode"]
    assert table["StreamSpecification"] == {
        "StreamEnabled": True,
        "StreamViewType": declared["StreamSpecification"]["StreamViewType"],
    }
    assert ttl == {
        "TimeToLiveStatus": "ENABLED",
        "AttributeName": declared["TimeToLiveSpecification"]["AttributeName"],
    }


def test_ensure_tables_again_creates_nothing_and_keeps_ttl(
    dynamodb_endpoint: str, hearth_table_name: str
) -> None:
    created = ensure_tables(dynamodb_endpoint, TEMPLATE, {"HearthTable": hearth_table_name})

    ttl = local_client(dynamodb_endpoint).describe_time_to_live(TableName=hearth_table_name)
    assert created == []
    assert ttl["TimeToLiveDescription"]["TimeToLiveStatus"] == "ENABLED"


def test_ensure_tables_rejects_a_table_the_template_lacks(dynamodb_endpoint: str) -> None:
    with pytest.raises(DynamoDBLocalError, match="NoSuchTable"):
        ensure_tables(dynamodb_endpoint, TEMPLATE, {"NoSuchTable": "hearth-nope"})


def test_shared_db_on_disk_keeps_items_across_restart(tmp_path: Path) -> None:
    item = {"pk": {"S": "USER#ana"}, "sk": {"S": "SESSION#1"}, "title": {"S": "kept"}}
    names = {"HearthTable": "hearth-persisted"}
    first = DynamoDBLocal(jar_dir=find_jar_dir(REPO), port=free_port(), data_dir=tmp_path)
    with first:
        ensure_tables(first.endpoint, TEMPLATE, names)
        local_client(first.endpoint).put_item(TableName="hearth-persisted", Item=item)

    second = DynamoDBLocal(jar_dir=find_jar_dir(REPO), port=free_port(), data_dir=tmp_path)
    with second:
        created_again = ensure_tables(second.endpoint, TEMPLATE, names)
        # A different region still sees the table: -sharedDb ignores credentials and region.
        found = local_client(second.endpoint, region="eu-west-1").get_item(
            TableName="hearth-persisted", Key={"pk": item["pk"], "sk": item["sk"]}
        )

    assert created_again == []
    assert found["Item"] == item
    assert (tmp_path / "shared-local-instance.db").is_file()


def _listening_addresses(port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    """Local addresses of the sockets listening on `port`, read from /proc/net/tcp{,6}."""
    found: list[ipaddress.IPv4Address | ipaddress.IPv6Address] = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            address_hex, port_hex = fields[1].split(":")
            if fields[3] != "0A" or int(port_hex, 16) != port:  # 0A: LISTEN
                continue
            # The kernel prints each 32-bit word of the address in host (little-endian) order.
            raw = b"".join(
                bytes.fromhex(address_hex[i : i + 8])[::-1] for i in range(0, len(address_hex), 8)
            )
            address = ipaddress.ip_address(raw)
            if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
                address = address.ipv4_mapped
            found.append(address)
    return found


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads Linux's /proc/net")
def test_engine_listens_on_loopback_only(dynamodb_local: DynamoDBLocal) -> None:
    addresses = _listening_addresses(dynamodb_local.port)

    assert addresses, f"nothing listens on port {dynamodb_local.port}"
    assert all(address.is_loopback for address in addresses), addresses


def test_start_refuses_a_port_that_is_taken() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        engine = DynamoDBLocal(jar_dir=find_jar_dir(REPO), port=taken.getsockname()[1])

        with pytest.raises(DynamoDBLocalError, match="already in use"):
            engine.start()
    assert not engine.running
