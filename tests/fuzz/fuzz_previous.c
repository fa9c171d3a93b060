/*
 * fuzz_previous.c - libFuzzer target for an earlier edition's JSON
 * (brief_previous_load, include/brief.h), through the public API only.
 *
 * The input is the file's bytes: written to one temporary file per process
 * (brief_previous_load takes a path), then loaded.  When the load succeeds,
 * its "seen" texts are handed to brief_story_compose_docs as the texts
 * already reported, over a story of fixed text whose documents are named
 * after the first "files" of the input's stories (and one name the input
 * does not hold); brief_previous_status is asked of each document alone
 * and of all of them.  Checked, with abort():
 *   - a load that fails leaves p empty (nothing seen, every story "new")
 *     and says why; bytes that are not JSON are never loaded;
 *   - a status is "new", "updated" or "unchanged"; a document whose name
 *     an earlier story lists (in an input with no "files_bytes", whose
 *     matching may differ) is never "new"; "updated" exactly when the
 *     digest shows a key point or a quote;
 *   - no key point or quote shown is one of the texts seen before (a
 *     story seen in full keeps only its lead).
 * See docs/fuzzing.md.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "brief.h"

#define FUZZ_MAX_INPUT ((size_t)64 << 10)
#define MAX_NAMED 3

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static brief_ctx *ctx;
static char path[4096];
static volatile size_t sink;

static const char *const texts[2] = {
    "Harbor Talks Resume\n\n"
    "Negotiators for the port workers and the shipping companies met again on "
    "Monday after a week of silence. \"We are closer than we have ever been,\" "
    "said Maria Lopez, the union's chief negotiator. The companies offered a "
    "raise of four percent over two years. Dock work has slowed at three "
    "terminals since the strike began.\n",
    "Port Strike Enters Second Week\n\n"
    "Shipping companies and the dock workers' union returned to the table on "
    "Monday. The companies raised their offer to four percent over two years, "
    "according to a statement. \"Nobody wants another week of this,\" said "
    "Tom Reed, a spokesman for the companies. Cargo is waiting at three "
    "terminals.\n",
};

static void touch(const char *s)
{
    for (; s && *s; s++) sink += (unsigned char)*s;
}

static void remove_file(void) { unlink(path); }

static int setup(void)
{
    brief_config cfg;
    brief_config_init(&cfg);
    cfg.language = "english";
    if (brief_ctx_new(&cfg, &ctx) != BRIEF_OK) return -1;
    const char *tmp = getenv("TMPDIR");
    snprintf(path, sizeof path, "%s/fuzz_previous.XXXXXX", tmp && *tmp ? tmp : "/tmp");
    int fd = mkstemp(path);
    if (fd < 0) return -1;
    close(fd);
    atexit(remove_file);
    return 0;
}

static int write_input(const uint8_t *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    size_t w = size ? fwrite(data, 1, size, f) : 0;
    return fclose(f) == 0 && w == size ? 0 : -1;
}

/* What the input says, read with jansson as the library would: whether it
 * is JSON, whether any story has "files_bytes", and the first names its
 * stories' "files" list. */
typedef struct parsed {
    json_t *root;
    int has_bytes;
    const char *names[MAX_NAMED];
    size_t nnames;
} parsed;

static void parse(parsed *pa, const uint8_t *data, size_t size)
{
    memset(pa, 0, sizeof *pa);
    pa->root = json_loadb((const char *)data, size, 0, NULL);
    size_t i, k;
    json_t *story, *f;
    json_array_foreach(json_object_get(pa->root, "stories"), i, story) {
        if (json_object_get(story, "files_bytes")) pa->has_bytes = 1;
        json_array_foreach(json_object_get(story, "files"), k, f)
            if (json_string_value(f) && pa->nnames < MAX_NAMED)
                pa->names[pa->nnames++] = json_string_value(f);
    }
}

/* Whether an earlier story lists `name` among its "files". */
static int listed(const parsed *pa, const char *name)
{
    size_t i, k;
    json_t *story, *f;
    json_array_foreach(json_object_get(pa->root, "stories"), i, story)
        json_array_foreach(json_object_get(story, "files"), k, f)
            if (json_string_value(f) && strcmp(json_string_value(f), name) == 0) return 1;
    return 0;
}

