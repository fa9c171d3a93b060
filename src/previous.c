/*
 * previous.c - brief_previous (brief.h): what an earlier edition's JSON
 * reported.  The file is read with jansson; the texts it reported are
 * borrowed from jansson's tree, and the file names of all its stories are
 * gathered once into one sorted array, so telling a story's status costs
 * a binary search per document.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "arena.h"

struct brief_previous {
    const brief_allocator *a;
    json_t *root;           /* jansson's tree (its own allocator) */
    const char **seen;      /* texts reported, borrowed from root */
    size_t nseen, seen_cap;
    const char **files;     /* every story's files, sorted; from root */
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
    mem_free(p->a, p->seen);
    mem_free(p->a, p->files);
    p->root = NULL;
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

/* The texts of one story, in the order they have always been listed: key
 * points, quotes, then the lead; and its files. */
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
    json_array_foreach(json_object_get(story, "files"), i, v)
        if (!push(p->a, &p->files, &p->nfiles, &p->files_cap, json_string_value(v)))
            return 0;
    return 1;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static brief_status fail(brief_previous *p, brief_status s, const char *path,
                         const char *why)
{
    clear(p);
    snprintf(p->err, sizeof p->err, "%s: %s", path, why);
    return s;
}

brief_status brief_previous_load(brief_previous *p, const char *path)
{
    if (!p || !path) return BRIEF_EINVAL;
    clear(p);
    p->err[0] = '\0';
    json_error_t err;
    p->root = json_load_file(path, 0, &err);
    if (!p->root) {
        char why[256];
        snprintf(why, sizeof why, "cannot read an earlier brief: %s", err.text);
        return fail(p, json_error_code(&err) == json_error_cannot_open_file ? BRIEF_EIO
                                                                          : BRIEF_EFORMAT,
                    path, why);
    }
    json_t *stories = json_object_get(p->root, "stories");
    if (!json_is_array(stories))
        return fail(p, BRIEF_EFORMAT, path,
                    "not the JSON output of 'brief daily' (no \"stories\")");
    size_t i;
    json_t *story;
    json_array_foreach(stories, i, story)
        if (!gather_story(p, story)) return fail(p, BRIEF_ENOMEM, path, "out of memory");
    if (p->nfiles) qsort(p->files, p->nfiles, sizeof *p->files, by_name);
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
