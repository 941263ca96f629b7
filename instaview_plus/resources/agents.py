"""AI interview agents: ``client.agents`` / ``aclient.agents``.

>>> agent = client.agents.create(
...     name="Online screen", type="ONLINE", focus="SCREENING", language="EN", duration=30, voice_id="ALEX"
... )
>>> for each in client.agents.list(type="ONLINE"):  # every page, lazily
...     print(each.name)
Screen
Online screen
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from .._plans.pagination import AsyncPager, SyncPage
from .._types import RequestOptions
from ._base import AsyncAPIResource, RawView, SyncAPIResource, araw, boolean, model, operation, raw

if TYPE_CHECKING:
    from instaview_plus._generated.client.models import Agent
    from instaview_plus._generated.spec.params import CreateAgentBody, ListAgentsQuery, UpdateAgentBody

    from .._pipeline.operation import Operation

__all__ = ["Agents", "AsyncAgents"]

_LIST: Operation[Agent] = operation("listAgents", model("Agent"))
_CREATE: Operation[Agent] = operation("createAgent", model("Agent"))
_GET: Operation[Agent] = operation("getAgent", model("Agent"))
_UPDATE: Operation[Agent] = operation("updateAgent", model("Agent"))
_DELETE = operation("deleteAgent", boolean)


class Agents(SyncAPIResource["AgentsWithRawResponse"]):
    """Create, read, update, list and delete AI interview agents."""

    def list(self, **query: Unpack[ListAgentsQuery]) -> SyncPage[Agent]:
        """Every agent (``type``, ``focus`` filters); iterating walks all pages lazily."""
        return self._list(_LIST, query)

    def create(self, **body: Unpack[CreateAgentBody]) -> Agent:
        """Create an agent (the docs mark no field required; ``language`` may be left out, as the quickstart does)."""
        return self._call(_CREATE, body=body)

    def get(self, agent_id: str, **options: Unpack[RequestOptions]) -> Agent:
        """One agent by id."""
        return self._call(_GET, path=(("agent_id", agent_id),), options=options)

    def update(self, agent_id: str, **body: Unpack[UpdateAgentBody]) -> Agent:
        """Change some fields of an agent (only the fields given are sent)."""
        return self._call(_UPDATE, path=(("agent_id", agent_id),), body=body)

    def delete(self, agent_id: str, **options: Unpack[RequestOptions]) -> bool:
        """Delete an agent permanently; returns ``True``."""
        return self._call(_DELETE, path=(("agent_id", agent_id),), options=options)


# twin: Agents
class AsyncAgents(AsyncAPIResource["AsyncAgentsWithRawResponse"]):
    """Create, read, update, list and delete AI interview agents (async)."""

    def list(self, **query: Unpack[ListAgentsQuery]) -> AsyncPager[Agent]:
        """Every agent; ``async for`` walks all pages lazily, ``await`` gives the first page."""
        return self._list(_LIST, query)

    async def create(self, **body: Unpack[CreateAgentBody]) -> Agent:
        """Create an agent (the docs mark no field required; ``language`` may be left out, as the quickstart does)."""
        return await self._call(_CREATE, body=body)

    async def get(self, agent_id: str, **options: Unpack[RequestOptions]) -> Agent:
        """One agent by id."""
        return await self._call(_GET, path=(("agent_id", agent_id),), options=options)

    async def update(self, agent_id: str, **body: Unpack[UpdateAgentBody]) -> Agent:
        """Change some fields of an agent (only the fields given are sent)."""
        return await self._call(_UPDATE, path=(("agent_id", agent_id),), body=body)

    async def delete(self, agent_id: str, **options: Unpack[RequestOptions]) -> bool:
        """Delete an agent permanently; returns ``True``."""
        return await self._call(_DELETE, path=(("agent_id", agent_id),), options=options)


class AgentsWithRawResponse(RawView[Agents]):
    """``client.agents.with_raw_response``: the same methods, each returning a ``RawResponse``."""

    list: Final = raw(Agents.list)
    create: Final = raw(Agents.create)
    get: Final = raw(Agents.get)
    update: Final = raw(Agents.update)
    delete: Final = raw(Agents.delete)


# twin: AgentsWithRawResponse
class AsyncAgentsWithRawResponse(RawView[AsyncAgents]):
    """``aclient.agents.with_raw_response``: the same methods, each returning a ``RawResponse``."""

    list: Final = araw(AsyncAgents.list)
    create: Final = araw(AsyncAgents.create)
    get: Final = araw(AsyncAgents.get)
    update: Final = araw(AsyncAgents.update)
    delete: Final = araw(AsyncAgents.delete)
