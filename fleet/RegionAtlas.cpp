#include "fleet/RegionAtlas.h"

#include <array>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
struct Entry {
    CloudProvider provider;
    const char *region;
    const char *city;
    double latitude;
    double longitude;
};

// Public region lists of the three clouds; coordinates of the metro area, to a tenth of a
// degree, which is all a world map needs.
constexpr Entry table[] = {
    // AWS
    {CloudProvider::Aws, "us-east-1", "N. Virginia", 38.9, -77.4},
    {CloudProvider::Aws, "us-east-2", "Ohio", 40.0, -83.0},
    {CloudProvider::Aws, "us-west-1", "N. California", 37.4, -121.9},
    {CloudProvider::Aws, "us-west-2", "Oregon", 45.8, -119.7},
    {CloudProvider::Aws, "ca-central-1", "Montréal", 45.5, -73.6},
    {CloudProvider::Aws, "ca-west-1", "Calgary", 51.0, -114.1},
    {CloudProvider::Aws, "mx-central-1", "Querétaro", 20.6, -100.4},
    {CloudProvider::Aws, "sa-east-1", "São Paulo", -23.5, -46.6},
    {CloudProvider::Aws, "eu-central-1", "Frankfurt", 50.1, 8.7},
    {CloudProvider::Aws, "eu-central-2", "Zurich", 47.4, 8.5},
    {CloudProvider::Aws, "eu-west-1", "Ireland", 53.3, -6.3},
    {CloudProvider::Aws, "eu-west-2", "London", 51.5, -0.1},
    {CloudProvider::Aws, "eu-west-3", "Paris", 48.9, 2.4},
    {CloudProvider::Aws, "eu-north-1", "Stockholm", 59.3, 18.1},
    {CloudProvider::Aws, "eu-south-1", "Milan", 45.5, 9.2},
    {CloudProvider::Aws, "eu-south-2", "Spain", 41.6, -0.9},
    {CloudProvider::Aws, "il-central-1", "Tel Aviv", 32.1, 34.8},
    {CloudProvider::Aws, "me-central-1", "UAE", 24.5, 54.4},
    {CloudProvider::Aws, "me-south-1", "Bahrain", 26.1, 50.6},
    {CloudProvider::Aws, "af-south-1", "Cape Town", -33.9, 18.4},
    {CloudProvider::Aws, "ap-south-1", "Mumbai", 19.1, 72.9},
    {CloudProvider::Aws, "ap-south-2", "Hyderabad", 17.4, 78.5},
    {CloudProvider::Aws, "ap-southeast-1", "Singapore", 1.3, 103.8},
    {CloudProvider::Aws, "ap-southeast-2", "Sydney", -33.9, 151.2},
    {CloudProvider::Aws, "ap-southeast-3", "Jakarta", -6.2, 106.8},
    {CloudProvider::Aws, "ap-southeast-4", "Melbourne", -37.8, 145.0},
    {CloudProvider::Aws, "ap-southeast-5", "Malaysia", 3.1, 101.7},
    {CloudProvider::Aws, "ap-southeast-7", "Thailand", 13.8, 100.5},
    {CloudProvider::Aws, "ap-east-1", "Hong Kong", 22.3, 114.2},
    {CloudProvider::Aws, "ap-northeast-1", "Tokyo", 35.7, 139.7},
    {CloudProvider::Aws, "ap-northeast-2", "Seoul", 37.6, 127.0},
    {CloudProvider::Aws, "ap-northeast-3", "Osaka", 34.7, 135.5},
    // Azure
    {CloudProvider::Azure, "eastus", "Virginia", 37.4, -79.4},
    {CloudProvider::Azure, "eastus2", "Virginia", 36.7, -78.4},
    {CloudProvider::Azure, "centralus", "Iowa", 41.6, -93.6},
    {CloudProvider::Azure, "northcentralus", "Illinois", 41.9, -87.6},
    {CloudProvider::Azure, "southcentralus", "Texas", 29.4, -98.5},
    {CloudProvider::Azure, "westcentralus", "Wyoming", 41.6, -104.8},
    {CloudProvider::Azure, "westus", "California", 37.8, -122.4},
    {CloudProvider::Azure, "westus2", "Washington", 47.2, -119.9},
    {CloudProvider::Azure, "westus3", "Phoenix", 33.4, -112.1},
    {CloudProvider::Azure, "canadacentral", "Toronto", 43.7, -79.4},
    {CloudProvider::Azure, "canadaeast", "Québec", 46.8, -71.2},
    {CloudProvider::Azure, "brazilsouth", "São Paulo", -23.6, -46.6},
    {CloudProvider::Azure, "mexicocentral", "Querétaro", 20.6, -100.4},
    {CloudProvider::Azure, "northeurope", "Ireland", 53.3, -6.3},
    {CloudProvider::Azure, "westeurope", "Netherlands", 52.4, 4.9},
    {CloudProvider::Azure, "uksouth", "London", 51.5, -0.1},
    {CloudProvider::Azure, "ukwest", "Cardiff", 51.5, -3.2},
    {CloudProvider::Azure, "francecentral", "Paris", 46.3, 2.4},
    {CloudProvider::Azure, "germanywestcentral", "Frankfurt", 50.1, 8.7},
    {CloudProvider::Azure, "switzerlandnorth", "Zurich", 47.5, 8.6},
    {CloudProvider::Azure, "norwayeast", "Oslo", 59.9, 10.8},
    {CloudProvider::Azure, "swedencentral", "Gävle", 60.7, 17.1},
    {CloudProvider::Azure, "polandcentral", "Warsaw", 52.2, 21.0},
    {CloudProvider::Azure, "italynorth", "Milan", 45.5, 9.2},
    {CloudProvider::Azure, "spaincentral", "Madrid", 40.4, -3.7},
    {CloudProvider::Azure, "uaenorth", "Dubai", 25.3, 55.3},
    {CloudProvider::Azure, "qatarcentral", "Doha", 25.3, 51.5},
    {CloudProvider::Azure, "israelcentral", "Israel", 31.5, 34.8},
    {CloudProvider::Azure, "southafricanorth", "Johannesburg", -25.7, 28.2},
    {CloudProvider::Azure, "centralindia", "Pune", 18.6, 73.9},
    {CloudProvider::Azure, "southindia", "Chennai", 12.9, 80.2},
    {CloudProvider::Azure, "southeastasia", "Singapore", 1.3, 103.8},
    {CloudProvider::Azure, "eastasia", "Hong Kong", 22.3, 114.2},
    {CloudProvider::Azure, "japaneast", "Tokyo", 35.7, 139.8},
    {CloudProvider::Azure, "japanwest", "Osaka", 34.7, 135.5},
    {CloudProvider::Azure, "koreacentral", "Seoul", 37.6, 127.0},
    {CloudProvider::Azure, "australiaeast", "New South Wales", -33.9, 151.2},
    {CloudProvider::Azure, "australiasoutheast", "Victoria", -37.8, 145.0},
    {CloudProvider::Azure, "newzealandnorth", "Auckland", -36.8, 174.8},
    // Google Cloud
    {CloudProvider::Gcp, "us-central1", "Iowa", 41.3, -95.9},
    {CloudProvider::Gcp, "us-east1", "South Carolina", 33.2, -80.0},
    {CloudProvider::Gcp, "us-east4", "N. Virginia", 39.0, -77.5},
    {CloudProvider::Gcp, "us-east5", "Columbus", 40.0, -83.0},
    {CloudProvider::Gcp, "us-south1", "Dallas", 32.8, -96.8},
    {CloudProvider::Gcp, "us-west1", "Oregon", 45.6, -121.2},
    {CloudProvider::Gcp, "us-west2", "Los Angeles", 34.1, -118.2},
    {CloudProvider::Gcp, "us-west3", "Salt Lake City", 40.8, -111.9},
    {CloudProvider::Gcp, "us-west4", "Las Vegas", 36.2, -115.1},
    {CloudProvider::Gcp, "northamerica-northeast1", "Montréal", 45.5, -73.6},
    {CloudProvider::Gcp, "northamerica-northeast2", "Toronto", 43.7, -79.4},
    {CloudProvider::Gcp, "southamerica-east1", "São Paulo", -23.5, -46.6},
    {CloudProvider::Gcp, "southamerica-west1", "Santiago", -33.4, -70.7},
    {CloudProvider::Gcp, "europe-west1", "Belgium", 50.4, 3.8},
    {CloudProvider::Gcp, "europe-west2", "London", 51.5, -0.1},
    {CloudProvider::Gcp, "europe-west3", "Frankfurt", 50.1, 8.7},
    {CloudProvider::Gcp, "europe-west4", "Netherlands", 53.4, 6.8},
    {CloudProvider::Gcp, "europe-west6", "Zurich", 47.4, 8.5},
    {CloudProvider::Gcp, "europe-west8", "Milan", 45.5, 9.2},
    {CloudProvider::Gcp, "europe-west9", "Paris", 48.9, 2.4},
    {CloudProvider::Gcp, "europe-west10", "Berlin", 52.5, 13.4},
    {CloudProvider::Gcp, "europe-west12", "Turin", 45.1, 7.7},
    {CloudProvider::Gcp, "europe-north1", "Finland", 60.6, 27.0},
    {CloudProvider::Gcp, "europe-central2", "Warsaw", 52.2, 21.0},
    {CloudProvider::Gcp, "europe-southwest1", "Madrid", 40.4, -3.7},
    {CloudProvider::Gcp, "me-central1", "Doha", 25.3, 51.5},
    {CloudProvider::Gcp, "me-central2", "Dammam", 26.4, 50.1},
    {CloudProvider::Gcp, "me-west1", "Tel Aviv", 32.1, 34.8},
    {CloudProvider::Gcp, "africa-south1", "Johannesburg", -26.2, 28.0},
    {CloudProvider::Gcp, "asia-south1", "Mumbai", 19.1, 72.9},
    {CloudProvider::Gcp, "asia-south2", "Delhi", 28.6, 77.2},
    {CloudProvider::Gcp, "asia-southeast1", "Singapore", 1.3, 103.8},
    {CloudProvider::Gcp, "asia-southeast2", "Jakarta", -6.2, 106.8},
    {CloudProvider::Gcp, "asia-east1", "Taiwan", 24.1, 120.7},
    {CloudProvider::Gcp, "asia-east2", "Hong Kong", 22.3, 114.2},
    {CloudProvider::Gcp, "asia-northeast1", "Tokyo", 35.7, 139.7},
    {CloudProvider::Gcp, "asia-northeast2", "Osaka", 34.7, 135.5},
    {CloudProvider::Gcp, "asia-northeast3", "Seoul", 37.6, 127.0},
    {CloudProvider::Gcp, "australia-southeast1", "Sydney", -33.9, 151.2},
    {CloudProvider::Gcp, "australia-southeast2", "Melbourne", -37.8, 145.0},
};

