#pragma once
// The school profile's fields: school, resource teacher, district. The
// current semester is chosen elsewhere and kept as it was.
#include "school/SchoolProfile.h"

#include <QWidget>

class QLineEdit;

namespace rr {

class ProfileEditor final : public QWidget {
    Q_OBJECT
public:
    explicit ProfileEditor(QWidget *parent = nullptr);

    void setProfile(const SchoolProfile &profile);
    // The edited fields on top of `base` (which supplies the current semester).
    SchoolProfile profile(const SchoolProfile &base = {}) const;

    QLineEdit *schoolEdit() const { return m_school; }
    QLineEdit *teacherEdit() const { return m_teacher; }
    QLineEdit *districtEdit() const { return m_district; }

private:
    QLineEdit *m_school = nullptr;
    QLineEdit *m_teacher = nullptr;
    QLineEdit *m_district = nullptr;
};

} // namespace rr
