/*
 * fuzz_outdir.c - libFuzzer target for the output folders
 * (brief_outdir_open/add/commit/free, include/brief.h).
 *
 * Each input is a small program run on a fresh folder ROOT (mkdtemp under
 * $TMPDIR, removed after the run) holding the output folder ROOT/out and,
 * outside it, a file ROOT/victim and an empty folder ROOT/vdir.  Byte 0:
 * whether out exists beforehand (bit 0), whether the folder is named with
 * a trailing '/' (bit 1).  Then up to MAX_OPS operations, one byte each
 * (mod NOPS) and its arguments:
 *   ADD n L bytes       add a file named NAMES[n], L bytes of content
 *   ADD_RAW k name L .. add a file whose name is k & 31 bytes of the input
 *   PLANT_DIR n         a folder at out/NAMES[n]
 *   PLANT_LINK n        a symbolic link out/NAMES[n] -> ROOT/victim
 *   PLANT_DIRLINK n     a symbolic link out/NAMES[n] -> ROOT/vdir
 *   PLANT_FILE n L ..   a file out/NAMES[n] (a stale story-NNN, an index)
 *   PLANT_CURRENT       a symbolic link out/brief-edition -> ROOT/vdir,
 *                       in place of the one naming the current edition
 *   COMMIT e            commit with "story-" and EXTS[e] (or no prefix),
 *                       then free
 *   FREE                free without a commit
 * An add opens the folder when none is open; the last one open is freed at
 * the end.  Names holding ".tmp" are not used, as brief's temporaries
 * are told by it.
 *
 * What a reader sees is the folder's names read through open(2), links
 * followed; entries starting with '.' and the folder's own names
 * (brief-edition, brief-edition-*, brief-stage-*, brief-link-*) are not
 * looked at, nor, while a folder is open, names holding
 * ".tmp".  Checked, with abort() after a message on standard error:
 *   - a name that is empty, ".", "..", holds '/', starts with '.' or is
 *     one of the folder's own is refused with BRIEF_EINVAL;
 *   - open, add, free and a failed commit change nothing a reader sees;
 *   - after a commit that succeeds, every file added reads back with
 *     exactly its bytes (the last ones given for a name), the stale
 *     story-<digits>.EXT files not added are gone (but for folders), and
 *     every other name is as it was;
 *   - ROOT/victim keeps its bytes, ROOT/vdir stays empty, and nothing
 *     else appears beside out;
 *   - after free, no name holding ".tmp" is left in the folder, nor a
 *     stage (brief-stage-*) or a link being made (brief-link-*), and at
 *     most two editions (brief-edition-*: the current and the previous).
 * See docs/fuzzing.md.
 */
#define _XOPEN_SOURCE 700 /* nftw */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "brief.h"

#define MAX_OPS 24
#define MAX_FILE 4096

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const NAMES[] = {
    "index.json", "index.txt", "story-001.json", "story-002.json", "story-003.json",
    "story-010.json", "story-001.txt", "story-1.json", "story-.json", "story-001.json.bak",
    "notes.txt", "index.html", ".", "..", ".hidden", "a/b", "brief-edition",
};
#define NNAMES (sizeof NAMES / sizeof NAMES[0])
static const char *const EXTS[] = {"json", "txt", "md", "html", NULL};
#define NEXTS (sizeof EXTS / sizeof EXTS[0])
static const char VICTIM[] = "outside the folder: never written\n";

enum { OP_ADD, OP_ADD_RAW, OP_PLANT_DIR, OP_PLANT_LINK, OP_PLANT_DIRLINK, OP_PLANT_FILE,
       OP_COMMIT, OP_FREE, OP_PLANT_CURRENT, NOPS };

enum kind { K_FILE, K_DIR, K_MISSING, K_OTHER };

typedef struct item {
    char *name;
    enum kind kind;
    char *bytes;
    size_t len;
} item;

/* A list of named contents: what a reader sees, or what was added. */
typedef struct list {
    item *v;
    size_t n, cap;
} list;

/* The input, read from the front. */
typedef struct reader {
    const uint8_t *p;
    size_t n;
} reader;

static char root[4096], out[4200], victim[4200], vdir[4200];

static int remove_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb, (void)flag, (void)ftw;
    remove(path);
    return 0;
}

