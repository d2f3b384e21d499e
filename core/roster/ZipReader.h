#pragma once
// A zip archive held in memory (the bytes of an .xlsx file), read with
// minizip one entry at a time. An entry is read as a stream through
// ZipEntryDevice, which enforces the limits an XML part of a workbook must
// keep: an uncompressed size (whatever the zip declares — a zip bomb stops
// there), no run of text longer than a bound between two tags, and no
// document type declaration or CDATA section, which Excel and WPS never
// write (they are how entity-expansion and external-entity attacks start).
#include <QByteArray>
#include <QIODevice>
#include <memory>

namespace rr {

class ZipEntryDevice : public QIODevice {
public:
    enum class Fault { None, TooLarge, TextTooLong, Declaration, Damaged };
    ~ZipEntryDevice() override;
    Fault fault() const { return m_fault; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    friend class ZipReader;
    ZipEntryDevice(void *zip, qint64 maxBytes, qint64 maxTextBytes);
    void *m_zip;
    qint64 m_maxBytes;
    qint64 m_maxTextBytes;
    qint64 m_read = 0;
    qint64 m_textRun = 0;      // bytes since the last '<'
    int m_markup = 0;          // 1 after '<', 2 after "<!"
    Fault m_fault = Fault::None;
};

class ZipReader {
public:
    explicit ZipReader(const QByteArray &bytes);   // `bytes` must outlive the reader
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;
    bool isOpen() const { return m_zip != nullptr; }
    // The entry `name` opened for reading (one at a time: close the previous
    // device first); nullptr when it is missing. One that declares more than
    // `maxBytes` reads nothing and has the fault TooLarge.
    std::unique_ptr<ZipEntryDevice> open(const QString &name, qint64 maxBytes, qint64 maxTextBytes);

private:
    quint64 m_position = 0;     // minizip's read position in the bytes
    void *m_file = nullptr;     // the stream minizip's callbacks read
    void *m_zip = nullptr;
};

} // namespace rr
