// The answer of POST /v2/metrics as MetricsResult::fromBody reads it.

#include "client/Metrics.h"

#include "FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    kd::fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const auto result = kd::MetricsResult::fromBody(kd::fuzz::bytes(data, size));
    if (result) {
        for (const kd::MetricsRow &row : result->rows) {
            for (auto it = row.dimensions.cbegin(); it != row.dimensions.cend(); ++it)
                (void)result->displayName(it.key(), it.value());
        }
    }
    return 0;
}
