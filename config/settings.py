"""The settings tree: one typed object, read once, injected where it is needed.

Precedence, highest first: ``SDP_*`` environment variables, the user's settings file
(``$SDP_HOME/settings.yaml``, written by ``sdp config set``), ``config/environments/<SDP_ENV>.yaml``,
then the defaults below. Nested values use one underscore after the section name:
``SDP_DATABASE_URL`` sets ``database.url``, ``SDP_CRAWL_TIMEOUT_S`` sets ``crawl.timeout_s``.
"""

from __future__ import annotations

import os
import re
import shutil
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, Field, SecretStr, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    YamlConfigSettingsSource,
)

Environment = Literal["development", "staging", "production"]
ENVIRONMENTS_DIR = Path(__file__).resolve().parent / "environments"
USER_SETTINGS_FILE = "settings.yaml"


class DatabaseSettings(BaseModel):
    url: str | None = Field(default=None, description="SQLAlchemy URL; empty means SQLite under SDP_HOME.")
    pool_size: int = Field(default=5, ge=1, le=200, description="Connections kept per process.")
    connect_timeout_s: float = Field(default=5.0, gt=0, description="Give up connecting after this.")


class BrokerSettings(BaseModel):
    url: str | None = Field(
        default=None,
        description="Celery broker URL (redis://, amqp://); empty means the embedded SQLite queue.",
    )
    connect_timeout_s: float = Field(default=5.0, gt=0, description="Give up connecting after this.")
    quorum_queues: bool = Field(
        default=True,
        description="On RabbitMQ: quorum queues (suffix .quorum) with a dead-letter queue; false keeps classic ones.",
    )
    delivery_limit: int = Field(
        default=20, ge=1, description="On RabbitMQ: deliveries of one message before it goes to the sdp.dead queue."
    )


class CrawlSettings(BaseModel):
    timeout_s: int = Field(default=900, ge=5, description="Hard limit for one crawl subprocess.")
    max_pages: int = Field(default=50, ge=1, description="Page cap per crawl unless the spec says less.")
    memory_limit_mb: int = Field(default=1024, ge=64, description="Scrapy MEMUSAGE_LIMIT_MB.")
    download_delay_s: float = Field(
        default=1.0, ge=0, description="Politeness: seconds between requests to one site (Scout and crawls)."
    )
    concurrent_requests_per_domain: int = Field(default=4, ge=1, description="Parallel requests to one site.")
    obey_robots_txt: bool = Field(default=True, description="Respect robots.txt unless a source says otherwise.")
    user_agent: str = Field(
        default="SmartDataPipeline/0.1 (+https://github.com/smart-data-pipeline)",
        description="User-Agent header of every request.",
    )
    fetch_timeout_s: float = Field(default=20.0, gt=0, description="Timeout for one HTTP fetch.")
    browser_path: str | None = Field(
        default=None, description="Chromium for JavaScript pages; empty: the system's chromium, else Playwright's."
    )
    render_timeout_s: float = Field(default=30.0, gt=0, description="Time a browser gets to render one page.")
    failures_before_heal: int = Field(default=3, ge=1, description="Consecutive failures that trigger the Doctor.")
    fetcher: Literal["http", "firecrawl"] = Field(
        default="http", description="How pages are fetched unless a source says otherwise: plain HTTP or Firecrawl."
    )
    proxy_url: SecretStr | None = Field(
        default=None, description="HTTP(S) proxy for every fetch unless a source has its own; never printed."
    )

    def chromium_executable(self) -> str | None:
        """The Chromium to launch: the configured one, else the system's, else Playwright's own (None)."""
        if self.browser_path:
            return self.browser_path
        return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


#: Chromium flags for a headless server: no sandbox as root, no GPU, and no calls home
#: (this machine refuses them, and each refusal costs time).
CHROMIUM_ARGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


class FirecrawlSettings(BaseModel):
    """The optional Firecrawl fetch backend, for sites that refuse plain HTTP clients."""

    api_url: str = Field(default="https://api.firecrawl.dev", description="Firecrawl's API, hosted or self-hosted.")
    api_version: Literal["v1", "v2"] = Field(default="v2", description="The scrape endpoint's API version.")
    api_key: SecretStr | None = Field(default=None, description="Firecrawl API key; never printed or logged.")
    timeout_s: float = Field(default=60.0, gt=0, description="How long Firecrawl may take for one page.")


