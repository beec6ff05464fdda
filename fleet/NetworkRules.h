#pragma once

#include "client/Types.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace kd {

class FleetStore;

// An IPv4 CIDR block, parsed.
struct Cidr {
    quint32 address = 0;
    int prefix = 0;
    quint32 mask() const { return prefix == 0 ? 0 : ~quint32(0) << (32 - prefix); }
    quint32 first() const { return address & mask(); }
    quint32 last() const { return first() | ~mask(); }
    bool contains(const Cidr &other) const {
        return prefix <= other.prefix && first() == (other.address & mask());
    }
    bool overlaps(const Cidr &other) const {
        return first() <= other.last() && other.first() <= last();
    }
    QString toString() const;
    static std::optional<Cidr> parse(const QString &text);
};

// What Konnect accepts for a new network, checked before it is sent. The region's supported
// and reserved blocks come from availability.json; the rest are the rules below.
class NetworkRules final {
    Q_DECLARE_TR_FUNCTIONS(NetworkRules)
public:
    // [INFER] The narrowest block a network may have: not in the spec, which only requires a
    // block inside one of the region's cidr_blocks and outside its reserved_cidr_blocks.
    static constexpr int narrowestPrefix = 28;

    // Empty when the block is acceptable for the region; otherwise what is wrong and what to
    // type instead.
    static QString cidrProblem(const QString &text, const AvailabilityRegion &region);
    // Networks of the same provider account whose blocks overlap `text` ("name (cidr)").
    static QStringList overlapping(const FleetStore &store, const QString &providerAccountId,
                                   const QString &text, const QString &exceptId = {});
    // The first free 10.N.0.0/16 for a new network of this account in the region.
    static QString suggestedCidr(const FleetStore &store, const QString &providerAccountId,
                                 const AvailabilityRegion &region);
    // Another network already has this name (Konnect allows it; people confuse the two).
    static const Network *sameName(const FleetStore &store, const QString &name,
                                   const QString &exceptId = {});
};

} // namespace kd
