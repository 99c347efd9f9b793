#pragma once

#include <QHashFunctions>
#include <QString>

#include <vector>

namespace cashews {

// The memory backend's key -> node index: open addressing with linear probing over slots that
// hold each key's full hash next to its node. A lookup reads one run of slots and compares keys
// only on an equal hash, so a hit touches the slots and the node, where QHash<QString, Node *>
// also read a span, an entry and that entry's key for every probe (the profile's top cost).
// `Node` must have a `QString key`; the index does not own the nodes.
template<typename Node>
class KeyIndex
{
public:
    // The hash that find() and insert() take, so a lookup followed by an insert hashes once.
    size_t hashOf(const QString &key) const { return qHash(QStringView(key), m_seed); }

    // The node stored for `key` (`hash` = hashOf(key)), or nullptr.
    Node *find(const QString &key, size_t hash) const
    {
        if (m_slots.empty())
            return nullptr;
        for (size_t i = hash & mask();; i = (i + 1) & mask()) {
            const Slot &slot = m_slots[i];
            if (!slot.node)
                return nullptr;
            if (slot.hash == hash && slot.node->key == key)
                return slot.node;
        }
    }

    // Asks the CPU to load the slot find(…, hash) starts at, so that batch lookups overlap
    // their memory waits instead of taking them one after the other.
    void prefetchSlot(size_t hash) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[hash & mask()]);
    }
    // The same for the node in that slot: the one find() returns unless keys collided there.
    // A node spans two cache lines.
    void prefetchNode(size_t hash) const
    {
        if (m_slots.empty())
            return;
        if (const Node *node = m_slots[hash & mask()].node) {
            __builtin_prefetch(node);
            __builtin_prefetch(reinterpret_cast<const char *>(node) + 64);
        }
    }

    // Adds `node`, whose key must not be in the index yet (`hash` = hashOf(node->key)).
    void insert(Node *node, size_t hash)
    {
        // At most 3/4 full: probe runs stay short, and a full table cannot loop forever.
        if ((static_cast<size_t>(m_size) + 1) * 4 > m_slots.size() * 3)
            grow();
        place(node, hash);
        ++m_size;
    }

    // Removes `node` (which must be in the index).
    void remove(const Node *node)
    {
        size_t hole = hashOf(node->key) & mask();
        while (m_slots[hole].node != node)
            hole = (hole + 1) & mask();
        // Backward-shift deletion: pull later slots of the run into the hole when the hole lies
        // on their probe path, so no tombstones lengthen later lookups.
        for (size_t j = (hole + 1) & mask(); m_slots[j].node; j = (j + 1) & mask()) {
            const size_t home = m_slots[j].hash & mask();
            if (((j - home) & mask()) >= ((j - hole) & mask())) {
                m_slots[hole] = m_slots[j];
                hole = j;
            }
        }
        m_slots[hole] = Slot();
        --m_size;
    }

    qsizetype size() const { return m_size; }

    void clear()
    {
        m_slots = std::vector<Slot>();
        m_size = 0;
    }

private:
    struct Slot
    {
        size_t hash = 0;
        Node *node = nullptr; // nullptr: empty
    };

    size_t mask() const { return m_slots.size() - 1; }

    void place(Node *node, size_t hash)
    {
        size_t i = hash & mask();
        while (m_slots[i].node)
            i = (i + 1) & mask();
        m_slots[i] = Slot{hash, node};
    }

    void grow()
    {
        std::vector<Slot> old(m_slots.empty() ? 16 : m_slots.size() * 2);
        old.swap(m_slots);
        for (const Slot &slot : old) {
            if (slot.node)
                place(slot.node, slot.hash);
        }
    }

    std::vector<Slot> m_slots; // a power of two in size, or empty
    qsizetype m_size = 0;
    size_t m_seed = QHashSeed::globalSeed();
};

} // namespace cashews
