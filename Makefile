# Smart Data Pipeline — every task a developer or CI runs. `make help` lists them.
SHELL := /bin/bash
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON_PREFERENCE := only-system
# Without bytecode every CLI call, worker and crawl subprocess compiles its imports again (3 s a
# command instead of 1.2 s here); some machines set PYTHONDONTWRITEBYTECODE for everything.
export UV_COMPILE_BYTECODE := 1
unexport PYTHONDONTWRITEBYTECODE
UV ?= uv
DEMO_PORT ?= 8765
DEMO_NAME ?= demo-coffee

.DEFAULT_GOAL := help
.PHONY: help install system-deps demo run test test-long lint format bench services clean chaos profile

help: ## Show this help
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  \033[36m%-10s\033[0m %s\n", $$1, $$2}'

install: ## Install the project and its pinned dependencies (uv, locked)
	@command -v $(UV) >/dev/null || python3 -m pip install --quiet "uv==0.13.9"
	$(UV) sync --frozen

system-deps: ## Debian packages: chromium (JavaScript pages) and docker-compose (checks docker/compose.yaml)
	@missing=""; command -v chromium >/dev/null || missing+=" chromium"; \
	command -v docker-compose >/dev/null || missing+=" docker-compose"; \
	if [ -n "$$missing" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; fi

demo: install ## Serve the bundled demo site, onboard it, and print the extracted records
	@set -e; \
	python3 -m http.server $(DEMO_PORT) --bind 127.0.0.1 --directory tests/sites/demo >/dev/null 2>&1 & server=$$!; \
	trap "kill $$server 2>/dev/null" EXIT; \
	for _ in $$(seq 1 50); do python3 -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$(DEMO_PORT)/')" 2>/dev/null && break; sleep 0.1; done; \
	$(UV) run sdp remove $(DEMO_NAME) --purge --yes >/dev/null 2>&1 || true; \
	$(UV) run sdp add http://127.0.0.1:$(DEMO_PORT)/ --name $(DEMO_NAME) --schedule 1h; \
	echo; echo "All records (sdp export $(DEMO_NAME) --format jsonl):"; \
	$(UV) run sdp export $(DEMO_NAME) --format jsonl

run: install ## Run the orchestrator (worker + beat) on the configured database and broker
	$(UV) run sdp run

test: install ## Run the test suite (unit, integration on PostgreSQL/Redis/RabbitMQ, end-to-end, short fault suite)
	$(UV) run pytest -q -n 2 --dist loadfile -m "not long"

test-long: install ## The variants `make test` leaves out (the same paths on a second database or broker)
	$(UV) run pytest -q -n 2 --dist loadfile -m long

lint: install ## ruff, mypy (strict) and import-linter (the layers of docs/architecture.md)
	$(UV) run ruff check .
	$(UV) run ruff format --check .
	$(UV) run mypy
	$(UV) run lint-imports

format: ## Format the code
	$(UV) run ruff format .
	$(UV) run ruff check --fix .

bench: install ## Benchmarks: speed, then the Scout's F1 on the site corpus (figures go into docs/benchmarks.md)
	$(UV) run python -m tests.bench.run_all
	$(UV) run python -m tests.bench.data_layer
	$(UV) run python -m tests.bench.scout_corpus
	$(UV) run python -m tests.bench.heal_mutations
	$(UV) run python -m tests.bench.fleet

chaos: install ## Fault tests with 100 random injections (kill workers, restart Redis, cut PostgreSQL, fail the LLM)
	SDP_CHAOS_INJECTIONS=$${SDP_CHAOS_INJECTIONS:-100} $(UV) run pytest -q -s -p no:cacheprovider tests/fault

profile: install ## pyinstrument on a crawl and on a worker draining tasks; HTML under var/profile/
	$(UV) run python -m tests.bench.fleet profile

services: ## Make sure PostgreSQL, Redis and RabbitMQ answer on loopback (starts them if stopped)
	@bash scripts/ensure-services.sh

clean: ## Remove local data (./var) and caches
	rm -rf var .pytest_cache .mypy_cache .ruff_cache
