/*
 * diag.h - what the brief command says on standard error, and its exit
 * codes (DESIGN.md): 0 success, 1 usage error, 2 no usable input, 3 output
 * could not be written.
 */
#ifndef BRIEF_CLI_DIAG_H
#define BRIEF_CLI_DIAG_H

#include <stddef.h>

enum { EXIT_USAGE = 1, EXIT_NOINPUT = 2, EXIT_OUTPUT = 3 };

/* --quiet: no warnings. */
extern int quiet;

/* A file name as it may be printed: control bytes become '?', so a name
 * cannot move the cursor or forge a line.  Static: one use per message. */
const char *shown(const char *name);
/* "brief: " + the message + a newline on standard error. */
void msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* As msg, unless --quiet. */
void warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* As msg, with the hint to --help; returns EXIT_USAGE. */
int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Flushes standard output: 0, or EXIT_OUTPUT after saying why. */
int finish_output(void);
/* Writes bytes to standard output and flushes: 0 or EXIT_OUTPUT. */
int write_output(const char *bytes, size_t len);

#endif
