#pragma once
// An invariant of a fuzz target: when it does not hold, the input is a
// finding like a crash (abort makes libFuzzer save the reproducer).
#include <cstdio>
#include <cstdlib>

#define RR_FUZZ_CHECK(condition)                                                         \
    do {                                                                                 \
        if (!(condition)) {                                                              \
            std::fprintf(stderr, "invariant broken at %s:%d: %s\n", __FILE__, __LINE__, \
                         #condition);                                                    \
            std::abort();                                                                \
        }                                                                                \
    } while (false)
