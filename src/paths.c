/*
 * paths.c - brief_paths (brief.h): the input paths of a run, each folder
 * walked into its regular files, with a note for everything passed over.
 *
 * Every string (the paths, the notes) lives in one arena, freed at once.
 * A folder's entries are read whole with readdir and its folder closed
 * before any of them is looked at, so a deep walk holds one descriptor,
 * not one per level.  Each entry's full path is made once, in the arena:
 * when it names a regular file it is the path kept, uncopied.  Entries are
 * sorted by strcmp of their full paths, the same as of their names since
 * they share the folder's prefix: byte order whatever the caller's locale
 * (alphasort would follow LC_COLLATE).
 */
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "arena.h"

/* Folders nested deeper than this are not walked: the walk recurses, and
 * a deeper tree is more likely a mistake (or a trap) than a news archive. */
#define MAX_DEPTH 64

typedef struct path_glob {
    const char *pattern;
    int exclude;
} path_glob;

struct brief_paths {
    const brief_allocator *a;
    arena *ar;                  /* every path, note and both arrays */
    const char **paths;
    unsigned char *found;       /* found[i]: paths[i] came from a folder */
    size_t npaths, paths_cap, found_cap;
    brief_path_note *notes;
    size_t nnotes, notes_cap;
    path_glob *globs;           /* brief_paths_filter's patterns */
    size_t nglobs, globs_cap, nincludes;
};

/* The folders on the path of the walk, outermost first: a link back to
 * one of them would walk it forever. */
typedef struct walk {
    brief_paths *p;
    dev_t dev[MAX_DEPTH];
    ino_t ino[MAX_DEPTH];
    int depth;
    size_t top_len;   /* the folder given, and its '/', start every path */
} walk;

brief_status brief_paths_new(const brief_allocator *a, brief_paths **out)
{
    if (!out) return BRIEF_EINVAL;
    *out = NULL;
    if (!a) a = mem_default();
    brief_paths *p = mem_malloc(a, sizeof *p);
    if (!p) return BRIEF_ENOMEM;
    memset(p, 0, sizeof *p);
    p->a = a;
    if (!(p->ar = arena_new(a))) {
        mem_free(a, p);
        return BRIEF_ENOMEM;
    }
    *out = p;
    return BRIEF_OK;
}

void brief_paths_free(brief_paths *p)
{
    if (!p) return;
    arena_free(p->ar);
    mem_free(p->a, p);
}

size_t brief_paths_count(const brief_paths *p) { return p ? p->npaths : 0; }

const char *brief_paths_get(const brief_paths *p, size_t i)
{
    return p && i < p->npaths ? p->paths[i] : NULL;
}

size_t brief_paths_note_count(const brief_paths *p) { return p ? p->nnotes : 0; }

const brief_path_note *brief_paths_note(const brief_paths *p, size_t i)
{
    return p && i < p->nnotes ? &p->notes[i] : NULL;
}

int brief_paths_found(const brief_paths *p, size_t i)
{
    return p && i < p->npaths ? p->found[i] : 0;
}

/* path (already in the arena) kept as an input; found: from a folder. */
static brief_status keep(brief_paths *p, const char *path, int found)
{
    size_t n = p->npaths;
    if (!ARENA_PUSH(p->ar, p->found, n, p->found_cap)) return BRIEF_ENOMEM;
    if (!ARENA_PUSH(p->ar, p->paths, p->npaths, p->paths_cap)) return BRIEF_ENOMEM;
    p->paths[p->npaths - 1] = path;
    p->found[p->npaths - 1] = (unsigned char)(found != 0);
    return BRIEF_OK;
}

/* A note on path (in the arena): "path: <what><tail>". */
static brief_status note(brief_paths *p, const char *path, const char *what,
                         const char *tail, int skipped)
{
    size_t lw = strlen(what), lt = strlen(tail);
    char *text = arena_alloc(p->ar, lw + lt + 1);
    if (!text || !ARENA_PUSH(p->ar, p->notes, p->nnotes, p->notes_cap)) return BRIEF_ENOMEM;
    memcpy(text, what, lw);
    memcpy(text + lw, tail, lt + 1);
    p->notes[p->nnotes - 1] = (brief_path_note){.path = path, .text = text, .skipped = skipped};
    return BRIEF_OK;
}

