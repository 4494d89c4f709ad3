#include "trigrambitmap.h"

namespace ps {

namespace {

// ASCII letters lowered; every other byte as it is.
constexpr std::array<std::uint8_t, 256> kLower = [] {
    std::array<std::uint8_t, 256> t{};
    for (int i = 0; i < 256; ++i)
        t[size_t(i)] = std::uint8_t(i >= 'A' && i <= 'Z' ? i + 32 : i);
    return t;
}();

inline quint16 hashOf(std::uint32_t trigram)
{
    return quint16((trigram * 2654435761u) >> 16);
}

} // namespace

void TrigramBitmap::add(const char *bytes, qsizetype size)
{
    const auto *b = reinterpret_cast<const std::uint8_t *>(bytes);
    std::uint32_t t = 0;
    for (qsizetype i = 0; i < size; ++i) {
        t = ((t << 8) | kLower[b[i]]) & 0xffffff;
        if (i >= 2) {
            const quint16 h = hashOf(t);
            m_words[h >> 6] |= std::uint64_t(1) << (h & 63);
        }
    }
}

QList<quint16> TrigramBitmap::hashesOf(const QByteArray &literal)
{
    QList<quint16> hashes;
    std::uint32_t t = 0;
    for (qsizetype i = 0; i < literal.size(); ++i) {
        t = ((t << 8) | kLower[std::uint8_t(literal[i])]) & 0xffffff;
        if (i >= 2)
            hashes.append(hashOf(t));
    }
    return hashes;
}

bool TrigramBitmap::containsAll(const QList<quint16> &hashes) const
{
    for (quint16 h : hashes)
        if (!(m_words[h >> 6] & (std::uint64_t(1) << (h & 63))))
            return false;
    return true;
}

} // namespace ps
