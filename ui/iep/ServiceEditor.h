#pragma once
// The services tab (服务): type, minutes per week, provider and room (from
// the school's rooms) of each service the plan promises.
#include "iep/Iep.h"
#include "rooms/Room.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace rr {

class ServiceEditor final : public QWidget {
    Q_OBJECT
public:
    enum Column { Type, Minutes, Provider, RoomColumn, ColumnCount };

    ServiceEditor(QList<Room> rooms, QWidget *parent = nullptr);

    void setServices(const QList<IepService> &services);
    QList<IepService> services() const;
    void addService(const IepService &service = {});
    void setEditable(bool editable);

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }

signals:
    void changed();

private:
    QList<Room> m_rooms;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace rr
