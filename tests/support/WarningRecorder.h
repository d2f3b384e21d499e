#pragma once
// Records every warning or critical message Qt (or the program) emits while
// it lives, so GUI tests can fail on any of them.
#include <QStringList>

#include <catch2/catch.hpp>

namespace rr::test {

class WarningRecorder {
public:
    WarningRecorder();
    ~WarningRecorder();
    WarningRecorder(const WarningRecorder &) = delete;
    WarningRecorder &operator=(const WarningRecorder &) = delete;
    QStringList problems() const;
};

} // namespace rr::test

#define CHECK_NO_WARNINGS(recorder)                                                                                    \
    do {                                                                                                               \
        QCoreApplication::processEvents();                                                                            \
        INFO("Qt messages: " << (recorder).problems().join(QStringLiteral("\n")).toStdString());                     \
        CHECK((recorder).problems().isEmpty());                                                                        \
    } while (false)
