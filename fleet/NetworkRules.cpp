#include "fleet/NetworkRules.h"

#include "fleet/FleetStore.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kd {

QString Cidr::toString() const {
    return u"%1.%2.%3.%4/%5"_s.arg(address >> 24)
        .arg((address >> 16) & 0xff)
        .arg((address >> 8) & 0xff)
        .arg(address & 0xff)
        .arg(prefix);
}

std::optional<Cidr> Cidr::parse(const QString &text) {
    static const QRegularExpression form(
        u"^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})$"_s);
    const auto match = form.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    Cidr cidr;
    for (int i = 1; i <= 4; ++i) {
        const int octet = match.captured(i).toInt();
        if (octet > 255)
            return std::nullopt;
        cidr.address = (cidr.address << 8) | static_cast<quint32>(octet);
    }
    cidr.prefix = match.captured(5).toInt();
    if (cidr.prefix > 32)
        return std::nullopt;
    return cidr;
}

QString NetworkRules::cidrProblem(const QString &text, const AvailabilityRegion &region) {
    const std::optional<Cidr> cidr = Cidr::parse(text);
    static const QRegularExpression prefix(u"/(\\d+)$"_s);
    if (const auto match = prefix.match(text.trimmed());
        !cidr && match.hasMatch() && match.captured(1).toInt() > 32)
        return tr("/%1 is not an IPv4 prefix (they end at /32): Konnect takes /%2 down to /%3, "
                  "such as 10.0.0.0/16.")
            .arg(match.captured(1))
            .arg(8)
            .arg(narrowestPrefix);
    if (!cidr)
        return tr("The CIDR block is an IPv4 range with a prefix, such as 10.0.0.0/16.");
    std::optional<Cidr> within;
    QStringList supported;
    for (const QString &block : region.cidrBlocks) {
        const std::optional<Cidr> candidate = Cidr::parse(block);
        if (!candidate)
            continue;
        supported.append(block);
        if (candidate->contains(*cidr) && !within)
            within = candidate;
    }
    const int widest = within ? within->prefix : 8;
    if (cidr->prefix > narrowestPrefix || cidr->prefix < widest)
        return tr("/%1 is outside the prefixes Konnect accepts here: use /%2 to /%3.")
            .arg(cidr->prefix)
            .arg(widest)
            .arg(narrowestPrefix);
    if (cidr->address != cidr->first()) {
        Cidr network = *cidr;
        network.address = cidr->first();
        return tr("%1 has host bits set: the block starts at %2.")
            .arg(text.trimmed(), network.toString());
    }
    if (!supported.isEmpty() && !within)
        return tr("%1 is not in a range %2 supports: use one inside %3.")
            .arg(cidr->toString(), region.region, supported.join(u", "_s));
    for (const QString &block : region.reservedCidrBlocks) {
        const std::optional<Cidr> reserved = Cidr::parse(block);
        if (reserved && reserved->overlaps(*cidr))
            return tr("%1 overlaps %2, which Konnect reserves in %3.")
                .arg(cidr->toString(), block, region.region);
    }
    return {};
}

QStringList NetworkRules::overlapping(const FleetStore &store, const QString &providerAccountId,
                                      const QString &text, const QString &exceptId) {
    QStringList found;
    const std::optional<Cidr> cidr = Cidr::parse(text);
    if (!cidr)
        return found;
    for (const QString &id : store.networkIds()) {
        const Network *network = store.network(id);
        if (!network || id == exceptId || network->providerAccountId != providerAccountId
            || network->state.value == NetworkState::Terminated)
            continue;
        const std::optional<Cidr> other = Cidr::parse(network->cidrBlock);
        if (other && other->overlaps(*cidr))
            found.append(u"%1 (%2, %3)"_s.arg(network->name, network->cidrBlock, network->region));
    }
    return found;
}

QString NetworkRules::suggestedCidr(const FleetStore &store, const QString &providerAccountId,
                                    const AvailabilityRegion &region) {
    for (int second = 0; second < 256; ++second) {
        QString candidate = u"10.%1.0.0/16"_s.arg(second);
        if (cidrProblem(candidate, region).isEmpty()
            && overlapping(store, providerAccountId, candidate).isEmpty())
            return candidate;
    }
    return u"10.0.0.0/16"_s;
}

const Network *NetworkRules::sameName(const FleetStore &store, const QString &name,
                                      const QString &exceptId) {
    const QString wanted = name.trimmed();
    for (const QString &id : store.networkIds()) {
        const Network *network = store.network(id);
        if (network && id != exceptId && network->name.compare(wanted, Qt::CaseInsensitive) == 0)
            return network;
    }
    return nullptr;
}

} // namespace kd