class WorkerSettings(BaseModel):
    concurrency: int = Field(default=2, ge=1, le=64, description="Pool processes per worker.")
    heartbeat_s: float = Field(default=10.0, gt=0, description="How often a worker reports alive.")
    tick_s: float = Field(default=15.0, gt=0, description="How often beat looks for due sources.")
    lease_s: int = Field(default=1200, ge=2, description="A task not heartbeating this long is re-run.")
    redeliver_after_s: int = Field(
        default=600,
        ge=2,
        description="A queued step not started this long, while its queue is empty, lost its message: queue it again.",
    )
    wait_timeout_s: int = Field(default=1800, ge=1, description="How long `sdp add` waits for a worker.")
    max_attempts: int = Field(default=5, ge=1, description="Tries of a step before a passing failure is dead-lettered.")
    retry_base_s: float = Field(default=30.0, gt=0, description="First retry waits up to this (doubling, jittered).")
    retry_max_s: float = Field(default=600.0, gt=0, description="Longest wait between two retries of a step.")
    crawl_slots: int = Field(default=4, ge=1, description="Crawl processes running at once across the fleet.")
    crawls_per_slot: int = Field(
        default=4, ge=1, description="Due crawls one slot runs together in one Scrapy process (browser crawls: one)."
    )
    crawls_per_domain: int = Field(default=1, ge=1, description="Crawls of one site at once unless a source says more.")
    max_queue_depth: int = Field(default=500, ge=1, description="Beat stops enqueueing crawls above this backlog.")
    max_cpu_percent: float = Field(default=100.0, gt=0, le=100, description="No new crawls above this CPU %; 100: off.")
    max_memory_percent: float = Field(default=90.0, gt=0, le=100, description="No new crawls above this memory use.")
    breaker_failures: int = Field(default=5, ge=1, description="Failures in a row that open a circuit breaker.")
    breaker_cooldown_s: float = Field(default=300.0, gt=0, description="Open breaker waits this long before a probe.")


class BackupSettings(BaseModel):
    """Backups of the embedded default (SQLite + Bronze folder); PostgreSQL uses pg_dump (docs/operations.md)."""

    dir: Path | None = Field(default=None, description="Where `sdp backup` writes; empty: SDP_HOME/backups.")
    keep: int = Field(default=7, ge=1, description="Backups kept; older ones are deleted after each new one.")
    interval_s: float = Field(
        default=86400.0, ge=0, description="Seconds between scheduled backups (beat, embedded only); 0: none."
    )
    check_at_start: bool = Field(
        default=True, description="Check the SQLite database at start-up and recover a corrupt one from a backup."
    )


