"""Local fakes of external services for tests. See `llm_servers` for the model APIs."""

from tests.fakes.llm_servers import (
    Behaviour,
    Drip,
    Fail,
    FakeLLMServer,
    Hang,
    Malformed,
    RecordedRequest,
    Reply,
)
from tests.fakes.llm_wire import APIS, Api

__all__ = [
    "APIS",
    "Api",
    "Behaviour",
    "Drip",
    "Fail",
    "FakeLLMServer",
    "Hang",
    "Malformed",
    "RecordedRequest",
    "Reply",
]
