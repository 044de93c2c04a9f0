# Hearth developer entry points. GNU make, bash, a fresh Debian machine as root, no Docker.
#   make setup   install everything (idempotent; every other target runs it first)
#   make run     DynamoDB Local + the API on http://127.0.0.1:3000
#   make test    lint, typecheck, sam validate, sam build, unit + integration tests
# `make help` lists the rest.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.ONESHELL:
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules --no-print-directory

# Pins verified together; bump them here and the stamp names force a reinstall.
SAM_CLI_VERSION := 1.170.0
CFN_LINT_VERSION := 1.58.0
DYNAMODB_SIMULATOR_VERSION := 2.9.30

VENV := .venv
SAM_VENV := .tools/sam
DYNAMODB_DIR := .tools/dynamodb
PYTHON := $(VENV)/bin/python
SAM := $(SAM_VENV)/bin/sam

# The Lambda runtime is python3.13, and `sam build` insists on finding that interpreter on PATH.
# pyenv installs it without putting it on PATH, and a pyenv shim named python3.13 exists but fails
# when 3.13 is not the selected version, so a candidate only counts if it actually runs.
# Override with `make PY313=/path/to/python3.13`.
PY313 ?= $(shell \
	for c in "$$(command -v python3.13 2>/dev/null)" \
	         $$(ls -d "$$(pyenv root 2>/dev/null || echo $$HOME/.pyenv)"/versions/3.13*/bin/python3.13 2>/dev/null | sort -V -r); do \
	  if [ -n "$$c" ] && "$$c" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' 2>/dev/null; then \
	    echo "$$c"; break; \
	  fi; \
	done)
PY313_BIN_DIR := $(patsubst %/,%,$(dir $(PY313)))

# SAM CLI only reads the template and PyPI here: no telemetry, no credential lookups, and dummy
# credentials so that nothing can reach a real AWS account by accident.
SAM_ENV := env -u AWS_PROFILE -u AWS_DEFAULT_PROFILE -u AWS_SESSION_TOKEN \
	PATH="$(PY313_BIN_DIR):$$PATH" SAM_CLI_TELEMETRY=0 \
	AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1 \
	AWS_ACCESS_KEY_ID=offline AWS_SECRET_ACCESS_KEY=offline AWS_EC2_METADATA_DISABLED=true

PYTEST := $(PYTHON) -m pytest

.PHONY: help setup python java run test unit integration lint typecheck sam-validate sam-build \
	eval train bench clean distclean

help:
	@echo "setup        install .venv (app + dev tools), .tools/sam (SAM CLI, cfn-lint), DynamoDB Local, Java"
	@echo "run          hearth serve: DynamoDB Local on 127.0.0.1:8000, the API on 127.0.0.1:3000"
	@echo "test         lint + typecheck + sam-validate + sam-build + unit and integration tests"
	@echo "unit         unit tests only (network blocked)"
	@echo "integration  integration tests only (DynamoDB Local, loopback only)"
	@echo "lint         ruff check + mypy"
	@echo "typecheck    mypy"
	@echo "sam-validate sam validate --lint (cfn-lint), offline"
	@echo "sam-build    sam build into .aws-sam/ (arm64 wheels from PyPI)"
	@echo "eval train bench   the bench/ scripts that exist"
	@echo "clean        remove build output and caches (keeps .venv and .tools)"
	@echo "distclean    clean, and remove .venv and .tools too"
	@echo "python3.13:  $(if $(PY313),$(PY313),NOT FOUND)"

# ---------------------------------------------------------------------------------------------
# setup: each part is a stamp file, so a second run costs a few stat calls.

setup: $(VENV)/.stamp $(SAM_VENV)/.stamp-$(SAM_CLI_VERSION)-$(CFN_LINT_VERSION) \
	$(DYNAMODB_DIR)/.stamp-$(DYNAMODB_SIMULATOR_VERSION) java

python:
	@if [ -z "$(PY313)" ]; then
	  echo "ERROR: python3.13 not found (Hearth's Lambda runtime; sam build needs it on PATH)." >&2
	  echo "  Install it, e.g.: pyenv install 3.13   (or any python3.13 on PATH)," >&2
	  echo "  or point to one: make PY313=/path/to/python3.13 <target>" >&2
	  exit 1
	fi

# Re-installs when pyproject.toml changes (new dependencies, extras or entry points).
$(VENV)/.stamp: pyproject.toml | python
	@echo ">> .venv: Python $$($(PY313) -c 'import platform; print(platform.python_version())') + pip install -e '.[dev]'"
	if [ ! -x $(PYTHON) ] || ! $(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))'; then
	  rm -rf $(VENV)
	  $(PY313) -m venv $(VENV) || { echo "ERROR: '$(PY313) -m venv' failed; is the venv module installed?" >&2; exit 1; }
	fi
	$(PYTHON) -m pip install --quiet -e '.[dev]' || {
	  echo "ERROR: pip install -e '.[dev]' failed (see above). Check pyproject.toml and that PyPI is reachable." >&2
	  exit 1; }
	touch $@

# SAM CLI pins boto3 and pydantic below the app's versions; its own venv keeps pip from
# silently downgrading them in .venv.
$(SAM_VENV)/.stamp-$(SAM_CLI_VERSION)-$(CFN_LINT_VERSION): | python
	@echo ">> .tools/sam: aws-sam-cli==$(SAM_CLI_VERSION) cfn-lint==$(CFN_LINT_VERSION)"
	rm -rf $(SAM_VENV)
	$(PY313) -m venv $(SAM_VENV)
	$(SAM_VENV)/bin/pip install --quiet "aws-sam-cli==$(SAM_CLI_VERSION)" "cfn-lint==$(CFN_LINT_VERSION)" || {
	  echo "ERROR: installing aws-sam-cli/cfn-lint into $(SAM_VENV) failed (see above); PyPI must be reachable." >&2
	  exit 1; }
	touch $@

