/*
 * io.h - the files the library API reads and writes: a path read into
 * memory (documents, IDF tables), a file written whole through a
 * temporary name (IDF tables).  Output folders are outdir.c's.
 */
#ifndef BRIEF_IO_H
#define BRIEF_IO_H

#include <stddef.h>
#include <stdio.h>

#include "brief.h"

/*
 * Reads a whole file (or "-" for stdin) up to `limit` bytes into *out
 * (allocated with a, the caller frees it; not NUL-terminated), its length
 * into *outlen.  Errors: BRIEF_EIO with errno kept (a directory: errno
 * EISDIR), BRIEF_ELIMIT (more than limit bytes; a regular file that says
 * so is refused unread), BRIEF_ENOMEM.  On error *out is NULL.
 */
brief_status read_path(const brief_allocator *a, const char *path, size_t limit, char **out,
                       size_t *outlen);

/*
 * Writes a file with emit(f, arg), which returns 0 or -1 on a write
 * error: to stdout for "-", else to a temporary name beside path, synced
 * and then renamed over it, so a reader never sees half a file.  Errors:
 * BRIEF_EIO with errno kept (nothing is left at the temporary name),
 * BRIEF_ENOMEM.
 */
brief_status write_path(const char *path, int (*emit)(FILE *f, void *arg), void *arg);

#endif
