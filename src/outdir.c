/*
 * outdir.c - output folders written all or nothing, file by file (see
 * brief.h): temporary files created exclusively, never through a link, in
 * the folder itself (safefile.h), so rename(2) replaces each file
 * atomically on the same file system; each file is synced before its
 * rename and the folder after them, so a crash leaves the old or the new
 * file, never an empty one.  Stale files are recognised by brief's own naming pattern only.
 */
#include "brief.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "safefile.h"

typedef struct entry {
    char *tmp;   /* temporary path */
    safefile_tracked *tracked;
    char *path;  /* final path */
    char *name;
} entry;

struct brief_outdir {
    char *dir;
    entry *e;
    size_t n, cap;
};

/* mkdir -p */
static int make_dirs(const char *dir)
{
    char *p = strdup(dir);
    if (!p) return -1;
    for (char *q = p + 1; *q; q++) {
        if (*q != '/') continue;
        *q = '\0';
        if (mkdir(p, 0777) != 0 && errno != EEXIST) {
            free(p);
            return -1;
        }
        *q = '/';
    }
    int r = mkdir(p, 0777) != 0 && errno != EEXIST ? -1 : 0;
    free(p);
    return r;
}

brief_status brief_outdir_open(const char *dir, brief_outdir **out)
{
    if (!dir || !*dir || !out) return BRIEF_EINVAL;
    *out = NULL;
    struct stat sb;
    if (stat(dir, &sb) != 0) {
        if (errno != ENOENT || make_dirs(dir) != 0 || stat(dir, &sb) != 0) return BRIEF_EIO;
    }
    if (!S_ISDIR(sb.st_mode)) {
        errno = ENOTDIR;
        return BRIEF_EIO;
    }
    if (access(dir, W_OK | X_OK) != 0) return BRIEF_EIO;
    safefile_remove_stale(dir, time(NULL), SAFEFILE_STALE_SECONDS);
    brief_outdir *o = calloc(1, sizeof *o);
    if (!o || !(o->dir = strdup(dir))) {
        free(o);
        return BRIEF_ENOMEM;
    }
    *out = o;
    return BRIEF_OK;
}

static char *join(const char *dir, const char *name, const char *suffix)
{
    size_t n = strlen(dir) + strlen(name) + strlen(suffix) + 2;
    char *p = malloc(n);
    if (p) snprintf(p, n, "%s/%s%s", dir, name, suffix);
    return p;
}

brief_status brief_outdir_add(brief_outdir *o, const char *name, const char *bytes, size_t len)
{
    if (!o || !name || !*name || strchr(name, '/') || name[0] == '.' || (!bytes && len))
        return BRIEF_EINVAL;
    if (o->n == o->cap) {
        size_t ncap = o->cap ? o->cap * 2 : 16;
        entry *ne = realloc(o->e, ncap * sizeof *ne);
        if (!ne) return BRIEF_ENOMEM;
        o->e = ne;
        o->cap = ncap;
    }
    entry en = {NULL, NULL, join(o->dir, name, ""), strdup(name)};
    int fd = en.path && en.name ? safefile_create(en.path, &en.tmp, &en.tracked) : -1;
    if (fd < 0) {
        int e = en.path && en.name ? errno : ENOMEM;
        free(en.path);
        free(en.name);
        errno = e;
        return e == ENOMEM ? BRIEF_ENOMEM : BRIEF_EIO;
    }
    int err = safefile_write_all(fd, bytes, len) != 0 || safefile_sync_fd(fd) != 0 ? errno : 0;
    if (close(fd) != 0 && !err) err = errno;
    if (err) {
        unlink(en.tmp);
        safefile_untrack(en.tracked);
        free(en.tmp);
        free(en.path);
        free(en.name);
        errno = err;
        return BRIEF_EIO;
    }
    o->e[o->n++] = en;
    return BRIEF_OK;
}

/* PREFIX<digits>.EXT */
static int stale_name(const char *name, const char *prefix, const char *ext)
{
    size_t pl = strlen(prefix), el = strlen(ext), nl = strlen(name);
    if (nl <= pl + el + 1 || strncmp(name, prefix, pl) != 0) return 0;
    if (name[nl - el - 1] != '.' || strcmp(name + nl - el, ext) != 0) return 0;
    for (size_t i = pl; i < nl - el - 1; i++)
        if (name[i] < '0' || name[i] > '9') return 0;
    return 1;
}

brief_status brief_outdir_commit(brief_outdir *o, const char *prefix, const char *ext)
{
    if (!o) return BRIEF_EINVAL;
    for (size_t i = 0; i < o->n; i++) {
        if (rename(o->e[i].tmp, o->e[i].path) != 0) return BRIEF_EIO;
        safefile_untrack(o->e[i].tracked);
        o->e[i].tracked = NULL;
        free(o->e[i].tmp);
        o->e[i].tmp = NULL;
    }
    /* The renames reach the disk with the folder. */
    safefile_sync_dir(o->dir);
    if (!prefix || !ext) return BRIEF_OK;
    DIR *d = opendir(o->dir);
    if (!d) return BRIEF_OK; /* written; only the clean-up is not possible */
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (!stale_name(de->d_name, prefix, ext)) continue;
        int ours = 0;
        for (size_t i = 0; i < o->n && !ours; i++) ours = strcmp(o->e[i].name, de->d_name) == 0;
        if (ours) continue;
        char *p = join(o->dir, de->d_name, "");
        if (p) unlink(p);
        free(p);
    }
    closedir(d);
    return BRIEF_OK;
}

void brief_outdir_free(brief_outdir *o)
{
    if (!o) return;
    for (size_t i = 0; i < o->n; i++) {
        if (o->e[i].tmp) unlink(o->e[i].tmp);
        safefile_untrack(o->e[i].tracked);
        free(o->e[i].tmp);
        free(o->e[i].path);
        free(o->e[i].name);
    }
    free(o->e);
    free(o->dir);
    free(o);
}
