#pragma once

#include <QThreadPool>

#include <memory>
#include <type_traits>

namespace kd {

// Frees a large value on a worker thread. Tens of thousands of entities take 5-20 ms to free,
// which on the GUI thread is a stall; Qt's containers are safe to release from any thread.
template <typename T>
void disposeElsewhere(T &&value) {
    auto doomed = std::make_shared<std::decay_t<T>>(std::forward<T>(value));
    QThreadPool::globalInstance()->start(
        [doomed = std::move(doomed)]() mutable { doomed.reset(); });
}

} // namespace kd
