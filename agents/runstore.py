"""The Fetcher's page store for an onboarding run: what it fetches goes to Bronze and comes back."""

from __future__ import annotations

from dataclasses import dataclass

from agents.fetch import FetchedPage, RenderedFetch
from pipeline.core import runpages
from pipeline.core.db.engine import session_scope


@dataclass(frozen=True)
class RunPageStore:
    """Pages of one onboarding run of one source (see ``pipeline.core.runpages``)."""

    source_id: int
    run_id: str

    def get(self, url: str) -> FetchedPage | None:
        with session_scope() as session:
            kept = runpages.find(session, source_id=self.source_id, run_id=self.run_id, url=url)
        if kept is None:
            return None
        return FetchedPage(url=url, final_url=kept.final_url, status=kept.status, headers=kept.headers, body=kept.body)

    def last_request(self, origin: str) -> float | None:
        with session_scope() as session:
            moment = runpages.last_requests(session, source_id=self.source_id, run_id=self.run_id).get(origin)
        return moment.timestamp() if moment is not None else None

    def put(self, page: FetchedPage) -> None:
        if isinstance(page, RenderedFetch):
            return  # a DOM built by the browser is not what the site sent; a crawl renders it anew
        kept = runpages.KeptPage(
            url=page.url, final_url=page.final_url, status=page.status, headers=page.headers, body=page.body
        )
        with session_scope() as session:
            runpages.keep(session, source_id=self.source_id, run_id=self.run_id, page=kept)
