"""``client.jobs.list(limit=100)``: one page of 100 documented jobs, every item read, vs ``json.loads`` of the
same bytes.

The SDK side goes through the whole call (MockTransport, envelope, pagination shape, 100 ``Job`` models) and
reads ``job.id`` of each item, so nothing is left unparsed; the baseline decodes the same page bytes.
"""

from __future__ import annotations

import json

import httpx

import instaview_plus as iv

from ._common import API_KEY, Figure, fixed_handler, job_page_bytes, paired_rounds, repeat, spread, us

TARGET = 2.0


def run(*, calls: int = 200, rounds: int = 9, warmup: int = 30, items: int = 100) -> Figure:
    body = job_page_bytes(1, items, items)
    with httpx.Client(transport=httpx.MockTransport(fixed_handler(body))) as http:
        client = iv.InstaView(api_key=API_KEY, http_client=http)

        def sdk_page() -> list[str]:
            return [job.id for job in client.jobs.list(limit=items).items]

        def raw_page() -> list[str]:
            return [job["id"] for job in json.loads(body)["data"]["items"]]

        assert sdk_page() == raw_page() and len(raw_page()) == items
        sdk, base, ratio = paired_rounds(
            repeat(sdk_page), repeat(raw_page), calls=calls, rounds=rounds, warmup=warmup
        )
    return Figure(
        name=f"jobs.list() page of {items} jobs",
        measured=us(sdk.median) + "/page",
        ratio=ratio,
        target=f"<= {TARGET:g}x json.loads",
        passed=ratio.median <= TARGET,
        detail=f"sdk {spread(sdk, '{:.6f}')} s, json.loads {spread(base, '{:.6f}')} s per page of {len(body)} bytes",
    )
