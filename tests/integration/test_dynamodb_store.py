from __future__ import annotations

import pytest

from hearth.adapters.dynamodb_store import DynamoConversationStore
from hearth.domain.errors import StoreUnavailableError
from hearth.local import dynamodb_local
from tests.support.store_contract import StoreContract

pytestmark = pytest.mark.integration


class TestDynamoConversationStore(StoreContract):
    @pytest.fixture
    def store(self, dynamodb_endpoint: str, hearth_table_name: str) -> DynamoConversationStore:
        return DynamoConversationStore(
            hearth_table_name, region="us-east-1", host=dynamodb_endpoint
        )


def test_unreachable_dynamodb_is_store_unavailable() -> None:
    free_port = dynamodb_local.free_port()
    store = DynamoConversationStore(
        "hearth-nowhere", region="us-east-1", host=f"http://127.0.0.1:{free_port}"
    )
    with pytest.raises(StoreUnavailableError):
        store.get_session("ana", "01JDQ8Z5X3M4N5P6Q7R8S9T0VW")