static int by_bytes(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* The full paths of dir's entries that do not start with '.', sorted, into
 * *names (mem_malloc'ed; the strings are in the arena).  0, or an errno
 * value: ENOMEM when out of memory, else why the folder cannot be read. */
static int list(brief_paths *p, const char *dir, const char ***names, size_t *n)
{
    size_t dlen = strlen(dir), cap = 0;
    const char *sep = dir[dlen - 1] == '/' ? "" : "/";
    *names = NULL;
    *n = 0;
    DIR *d = opendir(dir);
    if (!d) return errno;
    int err = 0;
    for (;;) {
        errno = 0;
        struct dirent *e = readdir(d);
        if (!e) {
            err = errno;
            break;
        }
        if (e->d_name[0] == '.') continue;
        if (*n == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            const char **nv = ncap < SIZE_MAX / sizeof *nv ?
                mem_realloc(p->a, *names, ncap * sizeof *nv) : NULL;
            if (!nv) {
                err = ENOMEM;
                break;
            }
            *names = nv;
            cap = ncap;
        }
        size_t len = dlen + strlen(sep) + strlen(e->d_name);
        char *path = arena_alloc(p->ar, len + 1);
        if (!path) {
            err = ENOMEM;
            break;
        }
        snprintf(path, len + 1, "%s%s%s", dir, sep, e->d_name);
        (*names)[(*n)++] = path;
    }
    closedir(d);
    if (err) {
        mem_free(p->a, *names);
        *names = NULL;
        *n = 0;
        return err;
    }
    if (*n) qsort(*names, *n, sizeof **names, by_bytes);
    return 0;
}

static brief_status walk_folder(walk *w, const char *dir, const struct stat *sb);

brief_status brief_paths_filter(brief_paths *p, const char *pattern, int exclude)
{
    if (!p || !pattern || !*pattern) return BRIEF_EINVAL;
    const char *copy = arena_strdup(p->ar, pattern);
    if (!copy || !ARENA_PUSH(p->ar, p->globs, p->nglobs, p->globs_cap)) return BRIEF_ENOMEM;
    p->globs[p->nglobs - 1] = (path_glob){copy, exclude != 0};
    if (!exclude) p->nincludes++;
    return BRIEF_OK;
}

/* Whether pattern g matches the entry at path (rel: its path below the
 * folder given). */
static int glob_matches(const char *g, const char *path, const char *rel)
{
    if (strchr(g, '/')) return fnmatch(g, rel, FNM_PATHNAME) == 0;
    const char *slash = strrchr(path, '/');
    return fnmatch(g, slash ? slash + 1 : path, 0) == 0;
}

/* Whether a file's name says it is a project's or an archive's own
 * paperwork (README, LICENSE, COPYING, CHANGELOG, ...; any case, any
 * extension) rather than an article: a folder of saved articles often
 * carries one. */
static int paperwork_name(const char *path)
{
    static const char *const stems[] = {"readme", "license", "licence", "copying",
                                        "changelog", "changes", "authors", "contributing",
                                        "notice", "install"};
    const char *slash = strrchr(path, '/');
    const char *name = slash ? slash + 1 : path;
    size_t n = strcspn(name, ".");
    for (size_t i = 0; i < sizeof stems / sizeof stems[0]; i++) {
        size_t k = strlen(stems[i]);
        if (n != k) continue;
        size_t j = 0;
        while (j < k && (name[j] | 0x20) == stems[i][j]) j++;
        if (j == k) return 1;
    }
    return 0;
}

/* Whether the walk takes the entry at path: no exclude matches it and,
 * for a file when includes were given, one of them does. */
static int wanted(const walk *w, const char *path, int is_file)
{
    const brief_paths *p = w->p;
    const char *rel = strlen(path) > w->top_len ? path + w->top_len : path;
    int included = !is_file || p->nincludes == 0;
    for (size_t i = 0; i < p->nglobs; i++) {
        if (!glob_matches(p->globs[i].pattern, path, rel)) continue;
        if (p->globs[i].exclude) return 0;
        included = 1;
    }
    return included;
}

/* One entry of a folder: walked, kept, or noted and skipped. */
static brief_status walk_entry(walk *w, const char *path)
{
    struct stat sb;
    const char *why = "not a regular file";
    if (stat(path, &sb) != 0) {
        int e = errno;
        if (lstat(path, &sb) == 0 && S_ISLNK(sb.st_mode)) why = "broken or looping link";
        else if (e == ENOENT) return BRIEF_OK; /* removed since the folder was read */
        else why = e == ENAMETOOLONG ? "path too long" : strerror(e);
    } else if (S_ISDIR(sb.st_mode)) {
        return wanted(w, path, 0) ? walk_folder(w, path, &sb) : BRIEF_OK;
    } else if (S_ISREG(sb.st_mode)) {
        if (!wanted(w, path, 1)) return BRIEF_OK;
        /* Only when an include names it is such a file read. */
        if (paperwork_name(path) && w->p->nincludes == 0)
            return note(w->p, path, "not an article (by its name)", "; passed over", 0);
        return keep(w->p, path, 1);
    }
    return note(w->p, path, why, "; skipped", 1);
}

/* The entries of dir (in the arena; sb its stat) in the byte order of
 * their names.  A folder already on the walk's path (a link back up) is
 * passed over silently: its files are being walked already. */
static brief_status walk_folder(walk *w, const char *dir, const struct stat *sb)
{
    for (int i = 0; i < w->depth; i++)
        if (w->dev[i] == sb->st_dev && w->ino[i] == sb->st_ino) return BRIEF_OK;
    if (w->depth == MAX_DEPTH) return note(w->p, dir, "folders nested too deeply", "; skipped", 1);
    const char **names;
    size_t n;
    int err = list(w->p, dir, &names, &n);
    if (err == ENOMEM) return BRIEF_ENOMEM;
    if (err) return note(w->p, dir, "cannot open folder: ", strerror(err), 1);
    w->dev[w->depth] = sb->st_dev;
    w->ino[w->depth++] = sb->st_ino;
    brief_status st = BRIEF_OK;
    for (size_t i = 0; i < n && st == BRIEF_OK; i++) st = walk_entry(w, names[i]);
    w->depth--;
    mem_free(w->p->a, names);
    return st;
}

brief_status brief_paths_add(brief_paths *p, const char *path)
{
    if (!p || !path) return BRIEF_EINVAL;
    char *copy = arena_strdup(p->ar, path);
    if (!copy) return BRIEF_ENOMEM;
    struct stat sb;
    if (strcmp(path, "-") == 0 || stat(path, &sb) != 0 || !S_ISDIR(sb.st_mode))
        return keep(p, copy, 0);
    size_t top = strlen(copy);
    walk w = {.p = p, .depth = 0, .top_len = top && copy[top - 1] == '/' ? top : top + 1};
    size_t before = p->npaths;
    brief_status st = walk_folder(&w, copy, &sb);
    if (st == BRIEF_OK && p->npaths == before)
        st = note(p, copy, "no files in this folder", "", 0);
    return st;
}