/* Says why, lists what the folder holds, removes ROOT and aborts. */
static void fail(const char *why, const char *name)
{
    fprintf(stderr, "fuzz_outdir: %s%s%s\n", why, name ? ": " : "", name ? name : "");
    DIR *d = opendir(out);
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL) fprintf(stderr, "  out/%s\n", e->d_name);
    if (d) closedir(d);
    if (*root) nftw(root, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    abort();
}

static int byte(reader *r)
{
    if (!r->n) return -1;
    r->n--;
    return *r->p++;
}

/* Up to max bytes of the input, their count in *len. */
static const char *take(reader *r, size_t max, size_t *len)
{
    *len = max < r->n ? max : r->n;
    const char *s = (const char *)r->p;
    r->p += *len, r->n -= *len;
    return s;
}

static void list_free(list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->v[i].name);
        free(l->v[i].bytes);
    }
    free(l->v);
    memset(l, 0, sizeof *l);
}

static item *list_find(const list *l, const char *name)
{
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->v[i].name, name) == 0) return &l->v[i];
    return NULL;
}

/* Sets name's entry (the last one given wins). */
static void list_put(list *l, const char *name, enum kind k, const char *bytes, size_t len)
{
    item *it = list_find(l, name);
    if (!it) {
        if (l->n == l->cap) {
            l->cap = l->cap ? l->cap * 2 : 16;
            l->v = realloc(l->v, l->cap * sizeof *l->v);
            if (!l->v) fail("out of memory", NULL);
        }
        it = &l->v[l->n++];
        it->name = strdup(name);
        if (!it->name) fail("out of memory", NULL);
    } else {
        free(it->bytes);
    }
    it->kind = k;
    it->len = len;
    it->bytes = malloc(len ? len : 1);
    if (!it->bytes) fail("out of memory", NULL);
    if (len) memcpy(it->bytes, bytes, len);
}

/* The whole file at path, following links; K_FILE, or what it is. */
static enum kind read_path(const char *path, char **bytes, size_t *len)
{
    *bytes = NULL, *len = 0;
    struct stat sb;
    /* a link that leads nowhere, through a missing name or through a file
     * taken for a folder: either way nothing a reader can open */
    if (stat(path, &sb) != 0) return errno == ENOENT || errno == ENOTDIR ? K_MISSING : K_OTHER;
    if (S_ISDIR(sb.st_mode)) return K_DIR;
    if (!S_ISREG(sb.st_mode)) return K_OTHER;
    int fd = open(path, O_RDONLY);
    if (fd < 0) fail("cannot open", path);
    char *b = malloc(MAX_FILE + 1);
    if (!b) fail("out of memory", NULL);
    size_t n = 0;
    ssize_t r;
    while (n <= MAX_FILE && (r = read(fd, b + n, MAX_FILE + 1 - n)) > 0) n += (size_t)r;
    close(fd);
    *bytes = b, *len = n;
    return K_FILE;
}

static char *join(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    if (!p) fail("out of memory", NULL);
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

/* The output folder's own names, not files of the edition. */
static int own_name(const char *n)
{
    return strcmp(n, "brief-edition") == 0 || strncmp(n, "brief-edition-", 14) == 0 ||
           strncmp(n, "brief-stage-", 12) == 0 || strncmp(n, "brief-link-", 11) == 0;
}

/* What a reader of the folder sees; names holding ".tmp" are left out
 * when skip_tmp (while a folder is open, its temporaries may show). */
static void look(list *l, int skip_tmp)
{
    list_free(l);
    DIR *d = opendir(out);
    if (!d) return; /* not there yet: nothing to see */
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.' || own_name(e->d_name) || (skip_tmp && strstr(e->d_name, ".tmp")))
            continue;
        char *p = join(out, e->d_name), *bytes;
        size_t len;
        enum kind k = read_path(p, &bytes, &len);
        list_put(l, e->d_name, k, bytes, len);
        free(bytes);
        free(p);
    }
    closedir(d);
}

static int same_item(const item *a, const item *b)
{
    return a->kind == b->kind && a->len == b->len && memcmp(a->bytes, b->bytes, a->len) == 0;
}

/* The folder as a reader sees it is still `was`. */
static void unchanged(const list *was, int skip_tmp, const char *after)
{
    list now = {0};
    look(&now, skip_tmp);
    for (size_t i = 0; i < was->n; i++) {
        item *it = list_find(&now, was->v[i].name);
        if (!it) fail(after, was->v[i].name);
        if (!same_item(it, &was->v[i])) fail(after, was->v[i].name);
    }
    for (size_t i = 0; i < now.n; i++)
        if (!list_find(was, now.v[i].name)) fail(after, now.v[i].name);
    list_free(&now);
}

