#pragma once
// A value on an objective's measurement scale: typed as a number (正确率,
// 次数, 时长, 达成度 0–4), or chosen from the prompt levels (独立 … 完全辅助).
// value() checks it against the scale, so "800" for 80% is refused with the
// range named instead of being stored or silently clamped.
#include "common/Result.h"
#include "progress/MeasurementScale.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLineEdit;
class QStackedWidget;

namespace rr {

class ScaleValueEdit final : public QWidget {
    Q_OBJECT
public:
    // allowEmpty: "no value" is an answer (an objective without a goal value).
    explicit ScaleValueEdit(bool allowEmpty, QWidget *parent = nullptr);

    void setScale(MeasurementScale scale);
    MeasurementScale scale() const { return m_scale; }
    // Empty (when allowed) → nullopt; otherwise the checked value or the reason.
    Result<std::optional<double>> value() const;
    void setValue(std::optional<double> value);
    void clear();
    void setReadOnly(bool readOnly);

    QLineEdit *numberEdit() const { return m_number; }
    QComboBox *promptCombo() const { return m_prompt; }

signals:
    void changed();

private:
    bool m_allowEmpty = false;
    MeasurementScale m_scale = MeasurementScale::Accuracy;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_number = nullptr;
    QComboBox *m_prompt = nullptr;
};

} // namespace rr
