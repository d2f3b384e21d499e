#pragma once
// Everything the program writes (the data file and its -wal/-shm, backups,
// exports, PDFs, the data folder) holds children's data: on a shared PC it
// must be readable by its owner only.
namespace rr {

// Called first thing in main(): files are then created 0600, folders 0700.
void makeNewFilesPrivate();

} // namespace rr