/* PREFIX<digits>.EXT, as brief_outdir_commit tells a stale file. */
static int stale_name(const char *name, const char *prefix, const char *ext)
{
    size_t pl = strlen(prefix), el = strlen(ext), nl = strlen(name);
    if (nl <= pl + el + 1 || strncmp(name, prefix, pl) != 0) return 0;
    if (name[nl - el - 1] != '.' || strcmp(name + nl - el, ext) != 0) return 0;
    for (size_t i = pl; i < nl - el - 1; i++)
        if (name[i] < '0' || name[i] > '9') return 0;
    return 1;
}

/* After a commit that succeeded: `was` (seen before) with `added` put in
 * and the stale files gone. */
static void committed(const list *was, const list *added, const char *ext)
{
    list now = {0};
    look(&now, 1);
    for (size_t i = 0; i < added->n; i++) {
        item *it = list_find(&now, added->v[i].name);
        if (!it || !same_item(it, &added->v[i])) fail("an added file does not read back",
                                                      added->v[i].name);
    }
    for (size_t i = 0; i < was->n; i++) {
        const item *w = &was->v[i];
        if (list_find(added, w->name)) continue;
        item *it = list_find(&now, w->name);
        if (ext && stale_name(w->name, "story-", ext)) {
            if (it && w->kind != K_DIR) fail("a stale file was kept", w->name);
        } else if (!it || !same_item(it, w)) {
            fail("a file the commit had not to touch changed", w->name);
        }
    }
    for (size_t i = 0; i < now.n; i++)
        if (!list_find(was, now.v[i].name) && !list_find(added, now.v[i].name))
            fail("the commit made a name it was not given", now.v[i].name);
    list_free(&now);
}

/* ROOT holds out, victim and vdir only, as they were. */
static void outside_untouched(void)
{
    char *bytes;
    size_t len;
    if (read_path(victim, &bytes, &len) != K_FILE || len != sizeof VICTIM - 1 ||
        memcmp(bytes, VICTIM, len) != 0)
        fail("the file outside the folder was changed", victim);
    free(bytes);
    DIR *d = opendir(root);
    if (!d) fail("cannot read", root);
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (e->d_name[0] != '.' && strcmp(e->d_name, "out") != 0 &&
            strcmp(e->d_name, "victim") != 0 && strcmp(e->d_name, "vdir") != 0)
            fail("a name appeared outside the folder", e->d_name);
    closedir(d);
    d = opendir(vdir);
    if (!d) fail("cannot read", vdir);
    while ((e = readdir(d)) != NULL)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            fail("a name appeared in the folder outside", e->d_name);
    closedir(d);
}

static void no_temporaries(void)
{
    DIR *d = opendir(out);
    if (!d) return;
    struct dirent *e;
    int editions = 0;
    while ((e = readdir(d)) != NULL) {
        const char *n = e->d_name;
        if (n[0] != '.' && strstr(n, ".tmp")) fail("a temporary was left after free", n);
        if (strncmp(n, "brief-stage-", 12) == 0) fail("a stage was left after free", n);
        if (strncmp(n, "brief-link-", 11) == 0) fail("a link being made was left", n);
        editions += strncmp(n, "brief-edition-", 14) == 0;
    }
    closedir(d);
    if (editions > 2) fail("more than two editions were kept", NULL);
}

static int bad_name(const char *name)
{
    return !*name || name[0] == '.' || strchr(name, '/') || own_name(name);
}

static int make_root(int make_out)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(root, sizeof root, "%s/fuzz_outdir.XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(root)) return -1;
    snprintf(out, sizeof out, "%s/out", root);
    snprintf(victim, sizeof victim, "%s/victim", root);
    snprintf(vdir, sizeof vdir, "%s/vdir", root);
    FILE *f = fopen(victim, "wb");
    if (!f) return -1;
    fputs(VICTIM, f);
    if (fclose(f) != 0 || mkdir(vdir, 0777) != 0) return -1;
    return make_out && mkdir(out, 0777) != 0 ? -1 : 0;
}