// A region this table does not know: roughly where its name points.
Place guess(const QString &region) {
    static const std::array<std::pair<const char *, Place>, 14> prefixes{{
        {"us", {39.0, -98.0, {}, false}},
        {"ca", {50.0, -100.0, {}, false}},
        {"northamerica", {45.0, -80.0, {}, false}},
        {"mx", {20.6, -100.4, {}, false}},
        {"sa", {-15.0, -55.0, {}, false}},
        {"southamerica", {-15.0, -55.0, {}, false}},
        {"eu", {50.0, 10.0, {}, false}},
        {"uk", {52.0, -1.0, {}, false}},
        {"me", {25.0, 50.0, {}, false}},
        {"af", {-10.0, 20.0, {}, false}},
        {"africa", {-10.0, 20.0, {}, false}},
        {"ap", {20.0, 110.0, {}, false}},
        {"asia", {20.0, 110.0, {}, false}},
        {"australia", {-30.0, 145.0, {}, false}},
    }};
    for (const auto &[prefix, place] : prefixes) {
        if (region.startsWith(QLatin1StringView(prefix)))
            return place;
    }
    return {0, 0, {}, false};
}
} // namespace

Place placeOfRegion(CloudProvider provider, const QString &region) {
    for (const Entry &entry : table) {
        if (entry.provider == provider && region == QLatin1StringView(entry.region))
            return {entry.latitude, entry.longitude, QString::fromUtf8(entry.city), true};
    }
    return guess(region);
}

Place placeOfGeo(Geo geo) {
    // Konnect's regional control planes [DOC cp-regions]; the map needs only the area.
    switch (geo) {
    case Geo::Us:
        return {40.0, -83.0, u"United States"_s, true};
    case Geo::Eu:
        return {50.1, 8.7, u"Europe"_s, true};
    case Geo::Au:
        return {-33.9, 151.2, u"Australia"_s, true};
    case Geo::Me:
        return {25.3, 55.3, u"Middle East"_s, true};
    case Geo::In:
        return {19.1, 72.9, u"India"_s, true};
    case Geo::Sg:
        return {1.3, 103.8, u"Singapore"_s, true};
    case Geo::Global:
        break;
    }
    return {};
}

int knownRegionCount(CloudProvider provider) {
    int count = 0;
    for (const Entry &entry : table)
        count += entry.provider == provider ? 1 : 0;
    return count;
}

} // namespace kd
