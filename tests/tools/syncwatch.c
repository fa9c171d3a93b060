/*
 * syncwatch.c - an LD_PRELOAD library for tests/outputs.sh: logs each
 * fsync, syncfs and rename the program makes, in order, to the file named
 * by $SYNCWATCH_LOG ("fsync PATH", "syncfs PATH", "rename FROM TO",
 * "renameat FROM TO"),
 * so a test can tell that every file was synced before its rename and the
 * folder after.  renameat's paths are its folders' (from /proc) and the
 * names, links not followed.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void log_line(const char *a, const char *b, const char *c)
{
    const char *path = getenv("SYNCWATCH_LOG");
    if (!path) return;
    int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) return;
    char line[8192];
    int n = snprintf(line, sizeof line, "%s %s%s%s\n", a, b, c ? " " : "", c ? c : "");
    if (n > 0) (void)!write(fd, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
    close(fd);
}

/* The path /proc gives for fd. */
static void fd_path(int fd, char *target, size_t size)
{
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, target, size - 1);
    target[n > 0 ? n : 0] = '\0';
}

int fsync(int fd)
{
    int (*real)(int) = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
    char target[4096];
    fd_path(fd, target, sizeof target);
    log_line("fsync", target, NULL);
    return real(fd);
}

int syncfs(int fd)
{
    int (*real)(int) = (int (*)(int))dlsym(RTLD_NEXT, "syncfs");
    char target[4096];
    fd_path(fd, target, sizeof target);
    log_line("syncfs", target, NULL);
    return real(fd);
}

int renameat(int fromfd, const char *from, int tofd, const char *to)
{
    int (*real)(int, const char *, int, const char *) =
        (int (*)(int, const char *, int, const char *))dlsym(RTLD_NEXT, "renameat");
    char a[4096], b[4096], pa[8192], pb[8192];
    fd_path(fromfd, a, sizeof a);
    fd_path(tofd, b, sizeof b);
    snprintf(pa, sizeof pa, "%s/%s", a, from);
    snprintf(pb, sizeof pb, "%s/%s", b, to);
    log_line("renameat", pa, pb);
    return real(fromfd, from, tofd, to);
}

int rename(const char *from, const char *to)
{
    int (*real)(const char *, const char *) =
        (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
    char a[4096];
    /* Absolute, as /proc gives fsync's paths. */
    log_line("rename", realpath(from, a) ? a : from, to);
    int r = real(from, to);
    return r;
}
