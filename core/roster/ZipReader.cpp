#include "roster/ZipReader.h"

#include <algorithm>
#include <cstring>
#include <unzip.h>

namespace rr {

namespace {

// minizip's file functions over a QByteArray: the workbook is never written
// to disk, and the reader is a pure function of its bytes.
struct MemoryFile {
    const QByteArray *bytes;
    quint64 *position;
};

voidpf ZCALLBACK memoryOpen(voidpf opaque, const void *, int mode)
{
    return (mode & ZLIB_FILEFUNC_MODE_WRITE) ? nullptr : opaque;
}

uLong ZCALLBACK memoryRead(voidpf, voidpf stream, void *buffer, uLong size)
{
    auto *file = static_cast<MemoryFile *>(stream);
    const quint64 total = quint64(file->bytes->size());
    const quint64 available = *file->position < total ? total - *file->position : 0;
    const uLong count = uLong(std::min<quint64>(size, available));
    memcpy(buffer, file->bytes->constData() + *file->position, count);
    *file->position += count;
    return count;
}

uLong ZCALLBACK memoryWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK memoryTell(voidpf, voidpf stream)
{
    return *static_cast<MemoryFile *>(stream)->position;
}

long ZCALLBACK memorySeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *file = static_cast<MemoryFile *>(stream);
    const quint64 total = quint64(file->bytes->size());
    quint64 base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET: base = 0; break;
    case ZLIB_FILEFUNC_SEEK_CUR: base = *file->position; break;
    case ZLIB_FILEFUNC_SEEK_END: base = total; break;
    default: return -1;
    }
    if (offset > total || base + offset > total)
        return -1;
    *file->position = base + offset;
    return 0;
}

int ZCALLBACK memoryClose(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK memoryError(voidpf, voidpf)
{
    return 0;
}

} // namespace

ZipReader::ZipReader(const QByteArray &bytes)
{
    // The stream handed to the callbacks; it lives as long as the reader.
    auto *file = new MemoryFile{&bytes, &m_position};
    zlib_filefunc64_def functions{memoryOpen, memoryRead, memoryWrite, memoryTell, memorySeek, memoryClose, memoryError, file};
    m_zip = unzOpen2_64("workbook.xlsx", &functions);
    if (!m_zip)
        delete file;
    else
        m_file = file;
}

ZipReader::~ZipReader()
{
    if (m_zip)
        unzClose(m_zip);
    delete static_cast<MemoryFile *>(m_file);
}

std::unique_ptr<ZipEntryDevice> ZipReader::open(const QString &name, qint64 maxBytes, qint64 maxTextBytes)
{
    if (!m_zip || unzLocateFile(m_zip, name.toUtf8().constData(), 1) != UNZ_OK)
        return nullptr;
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return nullptr;
    std::unique_ptr<ZipEntryDevice> device(new ZipEntryDevice(m_zip, maxBytes, maxTextBytes));
    // Declared larger than allowed: refused before anything is unpacked.
    if (info.uncompressed_size > quint64(maxBytes))
        device->m_fault = ZipEntryDevice::Fault::TooLarge;
    else if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return nullptr;
    device->open(QIODevice::ReadOnly);
    return device;
}

ZipEntryDevice::ZipEntryDevice(void *zip, qint64 maxBytes, qint64 maxTextBytes)
    : m_zip(zip), m_maxBytes(maxBytes), m_maxTextBytes(maxTextBytes)
{
}

ZipEntryDevice::~ZipEntryDevice()
{
    unzCloseCurrentFile(m_zip);
}

qint64 ZipEntryDevice::readData(char *data, qint64 maxSize)
{
    if (m_fault != Fault::None || maxSize <= 0)
        return m_fault != Fault::None ? -1 : 0;
    const int chunk = int(std::min<qint64>(maxSize, 64 * 1024));
    const int read = unzReadCurrentFile(m_zip, data, unsigned(chunk));
    if (read < 0) {
        m_fault = Fault::Damaged;
        return -1;
    }
    m_read += read;
    // The zip's declared size may lie: the bytes actually unpacked count.
    if (m_read > m_maxBytes) {
        m_fault = Fault::TooLarge;
        return -1;
    }
    for (int i = 0; i < read; ++i) {
        const char c = data[i];
        if (m_markup == 2 && c != '-') {   // "<!" not opening a comment: DOCTYPE, ENTITY, CDATA
            m_fault = Fault::Declaration;
            return -1;
        }
        m_markup = c == '<' ? 1 : (m_markup == 1 && c == '!') ? 2 : 0;
        m_textRun = c == '<' ? 0 : m_textRun + 1;
        if (m_textRun > m_maxTextBytes) {
            m_fault = Fault::TextTooLong;
            return -1;
        }
    }
    return read;
}

} // namespace rr
