from __future__ import annotations

import pytest

from tests.support.fakes import InMemoryConversationStore
from tests.support.store_contract import StoreContract

pytestmark = pytest.mark.unit


class TestInMemoryConversationStore(StoreContract):
    @pytest.fixture
    def store(self) -> InMemoryConversationStore:
        return InMemoryConversationStore()
