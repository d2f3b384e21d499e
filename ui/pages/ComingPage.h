#pragma once
// The page of an area that is not built yet: its title and what it will hold.
#include "shell/Area.h"

#include <QWidget>

namespace rr {

class ComingPage final : public QWidget {
    Q_OBJECT
public:
    explicit ComingPage(Area area, QWidget *parent = nullptr);
};

} // namespace rr
