#pragma once
#include <QStringList>

namespace rr {

// Runs one resourceroom-cli invocation. Exit codes: 0 success, 1 bad input
// (one-line reason on stderr), 2 bad usage.
int runCli(const QStringList &arguments);

} // namespace rr
