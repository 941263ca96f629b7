"""companies: the exact request each method sends and the parsed result, sync and async (documented examples)."""

from __future__ import annotations

import pytest

import instaview_plus as iv

from ..conftest import Recorder
from ._support import both, ex, reply, sent

COMPANY_ID = "123e4567-e89b-12d3-a456-426614174000"
SCOPE = "4a1d2c3b-0000-4000-8000-00000000ac3e"


async def test_create_sends_the_documented_body(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder
) -> None:
    recorder.queue += [reply(ex("icbw-E9.2"), 201), reply(ex("icbw-E9.2"), 201)]
    args = {
        "name": "Acme Corporation",
        "description": "Leading technology company specializing in enterprise software",
        "metadata": {
            "externalCompanyId": "COMP-12345",
            "industry": "Technology",
            "companySize": "50-200",
            "atsSystemId": "ATS-ORG-789",
        },
    }
    results = await both(lambda: client.companies.create(**args), lambda: aclient.companies.create(**args))
    assert sent(recorder) == [("POST", "/company", {}, ex("icbw-E9"))] * 2
    for company in results:
        assert isinstance(company, iv.Company)
        assert (company.id, company.name, company.description) == (
            COMPANY_ID,
            "Acme Corporation",
            "Leading technology company",
        )
        assert company.metadata.to_dict() == {"externalCompanyId": "COMP-12345", "industry": "Technology"}


async def test_create_with_website_and_industry_and_company_scope(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder
) -> None:
    recorder.queue += [reply(ex("icbw-E9.2"), 201), reply(ex("icbw-E9.2"), 201)]
    args = {"name": "Client Company Name", "website": "https://clientcompany.com", "industry": "Technology"}
    await both(
        lambda: client.for_company(SCOPE).companies.create(**args),
        lambda: aclient.for_company(SCOPE).companies.create(**args),
    )
    assert sent(recorder) == [("POST", "/company", {"companyId": SCOPE}, ex("icbw-E9.3"))] * 2


async def test_get(client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder) -> None:
    recorder.queue += [reply(ex("icbw-E11")), reply(ex("icbw-E11"))]
    results = await both(lambda: client.companies.get(COMPANY_ID), lambda: aclient.companies.get(COMPANY_ID))
    assert sent(recorder) == [("GET", f"/company/{COMPANY_ID}", {}, None)] * 2
    assert [c.name for c in results] == ["Acme Corporation"] * 2
    assert results[0].created_at.isoformat() == "2024-11-16T10:30:00+00:00"


async def test_get_is_not_company_scoped(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder
) -> None:
    recorder.queue += [reply(ex("icbw-E11")), reply(ex("icbw-E11"))]
    await both(
        lambda: client.for_company(SCOPE).companies.get(COMPANY_ID),
        lambda: aclient.for_company(SCOPE).companies.get(COMPANY_ID),
    )
    assert [dict(r.url.params) for r in recorder.requests] == [{}, {}]


async def test_update_sends_only_given_fields_and_company_scope(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder
) -> None:
    recorder.queue += [reply(ex("icbw-E10.2")), reply(ex("icbw-E10.2"))]
    args = {
        "name": "Acme Corporation",
        "description": "Leading technology company specializing in enterprise software",
        "metadata": {"industry": "Technology", "size": "50-200"},
    }
    results = await both(
        lambda: client.for_company(SCOPE).companies.update(COMPANY_ID, **args),
        lambda: aclient.for_company(SCOPE).companies.update(COMPANY_ID, **args),
    )
    assert sent(recorder) == [("PATCH", f"/company/{COMPANY_ID}", {"companyId": SCOPE}, ex("icbw-E10"))] * 2
    assert [c.id for c in results] == [COMPANY_ID] * 2


async def test_update_name_only(client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder) -> None:
    recorder.queue += [reply(ex("icbw-E10.2")), reply(ex("icbw-E10.2"))]
    await both(
        lambda: client.companies.update(COMPANY_ID, name="Updated Company Name"),
        lambda: aclient.companies.update(COMPANY_ID, name="Updated Company Name"),
    )
    assert sent(recorder) == [("PATCH", f"/company/{COMPANY_ID}", {}, ex("icbw-E10.3"))] * 2


async def test_delete_unwraps_the_status_code_wrapper_to_true(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder
) -> None:
    recorder.queue += [reply(ex("icbw-E13")), reply(ex("icbw-E13"))]
    results = await both(
        lambda: client.companies.delete(COMPANY_ID), lambda: aclient.companies.delete(COMPANY_ID)
    )
    assert sent(recorder) == [("DELETE", f"/company/{COMPANY_ID}", {}, None)] * 2
    assert results == (True, True)


async def test_list_reads_the_flat_reference_shape(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder
) -> None:
    recorder.queue += [reply(ex("icbw-E12")), reply(ex("icbw-E12"))]
    sync_page = client.companies.list(search="Acme", limit=20)
    async_page = await aclient.companies.list(search="Acme", limit=20)
    assert sent(recorder) == [("GET", "/company", {"search": "Acme", "limit": "20", "page": "1"}, None)] * 2
    for page in (sync_page, async_page):
        assert [c.name for c in page.items] == ["Acme Corporation"]
        assert page.total == 150
        assert page.has_next_page()


async def test_list_iterates_the_narrative_shape_with_company_scope(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder
) -> None:
    recorder.queue += [reply(ex("icbw-E12.3")), reply(ex("icbw-E12.3"))]
    sync_names = [c.name for c in client.for_company(SCOPE).companies.list()]
    async_names = [c.name async for c in aclient.for_company(SCOPE).companies.list()]
    assert sync_names == async_names == ["Client Company A", "Client Company B"]
    assert sent(recorder) == [("GET", "/company", {"page": "1", "companyId": SCOPE}, None)] * 2


async def test_list_walks_pages(client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder) -> None:
    first, second = ex("icbw-E12"), ex("icbw-E12")
    first.update(total=2, limit=1, totalPages=2)
    second.update(total=2, limit=1, totalPages=2, page=2, data=[{"id": "b", "name": "Beta"}])
    recorder.queue += [reply(first), reply(second), reply(first), reply(second)]
    sync_ids = [c.id for c in client.companies.list(limit=1)]
    async_ids = [c.id async for c in aclient.companies.list(limit=1)]
    assert sync_ids == async_ids == [COMPANY_ID, "b"]
    assert [dict(r.url.params)["page"] for r in recorder.requests] == ["1", "2", "1", "2"]


def test_bad_arguments_are_refused_before_sending(client: iv.InstaView, recorder: Recorder) -> None:
    with pytest.raises(iv.InvalidRequestError) as info:
        client.companies.create(nam="Acme")  # type: ignore[call-arg]
    assert info.value.argument == "nam"
    with pytest.raises(iv.InvalidRequestError):
        client.companies.get("")
    assert recorder.requests == []