/* One operation that plants something in the folder by hand. */
static void plant(int op, reader *r)
{
    if (op == OP_PLANT_CURRENT) {
        char *p = join(out, "brief-edition");
        mkdir(out, 0777);
        unlink(p);
        (void)symlink(vdir, p);
        free(p);
        return;
    }
    int n = byte(r);
    if (n < 0) return;
    char *p = join(out, NAMES[(size_t)n % NNAMES]);
    mkdir(out, 0777);
    if (op == OP_PLANT_DIR) {
        mkdir(p, 0777);
    } else if (op == OP_PLANT_LINK || op == OP_PLANT_DIRLINK) {
        if (symlink(op == OP_PLANT_LINK ? victim : vdir, p) != 0 && errno == EEXIST) {
            /* Put the link in place of a file; a folder stays. */
            if (unlink(p) == 0) (void)symlink(op == OP_PLANT_LINK ? victim : vdir, p);
        }
    } else {
        int l = byte(r);
        size_t len;
        const char *bytes = take(r, l < 0 ? 0 : (size_t)l, &len);
        struct stat sb;
        /* Not through a link that points outside: that would be the
         * target writing there, not brief. */
        if (lstat(p, &sb) != 0 || S_ISREG(sb.st_mode)) {
            FILE *f = fopen(p, "wb");
            if (f) {
                if (len) fwrite(bytes, 1, len, f);
                fclose(f);
            }
        }
    }
    free(p);
}

typedef struct run {
    brief_outdir *o;
    const char *dir;
    list seen, added;
} run;

static void close_dir(run *s)
{
    if (!s->o) return;
    brief_outdir_free(s->o);
    s->o = NULL;
    no_temporaries();
    unchanged(&s->seen, 0, "free changed the folder");
    list_free(&s->added);
}

static void add(run *s, const char *name, reader *r)
{
    int l = byte(r);
    size_t len;
    const char *bytes = take(r, l < 0 ? 0 : (size_t)l, &len);
    if (strstr(name, ".tmp")) return;
    if (!s->o) {
        brief_status st = brief_outdir_open(s->dir, &s->o);
        if (st != BRIEF_OK) {
            s->o = NULL;
            if (st == BRIEF_ENOMEM) return;
            fail("cannot open the folder", s->dir);
        }
        unchanged(&s->seen, 1, "open changed the folder");
    }
    brief_status st = brief_outdir_add(s->o, name, bytes, len);
    if (bad_name(name) && st != BRIEF_EINVAL) fail("a bad name was not refused", name);
    if (st == BRIEF_OK) list_put(&s->added, name, K_FILE, bytes, len);
    unchanged(&s->seen, 1, "add changed the folder");
}

static void commit(run *s, reader *r)
{
    int e = byte(r);
    const char *ext = EXTS[(size_t)(e < 0 ? 0 : e) % NEXTS];
    if (!s->o) return;
    brief_status st = brief_outdir_commit(s->o, ext ? "story-" : NULL, ext);
    if (st == BRIEF_OK) {
        committed(&s->seen, &s->added, ext);
        look(&s->seen, 1);
    } else {
        unchanged(&s->seen, 1, "a failed commit changed the folder");
    }
    close_dir(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    reader r = {data + 1, size - 1};
    if (make_root(data[0] & 1) != 0) fail("cannot make the folders", root);
    char dir[4300];
    snprintf(dir, sizeof dir, "%s%s", out, data[0] & 2 ? "/" : "");
    run s = {.dir = dir};
    look(&s.seen, 1);
    for (int i = 0; i < MAX_OPS && r.n; i++) {
        int op = byte(&r) % NOPS;
        if (op == OP_ADD) {
            int n = byte(&r);
            add(&s, NAMES[(size_t)(n < 0 ? 0 : n) % NNAMES], &r);
        } else if (op == OP_ADD_RAW) {
            int k = byte(&r);
            size_t len;
            const char *raw = take(&r, (size_t)(k < 0 ? 0 : k & 31), &len);
            char name[32];
            memcpy(name, raw, len);
            name[len] = '\0';
            add(&s, name, &r);
        } else if (op == OP_COMMIT) {
            commit(&s, &r);
        } else if (op == OP_FREE) {
            close_dir(&s);
        } else {
            plant(op, &r);
            look(&s.seen, s.o != NULL);
        }
        outside_untouched();
    }
    close_dir(&s);
    outside_untouched();
    list_free(&s.seen);
    list_free(&s.added);
    nftw(root, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    return 0;
}
