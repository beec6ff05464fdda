#pragma once

#include <QtGlobal>

#include <chrono>

// Bounds against a broken or hostile server, in one place. Konnect documents none of them
// ([INFER] in ../shared/konnect-api/REFERENCE.md terms): each is a generous multiple of the
// largest real answer, so that only a server that misbehaves ever meets one.
namespace kd::limits {

using namespace std::chrono_literals;

inline constexpr qint64 mebibyte = 1024 * 1024;
// One entity or an error: the largest plugin with every schema default filled is ~30 KB.
inline constexpr qint64 maxEntityBytes = 4 * mebibyte;
// A page of 100 Konnect-native items (control planes, configurations, add-ons, networks).
inline constexpr qint64 maxNativePageBytes = 16 * mebibyte;
// A page of up to 1,000 core entities with full configurations.
inline constexpr qint64 maxCorePageBytes = 64 * mebibyte;
// An analytics answer: at most 1,440 buckets times the groups of two dimensions.
inline constexpr qint64 maxMetricsBytes = 32 * mebibyte;

// The whole transfer of one answer, however slowly it drips; silence is bounded on its own.
inline constexpr std::chrono::milliseconds transferDeadline = 120s;
inline constexpr std::chrono::milliseconds idleTimeout = 30s;

// Items of one list. The largest organisations we know have a few thousand control planes
// and tens of thousands of plugins in all; one list never comes near this.
inline constexpr int maxListItems = 200000;

// One sync may retry at most this many requests plus a share of those it made: a server
// that fails most requests ends the sync instead of multiplying its own load.
inline constexpr int syncRetryBase = 64;
inline constexpr double syncRetriesPerRequest = 0.5;
// And it may make at most this many requests plus a multiple of what its lists announced
// (list pages plus two requests per control plane).
inline constexpr qint64 syncRequestBase = 256;
inline constexpr qint64 syncRequestsPerExpected = 4;

} // namespace kd::limits
