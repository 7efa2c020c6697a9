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
  x ConsentRequired             collection refused: no valid consent record for the source
  x BackupError                 a backup is missing, tampered or cannot be made (+ DatabaseCorrupt)
  x ConfigurationError > LessonNotFound   no Knowledge Base lesson has that id
  x ConfigurationError > SchemaInvalid    an edited source schema names an unknown field or type
  x ConfigurationError > EntityNotFound   no Silver entity has that id
  x AccessDenied (+ AuthenticationFailed, PermissionDenied, RateLimited)   REST API keys and roles
  x ConfigurationError > ApiKeyNotFound   no API key has that id
  x ConfigurationError > TaskNotFound     no task has that id (REST API)
  x CrawlFailed > TransientCrawlFailure   network, timeout, 429, 5xx: retried with backoff (``retry_after``)
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

    def __init__(
        self, message: str, *, transient: bool = True, status: int | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.transient = transient
        self.status = status
        #: Seconds the site asked us to wait (Retry-After), a floor for the retry's backoff.
        self.retry_after = retry_after


class NoRecordsFound(SourceError):
    code = "source:no-records"


class BuildError(PipelineError):
    code = "build:failed"


class UnsafeCode(BuildError):
    code = "build:unsafe-code"


class CrawlFailed(PipelineError):
    code = "crawl:failed"


class LessonNotFound(ConfigurationError):
    code = "kb:lesson-not-found"


class BackupError(PipelineError):
    code = "backup:failed"


class DatabaseCorrupt(BackupError):
    code = "backup:database-corrupt"


class ConsentRequired(PipelineError):
    """privacy.require_consent is on and the source has no present, unexpired consent record."""

    code = "privacy:consent-required"


class SchemaInvalid(ConfigurationError):
    code = "schema:invalid"


class EntityNotFound(ConfigurationError):
    code = "silver:entity-not-found"


class ApiKeyNotFound(ConfigurationError):
    code = "api:key-not-found"


class TaskNotFound(ConfigurationError):
    code = "task:not-found"


class AccessDenied(PipelineError):
    """A REST API request refused before it ran: no valid key, a weak role, or too many requests."""

    code = "api:denied"


class AuthenticationFailed(AccessDenied):
    code = "api:unauthenticated"


class PermissionDenied(AccessDenied):
    code = "api:forbidden"


class RateLimited(AccessDenied):
    code = "api:rate-limited"

    def __init__(self, message: str, *, retry_after_s: int) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class TransientCrawlFailure(CrawlFailed):
    """A crawl failed for a reason that passes (network, timeout, 429, 5xx); the step is retried."""

    code = "crawl:transient"

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after
