#pragma once

#include "client/Result.h"

#include <qcoro/qcorotask.h>

#include <type_traits>
#include <utility>

namespace kd {

// Runs what a dialog asked for: the dialog is busy while it runs; a failure is shown in the
// dialog, which keeps everything typed; success closes it and hands the result on.
// Dialog: setBusy(bool), showError(QString), accept().
template <typename Dialog, typename T, typename OnSuccess = std::nullptr_t>
void runInDialog(Dialog *dialog, QCoro::Task<Result<T>> task, OnSuccess onSuccess = nullptr) {
    dialog->setBusy(true);
    QCoro::connect(std::move(task), dialog, [dialog, onSuccess](const Result<T> &result) {
        dialog->setBusy(false);
        if (!result) {
            dialog->showError(result.error().message());
            return;
        }
        dialog->accept();
        if constexpr (!std::is_same_v<OnSuccess, std::nullptr_t>)
            onSuccess(*result);
        else
            Q_UNUSED(onSuccess);
    });
}

} // namespace kd
