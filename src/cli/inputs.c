/* inputs.c - gathering and loading input files; see inputs.h. */
#include <dirent.h>
#include <getopt.h>
#include <sys/stat.h>

#include "commands.h"

static int push_path(pathlist *l, const char *p)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        char **nv = realloc(l->v, cap * sizeof *nv);
        if (!nv) return -1;
        l->v = nv;
        l->cap = cap;
    }
    if (!(l->v[l->n] = strdup(p))) return -1;
    l->n++;
    return 0;
}

static void free_paths(pathlist *l)
{
    for (size_t i = 0; i < l->n; i++) free(l->v[i]);
    free(l->v);
    *l = (pathlist){0};
}

/* The folders on the path of the walk: a link back to one is a loop. */
typedef struct visited { dev_t dev[64]; ino_t ino[64]; int n; } visited;

static int walk(const char *dir, pathlist *out, visited *seen, int *skipped);

/* One entry of a folder: walked, added, or reported and skipped. */
static int walk_entry(const char *path, pathlist *out, visited *seen, int *skipped)
{
    struct stat sb;
    const char *why = "not a regular file";
    if (stat(path, &sb) != 0) {
        int e = errno;
        if (lstat(path, &sb) == 0 && S_ISLNK(sb.st_mode)) why = "broken or looping link";
        else if (e == ENOENT) return 0; /* removed since the folder was read */
        else why = e == ENAMETOOLONG ? "path too long" : strerror(e);
    } else if (S_ISDIR(sb.st_mode)) {
        return walk(path, out, seen, skipped);
    } else if (S_ISREG(sb.st_mode)) {
        return push_path(out, path);
    }
    warn("%s: %s; skipped", shown(path), why);
    (*skipped)++;
    return 0;
}

static int visible(const struct dirent *e) { return e->d_name[0] != '.'; }

/* The entries of dir in the byte order of their names (alphasort in the C
 * locale: the command never sets one). */
static int walk(const char *dir, pathlist *out, visited *seen, int *skipped)
{
    struct stat sb;
    struct dirent **names = NULL;
    if (stat(dir, &sb) != 0) return 0;
    for (int i = 0; i < seen->n; i++)
        if (seen->dev[i] == sb.st_dev && seen->ino[i] == sb.st_ino) return 0;
    int n = seen->n == 64 ? -1 : scandir(dir, &names, visible, alphasort), rc = 0;
    if (n < 0) {
        if (seen->n == 64) warn("%s: folders nested too deeply; skipped", shown(dir));
        else warn("%s: cannot open folder: %s", shown(dir), strerror(errno));
        (*skipped)++;
        return 0;
    }
    seen->dev[seen->n] = sb.st_dev;
    seen->ino[seen->n++] = sb.st_ino;
    size_t dlen = strlen(dir);
    for (int i = 0; i < n; i++) {
        char *p = rc ? NULL : malloc(dlen + strlen(names[i]->d_name) + 2);
        if (p) sprintf(p, "%s%s%s", dir, dir[dlen - 1] == '/' ? "" : "/", names[i]->d_name);
        if (!rc) rc = p ? walk_entry(p, out, seen, skipped) : -1;
        free(p);
        free(names[i]);
    }
    free(names);
    seen->n--;
    return rc;
}

int gather(session *s)
{
    int rc = s->argc == 0 ? push_path(&s->paths, "-") : 0;
    for (int i = 0; i < s->argc && rc == 0; i++) {
        const char *path = s->argv[i];
        struct stat sb;
        visited seen = {.n = 0};
        size_t before = s->paths.n;
        if (strcmp(path, "-") == 0 || stat(path, &sb) != 0 || !S_ISDIR(sb.st_mode))
            rc = push_path(&s->paths, path);
        else if ((rc = walk(path, &s->paths, &seen, &s->skipped)) == 0 && s->paths.n == before)
            warn("%s: no files in this folder", shown(path));
    }
    return rc ? fail(EXIT_NOINPUT, "out of memory") : 0;
}

/* Adds one file to the story: 1, or 0 when it cannot be used (reported
 * and counted in *skipped), -1 when out of memory. */
static int load(brief_story *st, const char *path, int *skipped)
{
    brief_status s = brief_story_add_file(st, path);
    if (s != BRIEF_OK) {
        msg("%s", shown(brief_story_errmsg(st)));
        (*skipped)++;
        return s == BRIEF_ENOMEM ? -1 : 0;
    }
    const brief_doc_info *info = brief_story_doc(st, brief_story_doc_count(st) - 1);
    const char *name = strcmp(path, "-") == 0 ? "(stdin)" : shown(path);
    if (info->transcoded) warn("%s: not UTF-8; read as %s", name, info->encoding);
    if (info->repaired)
        warn("%s: replaced %zu invalid byte sequence%s with U+FFFD", name, info->repaired,
             info->repaired == 1 ? "" : "s");
    if (info->controls)
        warn("%s: removed %zu control character%s", name, info->controls,
             info->controls == 1 ? "" : "s");
    return 1;
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
    if (brief_buffer_new(NULL, &s->out) == BRIEF_OK) return -1;
    return session_close(s, fail(EXIT_NOINPUT, "out of memory"));
}

int session_read(session *s, const char *label)
{
    if (brief_story_new(s->ctx, &s->st) != BRIEF_OK) return fail(EXIT_NOINPUT, "out of memory");
    if (gather(s)) return EXIT_NOINPUT;
    for (size_t i = 0, n = s->paths.n; i < n; i++) {
        int r = load(s->st, s->paths.v[i], &s->skipped);
        if (r < 0) break;
        s->added += (size_t)r;
        if (label && (i % 64 == 63 || i + 1 == n)) progress(label, i + 1, n);
    }
    return s->added ? 0 : fail(EXIT_NOINPUT, "no usable input");
}

int session_close(session *s, int rc)
{
    brief_buffer_free(s->out);
    free_paths(&s->paths);
    brief_story_free(s->st);
    brief_ctx_free(s->ctx);
    return rc;
}

int story_failed(session *s, brief_status st)
{
    return st == BRIEF_OK ? 0 : fail(EXIT_NOINPUT, "%s", shown(brief_story_errmsg(s->st)));
}

int run_on_story(const char *cmd, int argc, char **argv, int (*render)(session *s))
{
    session s;
    int rc = session_open(&s, cmd, argc, argv, NULL);
    if (rc >= 0) return rc;
    if (s.o.jsonl) rc = run_jsonl(&s, strcmp(cmd, "story") == 0);
    else if ((rc = session_read(&s, NULL)) == 0 && (rc = render(&s)) == 0)
        rc = write_output(brief_buffer_data(s.out), brief_buffer_len(s.out));
    return session_close(&s, rc);
}
