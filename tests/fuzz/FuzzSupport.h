#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace kd::fuzz {

// Qt code under test expects an application object (translations, QObject event delivery).
inline void startApplication() {
    static int argc = 1;
    static char name[] = "kd-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

// A property that does not hold is a finding like a crash: abort so libFuzzer keeps the input.
inline void require(bool holds, const char *property) {
    if (holds)
        return;
    std::fprintf(stderr, "property violated: %s\n", property);
    std::abort();
}

inline QByteArray bytes(const uint8_t *data, size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace kd::fuzz
