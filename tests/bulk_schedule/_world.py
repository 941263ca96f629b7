"""A fake world for the bulk scheduling tests: a job, an agent, candidates; counting interviews per row."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import Counter
from collections.abc import Callable
from typing import Any

import instaview_plus as iv
from instaview_plus._plans.bulk_rows import MARKER
from instaview_plus.testing import FakeInstaView

NOW = dt.datetime(2026, 5, 4, 9, 0, tzinfo=dt.UTC)
KEY = "sk_test_schedule"


class World:
    """The fake plus the ids the rows use."""

    def __init__(self, fake: FakeInstaView, candidates: int) -> None:
        self.fake = fake
        with self.client() as client:
            self.job_id = client.jobs.create(
                title="Backend engineer", description="Builds the API.", status="OPEN"
            ).id
            self.agent_id = client.agents.create(
                name="Screener", type="ONLINE", focus="GENERIC", language="EN", duration=30
            ).id
        self.candidate_ids = [self.add_candidate(i) for i in range(candidates)]

    def add_candidate(self, i: int, company_id: str | None = None) -> str:
        """A candidate created straight in the fake's state (no request counted)."""
        from instaview_plus.testing._records import Candidate

        cid = self.fake.ids.uuid()
        self.fake.state.candidates[cid] = Candidate(
            id=cid,
            company_id=company_id or self.fake.default_company.id,
            first_name=f"Row{i}",
            last_name=f"Person{i}",
            email=f"row{i}@example.com",
            job_ids=[self.job_id],
            created_at=self.fake.clock.now(),
            updated_at=self.fake.clock.now(),
        )
        return cid

    def inline(self, i: int) -> dict[str, Any]:
        """An inline candidate for a row (created by the row's own POST /interviews)."""
        return {
            "first_name": "Ada",
            "last_name": f"Lovelace{i}",
            "email": f"ada{i}@example.com",
            "gdpr_expiry_date": "2027-12-31",
            "job_id": self.job_id,
        }

    def client(self) -> iv.InstaView:
        return iv.InstaView(api_key=KEY, http_client=self.fake.http_client())

    def rows(self, **extra: Any) -> list[dict[str, Any]]:
        return [{"candidate_id": cid, "job_id": self.job_id, **extra} for cid in self.candidate_ids]

    def per_row(self) -> Counter[str]:
        """Interviews per row marker in the fake's state (what a duplicate would show)."""
        return Counter(
            i.metadata.get(MARKER) for i in self.fake.state.interviews.values() if i.metadata.get(MARKER)
        )


def run_schedule(world: World, mode: str, rows: list[dict[str, Any]], **kwargs: Any) -> iv.ScheduleResult:
    """``bulk.schedule_interviews`` with the sync or the async client (waits move the fake's clock)."""
    kwargs.setdefault("agent_id", world.agent_id)
    if mode == "sync":
        with world.client() as client:
            return client.bulk.schedule_interviews(rows, **kwargs)

    async def go() -> iv.ScheduleResult:
        async with iv.AsyncInstaView(api_key=KEY, http_client=world.fake.async_http_client()) as client:
            return await client.bulk.schedule_interviews(rows, **kwargs)

    return asyncio.run(go())


Fault = Callable[[FakeInstaView], None]