# DynamoDB Local comes from the npm registry: the Amplify simulator package ships the jar, while
# AWS's own download site is not reachable from CI. .ci/dynamodb-local pins the whole dependency
# tree (package-lock.json, installed with `npm ci`): resolving ranges afresh once broke a clean
# clone when the registry offered an AWS SDK package whose own dependency it did not have yet.
DYNAMODB_LOCK := .ci/dynamodb-local/package-lock.json
$(DYNAMODB_DIR)/.stamp-$(DYNAMODB_SIMULATOR_VERSION): $(DYNAMODB_LOCK)
	@echo ">> .tools/dynamodb: DynamoDB Local (amplify-dynamodb-simulator@$(DYNAMODB_SIMULATOR_VERSION))"
	if ! command -v npm >/dev/null; then
	  echo "ERROR: npm not found; DynamoDB Local is installed from the npm registry." >&2
	  echo "  Install Node.js and npm, e.g.: apt-get install -y nodejs npm" >&2
	  exit 1
	fi
	rm -rf $(DYNAMODB_DIR)
	mkdir -p $(DYNAMODB_DIR)
	cp .ci/dynamodb-local/package.json $(DYNAMODB_LOCK) $(DYNAMODB_DIR)/
	npm ci --prefix $(DYNAMODB_DIR) --no-audit --no-fund --ignore-scripts --loglevel=error || {
	  echo "ERROR: npm ci of amplify-dynamodb-simulator@$(DYNAMODB_SIMULATOR_VERSION) (pinned in $(DYNAMODB_LOCK)) failed (see above)." >&2
	  exit 1; }
	jar=$(DYNAMODB_DIR)/node_modules/amplify-dynamodb-simulator/emulator/DynamoDBLocal.jar
	[ -f "$$jar" ] || { echo "ERROR: $$jar missing after npm install; the package layout changed." >&2; exit 1; }
	touch $@

# Checked on every run (cheap) because Java can disappear under a stamp file.
# Debian 12 ships openjdk-17; Debian 13 only has 21+, which default-jre-headless brings.
java:
	@java_major() { java -version 2>&1 | awk -F'"' '/version/ { split($$2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'; }
	major=$$(command -v java >/dev/null && java_major || true)
	if [ -n "$$major" ] && [ "$$major" -ge 17 ]; then exit 0; fi
	echo ">> Java >= 17 is needed by DynamoDB Local (found: $${major:-none}); installing it with apt-get"
	if [ "$$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
	  echo "ERROR: install Java 17 or newer, e.g.: sudo apt-get install -y openjdk-17-jre-headless" >&2
	  exit 1
	fi
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq || { echo "ERROR: apt-get update failed; Debian's package mirror must be reachable." >&2; exit 1; }
	apt-get install -y -qq openjdk-17-jre-headless || apt-get install -y -qq default-jre-headless || {
	  echo "ERROR: apt-get could not install openjdk-17-jre-headless or default-jre-headless." >&2
	  echo "  Install any Java >= 17 runtime and make sure 'java' is on PATH." >&2
	  exit 1; }
	major=$$(java_major || true)
	[ -n "$$major" ] && [ "$$major" -ge 17 ] || { echo "ERROR: java on PATH is still not >= 17 (update-alternatives --config java)." >&2; exit 1; }

# ---------------------------------------------------------------------------------------------

run: setup
	exec $(VENV)/bin/hearth serve

# pytest exits 5 when nothing was collected; Hearth always has tests, so that is a broken
# selection or import, not success.
define run_pytest
	rc=0; $(PYTEST) $(1) || rc=$$?
	if [ $$rc -eq 5 ]; then echo "ERROR: pytest collected no tests for: $(1)" >&2; fi
	exit $$rc
endef

test: setup lint sam-validate sam-build
	$(call run_pytest,-m "unit or integration")

unit: setup
	$(call run_pytest,-m unit)

integration: setup
	$(call run_pytest,-m integration)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

typecheck: setup
	$(VENV)/bin/mypy

sam-validate: setup
	$(SAM_ENV) $(SAM) validate --lint --template-file template.yaml

# --cached reuses unchanged layers: the deps layer is the slow part (arm64 wheels from PyPI).
sam-build: setup
	$(SAM_ENV) $(SAM) build --cached --parallel --template-file template.yaml --build-dir .aws-sam/build

eval: setup
	for script in bench/eval_crisis.py bench/eval_emotions.py; do
	  if [ -f "$$script" ]; then echo ">> $$script"; $(PYTHON) "$$script"; fi
	done
	# Pattern recovery on synthetic histories, plus reads per summarization on DynamoDB Local.
	echo ">> bench/eval_patterns.py --dynamodb"; $(PYTHON) bench/eval_patterns.py --dynamodb

train: setup
	for script in bench/train_emotions.py bench/train_crisis_model.py; do
	  if [ -f "$$script" ]; then echo ">> $$script"; $(PYTHON) "$$script"; fi
	done

bench: setup
	if [ -f bench/run_all.py ]; then $(PYTHON) bench/run_all.py; else echo "bench/run_all.py not found; nothing to run"; fi

clean:
	rm -rf .aws-sam .pytest_cache .mypy_cache .ruff_cache build dist
	find . -path ./.venv -prune -o -path ./.tools -prune -o \
	  \( -name __pycache__ -o -name '*.egg-info' \) -type d -print0 | xargs -0 rm -rf

distclean: clean
	rm -rf $(VENV) .tools
