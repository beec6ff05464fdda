#pragma once

#include "client/Types.h"

#include <QString>

#include <optional>

namespace kd::advisor {

// Kong's guidance for `sync_rate` of a Redis-backed rate-limiting plugin (with a managed cache
// of this tier, if it uses one): empty when fine. [DOC rate-limiting-advanced sync_rate;
// DOC managed-cache sizing: "sync rate below 0.5 needs xlarge or larger"]
QString syncRateAdvice(double syncRate, std::optional<CacheTier> tier);

} // namespace kd::advisor
