/*
 * previous.c - brief_previous (brief.h): what an earlier edition's JSON
 * reported.  The file is read with jansson; the texts it reported are
 * borrowed from jansson's tree and sorted once, so that every story of the
 * day searches them as they are (brief_compose_options.seen_sorted), and
 * the file names of all its stories are gathered once into one sorted
 * array, so telling a story's status costs a binary search per document.
 * A name that the edition could not write exactly ("files_bytes") is
 * decoded back to its bytes, so it compares equal to today's name.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "arena.h"
#include "json_write.h"

struct brief_previous {
    const brief_allocator *a;
    json_t *root;           /* jansson's tree (its own allocator) */
    arena *names;           /* file names decoded from "files_bytes" */
    const char **seen;      /* texts reported, sorted, each once; from root */
    size_t nseen, seen_cap;
    const char **files;     /* every story's files, sorted; from root or names */
    size_t nfiles, files_cap;
    char err[1024];
};

brief_status brief_previous_new(const brief_allocator *a, brief_previous **out)
{
    if (!out) return BRIEF_EINVAL;
    *out = NULL;
    if (!a) a = mem_default();
    brief_previous *p = mem_malloc(a, sizeof *p);
    if (!p) return BRIEF_ENOMEM;
    memset(p, 0, sizeof *p);
    p->a = a;
    *out = p;
    return BRIEF_OK;
}

static void clear(brief_previous *p)
{
    json_decref(p->root);
    arena_free(p->names);
    mem_free(p->a, p->seen);
    mem_free(p->a, p->files);
    p->root = NULL;
    p->names = NULL;
    p->seen = p->files = NULL;
    p->nseen = p->seen_cap = p->nfiles = p->files_cap = 0;
}

void brief_previous_free(brief_previous *p)
{
    if (!p) return;
    clear(p);
    mem_free(p->a, p);
}

/* Appends s (when it is a string) to (*v)[0..*n); 0 when out of memory. */
static int push(const brief_allocator *a, const char ***v, size_t *n, size_t *cap,
                const char *s)
{
    if (!s) return 1;
    if (*n == *cap) {
        size_t ncap = *cap ? *cap * 2 : 64;
        if (ncap > SIZE_MAX / sizeof **v) return 0;
        const char **nv = mem_realloc(a, *v, ncap * sizeof *nv);
        if (!nv) return 0;
        *v = nv;
        *cap = ncap;
    }
    (*v)[(*n)++] = s;
    return 1;
}

/* File name i of a story: the exact form in "files_bytes" when there is
 * one for every name and it decodes, else the name in "files".  NULL when
 * there is none, or out of memory (*oom set). */
static const char *file_name(brief_previous *p, json_t *files, json_t *exact, size_t i,
                             int *oom)
{
    const char *name = json_string_value(json_array_get(files, i));
    const char *bytes = json_array_size(exact) == json_array_size(files)
                            ? json_string_value(json_array_get(exact, i)) : NULL;
    if (!bytes) return name;
    if (!p->names && !(p->names = arena_new(p->a))) {
        *oom = 1;
        return NULL;
    }
    char *out = arena_alloc(p->names, strlen(bytes) + 1);
    if (!out) {
        *oom = 1;
        return NULL;
    }
    return jw_bytes_decode(bytes, out) != SIZE_MAX ? out : name;
}

