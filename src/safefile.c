/*
 * safefile.c - exclusive temporaries, syncing, the list of live
 * temporaries a signal handler removes, and stale ones; see safefile.h.
 *
 * The list is doubly linked so that untracking is O(1) for the thousand
 * files of a daily edition.  brief_remove_temporaries only reads it and
 * calls unlink(2), which is async-signal-safe; nodes are unlinked from
 * the list before they are freed, so a handler that interrupts this
 * thread never follows a freed node.
 */
#include "safefile.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "brief.h"

struct safefile_tracked {
    struct safefile_tracked *volatile next;
    struct safefile_tracked *prev;
    char path[];
};

static safefile_tracked *volatile tracked_head;
static pthread_mutex_t tracked_lock = PTHREAD_MUTEX_INITIALIZER;

static safefile_tracked *track(const char *path)
{
    size_t n = strlen(path) + 1;
    safefile_tracked *t = malloc(sizeof *t + n);
    if (!t) return NULL;
    memcpy(t->path, path, n);
    t->prev = NULL;
    pthread_mutex_lock(&tracked_lock);
    t->next = tracked_head;
    if (tracked_head) tracked_head->prev = t;
    tracked_head = t; /* published whole: next was set before */
    pthread_mutex_unlock(&tracked_lock);
    return t;
}

void safefile_untrack(safefile_tracked *t)
{
    if (!t) return;
    pthread_mutex_lock(&tracked_lock);
    if (t->prev) t->prev->next = t->next;
    else tracked_head = t->next;
    if (t->next) t->next->prev = t->prev;
    pthread_mutex_unlock(&tracked_lock);
    free(t);
}

/* Newest first: the files of a tracked folder go before the folder. */
void brief_remove_temporaries(void)
{
    for (safefile_tracked *t = tracked_head; t; t = t->next)
        if (unlink(t->path) != 0 && (errno == EISDIR || errno == EPERM)) rmdir(t->path);
}

/* Six letters and digits; getrandom, else the clock and a counter (the
 * O_EXCL open makes any collision a retry, never a shared file). */
void safefile_random_suffix(char out[7])
{
    static const char alnum[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static unsigned counter;
    unsigned char r[6];
    if (getrandom(r, sizeof r, GRND_NONBLOCK) != (ssize_t)sizeof r) {
        uint64_t x = (uint64_t)time(NULL) * 2654435761u ^ (uint64_t)getpid() << 16 ^ ++counter;
        for (int i = 0; i < 6; i++, x = x * 6364136223846793005u + 1442695040888963407u)
            r[i] = (unsigned char)(x >> 56);
    }
    for (int i = 0; i < 6; i++) out[i] = alnum[r[i] % (sizeof alnum - 1)];
    out[6] = '\0';
}

/* A signal between making a file or folder and tracking it would leave it
 * behind: none is delivered in between. */
static int make_tracked(int dirfd, const char *name, const char *path, int is_dir,
                        safefile_tracked **tracked)
{
    *tracked = NULL;
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    int fd = is_dir ? mkdirat(dirfd, name, 0777)
                    : openat(dirfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                             0666);
    int e = errno;
    if (fd >= 0 && !(*tracked = track(path))) {
        unlinkat(dirfd, name, is_dir ? AT_REMOVEDIR : 0);
        if (!is_dir) close(fd);
        fd = -1;
        e = ENOMEM;
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    errno = e;
    return fd;
}

int safefile_create(const char *path, char **tmp, safefile_tracked **tracked)
{
    *tmp = NULL;
    *tracked = NULL;
    size_t n = strlen(path) + sizeof ".tmpXXXXXX";
    char *name = malloc(n);
    if (!name) return -1;
    for (int attempt = 0; attempt < 100; attempt++) {
        char suffix[7];
        safefile_random_suffix(suffix);
        snprintf(name, n, "%s.tmp%s", path, suffix);
        int fd = make_tracked(AT_FDCWD, name, name, 0, tracked);
        if (fd < 0 && errno == EEXIST) continue;
        if (fd < 0) break;
        *tmp = name;
        return fd;
    }
    int e = errno;
    free(name);
    errno = e;
    return -1;
}

int safefile_create_at(int dirfd, const char *name, const char *path,
                       safefile_tracked **tracked)
{
    return make_tracked(dirfd, name, path, 0, tracked);
}

int safefile_mkdir_at(int dirfd, const char *name, const char *path,
                      safefile_tracked **tracked)
{
    return make_tracked(dirfd, name, path, 1, tracked) < 0 ? -1 : 0;
}

int safefile_write_all(int fd, const char *bytes, size_t len)
{
    size_t off = 0;
    while (off < len) {
        ssize_t w = write(fd, bytes + off, len - off);
        if (w < 0 && errno == EINTR) continue;
        if (w < 0) return -1;
        off += (size_t)w;
    }
    return 0;
}

int safefile_sync_fd(int fd)
{
    return fsync(fd) != 0 && errno != EINVAL && errno != EROFS ? -1 : 0;
}

int safefile_sync_dir(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return -1;
    int r = safefile_sync_fd(fd);
    int e = errno;
    close(fd);
    errno = e;
    return r;
}

int safefile_is_temp_name(const char *name)
{
    const char *t = strstr(name, ".tmp");
    if (!t || t == name) return 0;
    for (const char *next; (next = strstr(t + 1, ".tmp")) != NULL;) t = next;
    size_t k = strlen(t + 4);
    if (k < 1 || k > 16) return 0;
    for (const char *p = t + 4; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
            return 0;
    return 1;
}

void safefile_remove_stale(const char *dir, time_t now, time_t max_age)
{
    int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd < 0) return;
    DIR *d = fdopendir(dfd);
    if (!d) {
        close(dfd);
        return;
    }
    for (struct dirent *de; (de = readdir(d)) != NULL;) {
        if (!safefile_is_temp_name(de->d_name)) continue;
        struct stat sb;
        /* Only this user's plain files: never a link, a folder or another's. */
        if (fstatat(dfd, de->d_name, &sb, AT_SYMLINK_NOFOLLOW) != 0) continue;
        if (!S_ISREG(sb.st_mode) || sb.st_uid != geteuid()) continue;
        if (now - sb.st_mtime <= max_age) continue;
        unlinkat(dfd, de->d_name, 0);
    }
    closedir(d);
}

char *safefile_dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash) return strdup(".");
    size_t n = slash == path ? 1 : (size_t)(slash - path);
    char *dir = malloc(n + 1);
    if (!dir) return NULL;
    memcpy(dir, path, n);
    dir[n] = '\0';
    return dir;
}
