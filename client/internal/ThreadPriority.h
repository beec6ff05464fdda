#pragma once

// Internal to client/: the network thread and the parse pool give way to the GUI thread. On
// Linux niceness belongs to each thread; a few steps lower and the scheduler gives the GUI
// thread the core when both want it, while the workers still take every idle moment.

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace kd::threads {

inline void yieldToTheGuiThread() {
#if defined(Q_OS_LINUX)
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    constexpr int workerNiceness = 5;
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), workerNiceness);
#endif
}

} // namespace kd::threads