class LoggingSettings(BaseModel):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(default="INFO", description="Lowest level logged.")
    format: Literal["auto", "json", "console"] = Field(
        default="auto", description="auto: colour on a terminal, JSON otherwise."
    )
    file: Path | None = Field(default=None, description="Write logs here instead of stderr.")

    @field_validator("level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value


class SentrySettings(BaseModel):
    """Error reporting to Sentry (docs/operations.md, "Error reporting"); off while ``dsn`` is empty."""

    dsn: SecretStr | None = Field(
        default=None, description="Sentry project DSN; empty: nothing is reported. Never printed or logged."
    )
    environment: str | None = Field(default=None, description="Environment named in Sentry; empty: SDP_ENV.")
    release: str | None = Field(
        default=None, description="Release named in Sentry; empty: smart-data-pipeline@<installed version>."
    )
    traces_sample_rate: float = Field(
        default=0.0,
        ge=0.0,
        le=1.0,
        description="Share of API requests and tasks traced for performance; 0: errors only.",
    )
    include_local_variables: bool = Field(
        default=False,
        description="Send stack frames' local variables (secrets masked); off: they may hold scraped personal data.",
    )


class LLMSettings(BaseModel):
    """The optional LLM layer (issue #3). ``offline`` keeps the Scout's heuristics alone.

    The chain is the primary provider, then ``fallbacks`` in order; an ``offline`` entry ends it.
    """

    class Endpoint(BaseModel):
        """One provider of the fallback chain, e.g. ``{"provider": "openai", "model": "gpt-4o-mini"}``."""

        provider: Literal["offline", "openai", "ollama"] = Field(
            description="openai or ollama; offline ends the chain."
        )
        base_url: str | None = Field(
            default=None, description="Endpoint; empty: https://api.openai.com/v1 or http://127.0.0.1:11434."
        )
        model: str | None = Field(default=None, description="Model name at this provider.")
        api_key: SecretStr | None = Field(default=None, description="Secret for this endpoint; never printed.")
        price_prompt_per_1k_usd: float | None = Field(
            default=None, ge=0, description="Price of 1,000 prompt tokens here; empty: the section's price."
        )
        price_completion_per_1k_usd: float | None = Field(
            default=None, ge=0, description="Price of 1,000 completion tokens here; empty: the section's price."
        )

    provider: Literal["offline", "openai", "ollama"] = Field(
        default="offline", description="offline: heuristics only; openai or ollama add an LLM."
    )
    base_url: str | None = Field(default=None, description="OpenAI-compatible or Ollama endpoint.")
    model: str | None = Field(default=None, description="Model name at the provider.")
    api_key: SecretStr | None = Field(default=None, description="Secret; never printed or logged.")
    fallbacks: list[Endpoint] = Field(
        default_factory=list,
        description='Tried in order when the provider fails, e.g. [{"provider": "openai", "model": "…"}, "offline"].',
    )
    openai_structured_output: Literal["json_schema", "function_calling"] = Field(
        default="json_schema",
        description="How OpenAI-compatible servers are asked for JSON: response_format or a tool call.",
    )
    timeout_s: float = Field(default=60.0, gt=0, description="Give up on one model request after this.")
    max_retries: int = Field(default=2, ge=0, le=10, description="Retries of a failed request (5xx, 429, timeouts).")
    retry_backoff_s: float = Field(
        default=1.0, ge=0, description="First wait between retries; doubles each time (Retry-After wins)."
    )
    requests_per_minute: float | None = Field(
        default=60.0, gt=0, description="Requests per minute per endpoint and process; empty: unlimited."
    )
    max_output_tokens: int = Field(default=2048, ge=16, description="Cap on the tokens of one reply.")
    budget_usd_per_source_day: float | None = Field(
        default=None, ge=0, description="Stop calling the LLM for a source once it cost this today (UTC)."
    )
    budget_tokens_per_source_day: int | None = Field(
        default=None, ge=0, description="Stop calling the LLM for a source once it used this many tokens today."
    )
    price_prompt_per_1k_usd: float = Field(default=0.0, ge=0, description="Price of 1,000 prompt tokens.")
    price_completion_per_1k_usd: float = Field(default=0.0, ge=0, description="Price of 1,000 completion tokens.")
    cache: bool = Field(default=True, description="Reuse the answer to an identical request (under SDP_HOME).")
    cache_ttl_s: int = Field(default=30 * 86400, ge=0, description="How long a cached answer is reused.")
    circuit_failures: int = Field(
        default=5, ge=1, description="Consecutive failures that open an endpoint's circuit (calls stop)."
    )
    circuit_reset_s: float = Field(
        default=60.0, gt=0, description="Cool-down before an open circuit lets one trial call through."
    )

    @field_validator("fallbacks", mode="before")
    @classmethod
    def _names_as_endpoints(cls, value: object) -> object:
        """Accept bare provider names (``["offline"]``) beside full endpoints."""
        if isinstance(value, list):
            return [{"provider": item} if isinstance(item, str) else item for item in value]
        return value


class DoctorSettings(BaseModel):
    """The Doctor: judging crawls, classifying failures, repairing spiders (docs/doctor.md)."""

    lookback: int = Field(default=5, ge=1, le=100, description="Recent crawls weighed when classifying a failure.")
    min_items_ratio: float = Field(
        default=0.5, ge=0.0, le=1.0, description="A crawl with fewer items than this share of its usual count fails."
    )
    min_field_coverage: float = Field(
        default=0.5, ge=0.0, le=1.0, description="A usual field filled below this share of its usual rate fails."
    )
    politeness_step: float = Field(
        default=2.0, ge=1.0, le=10.0, description="Wait multiplier added after each transient failure."
    )
    max_politeness: float = Field(default=16.0, ge=1.0, description="Cap on the wait multiplier.")
    backoff_base_s: int = Field(default=300, ge=1, description="Wait before the next run after a transient failure.")
    webhook_url: SecretStr | None = Field(
        default=None, description="Where administrator alerts are POSTed as JSON; may embed a token, never printed."
    )
    webhook_retries: int = Field(default=3, ge=0, le=10, description="Retries of a failed webhook delivery.")
    webhook_timeout_s: float = Field(default=10.0, gt=0, description="Timeout of one webhook delivery.")


class PrivacySettings(BaseModel):
    """Redaction before Silver, consent before collection, data-subject requests (docs/privacy.md)."""

    require_consent: bool = Field(
        default=False, description="Crawl only sources with a valid consent record (`sdp consent set`)."
    )
    redact_emails: bool = Field(default=True, description="Replace e-mail addresses in records before Silver.")
    redact_phones: bool = Field(default=True, description="Replace phone numbers in records before Silver.")
    redact_patterns: dict[str, str] = Field(
        default_factory=dict, description='Custom rules, name -> regular expression, e.g. {"ticket": "TCK-[0-9]{6}"}.'
    )
    redact_fields: list[str] = Field(
        default_factory=list, description="Fields whose whole value is replaced before Silver, in every source."
    )
    subject_salt: SecretStr | None = Field(
        default=None, description="Salt of data-subject hashes in the audit log; empty: one generated under SDP_HOME."
    )

    @field_validator("redact_patterns")
    @classmethod
    def _patterns_compile(cls, value: dict[str, str]) -> dict[str, str]:
        for name, pattern in value.items():
            if not re.fullmatch(r"[a-z][a-z0-9_]{0,31}", name):
                raise ValueError(f"rule name {name!r} must be 1-32 lowercase letters, digits or '_'")
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"rule {name!r}: {pattern!r} is not a valid regular expression ({exc})") from None
        return value


