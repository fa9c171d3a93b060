/* diag.c - messages on standard error and exit codes; see diag.h. */
#include "diag.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "brief.h"

int quiet, progress_on;

const char *shown(const char *name)
{
    static char buf[1024];
    return brief_printable_name(buf, sizeof buf, name);
}

#define REPORT(fmt, tail)                                                      \
    do {                                                                       \
        va_list ap;                                                            \
        va_start(ap, fmt);                                                     \
        fputs("brief: ", stderr);                                              \
        vfprintf(stderr, fmt, ap);                                             \
        fputs(tail, stderr);                                                   \
        va_end(ap);                                                            \
    } while (0)

void msg(const char *fmt, ...) { REPORT(fmt, "\n"); }

void warn(const char *fmt, ...) { if (!quiet) REPORT(fmt, "\n"); }

int fail(int rc, const char *fmt, ...) { REPORT(fmt, "\n"); return rc; }

int usage_error(const char *fmt, ...)
{
    REPORT(fmt, "\nTry 'brief --help' for more information.\n");
    return EXIT_USAGE;
}

int finish_output(void)
{
    if (fflush(stdout) == 0 && !ferror(stdout)) return 0;
    return fail(EXIT_OUTPUT, "cannot write to standard output: %s", strerror(errno ? errno : EIO));
}

int write_output(const char *bytes, size_t len)
{
    if (!len || fwrite(bytes, 1, len, stdout) == len) return finish_output();
    int rc = finish_output();
    return rc ? rc : EXIT_OUTPUT;
}

void progress(const char *what, size_t done, size_t total)
{
    if (!progress_on) return;
    int width = 30, filled = total ? (int)((double)done / (double)total * width) : width;
    fprintf(stderr, "\rbrief: %-18s [", what);
    for (int i = 0; i < width; i++) fputc(i < filled ? '#' : ' ', stderr);
    fprintf(stderr, "] %zu/%zu%s", done, total, done == total ? "\n" : "");
    fflush(stderr);
}