static void check_status(const char *s, const brief_digest *d, int must_match, int empty)
{
    if (!s || (empty && strcmp(s, "new") != 0)) abort();
    int shows = d->npoints || d->nquotes;
    if (strcmp(s, "new") == 0) {
        if (must_match) abort();
    } else if (strcmp(s, "updated") == 0) {
        if (!shows) abort();
    } else if (strcmp(s, "unchanged") == 0) {
        if (shows) abort();
    } else {
        abort();
    }
}

static int cmp_text(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void check_not_seen(const char *const *seen, size_t nseen, const brief_digest *d)
{
    for (size_t i = 0; i < d->npoints + d->nquotes; i++) {
        const char *t = i < d->npoints ? d->points[i]->text : d->quotes[i - d->npoints]->text;
        if (nseen && bsearch(&t, seen, nseen, sizeof *seen, cmp_text)) abort();
    }
}

/* The fixed story, its documents named after the input, composed without
 * what p saw; the status of each document and of all (all "new" when p is
 * empty). */
static void exercise(const brief_previous *p, const parsed *pa, int empty)
{
    const char *const *seen = NULL;
    size_t nseen = 0;
    brief_previous_seen(p, &seen, &nseen);
    if (nseen && !seen) abort();
    for (size_t i = 0; i < nseen; i++) {
        if (!seen[i]) abort();
        touch(seen[i]);
    }
    brief_story *st = NULL;
    if (brief_story_new(ctx, &st) != BRIEF_OK) return;
    const char *names[MAX_NAMED + 1];
    size_t n = 0;
    for (size_t i = 0; i < pa->nnames; i++) names[n++] = pa->names[i];
    names[n++] = "fuzz-previous-unlisted.txt";
    size_t docs[MAX_NAMED + 1], ndocs = 0;
    for (size_t i = 0; i < n; i++) {
        const char *t = texts[i % 2];
        if (brief_story_add_text(st, names[i], t, strlen(t)) == BRIEF_OK) {
            docs[ndocs] = ndocs;
            ndocs++;
        }
    }
    brief_compose_options co;
    brief_compose_options_init(&co);
    co.seen = seen;
    co.nseen = nseen;
    co.seen_sorted = 1; /* as brief_previous_seen gives them, and as the CLI passes them */
    for (size_t k = 0; k <= ndocs; k++) {
        /* k < ndocs: document k alone; k == ndocs: all of them. */
        const size_t *dv = k < ndocs ? &docs[k] : docs;
        size_t dn = k < ndocs ? 1 : ndocs;
        if (!dn) break;
        brief_digest *d = NULL;
        if (brief_story_compose_docs(st, dv, dn, &co, &d) != BRIEF_OK) continue;
        int must_match = 0;
        for (size_t j = 0; j < dn && !pa->has_bytes; j++) {
            const brief_doc_info *info = brief_story_doc(st, dv[j]);
            if (info && listed(pa, info->name)) must_match = 1;
        }
        check_status(brief_previous_status(p, st, dv, dn, d), d, must_match, empty);
        check_not_seen(seen, nseen, d);
        touch(d->lead);
        brief_digest_free(d);
    }
    brief_story_free(st);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int ready = -2;
    if (ready == -2) ready = setup();
    if (ready != 0) return 0;
    if (size > FUZZ_MAX_INPUT) size = FUZZ_MAX_INPUT;
    if (write_input(data, size) != 0) return 0;

    brief_previous *p = NULL;
    if (brief_previous_new(NULL, &p) != BRIEF_OK) return 0;
    parsed pa;
    parse(&pa, data, size);
    brief_status s = brief_previous_load(p, path);
    if (s == BRIEF_OK) {
        if (!pa.root) abort(); /* accepted bytes that are not JSON */
        exercise(p, &pa, 0);
    } else {
        const char *const *seen = NULL;
        size_t nseen = 1;
        brief_previous_seen(p, &seen, &nseen);
        if (nseen != 0 || !*brief_previous_errmsg(p)) abort();
        parsed none = {0};
        exercise(p, &none, 1); /* an empty p: every story is new */
    }
    json_decref(pa.root);
    brief_previous_free(p);
    return 0;
}
