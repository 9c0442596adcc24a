#ifndef SITEGEN_RENAME_EXCHANGE_H
#define SITEGEN_RENAME_EXCHANGE_H

/// Atomically exchanges the folders (or files) at `a` and `b`, both of which must exist:
/// Linux's renameat2(2) with RENAME_EXCHANGE, macOS's renamex_np(2) with RENAME_SWAP.
/// Returns 0, or -1 with errno set: ENOSYS, EINVAL or ENOTSUP where the system or the file
/// system cannot exchange; otherwise as for rename(2).
int sitegen_rename_exchange(const char *a, const char *b);

#endif
