#pragma once

#include <QtGlobal>

#include <chrono>

// Numbers the specs do not give, in one place so they are easy to correct ([INFER] in
// ../shared/konnect-api/REFERENCE.md) next to those they do give ([SPEC]).
namespace kd::sim::limits {

using namespace std::chrono_literals;

// [INFER] Konnect-native lists: no documented default or maximum; kongctl uses 10 and the
// Konnect UI treats 100 as the add-on maximum.
inline constexpr int pageSizeDefault = 10;
inline constexpr int pageSizeMax = 100;
// [SPEC cpc] core entities: size default 100, 1..1000.
inline constexpr int coreSizeDefault = 100;
inline constexpr int coreSizeMax = 1000;
// [SPEC analytics] 10 queries a minute per user.
inline constexpr int metricsPerMinute = 10;
// [DOC] managed cache initializing -> ready, about 15 minutes.
inline constexpr auto cacheProvisioning = 15min;
// [INFER] cache teardown.
inline constexpr auto cacheTermination = 3min;
// [DOC] network initializing -> ready, 30-40 minutes.
inline constexpr auto networkProvisioning = 35min;
// [INFER] data-plane group created -> initializing -> ready.
inline constexpr auto dataPlaneGroupCreated = 1min;
inline constexpr auto dataPlaneGroupProvisioning = 10min;
inline constexpr auto dataPlaneGroupTermination = 5min;
// [DOC] managed cache requires Gateway 3.13 or later.
inline constexpr int cacheMinMajor = 3;
inline constexpr int cacheMinMinor = 13;
// [INFER] Largest request body konnect-sim reads; larger ones get 413 before they are buffered.
// Konnect's own limit is not documented; 8 MiB is far above any body the API takes.
inline constexpr qint64 maxRequestBody = 8 * 1024 * 1024;
// [INFER] Largest request line plus headers; more gets 431.
inline constexpr qint64 maxRequestHead = 64 * 1024;
// [INFER] After a refusal, how long the rest of the body is read and dropped so that the
// client sees the answer instead of a reset: at most this long, and this long without data.
inline constexpr auto refusalLinger = 30s;
inline constexpr auto refusalIdle = 2s;

} // namespace kd::sim::limits
