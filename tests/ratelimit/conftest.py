"""Fixtures for the limiter: a fake clock, and DynamoDB tables on the local emulator."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import boto3
import pytest

from milio.dynamodb import create_table

AWS_TEST_ENV = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
}


class FakeClock:
    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def aws_env(moto_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    for name, value in AWS_TEST_ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("AWS_ENDPOINT_URL", moto_url)
    return moto_url


@pytest.fixture
def dynamodb_client(aws_env: str) -> Any:
    return boto3.client("dynamodb", endpoint_url=aws_env)


@pytest.fixture
def table_name(dynamodb_client: Any) -> Iterator[str]:
    name = f"rate-limit-{uuid.uuid4().hex[:8]}"
    create_table(dynamodb_client, name)
    yield name
    dynamodb_client.delete_table(TableName=name)