class QualitySettings(BaseModel):
    history_runs: int = Field(default=10, ge=1, description="Earlier good runs a crawl is compared with.")
    min_history: int = Field(default=1, ge=1, description="Good runs needed before anomalies are looked for.")
    drop_ratio: float = Field(
        default=0.5, gt=0, lt=1, description="A record count below this share of the usual count is a sudden drop."
    )
    mad_threshold: float = Field(
        default=3.5, gt=0, description="Robust z-score (median/MAD) beyond which a figure is unusual."
    )
    shift_threshold: float = Field(
        default=0.5, gt=0, le=1, description="Total variation distance that marks a categorical distribution shift."
    )
    required_confidence: float = Field(
        default=1.0, ge=0, le=1, description="Builder confidence from which a field is required in a new schema."
    )


class SecuritySettings(BaseModel):
    """Encryption at rest: Bronze blobs, sensitive Silver fields, sealed audit details (docs/operations.md)."""

    keys: SecretStr | None = Field(
        default=None,
        description="Keys as `id:<base64 32 bytes>,id2:...`; the first encrypts, all decrypt. Never printed.",
    )
    key_file: Path | None = Field(
        default=None, description="A file of `id:<base64>` lines (mode 600), read after `keys`; first line encrypts."
    )
    sensitive_fields: list[str] = Field(
        default_factory=list, description="Silver fields stored encrypted in the database, e.g. [email, phone]."
    )
    check_at_start: bool = Field(
        default=True, description="Decrypt one sample per key id at start-up: a wrong key fails loudly."
    )

    @field_validator("sensitive_fields", mode="before")
    @classmethod
    def _comma_list(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value


class StorageSettings(BaseModel):
    """Where Bronze bodies live and how long they are kept."""

    bronze_backend: Literal["database", "folder"] = Field(
        default="database", description="database: blobs in the database; folder: files under bronze_dir."
    )
    bronze_dir: Path | None = Field(
        default=None, description="Folder of Bronze blob files (may be a network volume); empty: SDP_HOME/bronze."
    )
    chunk_kib: int = Field(default=1024, ge=16, le=65536, description="Bronze bodies are stored in chunks of this.")
    retention_days: int | None = Field(
        default=None, ge=1, description="Delete Bronze pages older than this unless the source says; empty: keep."
    )
    rotate_batch: int = Field(default=200, ge=1, description="Blobs re-encrypted per batch by `sdp encryption rotate`.")


class APISettings(BaseModel):
    """The REST API (`sdp api serve`, docs/api.md): keys, roles, HTTPS and rate limits."""

    host: str = Field(default="127.0.0.1", description="Address `sdp api serve` listens on.")
    port: int = Field(default=8000, ge=1, le=65535, description="Port `sdp api serve` listens on.")
    require_https: bool | None = Field(
        default=None, description="Refuse plain-HTTP requests; empty: required outside development."
    )
    trusted_proxies: list[str] = Field(
        default_factory=lambda: ["127.0.0.1", "::1"],
        description="Addresses or networks whose X-Forwarded-Proto header is believed (TLS ends there).",
    )
    tls_certfile: Path | None = Field(default=None, description="Serve HTTPS directly with this certificate.")
    tls_keyfile: Path | None = Field(default=None, description="Private key of tls_certfile.")
    rate_limit_per_minute: float = Field(
        default=120.0, gt=0, description="Requests per minute per API key (token bucket, per API process)."
    )
    rate_limit_burst: int = Field(default=30, ge=1, description="Requests a key may make at once before limiting.")
    metrics_public: bool = Field(default=False, description="Serve /metrics without an API key.")

    def https_required(self, env: str) -> bool:
        return self.require_https if self.require_https is not None else env != "development"


class Settings(BaseSettings):
    """Everything the product can be told; see docs/configuration.md."""

    model_config = SettingsConfigDict(
        env_prefix="SDP_",
        env_nested_delimiter="_",
        env_nested_max_split=1,
        extra="ignore",
        validate_default=True,
    )

    env: Environment = Field(default="development", description="Picks config/environments/<env>.yaml.")
    home: Path = Field(default=Path("var"), description="Data folder of the embedded default.")
    result_backend: str | None = Field(default=None, description="Celery result backend URL.")
    database: DatabaseSettings = DatabaseSettings()
    broker: BrokerSettings = BrokerSettings()
    crawl: CrawlSettings = CrawlSettings()
    worker: WorkerSettings = WorkerSettings()
    logging: LoggingSettings = LoggingSettings()
    sentry: SentrySettings = SentrySettings()
    llm: LLMSettings = LLMSettings()
    firecrawl: FirecrawlSettings = FirecrawlSettings()
    backup: BackupSettings = BackupSettings()
    doctor: DoctorSettings = DoctorSettings()
    privacy: PrivacySettings = PrivacySettings()
    quality: QualitySettings = QualitySettings()
    api: APISettings = APISettings()
    security: SecuritySettings = SecuritySettings()
    storage: StorageSettings = StorageSettings()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        env_name = os.environ.get("SDP_ENV", "development")
        return (
            init_settings,
            env_settings,
            YamlConfigSettingsSource(settings_cls, yaml_file=user_settings_path()),
            YamlConfigSettingsSource(settings_cls, yaml_file=ENVIRONMENTS_DIR / f"{env_name}.yaml"),
            file_secret_settings,
        )

    @property
    def database_url(self) -> str:
        return self.database.url or f"sqlite:///{self.home.resolve() / 'sdp.db'}"

    @property
    def broker_url(self) -> str:
        return self.broker.url or f"sqla+sqlite:///{self.home.resolve() / 'broker.db'}"

    @property
    def embedded_broker(self) -> bool:
        return self.broker_url.startswith("sqla+")


def user_settings_path() -> Path:
    return Path(os.environ.get("SDP_HOME", "var")) / USER_SETTINGS_FILE


def read_user_settings() -> dict[str, Any]:
    path = user_settings_path()
    if not path.exists():
        return {}
    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded if isinstance(loaded, dict) else {}


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings; tests and ``sdp config`` call ``get_settings.cache_clear()``."""
    return Settings()
