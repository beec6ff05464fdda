#pragma once

#include <QHash>

#include <array>

namespace kd {

// A hash split into a fixed number of smaller ones. A QHash that grows rehashes every entry
// at once: at 32,768 plugins, one plane's insertion took 8-10 ms of the GUI thread. Split
// 32 ways, a growth rehashes 1/32 of the entries, and the shards grow at different moments.
template <typename K, typename V, int Shards = 32>
class ShardedHash {
    static_assert(Shards >= 2 && (Shards & (Shards - 1)) == 0, "a power of two, 2 or more");

public:
    const V *find(const K &key) const {
        const QHash<K, V> &shard = shardOf(key);
        const auto it = shard.constFind(key);
        return it == shard.cend() ? nullptr : &it.value();
    }
    V *find(const K &key) {
        QHash<K, V> &shard = shardOf(key);
        const auto it = shard.find(key);
        return it == shard.end() ? nullptr : &it.value();
    }
    V value(const K &key, const V &fallback = V()) const {
        return shardOf(key).value(key, fallback);
    }
    void insert(const K &key, V value) { shardOf(key).insert(key, std::move(value)); }
    bool remove(const K &key) { return shardOf(key).remove(key); }
    void clear() {
        for (QHash<K, V> &shard : m_shards)
            shard.clear();
    }

private:
    // The shard from the top bits of a hash seeded apart from QHash's own: QHash picks buckets
    // from the low bits, which must not be the same in every entry of a shard.
    static std::size_t indexOf(const K &key) {
        constexpr std::size_t seed = 0x9e3779b97f4a7c15ULL;
        constexpr int shift = static_cast<int>(sizeof(std::size_t) * 8) - shardBits();
        return qHash(key, seed) >> shift;
    }
    static constexpr int shardBits() {
        int bits = 0;
        while ((1 << bits) < Shards)
            ++bits;
        return bits;
    }
    QHash<K, V> &shardOf(const K &key) { return m_shards[indexOf(key)]; }
    const QHash<K, V> &shardOf(const K &key) const { return m_shards[indexOf(key)]; }

    std::array<QHash<K, V>, Shards> m_shards;
};

} // namespace kd
