"""schemathesis against /api/openapi.json, with a token: whatever it sends, no 5xx.

Every operation of the document gets a bounded number of generated requests (the
schemathesis pytest plugin is not used: each operation's hypothesis strategy is run
directly, over the same real database fixture as the other tests).
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from tests.web.conftest import Site

pytestmark = pytest.mark.slow(reason="hypothesis generates requests for every API operation")

EXAMPLES = 12  # per operation


def test_no_generated_request_makes_the_api_answer_with_a_server_error(site: Site) -> None:
    auth = {"Authorization": f"Bearer {site.token}"}
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", site.app, headers=auth)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    failures: list[str] = []

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def call(case: Any) -> None:
            response = case.call(headers=auth)
            if response.status_code >= 500:
                failures.append(
                    f"{case.method} {case.formatted_path} {case.query} "
                    f"{case.body!r} → {response.status_code}"
                )

        call()
    assert failures == []
