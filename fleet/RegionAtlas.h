#pragma once

#include "client/Geo.h"
#include "client/Types.h"

#include <QString>

namespace kd {

// Where things run, for the topology map: the approximate location (the metro area of the
// data centres) of every AWS, Azure and Google Cloud region that availability.json can name,
// and of each Konnect geo.
struct Place {
    double latitude = 0;
    double longitude = 0;
    QString city;
    bool known = false; // false: a region this table does not know, placed by its name
};

Place placeOfRegion(CloudProvider provider, const QString &region);
Place placeOfGeo(Geo geo);
// How many regions the table knows for a provider (for tests).
int knownRegionCount(CloudProvider provider);

} // namespace kd
