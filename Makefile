# Milio Server: `make dev` serves the API locally, `make test` runs every check.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed-stamp
REQUIREMENTS := requirements-dev.txt $(wildcard layers/common/requirements*.txt) $(wildcard functions/*/requirements.txt)
PORT ?= 8080
# No telemetry from SAM CLI, a region for offline validation, venv tools (python3.13 for sam build) first.
export SAM_CLI_TELEMETRY := 0
export AWS_DEFAULT_REGION ?= us-east-1
export PATH := $(CURDIR)/$(BIN):$(PATH)
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help dev test lint format typecheck pytest validate package bench eval migrate events clean
.PHONY: openapi load doctor errors fuzz

help:
	@echo "make dev       serve every route on http://127.0.0.1:$(PORT) (local libSQL, generated secrets)"
	@echo "make test      lint, types, tests (real sqld + moto_server), template validation, packaging"
	@echo "make bench     benchmarks (cold imports, latency)"
	@echo "make eval      chat pipeline evaluation on the labelled dataset"
	@echo "make migrate   apply database migrations to the configured database"
	@echo "make openapi   write the OpenAPI documents (each app, and the whole API) to openapi/"
	@echo "make load      a bounded load run on loopback: throughput, p50/p99, 5xx count"
	@echo "make doctor    check the configuration: database, each provider's key and model"
	@echo "make errors    the error-log report (unresolved sentences) and candidate dataset lines"
	@echo "make fuzz      render 100,000 generated answers with the client's marked (FUZZ_CASES=...)"

$(STAMP): $(REQUIREMENTS)
	@test -x $(PY) || "$$(scripts/find_python.sh)" -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

.tools/sqld:
	scripts/install_sqld.sh .tools

# The desktop client's renderer (marked 12.0.1) and an HTML5 parser, for the render tests.
.tools/marked: scripts/marked/package-lock.json
	scripts/install_marked.sh .tools/marked
	@touch $@

dev: $(STAMP)
	PORT=$(PORT) $(PY) -m devserver

migrate: $(STAMP)
	PYTHONPATH=layers/common $(PY) -m milio.migrations

doctor: $(STAMP)
	$(PY) scripts/doctor.py

errors: $(STAMP)
	$(PY) scripts/errors.py $(ARGS)

events: $(STAMP)
	$(PY) scripts/make_events.py

test: $(STAMP) .tools/sqld .tools/marked lint typecheck pytest validate package

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: $(STAMP)
	$(BIN)/mypy layers/common/milio functions devserver scripts

pytest: $(STAMP) .tools/sqld .tools/marked
	$(PY) -m pytest

validate: $(STAMP)
	$(BIN)/sam validate --lint
	$(BIN)/cfn-lint template.yaml

package: $(STAMP) .tools/sqld
	$(BIN)/sam build
	$(PY) scripts/check_package.py

bench: $(STAMP) .tools/sqld
	$(BIN)/sam build
	$(PY) scripts/bench.py

eval: $(STAMP)
	$(PY) scripts/eval.py

openapi: $(STAMP)
	$(PY) -m devserver.openapi openapi

load: $(STAMP)
	$(PY) scripts/load.py

FUZZ_CASES ?= 100000
FUZZ_MINUTES ?= 30
fuzz: $(STAMP) .tools/marked
	$(PY) scripts/fuzz_render.py --cases $(FUZZ_CASES) --minutes $(FUZZ_MINUTES)

clean:
	rm -rf .aws-sam .mypy_cache .pytest_cache .ruff_cache
