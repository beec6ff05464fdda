#pragma once

#include <QWizardPage>

#include <functional>

namespace kd {

// A wizard page whose Next (or Finish) button follows a predicate; recheck() after any input
// the predicate reads changes.
class GatedPage final : public QWizardPage {
    Q_OBJECT
public:
    GatedPage(std::function<bool()> complete, QWidget *parent)
        : QWizardPage(parent)
        , m_complete(std::move(complete)) {}
    bool isComplete() const override { return m_complete(); }
    void recheck() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_complete;
};

} // namespace kd
