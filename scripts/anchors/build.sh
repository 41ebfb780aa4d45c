#!/bin/bash
# Builds the two evaluator anchors and our drivers for them in DIR (default /tmp/pokerface-anchors),
# outside this repository: their code is never committed here.
#   DIR/zekyll+OMPEval                  https://github.com/zekyll/OMPEval (cloned when absent)
#   DIR/b-inary+holdem-hand-evaluator   https://github.com/b-inary/holdem-hand-evaluator (cloned when absent)
# Produces DIR/ompeval-test (OMPEval's own test + benchmark program), DIR/omp_equity (its
# EquityCalculator, exact, one thread) and DIR/binary_bench (b-inary: sweep and random hands).
# Needs g++ and cargo. Usage: scripts/anchors/build.sh [DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:-${TMPDIR:-/tmp}/pokerface-anchors}
mkdir -p "$dir" && cd "$dir"
[[ -d zekyll+OMPEval ]] || git clone -q https://github.com/zekyll/OMPEval zekyll+OMPEval
[[ -d b-inary+holdem-hand-evaluator ]] || git clone -q https://github.com/b-inary/holdem-hand-evaluator b-inary+holdem-hand-evaluator

# OMPEval with GCC 12: <functional> is not included where it is used, and libstdc++'s std::shuffle
# needs its generator's min()/max() constexpr (upstream issue zekyll/OMPEval#14). Built in a copy.
rm -rf omp-build && cp -r zekyll+OMPEval omp-build
sed -i 's/^    static uint64_t min()/    static constexpr uint64_t min()/; s/^    static uint64_t max()/    static constexpr uint64_t max()/' omp-build/omp/Random.h
flags="-O3 -march=native -std=c++11 -Wall -Wpedantic -pthread -include functional"
make -s -C omp-build CXX=g++ CXXFLAGS="$flags" >omp-build.log 2>&1
cp omp-build/test ompeval-test
g++ $flags -Iomp-build "$here/omp_equity.cpp" omp-build/lib/ompeval.a -o omp_equity

# b-inary: a copy without its criterion benchmarks (offline build), plus our driver as a binary.
rm -rf binary-build && cp -r b-inary+holdem-hand-evaluator binary-build
sed -i 's/members = \["assets", "scripts"\]/members = ["assets"]/; /^\[dev-dependencies\]/,/^$/d; /^\[\[bench\]\]/,/^harness/d' binary-build/Cargo.toml
mkdir -p binary-build/src/bin && cp "$here/binary_bench.rs" binary-build/src/bin/binary_bench.rs
(cd binary-build && RUSTFLAGS="-C target-cpu=native" cargo build -q --release --offline --bin binary_bench)
cp binary-build/target/release/binary_bench binary_bench
echo "built in $dir: ompeval-test omp_equity binary_bench"
