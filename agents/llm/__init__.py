"""The optional LLM layer (issue #3): LangChain providers, used only where they help, always accountable.

Key contracts:

* Everything works without it: provider ``offline`` (the default) makes no request and every
  function here then returns the heuristic result unchanged.
* A model's output is data, validated by pydantic and applied within fixed rules; it never
  becomes code, a selector or a new field, and text in the page cannot change those rules.
* The model never sees raw HTML or a secret; API keys travel only in the request headers.
* Every call (a cached answer too) is a row in ``llm_usage``: provider, model, agent, source,
  tokens, cost, latency, outcome. A source's daily budget stops further calls.
* Failures are contained: timeouts, retries with backoff, a circuit breaker per endpoint and a
  fallback chain (e.g. ollama → openai → offline).
* ``agents.llm.providers.ALLOW_LLM_REQUESTS = False`` blocks every request (the test suite's guard).

Modules: ``providers`` (chain and chat models), ``retry``, ``circuits`` (breakers shared through the
database; ``breaker``, the in-process fallback), ``cache``, ``gateway``
(one accountable structured request), ``renames`` (the reply schema and its rules), ``naming``.
"""
