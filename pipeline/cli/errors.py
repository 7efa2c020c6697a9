"""Expected failures become one clear line and an exit code; anything else keeps its traceback."""

from __future__ import annotations

import errno
from typing import Any, ClassVar

import click
from pydantic import ValidationError
from sqlalchemy.exc import OperationalError

from config.logging import redact
from pipeline.cli.lazy import LazyGroup
from pipeline.core.exceptions import ConfigurationError, PipelineError, ServiceUnavailable

EXIT_FAILURE = 1
EXIT_CONFIG = 2
EXIT_UNAVAILABLE = 3


class UserFacingError(click.ClickException):
    """A ClickException whose exit code follows the kind of failure."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILURE) -> None:
        super().__init__(redact(message))
        # click declares exit_code on the class; each instance here carries its own.
        self.exit_code = exit_code  # type: ignore[misc]


def settings_error_message(error: ValidationError) -> str:
    first = error.errors()[0]
    dotted = ".".join(str(part) for part in first["loc"])
    env_name = "SDP_" + "_".join(str(part) for part in first["loc"]).upper()
    value = first.get("input")
    return (
        f"Invalid setting {dotted} = {value!r} ({env_name}): {first['msg']}. "
        f"Fix {env_name} or run `sdp config set {dotted} VALUE`."
    )


def _out_of_space(error: BaseException) -> bool:
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return True
    return isinstance(error, OperationalError) and any(
        marker in str(error.orig) for marker in ("disk is full", "No space left", "could not extend file")
    )


def translate(error: BaseException) -> UserFacingError | None:
    if _out_of_space(error):
        return UserFacingError(
            "Out of disk space: the database could not write, and the unfinished change was rolled back. "
            "Free space under SDP_HOME (or where SDP_DATABASE_URL points), then run the command again.",
            EXIT_FAILURE,
        )
    if isinstance(error, OperationalError):
        reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
        return UserFacingError(f"The database failed: {reason}. Check `sdp status` and try again.", EXIT_UNAVAILABLE)
    if isinstance(error, ValidationError) and error.title == "Settings":
        return UserFacingError(settings_error_message(error), EXIT_CONFIG)
    if isinstance(error, ConfigurationError):
        return UserFacingError(str(error), EXIT_CONFIG)
    if isinstance(error, ServiceUnavailable):
        return UserFacingError(str(error), EXIT_UNAVAILABLE)
    if isinstance(error, PipelineError):
        return UserFacingError(str(error), EXIT_FAILURE)
    return None


class FriendlyGroup(LazyGroup):
    """Turns the product's expected exceptions into one line on stderr."""

    error_types: ClassVar[tuple[type[BaseException], ...]] = (PipelineError, ValidationError, OperationalError, OSError)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except self.error_types as error:
            friendly = translate(error)
            if friendly is None:
                raise
            raise friendly from None