/* The texts of one story (key points, quotes, the lead) and its files. */
static int gather_story(brief_previous *p, json_t *story)
{
    const char *const lists[] = {"key_points", "quotes"};
    size_t i;
    json_t *v;
    for (int k = 0; k < 2; k++)
        json_array_foreach(json_object_get(story, lists[k]), i, v)
            if (!push(p->a, &p->seen, &p->nseen, &p->seen_cap,
                      json_string_value(json_object_get(v, "text"))))
                return 0;
    if (!push(p->a, &p->seen, &p->nseen, &p->seen_cap,
              json_string_value(json_object_get(story, "lead"))))
        return 0;
    json_t *files = json_object_get(story, "files"), *exact = json_object_get(story, "files_bytes");
    int oom = 0;
    for (i = 0; i < json_array_size(files); i++) {
        const char *name = file_name(p, files, exact, i, &oom);
        if (oom || !push(p->a, &p->files, &p->nfiles, &p->files_cap, name)) return 0;
    }
    return 1;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* v[0..n) sorted by strcmp, each string once; the new count. */
static size_t sort_unique(const char **v, size_t n)
{
    if (n < 2) return n;
    qsort(v, n, sizeof *v, by_name);
    size_t m = 1;
    for (size_t i = 1; i < n; i++)
        if (strcmp(v[i], v[m - 1]) != 0) v[m++] = v[i];
    return m;
}

static brief_status fail(brief_previous *p, brief_status s, const char *path,
                         const char *why)
{
    clear(p);
    snprintf(p->err, sizeof p->err, "%s: %s", path, why);
    return s;
}

/* The JSON at path, read only from a regular file: a FIFO or a device
 * could block the run forever or never end, so the file is opened without
 * waiting and checked before anything is read from it. */
static brief_status read_json(brief_previous *p, const char *path)
{
    char why[320];
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        snprintf(why, sizeof why, "cannot read an earlier brief: %s", strerror(errno));
        if (fd >= 0) close(fd);
        return fail(p, BRIEF_EIO, path, why);
    }
    if (!S_ISREG(st.st_mode)) {
        close(fd);
        return fail(p, BRIEF_EIO, path, "cannot read an earlier brief: not a regular file");
    }
    /* The same bound as one input document: jansson holds the whole tree,
     * several times the file's size. */
    if ((uintmax_t)st.st_size > (uintmax_t)BRIEF_MAX_INPUT_BYTES) {
        close(fd);
        return fail(p, BRIEF_ELIMIT, path, "cannot read an earlier brief: larger than 512 MiB");
    }
    /* Through stdio: jansson reads a bare descriptor a byte per call. */
    FILE *in = fdopen(fd, "r");
    if (!in) {
        close(fd);
        return fail(p, BRIEF_ENOMEM, path, "out of memory");
    }
    json_error_t err;
    p->root = json_loadf(in, 0, &err);
    fclose(in);
    if (p->root) return BRIEF_OK;
    snprintf(why, sizeof why, "cannot read an earlier brief: %s (line %d)", err.text, err.line);
    return fail(p, BRIEF_EFORMAT, path, why);
}

brief_status brief_previous_load(brief_previous *p, const char *path)
{
    if (!p || !path) return BRIEF_EINVAL;
    clear(p);
    p->err[0] = '\0';
    brief_status s = read_json(p, path);
    if (s != BRIEF_OK) return s;
    json_t *stories = json_object_get(p->root, "stories");
    if (!json_is_array(stories))
        return fail(p, BRIEF_EFORMAT, path,
                    "not the JSON output of 'brief daily' (no \"stories\")");
    size_t i;
    json_t *story;
    json_array_foreach(stories, i, story)
        if (!gather_story(p, story)) return fail(p, BRIEF_ENOMEM, path, "out of memory");
    p->nseen = sort_unique(p->seen, p->nseen);
    p->nfiles = sort_unique(p->files, p->nfiles);
    return BRIEF_OK;
}

const char *brief_previous_errmsg(const brief_previous *p) { return p ? p->err : ""; }

void brief_previous_seen(const brief_previous *p, const char *const **seen, size_t *count)
{
    if (seen) *seen = p ? p->seen : NULL;
    if (count) *count = p ? p->nseen : 0;
}

const char *brief_previous_status(const brief_previous *p, const brief_story *story,
                                  const size_t *docs, size_t ndocs, const brief_digest *d)
{
    if (!p || !story || (!docs && ndocs) || !d) return NULL;
    for (size_t k = 0; k < ndocs && p->nfiles; k++) {
        const brief_doc_info *info = brief_story_doc(story, docs[k]);
        if (info && bsearch(&info->name, p->files, p->nfiles, sizeof *p->files, by_name))
            return d->npoints || d->nquotes ? "updated" : "unchanged";
    }
    return "new";
}
