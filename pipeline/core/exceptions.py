"""Smart Data Pipeline errors: one tree, messages that name the bad value and the fix.

* PipelineError
  x ConfigurationError          operator mistake: bad setting, bad argument; never retried
    + InvalidURL
    + SourceNotFound
    + SourceExists
  x ServiceUnavailable          the database or broker does not answer; retried with backoff
  x SourceError                 the target site misbehaved
    + FetchFailed               network, DNS, HTTP status (``transient`` says whether to retry)
    + NoRecordsFound            the page holds nothing the Scout can extract
  x BuildError                  the generated spider is unsafe or does not extract
    + UnsafeCode
  x CrawlFailed                 the crawl subprocess failed or produced nothing usable
"""

from __future__ import annotations

from typing import ClassVar


class PipelineError(Exception):
    """Base of every error the product raises on purpose."""

    code: ClassVar[str] = "pipeline:error"
    #: Expected failures print one line for the user; unexpected ones keep their traceback.
    expected: ClassVar[bool] = True


class ConfigurationError(PipelineError):
    code = "config:invalid"


class InvalidURL(ConfigurationError):
    code = "source:invalid-url"


class SourceNotFound(ConfigurationError):
    code = "source:not-found"


class SourceExists(ConfigurationError):
    code = "source:exists"


class ServiceUnavailable(PipelineError):
    code = "service:unavailable"


class SourceError(PipelineError):
    code = "source:error"


class FetchFailed(SourceError):
    code = "source:fetch-failed"

    def __init__(self, message: str, *, transient: bool = True, status: int | None = None) -> None:
        super().__init__(message)
        self.transient = transient
        self.status = status


class NoRecordsFound(SourceError):
    code = "source:no-records"


class BuildError(PipelineError):
    code = "build:failed"


class UnsafeCode(BuildError):
    code = "build:unsafe-code"


class CrawlFailed(PipelineError):
    code = "crawl:failed"
