#include "fleet/advisor/PluginAdvice.h"

#include <QCoreApplication>

namespace kd::advisor {

namespace {
struct PluginAdviceTr {
    Q_DECLARE_TR_FUNCTIONS(kd::plugins)
};
} // namespace

QString syncRateAdvice(double syncRate, std::optional<CacheTier> tier) {
    if (syncRate < 0)
        return PluginAdviceTr::tr(
            "A negative sync rate keeps counters in memory only: each data plane counts "
            "on its own and the shared cache is not used.");
    if (syncRate == 0)
        return PluginAdviceTr::tr(
            "A sync rate of 0 writes every request to Redis synchronously; expect extra "
            "latency on every call.");
    if (syncRate < 0.02)
        return PluginAdviceTr::tr("The smallest sync rate Kong accepts is 0.02.");
    const bool large = tier && *tier >= CacheTier::XLarge && *tier != CacheTier::Unknown;
    if (syncRate < 0.5 && tier && !large)
        return PluginAdviceTr::tr(
            "Kong recommends 0.5 for production; a rate below that (such as 0.1) needs a "
            "managed cache of tier xlarge or larger.");
    if (syncRate >= 1.0)
        return PluginAdviceTr::tr(
            "A sync rate of 1 second or more makes counting across data planes "
            "noticeably less accurate; Kong recommends 0.5.");
    return {};
}

} // namespace kd::advisor
