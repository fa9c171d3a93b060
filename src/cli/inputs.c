/* inputs.c - gathering and loading input files; see inputs.h. */
#include "inputs.h"

#include <dirent.h>
#include <getopt.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "diag.h"

static int push_path(pathlist *l, const char *p)
{
    if (l->n == l->cap) {
        size_t ncap = l->cap ? l->cap * 2 : 16;
        char **nv = realloc(l->v, ncap * sizeof *nv);
        if (!nv) return -1;
        l->v = nv;
        l->cap = ncap;
    }
    if (!(l->v[l->n] = strdup(p))) return -1;
    l->n++;
    return 0;
}

void free_paths(pathlist *l)
{
    for (size_t i = 0; i < l->n; i++) free(l->v[i]);
    free(l->v);
    *l = (pathlist){0};
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The folders on the current path of the walk (a link back to one is a
 * loop). */
typedef struct visited {
    dev_t dev[64];
    ino_t ino[64];
    int n;
} visited;

/* The entries of dir, but hidden ones, as paths, sorted. */
static int list_dir(DIR *d, const char *dir, pathlist *names)
{
    struct dirent *e;
    size_t dlen = strlen(dir);
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        size_t len = dlen + strlen(e->d_name) + 2;
        char *p = malloc(len);
        if (!p) return -1;
        snprintf(p, len, "%s%s%s", dir, dir[dlen - 1] == '/' ? "" : "/", e->d_name);
        int r = push_path(names, p);
        free(p);
        if (r) return -1;
    }
    if (names->n) qsort(names->v, names->n, sizeof *names->v, cmp_str);
    return 0;
}

static int walk(const char *dir, pathlist *out, visited *seen, int *skipped);

/* One entry of a folder: walked, added, or reported and skipped. */
static int walk_entry(const char *path, pathlist *out, visited *seen, int *skipped)
{
    struct stat sb;
    if (stat(path, &sb) != 0) {
        if (lstat(path, &sb) == 0 && S_ISLNK(sb.st_mode)) {
            warn("%s: broken or looping link; skipped", shown(path));
            (*skipped)++;
        }
        return 0;
    }
    if (S_ISDIR(sb.st_mode)) return walk(path, out, seen, skipped);
    if (S_ISREG(sb.st_mode)) return push_path(out, path);
    warn("%s: not a regular file; skipped", shown(path));
    (*skipped)++;
    return 0;
}

static int walk(const char *dir, pathlist *out, visited *seen, int *skipped)
{
    struct stat sb;
    if (stat(dir, &sb) != 0) return 0;
    for (int i = 0; i < seen->n; i++)
        if (seen->dev[i] == sb.st_dev && seen->ino[i] == sb.st_ino) return 0;
    if (seen->n == 64) {
        warn("%s: folders nested too deeply; skipped", shown(dir));
        (*skipped)++;
        return 0;
    }
    DIR *d = opendir(dir);
    if (!d) {
        warn("%s: cannot open folder: %s", shown(dir), strerror(errno));
        (*skipped)++;
        return 0;
    }
    seen->dev[seen->n] = sb.st_dev;
    seen->ino[seen->n++] = sb.st_ino;
    pathlist names = {0};
    int rc = list_dir(d, dir, &names);
    closedir(d);
    for (size_t i = 0; rc == 0 && i < names.n; i++) rc = walk_entry(names.v[i], out, seen, skipped);
    seen->n--;
    free_paths(&names);
    return rc;
}

int gather(int argc, char **argv, pathlist *out, int *skipped)
{
    if (argc == 0) return push_path(out, "-");
    for (int i = 0; i < argc; i++) {
        struct stat sb;
        if (strcmp(argv[i], "-") != 0 && stat(argv[i], &sb) == 0 && S_ISDIR(sb.st_mode)) {
            visited seen = {.n = 0};
            size_t before = out->n;
            if (walk(argv[i], out, &seen, skipped) != 0) return -1;
            if (out->n == before) warn("%s: no files in this folder", shown(argv[i]));
        } else if (push_path(out, argv[i]) != 0) {
            return -1;
        }
    }
    return 0;
}

size_t load(brief_story *st, const pathlist *paths, size_t from, size_t to, int *skipped)
{
    size_t added = 0;
    for (size_t i = from; i < to; i++) {
        brief_status s = brief_story_add_file(st, paths->v[i]);
        if (s != BRIEF_OK) {
            msg("%s", shown(brief_story_errmsg(st)));
            (*skipped)++;
            if (s == BRIEF_ENOMEM) break;
            continue;
        }
        const brief_doc_info *info = brief_story_doc(st, brief_story_doc_count(st) - 1);
        const char *name = strcmp(paths->v[i], "-") == 0 ? "(stdin)" : shown(paths->v[i]);
        if (info->transcoded) warn("%s: not UTF-8; read as %s", name, info->encoding);
        if (info->repaired)
            warn("%s: replaced %zu invalid byte sequence%s with U+FFFD", name, info->repaired,
                 info->repaired == 1 ? "" : "s");
        added++;
    }
    return added;
}

int session_open(session *s, const char *cmd, int argc, char **argv, const char *no_paths)
{
    *s = (session){.ctx = NULL};
    int rc = parse_options(cmd, argc, argv, &s->o);
    if (rc >= 0) return rc;
    if (no_paths && optind >= argc) return usage_error("%s", no_paths);
    if ((rc = open_ctx(&s->o, &s->ctx)) != 0) return rc;
    s->argc = argc - optind;
    s->argv = argv + optind;
    if (brief_buffer_new(NULL, &s->out) != BRIEF_OK) {
        msg("out of memory");
        return session_close(s, EXIT_NOINPUT);
    }
    return -1;
}

int session_read(session *s)
{
    if (brief_story_new(s->ctx, &s->st) != BRIEF_OK ||
        gather(s->argc, s->argv, &s->paths, &s->skipped) != 0) {
        msg("out of memory");
        return EXIT_NOINPUT;
    }
    if (load(s->st, &s->paths, 0, s->paths.n, &s->skipped) == 0) {
        msg("no usable input");
        return EXIT_NOINPUT;
    }
    return 0;
}

int session_emit(session *s)
{
    return write_output(brief_buffer_data(s->out), brief_buffer_len(s->out));
}

int session_close(session *s, int rc)
{
    brief_buffer_free(s->out);
    free_paths(&s->paths);
    brief_story_free(s->st);
    brief_ctx_free(s->ctx);
    return rc;
}
