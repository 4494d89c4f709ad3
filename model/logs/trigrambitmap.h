#pragma once

#include <QByteArray>
#include <QList>

#include <array>
#include <cstdint>

namespace ps {

// Which three-byte sequences a piece of text holds, hashed into 65,536 bits (8 KiB), ASCII
// letters lowered. A set bit may be a collision; a clear bit proves a trigram absent, so a
// text whose bitmap lacks any trigram of a literal cannot contain it.
class TrigramBitmap
{
public:
    static constexpr int kBits = 1 << 16;
    static constexpr int kWords = kBits / 64;

    void clear() { m_words.fill(0); }
    // Adds the trigrams of `bytes` (a run of whole lines; trigrams across a newline do no harm).
    void add(const char *bytes, qsizetype size);
    // The bit of each trigram of `literal` (lowered like the text).
    static QList<quint16> hashesOf(const QByteArray &literal);
    bool containsAll(const QList<quint16> &hashes) const;

    const std::array<std::uint64_t, kWords> &words() const { return m_words; }
    std::array<std::uint64_t, kWords> &words() { return m_words; }

private:
    std::array<std::uint64_t, kWords> m_words{};
};

} // namespace ps
