/*
 * outdir.c - output folders published all or nothing (see brief.h).
 *
 * A run's files are an edition: a folder DIR/brief-edition-XXXXXX that is
 * never changed once published.  The link DIR/brief-edition names the
 * current edition, and each published name DIR/N is a symbolic link
 * "brief-edition/N".  A run writes into a private stage folder
 * (DIR/brief-stage-XXXXXX, made at open so that an unwritable folder
 * fails before any work); its commit makes the stage an edition and then
 * renames one new link over DIR/brief-edition.  That rename(2) is the
 * moment every name changes at once: before it a reader sees the whole
 * old set, after it the whole new one, whatever fails or is killed.
 *
 * Everything that must happen before the switch leaves what a reader sees
 * as it was: links for names new to the folder dangle until the switch
 * (as if missing, which they were); a name that is still a plain file of
 * an older brief (or a copy put there) is first hard-linked into the
 * current edition, then replaced by its link, so it reads the same; a
 * link of someone else's at a name is put back if the commit fails; a
 * name that is a folder or a device, and a folder at brief-edition,
 * refuse the commit before anything is done.  Files of the current edition that this run does not write, and
 * that are not stale story files, are hard-linked into the new edition:
 * a commit touches only the names it writes and the stale ones.
 *
 * Commits into one folder take turns (flock on the folder), so a commit
 * can tell the leftovers of a killed run (any other edition, links being
 * made, stages older than an hour) from another run's work in progress.
 * Files are synced before the switch (one by one, or past a few dozen
 * all at once with syncfs) and the folder after it.
 */
#define _GNU_SOURCE /* flock, syncfs */
#include "brief.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "safefile.h"

#define CURRENT "brief-edition"
#define EDITION_PREFIX "brief-edition-"
#define STAGE_PREFIX "brief-stage-"
#define LINK_PREFIX "brief-link-"
/* A link's target: "brief-edition/" and the name. */
#define TARGET_MAX (sizeof CURRENT + NAME_MAX + 1)

typedef struct entry {
    char *name;
    safefile_tracked *tracked;  /* DIR/stage/name, until the stage is published */
    int made_link;              /* the commit made DIR/name (there was none) */
    char *was_link;             /* the link the commit replaced there, or NULL */
} entry;

