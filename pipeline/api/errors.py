"""The product's exceptions as JSON errors ``{"error": {"code", "message"}}`` with the right status."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from config.logging import redact
from pipeline.core.exceptions import (
    ApiKeyNotFound,
    AuthenticationFailed,
    ConfigurationError,
    ConsentRequired,
    EntityNotFound,
    LessonNotFound,
    PermissionDenied,
    PipelineError,
    RateLimited,
    ServiceUnavailable,
    SourceExists,
    SourceNotFound,
    TaskNotFound,
)

logger = logging.getLogger(__name__)

#: Most specific first: the first class the error is an instance of decides the status.
STATUS: tuple[tuple[type[PipelineError], int], ...] = (
    (AuthenticationFailed, 401),
    (PermissionDenied, 403),
    (RateLimited, 429),
    (SourceNotFound, 404),
    (EntityNotFound, 404),
    (LessonNotFound, 404),
    (ApiKeyNotFound, 404),
    (TaskNotFound, 404),
    (SourceExists, 409),
    (ConsentRequired, 403),
    (ConfigurationError, 400),
    (ServiceUnavailable, 503),
)


def error_body(code: str, message: str) -> dict[str, dict[str, str]]:
    return {"error": {"code": code, "message": redact(message)}}


def status_of(error: PipelineError) -> int:
    return next((status for kind, status in STATUS if isinstance(error, kind)), 500)


def error_response(error: PipelineError) -> JSONResponse:
    headers: dict[str, str] = {}
    if isinstance(error, AuthenticationFailed):
        headers["WWW-Authenticate"] = "Bearer"
    if isinstance(error, RateLimited):
        headers["Retry-After"] = str(error.retry_after_s)
    return JSONResponse(error_body(error.code, str(error)), status_code=status_of(error), headers=headers)


def _validation_message(error: RequestValidationError) -> str:
    parts = []
    for item in error.errors()[:3]:
        where = ".".join(str(part) for part in item.get("loc", ()) if part != "body") or "request"
        parts.append(f"{where}: {item.get('msg', 'invalid')}")
    return "Invalid request: " + "; ".join(parts) + ". See /docs for the expected shape."


def install(app: FastAPI) -> None:
    """Register the handlers that turn every failure into the JSON error shape."""

    async def pipeline_error(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, PipelineError)
        return error_response(exc)

    async def validation_error(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return JSONResponse(error_body("request:invalid", _validation_message(exc)), status_code=400)

    async def http_error(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        return JSONResponse(
            error_body(f"http:{exc.status_code}", str(exc.detail)), status_code=exc.status_code, headers=exc.headers
        )

    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        logger.error("API request failed: %s", type(exc).__name__, exc_info=exc)
        return JSONResponse(
            error_body("internal:error", "The server failed on this request; the log has the details."),
            status_code=500,
        )

    app.add_exception_handler(PipelineError, pipeline_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, unexpected)
