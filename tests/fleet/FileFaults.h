#pragma once

// Interrupts this process at the Nth call that changes a file (write, sync, truncate, link,
// unlink, rename), counted from kd_arm_file_faults(): the snapshot save is cut at that point.
extern "C" {
enum KdFileFault { KdFileFaultNone = 0, KdFileFaultKill = 1, KdFileFaultFail = 2 };
// Kill: SIGKILL before the call runs. Fail: the call does nothing and fails with EIO.
void kd_arm_file_faults(long target, int fault);
// Stops counting; returns how many such calls were made since arming.
long kd_disarm_file_faults();
}
