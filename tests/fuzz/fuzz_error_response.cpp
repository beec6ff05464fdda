// errorFromResponse on any status and body: problem+json and the Kong/Koko dialects.
// Input: two bytes of status, then the body.

#include "client/Transport.h"

#include "FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    kd::fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2)
        return 0;
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const kd::Error error = kd::errorFromResponse(status, kd::fuzz::bytes(data + 2, size - 2));
    kd::fuzz::require(error.kind() == kd::Error::Kind::Http, "an HTTP error stays an HTTP error");
    (void)error.message();
    return 0;
}
