/*
 * io.c - reading a path into memory and writing a file whole (see io.h),
 * and the story entry point that takes a path, brief_story_add_file.
 */
#include "io.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "arena.h"
#include "pages.h"
#include "safefile.h"
#include "story.h"

static void close_input(int fd)
{
    if (fd != STDIN_FILENO) close(fd);
}

/* Opens path ("-": stdin) and refuses what fstat already condemns: a
 * directory, a regular file over limit.  *cap: the first buffer size (the
 * file's own plus one when it says, so one read finds the end). */
static brief_status open_input(const char *path, size_t limit, int *fd_out, size_t *cap)
{
    int fd = strcmp(path, "-") == 0 ? STDIN_FILENO : open(path, O_RDONLY);
    if (fd < 0) return BRIEF_EIO;
    struct stat sb;
    memset(&sb, 0, sizeof sb);
    if (fstat(fd, &sb) == 0 && S_ISDIR(sb.st_mode)) {
        close_input(fd);
        errno = EISDIR;
        return BRIEF_EIO;
    }
    int sized = S_ISREG(sb.st_mode) && sb.st_size > 0;
    if (sized && (uintmax_t)sb.st_size > (uintmax_t)limit) {
        close_input(fd);
        return BRIEF_ELIMIT;
    }
    *cap = sized ? (size_t)sb.st_size + 1 : 65536;
    *fd_out = fd;
    return BRIEF_OK;
}

/* Reads fd to its end into a buffer that starts at cap bytes and doubles;
 * stops as soon as it holds more than limit. */
static brief_status read_fd(const brief_allocator *a, int fd, size_t limit, size_t cap,
                            char **out, size_t *outlen)
{
    char *buf = mem_malloc(a, cap);
    if (!buf) return BRIEF_ENOMEM;
    size_t len = 0;
    while (len <= limit) {
        if (len == cap) {
            if (cap > limit) break;
            char *grown = mem_realloc(a, buf, cap * 2);
            if (!grown) {
                mem_free(a, buf);
                return BRIEF_ENOMEM;
            }
            buf = grown;
            cap *= 2;
        }
        ssize_t r = read(fd, buf + len, cap - len);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            int e = errno;
            mem_free(a, buf);
            errno = e;
            return BRIEF_EIO;
        }
        if (r == 0) break;
        len += (size_t)r;
    }
    if (len > limit) {
        mem_free(a, buf);
        return BRIEF_ELIMIT;
    }
    *out = buf;
    *outlen = len;
    return BRIEF_OK;
}

brief_status read_path(const brief_allocator *a, const char *path, size_t limit, char **out,
                       size_t *outlen)
{
    *out = NULL;
    *outlen = 0;
    int fd = -1;
    size_t cap = 0;
    brief_status s = open_input(path, limit, &fd, &cap);
    if (s != BRIEF_OK) return s;
    s = read_fd(a, fd, limit, cap, out, outlen);
    int e = errno;
    close_input(fd);
    errno = e;
    return s;
}

/* Writes through fd (the temporary tmp), syncs it and renames it to path;
 * removes tmp on any failure. */
static brief_status write_renamed(int fd, const char *tmp, const char *path,
                                  int (*emit)(FILE *f, void *arg), void *arg)
{
    FILE *f = fdopen(fd, "w");
    if (!f) {
        int e = errno;
        close(fd);
        unlink(tmp);
        errno = e;
        return BRIEF_EIO;
    }
    errno = 0;
    int bad = emit(f, arg) != 0;
    bad |= fflush(f) != 0;
    bad |= safefile_sync_fd(fileno(f)) != 0;
    int e = errno;
    bad |= fclose(f) != 0;
    if (bad || rename(tmp, path) != 0) {
        e = errno ? errno : e ? e : EIO;
        unlink(tmp);
        errno = e;
        return BRIEF_EIO;
    }
    return BRIEF_OK;
}

brief_status write_path(const char *path, int (*emit)(FILE *f, void *arg), void *arg)
{
    if (strcmp(path, "-") == 0)
        return emit(stdout, arg) != 0 || fflush(stdout) != 0 ? BRIEF_EIO : BRIEF_OK;
    char *dir = safefile_dir_of(path), *tmp = NULL;
    if (!dir) return BRIEF_ENOMEM;
    safefile_remove_stale(dir, time(NULL), SAFEFILE_STALE_SECONDS);
    safefile_tracked *tracked = NULL;
    int fd = safefile_create(path, &tmp, &tracked);
    brief_status s = fd < 0 ? BRIEF_EIO : write_renamed(fd, tmp, path, emit, arg);
    int e = errno;
    safefile_untrack(tracked);
    /* The rename reaches the disk with its folder. */
    if (s == BRIEF_OK) safefile_sync_dir(dir);
    free(tmp);
    free(dir);
    errno = e;
    return s;
}

brief_status brief_story_add_file(brief_story *st, const char *path)
{
    return brief_story_add_path(st, path, 0);
}

brief_status brief_story_add_path(brief_story *st, const char *path, unsigned flags)
{
    if (!st || !path) return BRIEF_EINVAL;
    pages_file f;
    pages_file_read(st->ctx->a, path, flags, &f);
    brief_status s = story_add_read(st, path, &f);
    pages_file_release(st->ctx->a, &f);
    return s;
}

brief_status story_add_read(brief_story *st, const char *path, pages_file *f)
{
    brief_status s = f->read;
    if (s == BRIEF_EIO) {
        story_fail(st, s, strcmp(path, "-") == 0 ? "(stdin)" : path, strerror(f->err));
        errno = f->err;
        return s;
    }
    if (s == BRIEF_ELIMIT) return story_fail(st, s, path, STORY_DOC_TOO_LARGE);
    if (s != BRIEF_OK) return story_fail(st, s, path, NULL);
    /* A page is read as its article, a feed as its items, a mail as its
     * message, each with front matter (pages.h). */
    s = f->parsed;
    const char *name = strcmp(path, "-") == 0 ? "(stdin)" : path;
    if (s != BRIEF_OK) story_fail(st, s, name, f->why);
    size_t first = st->ndocs;
    for (size_t i = 0; s == BRIEF_OK && i < f->n; i++) {
        const pages_doc *d = &f->docs[i];
        if (d->text) s = brief_story_add_text(st, d->page.name, d->text, d->text_len);
        else s = brief_story_add_text(st, path, f->bytes, f->len);
    }
    if (s == BRIEF_OK && f->why && st->ndocs > first) {
        st->docs[first].info.warning = arena_strdup(st->ar, f->why);
        if (!st->docs[first].info.warning) s = story_fail(st, BRIEF_ENOMEM, name, NULL);
    }
    return s;
}
