#ifndef SITEGEN_RENAME_EXCHANGE_H
#define SITEGEN_RENAME_EXCHANGE_H

/// Atomically exchanges the folders (or files) at `a` and `b`, both of which must exist:
/// Linux's renameat2(2) with RENAME_EXCHANGE. Returns 0, or -1 with errno set (ENOSYS or
/// EINVAL where the kernel or file system cannot exchange).
int sitegen_rename_exchange(const char *a, const char *b);

#endif
