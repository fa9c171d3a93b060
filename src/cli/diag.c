/* diag.c - messages on standard error and exit codes; see diag.h. */
#include "diag.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int quiet;

const char *shown(const char *name)
{
    static char buf[1024];
    size_t i = 0;
    for (; name[i] && i < sizeof buf - 1; i++) {
        unsigned char c = (unsigned char)name[i];
        buf[i] = (char)(c < 0x20 || c == 0x7f ? '?' : c);
    }
    buf[i] = '\0';
    return buf;
}

static void report(const char *fmt, va_list ap, const char *tail)
{
    fputs("brief: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputs(tail, stderr);
}

void msg(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(fmt, ap, "\n");
    va_end(ap);
}

void warn(const char *fmt, ...)
{
    if (quiet) return;
    va_list ap;
    va_start(ap, fmt);
    report(fmt, ap, "\n");
    va_end(ap);
}

int usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(fmt, ap, "\nTry 'brief --help' for more information.\n");
    va_end(ap);
    return EXIT_USAGE;
}

int finish_output(void)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        msg("cannot write to standard output: %s", strerror(errno ? errno : EIO));
        return EXIT_OUTPUT;
    }
    return 0;
}

int write_output(const char *bytes, size_t len)
{
    if (len && fwrite(bytes, 1, len, stdout) != len) {
        int rc = finish_output();
        return rc ? rc : EXIT_OUTPUT;
    }
    return finish_output();
}
