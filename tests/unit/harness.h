/*
 * harness.h - what the unit tests share: cmocka and the C headers every
 * test needs, the sample articles, reading a fixture file, folding white
 * space, an arena per test, an allocator that counts and fails on request,
 * and a context with a story in it.
 *
 * Tests run from the repository root (tests/run.sh does), so fixture paths
 * are relative to it.  A fixture that cannot be read fails the test.
 * Everything returned malloc'd here is the caller's to free.
 */
#ifndef BRIEF_TEST_HARNESS_H
#define BRIEF_TEST_HARNESS_H

/* cmocka needs these before it. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "brief.h"

/* The five real articles in samples/, all on one story: their names
 * (tests/fixtures/<kind>/<name>.* annotate them) and their paths. */
#define HARNESS_NSAMPLES 5
extern const char *const harness_sample_names[HARNESS_NSAMPLES];
extern const char *const harness_sample_paths[HARNESS_NSAMPLES];

/* The whole file at `path`, NUL-terminated; *len (when not NULL) receives
 * its length without the NUL.  The test fails when it cannot be read. */
char *harness_slurp(const char *path, size_t *len);

/* harness_slurp of the path printf makes of fmt and its arguments, e.g.
 * harness_slurpf(&n, "tests/fixtures/seeds/%s.sentences", name). */
char *harness_slurpf(size_t *len, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* s[0..len) with each run of white space (space, tab, CR, LF) made one
 * space, and none kept at either end. */
char *harness_fold(const char *s, size_t len);

/* cmocka setup and teardown that give each test a fresh arena (arena.h)
 * in *state; HARNESS_ARENA_TEST(test) is the test run with them. */
int harness_arena_setup(void **state);
int harness_arena_teardown(void **state);
#define HARNESS_ARENA_TEST(test) \
    cmocka_unit_test_setup_teardown(test, harness_arena_setup, harness_arena_teardown)

/* An allocator over malloc that counts, and fails on request: once `left`
 * calls have succeeded every malloc and realloc fails (left < 0: no
 * limit), and so does call number `fail_at` (counting from 1; 0: none).
 * Start from {.left = -1} to count only. */
typedef struct harness_alloc {
    long left;    /* malloc/realloc calls that may still succeed; < 0: any */
    long fail_at; /* the one call that fails; 0: none */
    long calls;   /* malloc/realloc calls so far, failed ones included */
    long mallocs; /* malloc calls that succeeded */
    long live;    /* blocks allocated and not yet freed */
} harness_alloc;

/* The brief_allocator that allocates through h; h must outlive it. */
brief_allocator harness_allocator(harness_alloc *h);

/* A context with the default configuration (and `language` when not
 * NULL) and an empty story in it, both asserted to be made.  Free them
 * with harness_story_free. */
brief_story *harness_story_new(brief_ctx **ctx, const char *language);
void harness_story_free(brief_story *st, brief_ctx *ctx);

#endif
