/* diag.h - messages on standard error, and the exit codes (DESIGN.md). */
#ifndef BRIEF_CLI_DIAG_H
#define BRIEF_CLI_DIAG_H

#include <stddef.h>

enum { EXIT_USAGE = 1, EXIT_NOINPUT = 2, EXIT_OUTPUT = 3 };

extern int quiet;         /* --quiet: no warnings */
extern int progress_on;   /* progress bars: stderr is a terminal, no --quiet */

/* A name as it may be printed (brief_printable_name): it cannot move the
 * cursor, reorder or forge a line.  In a static buffer: one per message. */
const char *shown(const char *name);
#define PRINTF_LIKE(f) __attribute__((format(printf, f, f + 1)))
/* "brief: " + the message + a newline on standard error.  warn is silent
 * with --quiet; fail returns rc; usage_error adds the hint to --help and
 * returns EXIT_USAGE. */
void msg(const char *fmt, ...) PRINTF_LIKE(1);
void warn(const char *fmt, ...) PRINTF_LIKE(1);
int fail(int rc, const char *fmt, ...) PRINTF_LIKE(2);
int usage_error(const char *fmt, ...) PRINTF_LIKE(1);
/* Flushes standard output (write_output first writes len bytes): 0, or
 * EXIT_OUTPUT after saying why. */
int finish_output(void);
int write_output(const char *bytes, size_t len);
void progress(const char *what, size_t done, size_t total);

#endif
