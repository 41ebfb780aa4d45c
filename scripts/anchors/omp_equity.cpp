// Our driver for OMPEval EquityCalculator, exact enumeration, 1 thread; best / median of N runs.
#include "omp/EquityCalculator.h"
#include <chrono>
#include <cstdio>
#include <vector>
#include <algorithm>
#include <string>
using namespace omp; typedef EquityCalculator::Results Results;
static double runOnce(const std::vector<CardRange>& ranges, Results* out) {
    EquityCalculator eq;
    auto t1 = std::chrono::steady_clock::now();
    eq.start(ranges, 0, 0, true, 0, nullptr, 0.2, 1);
    eq.wait();
    auto t2 = std::chrono::steady_clock::now();
    *out = eq.getResults();
    return std::chrono::duration<double, std::milli>(t2 - t1).count();
}
int main(int argc, char** argv) {
    int reps = argc > 1 ? atoi(argv[1]) : 50;
    std::vector<std::vector<CardRange>> cases = {{"AsAh", "KdKc"}, {"AsAh", "KdKc", "QsQc"}};
    const char* names[] = {"omp_equity_hu_ms", "omp_equity_3way_ms"};
    for (size_t c = 0; c < cases.size(); ++c) {
        std::vector<double> t; Results r;
        for (int i = 0; i < reps; ++i) t.push_back(runOnce(cases[c], &r));
        std::sort(t.begin(), t.end());
        printf("%s best %.3f median %.3f  (equity %.5f %.5f, evaluations %llu)\n", names[c], t[0], t[t.size()/2],
               r.equity[0], r.equity[1], (unsigned long long)r.evaluations);
    }
}
