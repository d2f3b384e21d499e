// libFuzzer target of the backup reader: any bytes as a backup file, checked
// whole in memory (rr::readBackupBytes: the encrypted container's framing,
// the key check, every chunk, the summary, then the SQLite data inside with
// its integrity and schema checks). It must return an Error for anything it
// does not accept, and never crash, hang or allocate beyond its limits.
//
// Encrypted inputs are opened with the seeds' fixed password, and the
// Argon2id cost a header may ask for is capped at 1 pass over 64 KiB, so an
// input takes microseconds rather than the half second of a real backup.
// Seeds: tests/fuzz/corpus/backup_reader/ (written by test_backup_reader
// with RR_WRITE_BACKUP_SEEDS=<folder>; the same test checks them).
#include "backup/BackupReader.h"

#include <QCoreApplication>
#include <cstddef>
#include <cstdint>

namespace {

// Must match tests/core/test_backup_reader.cpp.
const QByteArray kSeedPassword("fuzz-seed-password");

// Qt's SQL driver plugins are found through the application object.
void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz_backup_reader";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ensureApplication();
    rr::BackupReadLimits limits;
    limits.maxBytes = 1024 * 1024;
    limits.maxOpsLimit = 1;
    limits.maxMemLimitKiB = 64;
    const auto bytes = QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto read = rr::readBackupBytes(bytes, kSeedPassword, QStringLiteral("fuzz input"), limits);
    // Whatever came back, its message is for a person: never empty on refusal.
    if (!read && read.error().message.isEmpty())
        __builtin_trap();
    return 0;
}