struct brief_outdir {
    char *dir;
    int dfd;                    /* DIR */
    int sfd;                    /* the stage, -1 once published or removed */
    char stage[sizeof STAGE_PREFIX + 6];
    safefile_tracked *stage_tracked;
    entry *e;
    size_t n, cap;
    const char *failed;         /* the name a commit refused, or NULL */
    int committed;
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

static char *join(const char *dir, const char *a, const char *b)
{
    size_t n = strlen(dir) + strlen(a) + strlen(b) + 3;
    char *p = malloc(n);
    if (p) snprintf(p, n, "%s/%s%s%s", dir, a, *b ? "/" : "", b);
    return p;
}

static int has_prefix(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* PREFIX and six letters or digits: a name this module made. */
static int own_name(const char *name, const char *prefix)
{
    size_t pl = strlen(prefix);
    if (!has_prefix(name, prefix) || strlen(name) != pl + 6) return 0;
    for (const char *p = name + pl; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
            return 0;
    return 1;
}

/* The folder's own names: the current edition's link, editions, stages
 * and links being made are never files a caller writes. */
static int reserved_name(const char *name)
{
    return strcmp(name, CURRENT) == 0 || has_prefix(name, EDITION_PREFIX) ||
           has_prefix(name, STAGE_PREFIX) || has_prefix(name, LINK_PREFIX);
}

/* Makes a folder PREFIXXXXXXX in dfd; its name in name (sizeof PREFIX + 6). */
static int make_unique_dir(int dfd, const char *dir, const char *prefix, char *name,
                           safefile_tracked **tracked)
{
    for (int attempt = 0; attempt < 100; attempt++) {
        char suffix[7];
        safefile_random_suffix(suffix);
        snprintf(name, strlen(prefix) + 7, "%s%s", prefix, suffix);
        int r;
        if (tracked) {
            char *path = join(dir, name, "");
            if (!path) return -1;
            r = safefile_mkdir_at(dfd, name, path, tracked);
            free(path);
        } else {
            r = mkdirat(dfd, name, 0777);
        }
        if (r == 0) return 0;
        if (errno != EEXIST) return -1;
    }
    return -1;
}

static int open_dir_at(int dfd, const char *name)
{
    return openat(dfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
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
    o->dfd = o->sfd = -1;
    int e = 0;
    errno = 0;
    if ((o->dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0 ||
        make_unique_dir(o->dfd, dir, STAGE_PREFIX, o->stage, &o->stage_tracked) != 0 ||
        (o->sfd = open_dir_at(o->dfd, o->stage)) < 0)
        e = errno ? errno : ENOMEM;
    if (e) {
        brief_outdir_free(o);
        errno = e;
        return e == ENOMEM ? BRIEF_ENOMEM : BRIEF_EIO;
    }
    *out = o;
    return BRIEF_OK;
}

/* A file of the stage, written but not yet synced: the commit syncs them
 * all before the stage is published (sync_stage_files). */
static int write_unsynced(int fd, const char *bytes, size_t len)
{
    int err = safefile_write_all(fd, bytes, len) != 0 ? errno : 0;
    if (close(fd) != 0 && !err) err = errno;
    errno = err;
    return err ? -1 : 0;
}

static int write_fd(int fd, const char *bytes, size_t len)
{
    int err = safefile_write_all(fd, bytes, len) != 0 || safefile_sync_fd(fd) != 0 ? errno : 0;
    if (close(fd) != 0 && !err) err = errno;
    errno = err;
    return err ? -1 : 0;
}

/* A second file of one name replaces the first: written beside it, then
 * renamed over it, so a failed write leaves the first. */
static brief_status replace_in_stage(brief_outdir *o, const char *name, const char *bytes,
                                     size_t len)
{
    const char *next = ".brief-next";
    int fd = openat(o->sfd, next, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0 || write_unsynced(fd, bytes, len) != 0 ||
        renameat(o->sfd, next, o->sfd, name) != 0) {
        int e = errno;
        unlinkat(o->sfd, next, 0);
        errno = e;
        return BRIEF_EIO;
    }
    return BRIEF_OK;
}

brief_status brief_outdir_add(brief_outdir *o, const char *name, const char *bytes, size_t len)
{
    if (!o || !name || !*name || strchr(name, '/') || name[0] == '.' || (!bytes && len))
        return BRIEF_EINVAL;
    if (o->sfd < 0 || strlen(name) > NAME_MAX || reserved_name(name)) return BRIEF_EINVAL;
    if (o->n == o->cap) {
        size_t ncap = o->cap ? o->cap * 2 : 16;
        entry *ne = realloc(o->e, ncap * sizeof *ne);
        if (!ne) return BRIEF_ENOMEM;
        o->e = ne;
        o->cap = ncap;
    }
    entry en = {strdup(name), NULL, 0, NULL};
    char *path = en.name ? join(o->dir, o->stage, name) : NULL;
    if (!path) {
        free(en.name);
        return BRIEF_ENOMEM;
    }
    int fd = safefile_create_at(o->sfd, name, path, &en.tracked);
    free(path);
    if (fd < 0) {
        int e = errno;
        free(en.name);
        errno = e;
        if (e == EEXIST) return replace_in_stage(o, name, bytes, len);
        return e == ENOMEM ? BRIEF_ENOMEM : BRIEF_EIO;
    }
    if (write_unsynced(fd, bytes, len) != 0) {
        int e = errno;
        unlinkat(o->sfd, name, 0);
        safefile_untrack(en.tracked);
        free(en.name);
        errno = e;
        return BRIEF_EIO;
    }
    o->e[o->n++] = en;
    return BRIEF_OK;
}

/* PREFIX<digits>.EXT */
static int stale_name(const char *name, const char *prefix, const char *ext)
{
    if (!prefix || !ext) return 0;
    size_t pl = strlen(prefix), el = strlen(ext), nl = strlen(name);
    if (nl <= pl + el + 1 || strncmp(name, prefix, pl) != 0) return 0;
    if (name[nl - el - 1] != '.' || strcmp(name + nl - el, ext) != 0) return 0;
    for (size_t i = pl; i < nl - el - 1; i++)
        if (name[i] < '0' || name[i] > '9') return 0;
    return 1;
}

/* Whether name in dfd is a link to brief-edition/NAME, one of ours. */
static int is_our_link(int dfd, const char *name)
{
    char want[TARGET_MAX], got[TARGET_MAX];
    snprintf(want, sizeof want, "%s/%s", CURRENT, name);
    ssize_t n = readlinkat(dfd, name, got, sizeof got - 1);
    if (n < 0) return 0;
    got[n] = '\0';
    return strcmp(got, want) == 0;
}

/* Renames a new link to target over name in dfd: a reader sees the old
 * entry or the link, never neither. */
static int put_link(int dfd, const char *target, const char *name)
{
    char tmp[sizeof LINK_PREFIX + 6];
    for (int attempt = 0; attempt < 100; attempt++) {
        char suffix[7];
        safefile_random_suffix(suffix);
        snprintf(tmp, sizeof tmp, "%s%s", LINK_PREFIX, suffix);
        if (symlinkat(target, dfd, tmp) == 0) break;
        if (errno != EEXIST || attempt == 99) return -1;
    }
    if (renameat(dfd, tmp, dfd, name) == 0) return 0;
    int e = errno;
    unlinkat(dfd, tmp, 0);
    errno = e;
    return -1;
}

/* DIR/name becomes the link brief-edition/name. */
static int link_to_edition(int dfd, const char *name)
{
    char target[TARGET_MAX];
    snprintf(target, sizeof target, "%s/%s", CURRENT, name);
    return put_link(dfd, target, name);
}

/* Copies file name of sdfd to a new file dname of ddfd, synced. */
static int copy_file(int sdfd, const char *name, int ddfd, const char *dname)
{
    int in = openat(sdfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (in < 0) return -1;
    int out = openat(ddfd, dname, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    int err = out < 0 ? errno : 0;
    char buf[65536];
    ssize_t r = 0;
    while (!err && (r = read(in, buf, sizeof buf)) != 0) {
        if (r < 0 && errno == EINTR) continue;
        if (r < 0 || safefile_write_all(out, buf, (size_t)r) != 0) err = errno;
    }
    close(in);
    if (out >= 0 && write_fd(out, "", 0) != 0 && !err) err = errno;
    if (err && out >= 0) unlinkat(ddfd, dname, 0);
    errno = err;
    return err ? -1 : 0;
}

/* The same file under a second name: a hard link (editions share their
 * unchanged files), else, where the file system has none, a copy. */
static int share_file(int sdfd, const char *name, int ddfd, const char *dname)
{
    if (linkat(sdfd, name, ddfd, dname, 0) == 0) return 0;
    if (errno == EEXIST || errno == ENOENT || errno == ENOSPC || errno == EDQUOT) return -1;
    return copy_file(sdfd, name, ddfd, dname);
}

/* Removes the edition or stage folder name of dfd and its files. */
static void remove_edition(int dfd, const char *name)
{
    int fd = open_dir_at(dfd, name);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        if (fd >= 0) close(fd);
        return;
    }
    for (struct dirent *de; (de = readdir(d)) != NULL;)
        if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
            unlinkat(fd, de->d_name, 0);
    closedir(d);
    unlinkat(dfd, name, AT_REMOVEDIR);
}

/* The current edition: brief-edition, if it is a link to one of our
 * edition folders (anything else there is not followed).  Its name in
 * name, its descriptor returned; -1 when there is none. */
static int current_edition(int dfd, char name[sizeof EDITION_PREFIX + 6])
{
    char got[TARGET_MAX];
    ssize_t n = readlinkat(dfd, CURRENT, got, sizeof got - 1);
    if (n < 0) return -1;
    got[n] = '\0';
    struct stat sb;
    if (!own_name(got, EDITION_PREFIX) || fstatat(dfd, got, &sb, AT_SYMLINK_NOFOLLOW) != 0 ||
        !S_ISDIR(sb.st_mode) || sb.st_uid != geteuid())
        return -1;
    memcpy(name, got, (size_t)n + 1);
    return open_dir_at(dfd, got);
}

typedef struct commit {
    brief_outdir *o;
    const char *prefix, *ext;
    int cfd;                            /* the current edition, or -1 */
    char cur[sizeof EDITION_PREFIX + 6];
    char next[sizeof EDITION_PREFIX + 6];
    int published;                      /* the stage is now next */
} commit;

/* A name the commit writes must be missing, a link or a plain file:
 * anything else (a folder, a device) refuses the commit before it starts. */
static int check_names(commit *c)
{
    brief_outdir *o = c->o;
    struct stat cb;
    /* the switch renames a link over brief-edition: not over a folder */
    if (fstatat(o->dfd, CURRENT, &cb, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISLNK(cb.st_mode) &&
        !S_ISREG(cb.st_mode)) {
        errno = S_ISDIR(cb.st_mode) ? EISDIR : EEXIST;
        o->failed = CURRENT;
        return -1;
    }
    for (size_t i = 0; i < o->n; i++) {
        struct stat sb;
        if (fstatat(o->dfd, o->e[i].name, &sb, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno == ENOENT) continue;
        } else if (S_ISLNK(sb.st_mode) || S_ISREG(sb.st_mode)) {
            continue;
        } else {
            errno = S_ISDIR(sb.st_mode) ? EISDIR : EEXIST;
        }
        o->failed = o->e[i].name;
        return -1;
    }
    return 0;
}

static int is_plain_file(int dfd, const char *name)
{
    struct stat sb;
    return fstatat(dfd, name, &sb, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(sb.st_mode);
}

/* Plain files at the names the commit writes go into the current edition
 * (made, and named by brief-edition, when there is none), then are
 * replaced by links to it: they read the same all along. */
static int adopt_plain_files(commit *c)
{
    brief_outdir *o = c->o;
    int made = 0;
    for (size_t i = 0; i < o->n; i++) {
        const char *name = o->e[i].name, *tmp = ".brief-adopt";
        if (!is_plain_file(o->dfd, name)) continue;
        if (c->cfd < 0) {
            if (make_unique_dir(o->dfd, o->dir, EDITION_PREFIX, c->cur, NULL) != 0 ||
                (c->cfd = open_dir_at(o->dfd, c->cur)) < 0)
                return -1;
            made = 1;
        }
        unlinkat(c->cfd, tmp, 0);
        if (share_file(o->dfd, name, c->cfd, tmp) != 0 ||
            renameat(c->cfd, tmp, c->cfd, name) != 0)
            return -1;
    }
    if (made && (safefile_sync_fd(c->cfd) != 0 || put_link(o->dfd, c->cur, CURRENT) != 0))
        return -1;
    for (size_t i = 0; i < o->n; i++)
        if (is_plain_file(o->dfd, o->e[i].name) && link_to_edition(o->dfd, o->e[i].name) != 0)
            return -1;
    return 0;
}

/* The current edition's files this run does not write, and that are not
 * stale story files, go on into the stage. */
static int carry_over(commit *c)
{
    if (c->cfd < 0) return 0;
    int fd = dup(c->cfd);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        if (fd >= 0) close(fd);
        return -1;
    }
    int r = 0;
    struct stat sb;
    for (struct dirent *de; r == 0 && (de = readdir(d)) != NULL;) {
        const char *name = de->d_name;
        if (name[0] == '.' || stale_name(name, c->prefix, c->ext)) continue;
        if (fstatat(c->o->sfd, name, &sb, AT_SYMLINK_NOFOLLOW) == 0) continue; /* written */
        if (fstatat(c->cfd, name, &sb, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(sb.st_mode))
            continue;
        r = share_file(c->cfd, name, c->o->sfd, name);
    }
    closedir(d);
    return r;
}

/* Each fsync of a new file costs a commit of the filesystem's journal: a
 * day of 10,000 stories spent seconds syncing its files one by one.  Past
 * a few dozen files one syncfs of the stage's filesystem is cheaper; below
 * that, each file's own fsync leaves the rest of the filesystem alone. */
#define SYNC_EACH_MAX 64

static int sync_stage_files(brief_outdir *o)
{
#ifdef __linux__
    if (o->n > SYNC_EACH_MAX) {
        if (syncfs(o->sfd) == 0) return 0;
        if (errno != ENOSYS) return -1;
    }
#endif
    for (size_t i = 0; i < o->n; i++) {
        int fd = openat(o->sfd, o->e[i].name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) return -1;
        int r = safefile_sync_fd(fd), e = errno;
        close(fd);
        errno = e;
        if (r != 0) return -1;
    }
    return 0;
}

/* The stage becomes an edition: renamed over a fresh empty folder, which
 * rename(2) replaces, so the name is one no other edition has. */
static int publish_stage(commit *c)
{
    brief_outdir *o = c->o;
    if (sync_stage_files(o) != 0 || safefile_sync_fd(o->sfd) != 0 ||
        make_unique_dir(o->dfd, o->dir, EDITION_PREFIX, c->next, NULL) != 0)
        return -1;
    if (renameat(o->dfd, o->stage, o->dfd, c->next) != 0) {
        int e = errno;
        unlinkat(o->dfd, c->next, AT_REMOVEDIR);
        errno = e;
        return -1;
    }
    c->published = 1;
    /* Its paths are gone with the stage's name: a signal now leaves a
     * whole edition, which the next commit removes. */
    for (size_t i = 0; i < o->n; i++) {
        safefile_untrack(o->e[i].tracked);
        o->e[i].tracked = NULL;
    }
    safefile_untrack(o->stage_tracked);
    o->stage_tracked = NULL;
    close(o->sfd);
    o->sfd = -1;
    return 0;
}

/* Each name written gets its link (dangling until the switch). */
static int link_names(commit *c)
{
    brief_outdir *o = c->o;
    for (size_t i = 0; i < o->n; i++) {
        entry *en = &o->e[i];
        if (is_our_link(o->dfd, en->name)) continue;
        struct stat sb;
        int missing = fstatat(o->dfd, en->name, &sb, AT_SYMLINK_NOFOLLOW) != 0;
        if (!missing && S_ISLNK(sb.st_mode)) {
            /* someone else's link: put back if the commit fails */
            char *was = malloc(PATH_MAX);
            ssize_t n = was ? readlinkat(o->dfd, en->name, was, PATH_MAX - 1) : -1;
            if (n < 0) {
                free(was);
                return -1;
            }
            was[n] = '\0';
            en->was_link = was;
        }
        if (link_to_edition(o->dfd, en->name) != 0) return -1;
        en->made_link = missing;
    }
    return 0;
}

/* After the switch: stale story names, other editions, and what killed
 * runs left.  Nothing here can make the commit fail. */
static void clean_up(commit *c)
{
    brief_outdir *o = c->o;
    int fd = dup(o->dfd);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        if (fd >= 0) close(fd);
        return;
    }
    int nfd = open_dir_at(o->dfd, c->next);
    time_t now = time(NULL);
    for (struct dirent *de; (de = readdir(d)) != NULL;) {
        const char *name = de->d_name;
        struct stat sb;
        if (fstatat(o->dfd, name, &sb, AT_SYMLINK_NOFOLLOW) != 0) continue;
        int mine = sb.st_uid == geteuid();
        if (stale_name(name, c->prefix, c->ext)) {
            struct stat nb;
            if ((S_ISLNK(sb.st_mode) || S_ISREG(sb.st_mode)) && nfd >= 0 &&
                fstatat(nfd, name, &nb, AT_SYMLINK_NOFOLLOW) != 0)
                unlinkat(o->dfd, name, 0);
        } else if (own_name(name, EDITION_PREFIX) && S_ISDIR(sb.st_mode) && mine) {
            if (strcmp(name, c->next) != 0 && strcmp(name, c->cur) != 0)
                remove_edition(o->dfd, name);
        } else if (own_name(name, STAGE_PREFIX) && S_ISDIR(sb.st_mode) && mine) {
            if (now - sb.st_mtime > SAFEFILE_STALE_SECONDS) remove_edition(o->dfd, name);
        } else if (own_name(name, LINK_PREFIX) && S_ISLNK(sb.st_mode)) {
            unlinkat(o->dfd, name, 0);
        }
    }
    if (nfd >= 0) close(nfd);
    closedir(d);
}

/* A commit that failed before the switch takes back what a reader could
 * tell: the links it made where there was nothing, and its edition. */
static void undo(commit *c)
{
    brief_outdir *o = c->o;
    int e = errno;
    for (size_t i = 0; i < o->n; i++) {
        if (!is_our_link(o->dfd, o->e[i].name)) continue;
        if (o->e[i].made_link) unlinkat(o->dfd, o->e[i].name, 0);
        else if (o->e[i].was_link) put_link(o->dfd, o->e[i].was_link, o->e[i].name);
    }
    if (c->published) remove_edition(o->dfd, c->next);
    errno = e;
}

brief_status brief_outdir_commit(brief_outdir *o, const char *prefix, const char *ext)
{
    if (!o || o->committed || o->sfd < 0) return BRIEF_EINVAL;
    o->failed = NULL;
    commit c = {o, prefix, ext, -1, "", "", 0};
    while (flock(o->dfd, LOCK_EX) != 0)
        if (errno != EINTR) return BRIEF_EIO;
    int ok = check_names(&c) == 0;
    if (ok) c.cfd = current_edition(o->dfd, c.cur);
    ok = ok && adopt_plain_files(&c) == 0 && carry_over(&c) == 0 && publish_stage(&c) == 0 &&
         link_names(&c) == 0 && safefile_sync_fd(o->dfd) == 0;
    if (ok && put_link(o->dfd, c.next, CURRENT) != 0) ok = 0;
    if (ok) {
        o->committed = 1;
        safefile_sync_fd(o->dfd); /* the switch reaches the disk */
        clean_up(&c);
    } else {
        undo(&c);
    }
    int e = errno;
    if (c.cfd >= 0) close(c.cfd);
    flock(o->dfd, LOCK_UN);
    errno = e;
    return ok ? BRIEF_OK : BRIEF_EIO;
}

const char *brief_outdir_failed(const brief_outdir *o)
{
    return o ? o->failed : NULL;
}

void brief_outdir_free(brief_outdir *o)
{
    if (!o) return;
    if (o->sfd >= 0) {
        close(o->sfd);
        o->sfd = -1;
        remove_edition(o->dfd, o->stage);
    }
    for (size_t i = 0; i < o->n; i++) {
        safefile_untrack(o->e[i].tracked);
        free(o->e[i].name);
        free(o->e[i].was_link);
    }
    safefile_untrack(o->stage_tracked);
    if (o->dfd >= 0) close(o->dfd);
    free(o->e);
    free(o->dir);
    free(o);
}
