// Bounds-checked reads of big- and little-endian integers from a file's bytes, for header parsers.
// A read past the end returns 0 and clears ok(), so a parser checks ok() once at the end.
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace vlmwb::core {

class ByteView
{
public:
    explicit ByteView(const QByteArray &bytes) : m_bytes(bytes) {}

    qint64 size() const { return m_bytes.size(); }
    bool has(qint64 offset, qint64 count) const
    {
        return offset >= 0 && count >= 0 && offset <= size() && count <= size() - offset;
    }
    bool ok() const { return m_ok; }

    quint32 u8(qint64 offset) const { return has(offset, 1) ? byte(offset) : fail(); }
    quint32 be16(qint64 offset) const
    {
        return has(offset, 2) ? (byte(offset) << 8 | byte(offset + 1)) : fail();
    }
    quint32 le16(qint64 offset) const
    {
        return has(offset, 2) ? (byte(offset + 1) << 8 | byte(offset)) : fail();
    }
    quint32 be32(qint64 offset) const
    {
        return has(offset, 4) ? (be16(offset) << 16 | be16(offset + 2)) : fail();
    }
    quint32 le32(qint64 offset) const
    {
        return has(offset, 4) ? (le16(offset + 2) << 16 | le16(offset)) : fail();
    }
    quint32 u16(qint64 offset, bool bigEndian) const { return bigEndian ? be16(offset) : le16(offset); }
    quint32 u32(qint64 offset, bool bigEndian) const { return bigEndian ? be32(offset) : le32(offset); }

private:
    quint32 byte(qint64 offset) const { return static_cast<quint8>(m_bytes[offset]); }
    quint32 fail() const
    {
        m_ok = false;
        return 0;
    }

    const QByteArray &m_bytes;
    mutable bool m_ok = true;
};

} // namespace vlmwb::core
