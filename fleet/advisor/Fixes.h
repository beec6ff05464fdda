#pragma once

#include "client/Types.h"

namespace kd::advisor {

// The plugin as it is once it counts in the managed cache's partial: linked to it, with the
// Redis strategy, and without the inline connection values the partial replaces (Konnect
// refuses both at once [DOC partial.md]).
Plugin withManagedPartial(const Plugin &plugin, const QString &partialId);

} // namespace kd::advisor
