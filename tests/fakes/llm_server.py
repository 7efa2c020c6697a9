"""A local LLM server speaking the real wire APIs: OpenAI chat completions and Ollama chat.

Tests drive the real ``langchain-openai`` and ``langchain-ollama`` clients against it, so what is
faked is only the model. Each server is scripted with a queue of answers (a reply, an HTTP error, a
slow reply), falls back to ``default`` when the queue is empty, and records every request so a test
can check what was sent (no raw HTML, the key only in the ``Authorization`` header, no request at
all when offline).

* ``POST /v1/chat/completions`` (and ``/chat/completions``): ``response_format`` (json_schema,
  json_object) is answered with JSON content; ``tools`` with a tool call carrying the JSON as its
  arguments; ``stream: true`` with server-sent events. ``usage`` carries the token counts.
* ``POST /api/chat``: answered with JSON content (``format``), streamed as NDJSON unless
  ``stream: false``, with ``prompt_eval_count``/``eval_count`` in the final chunk.
"""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

Api = Literal["openai", "ollama"]


@dataclass
class Answer:
    """One scripted answer. ``data`` is sent as JSON; ``text`` as the raw content (for bad replies)."""

    data: Any = None
    text: str | None = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    prompt_tokens: int = 120
    completion_tokens: int = 30

    def content(self) -> str:
        return self.text if self.text is not None else json.dumps(self.data)


@dataclass(frozen=True)
class RecordedRequest:
    api: Api
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body)


class FakeLLMServer:
    """A scriptable fake; ``openai_base_url`` and ``ollama_base_url`` go into the settings."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: deque[Answer] = deque()
        self.default: Answer | None = None
        self.requests: list[RecordedRequest] = []
        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self.openai_base_url = f"{self.url}/v1"
        self.ollama_base_url = self.url

    # -- scripting ---------------------------------------------------------------------------
    def reply(
        self,
        data: Any = None,
        *,
        text: str | None = None,
        times: int = 1,
        prompt_tokens: int = 120,
        completion_tokens: int = 30,
    ) -> None:
        """Queue ``times`` successful answers whose content is ``data`` as JSON (or ``text``)."""
        for _ in range(times):
            answer = Answer(data=data, text=text, prompt_tokens=prompt_tokens, completion_tokens=completion_tokens)
            self._queue.append(answer)

    def fail(self, status: int, *, retry_after: str | None = None, times: int = 1) -> None:
        """Queue ``times`` HTTP errors, optionally with a ``Retry-After`` header."""
        headers = {"Retry-After": retry_after} if retry_after is not None else {}
        for _ in range(times):
            self._queue.append(Answer(status=status, headers=headers, text=f"scripted error {status}"))

    def slow(self, delay_s: float, data: Any = None, *, times: int = 1) -> None:
        """Queue answers that arrive only after ``delay_s`` (client timeouts)."""
        for _ in range(times):
            self._queue.append(Answer(data=data, delay_s=delay_s))

    def next_answer(self) -> Answer:
        with self._lock:
            if self._queue:
                return self._queue.popleft()
            if self.default is not None:
                return self.default
        return Answer(status=500, text="the fake LLM server has no scripted answer left")

    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def requests_to(self, api: Api) -> list[RecordedRequest]:
        return [r for r in self.requests if r.api == api]

    # -- lifecycle ---------------------------------------------------------------------------
    def start(self) -> FakeLLMServer:
        threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@contextmanager
def fake_llm_server() -> Iterator[FakeLLMServer]:
    server = FakeLLMServer().start()
    try:
        yield server
    finally:
        server.stop()


def _handler_for(server: FakeLLMServer) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(_Handler):
        fake = server

    return Handler


class _Handler(http.server.BaseHTTPRequestHandler):
    fake: FakeLLMServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        path = self.path.split("?")[0]
        api: Api | None = "openai" if path.endswith("/chat/completions") else "ollama" if path == "/api/chat" else None
        if api is None:
            self._send(404, {"error": f"no route {path}"})
            return
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.fake.record(RecordedRequest(api=api, path=path, headers=headers, body=body))
        answer = self.fake.next_answer()
        if answer.delay_s:
            time.sleep(answer.delay_s)
        request = json.loads(body)
        try:
            if answer.status != 200:
                error: Any = {"error": {"message": answer.content(), "type": "server_error", "code": None}}
                self._send(answer.status, error if api == "openai" else {"error": answer.content()}, answer.headers)
            elif api == "openai":
                self._openai(request, answer)
            else:
                self._ollama(request, answer)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test): nothing left to answer

    # -- OpenAI ------------------------------------------------------------------------------
    def _openai(self, request: dict[str, Any], answer: Answer) -> None:
        message: dict[str, Any] = {"role": "assistant", "content": answer.content(), "refusal": None}
        finish = "stop"
        if request.get("tools"):
            name = request["tools"][0]["function"]["name"]
            call = {"id": "call_1", "type": "function", "function": {"name": name, "arguments": answer.content()}}
            message = {"role": "assistant", "content": None, "refusal": None, "tool_calls": [call]}
            finish = "tool_calls"
        usage = {
            "prompt_tokens": answer.prompt_tokens,
            "completion_tokens": answer.completion_tokens,
            "total_tokens": answer.prompt_tokens + answer.completion_tokens,
        }
        common = {"id": "chatcmpl-fake", "created": int(time.time()), "model": request.get("model", "")}
        if not request.get("stream"):
            choice = {"index": 0, "message": message, "finish_reason": finish, "logprobs": None}
            self._send(200, {**common, "object": "chat.completion", "choices": [choice], "usage": usage})
            return
        chunks = [
            {"index": 0, "delta": message, "finish_reason": None},
            {"index": 0, "delta": {}, "finish_reason": finish},
        ]
        events = [{**common, "object": "chat.completion.chunk", "choices": [c]} for c in chunks]
        events.append({**common, "object": "chat.completion.chunk", "choices": [], "usage": usage})
        lines = [f"data: {json.dumps(e)}\n\n" for e in events] + ["data: [DONE]\n\n"]
        self._send_raw(200, "".join(lines).encode(), "text/event-stream")

    # -- Ollama ------------------------------------------------------------------------------
    def _ollama(self, request: dict[str, Any], answer: Answer) -> None:
        content = answer.content()
        common = {"model": request.get("model", ""), "created_at": "2026-11-26T12:00:00Z"}
        final = {
            **common,
            "message": {"role": "assistant", "content": ""},
            "done": True,
            "done_reason": "stop",
            "total_duration": 1_000_000,
            "prompt_eval_count": answer.prompt_tokens,
            "eval_count": answer.completion_tokens,
        }
        if request.get("stream") is False:
            final["message"] = {"role": "assistant", "content": content}
            self._send(200, final)
            return
        half = len(content) // 2
        parts = [content[:half], content[half:]]
        lines = [{**common, "message": {"role": "assistant", "content": p}, "done": False} for p in parts]
        body = "".join(json.dumps(line) + "\n" for line in [*lines, final]).encode()
        self._send_raw(200, body, "application/x-ndjson")

    # -- plumbing ----------------------------------------------------------------------------
    def _send(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        self._send_raw(status, json.dumps(payload).encode(), "application/json", headers)

    def _send_raw(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
