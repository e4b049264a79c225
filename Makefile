# Milio Server: `make dev` serves the API locally, `make test` runs every check.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
UV := $(BIN)/uv
# Installs come from the locks only (hash-checked, nothing resolved): `make lock` refreshes them.
RUNTIME_STAMP := $(VENV)/.runtime-stamp
DEV_STAMP := $(VENV)/.dev-stamp
REQUIREMENTS := requirements-bootstrap.txt requirements-runtime.txt requirements-dev.txt \
	$(wildcard layers/common/requirements*.txt) layers/common/constraints-lambda-runtime.txt \
	$(wildcard functions/*/requirements.txt)
LOCKS := requirements-bootstrap.lock requirements-lambda.lock requirements-dev.lock \
	requirements-runtime.lock layers/common/requirements.lock $(wildcard functions/*/requirements.lock)
PORT ?= 8080
# No telemetry from SAM CLI, a region for offline validation, venv tools (python3.13 for sam build) first.
export SAM_CLI_TELEMETRY := 0
export AWS_DEFAULT_REGION ?= us-east-1
export PATH := $(CURDIR)/$(BIN):$(PATH)
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help dev test lint format typecheck pytest validate package bench eval migrate events clean
.PHONY: openapi load doctor errors fuzz lock split-secret

help:
	@echo "make dev       serve every route on http://127.0.0.1:$(PORT) (local libSQL, generated secrets)"
	@echo "make test      lint, types, tests (real sqld + moto_server), template validation, packaging"
	@echo "make bench     benchmarks (cold imports, latency)"
	@echo "make eval      chat pipeline evaluation on the labelled dataset"
	@echo "make migrate   apply database migrations to the configured database"
	@echo "make openapi   write the OpenAPI documents (each app, and the whole API) to openapi/"
	@echo "make load      a bounded load run on loopback: throughput, p50/p99, 5xx count"
	@echo "make doctor    check the configuration: database, each provider's key and model"
	@echo "make split-secret STACK=name  move an older stack's keys into their own secrets"
	@echo "make errors    the error-log report (unresolved sentences) and candidate dataset lines"
	@echo "make lock      resolve every requirements file again into its lock (hashes; needs the index)"
	@echo "make fuzz      render 100,000 generated answers with the client's marked (FUZZ_CASES=...)"

$(UV): requirements-bootstrap.lock
	@test -x $(PY) || "$$(scripts/find_python.sh)" -m venv $(VENV)
	$(PY) -m pip install --isolated --quiet --disable-pip-version-check --no-deps \
		--require-hashes -r requirements-bootstrap.lock
	@touch $@

# `make dev` needs only what the server runs; `make test` the checks too (one environment).
# A requirements file changed without its lock fails here, before anything is installed.
$(RUNTIME_STAMP): requirements-runtime.lock $(REQUIREMENTS) $(LOCKS) | $(UV)
	@python3 scripts/locks.py check
	$(UV) pip install --quiet --python $(PY) --require-hashes --no-deps -r requirements-runtime.lock
	@touch $@

$(DEV_STAMP): requirements-dev.lock $(REQUIREMENTS) $(LOCKS) | $(UV)
	@python3 scripts/locks.py check
	$(UV) pip sync --quiet --python $(PY) --require-hashes requirements-dev.lock
	@touch $@ $(RUNTIME_STAMP)

lock: $(UV)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(PY) scripts/locks.py compile

.tools/sqld:
	scripts/install_sqld.sh .tools

# The desktop client's renderer (marked 12.0.1) and an HTML5 parser, for the render tests.
.tools/marked: scripts/marked/package-lock.json
	scripts/install_marked.sh .tools/marked
	@touch $@

dev: $(RUNTIME_STAMP) .tools/marked
	PORT=$(PORT) $(PY) -m devserver

migrate: $(DEV_STAMP)
	PYTHONPATH=layers/common $(PY) -m milio.migrations

doctor: $(DEV_STAMP)
	$(PY) scripts/doctor.py

split-secret: $(DEV_STAMP)
	$(PY) scripts/split_secret.py "$(STACK)"

errors: $(DEV_STAMP)
	$(PY) scripts/errors.py $(ARGS)

events: $(DEV_STAMP)
	$(PY) scripts/make_events.py

test: $(DEV_STAMP) .tools/sqld .tools/marked lint typecheck pytest validate package

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(DEV_STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: $(DEV_STAMP)
	$(BIN)/mypy layers/common/milio functions devserver scripts

pytest: $(DEV_STAMP) .tools/sqld .tools/marked
	$(PY) -m pytest

validate: $(DEV_STAMP)
	$(BIN)/sam validate --lint
	$(BIN)/cfn-lint template.yaml

package: $(DEV_STAMP) .tools/sqld .tools/marked
	$(BIN)/sam build
	$(PY) scripts/check_package.py

bench: $(DEV_STAMP) .tools/sqld .tools/marked
	$(BIN)/sam build
	$(PY) scripts/bench.py

eval: $(DEV_STAMP)
	$(PY) scripts/eval.py

openapi: $(DEV_STAMP)
	$(PY) -m devserver.openapi openapi

load: $(DEV_STAMP)
	$(PY) scripts/load.py

FUZZ_CASES ?= 100000
FUZZ_MINUTES ?= 30
fuzz: $(DEV_STAMP) .tools/marked
	$(PY) scripts/fuzz_render.py --cases $(FUZZ_CASES) --minutes $(FUZZ_MINUTES)

clean:
	rm -rf .aws-sam .mypy_cache .pytest_cache .ruff_cache
