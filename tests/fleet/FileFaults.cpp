// No Qt or stdio headers here: they declare these functions with other exception specifiers.
#include "FileFaults.h"

#include <cerrno>
#include <csignal>
#include <cstddef>
#include <dlfcn.h>
#include <sys/types.h>

namespace {
bool armed = false;
long target = 0;
int fault = KdFileFaultNone;
long calls = 0;

template <typename Function>
Function real(const char *name) {
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

// True when this call must fail; never returns when it must kill.
bool interrupted() {
    if (!armed || ++calls != target)
        return false;
    if (fault == KdFileFaultKill)
        std::raise(SIGKILL);
    errno = EIO;
    return true;
}
} // namespace

extern "C" {

void kd_arm_file_faults(long at, int kind) {
    target = at;
    fault = kind;
    calls = 0;
    armed = true;
}

long kd_disarm_file_faults() {
    armed = false;
    return calls;
}

// The executable's definitions come first in symbol lookup, so Qt and SQLite call these.
ssize_t write(int fd, const void *buffer, size_t size) {
    if (interrupted())
        return -1;
    return real<ssize_t (*)(int, const void *, size_t)>("write")(fd, buffer, size);
}

ssize_t pwrite(int fd, const void *buffer, size_t size, off_t offset) {
    if (interrupted())
        return -1;
    return real<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite")(fd, buffer, size, offset);
}

ssize_t pwrite64(int fd, const void *buffer, size_t size, off_t offset) {
    if (interrupted())
        return -1;
    return real<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite64")(fd, buffer, size,
                                                                           offset);
}

int fsync(int fd) {
    if (interrupted())
        return -1;
    return real<int (*)(int)>("fsync")(fd);
}

int fdatasync(int fd) {
    if (interrupted())
        return -1;
    return real<int (*)(int)>("fdatasync")(fd);
}

int ftruncate(int fd, off_t length) {
    if (interrupted())
        return -1;
    return real<int (*)(int, off_t)>("ftruncate")(fd, length);
}

int ftruncate64(int fd, off_t length) {
    if (interrupted())
        return -1;
    return real<int (*)(int, off_t)>("ftruncate64")(fd, length);
}

int unlink(const char *path) {
    if (interrupted())
        return -1;
    return real<int (*)(const char *)>("unlink")(path);
}

int unlinkat(int directory, const char *path, int flags) {
    if (interrupted())
        return -1;
    return real<int (*)(int, const char *, int)>("unlinkat")(directory, path, flags);
}

int link(const char *from, const char *to) {
    if (interrupted())
        return -1;
    return real<int (*)(const char *, const char *)>("link")(from, to);
}

int linkat(int fromDirectory, const char *from, int toDirectory, const char *to, int flags) {
    if (interrupted())
        return -1;
    return real<int (*)(int, const char *, int, const char *, int)>("linkat")(
        fromDirectory, from, toDirectory, to, flags);
}

int rename(const char *from, const char *to) {
    if (interrupted())
        return -1;
    return real<int (*)(const char *, const char *)>("rename")(from, to);
}

int renameat(int fromDirectory, const char *from, int toDirectory, const char *to) {
    if (interrupted())
        return -1;
    return real<int (*)(int, const char *, int, const char *)>("renameat")(fromDirectory, from,
                                                                           toDirectory, to);
}

int renameat2(int fromDirectory, const char *from, int toDirectory, const char *to,
              unsigned int flags) {
    if (interrupted())
        return -1;
    return real<int (*)(int, const char *, int, const char *, unsigned int)>("renameat2")(
        fromDirectory, from, toDirectory, to, flags);
}
}
