/*
 * harness.h - what the unit tests share: cmocka and the C headers every
 * test needs, the sample articles, reading a fixture file, folding white
 * space and counting words, temporary files and folders, an arena per
 * test, an allocator that counts and fails on request, and a context with
 * a story in it.
 *
 * Tests run from the repository root (tests/run.sh does), so fixture paths
 * are relative to it.  A fixture that cannot be read or written fails the
 * test.  Everything returned malloc'd here is the caller's to free.
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

/* s[0..len) with each run of white space (space, tab, CR, LF, U+00A0)
 * made one space, and none kept at either end: the folding brief documents
 * for a sentence's text, so a span of the input can be compared with it. */
char *harness_fold(const char *s, size_t len);

/* The words of s, a folded text: runs of anything but a space. */
size_t harness_words(const char *s);

/* s starts with the string literal lit. */
#define assert_prefix(s, lit) assert_memory_equal((s), lit, sizeof lit - 1)

/* Temporary files and folders live under $TMPDIR (or /tmp); the test
 * removes what it makes.  harness_temp_file: a new file holding
 * bytes[0..len), its path (the caller unlinks it).  harness_temp_dir: a
 * new empty folder, its path (harness_remove_tree removes it and all it
 * holds). */
char *harness_temp_file(const char *bytes, size_t len);
char *harness_temp_dir(void);
void harness_remove_tree(const char *dir);

/* "dir/name". */
char *harness_path_in(const char *dir, const char *name);

/* Makes (or empties) the file at path and writes text into it. */
void harness_write_file(const char *path, const char *text);

/* The names in dir but "." and "..", sorted and joined by spaces; and
 * the assertion that they are want. */
char *harness_listing(const char *dir);
void harness_expect_listing(const char *dir, const char *want);

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
    long frees;   /* free calls on a block (not on NULL) */
    long live;    /* blocks allocated and not yet freed */
    size_t bytes; /* bytes asked for by the calls that succeeded */
} harness_alloc;

/* The brief_allocator that allocates through h; h must outlive it. */
brief_allocator harness_allocator(harness_alloc *h);

/* A context with the default configuration (and `language` when not
 * NULL) and an empty story in it, both asserted to be made.  Free them
 * with harness_story_free. */
brief_story *harness_story_new(brief_ctx **ctx, const char *language);
void harness_story_free(brief_story *st, brief_ctx *ctx);

/* Adds text (NUL-terminated) to st as the document `name`; asserts it is
 * taken. */
void harness_story_add(brief_story *st, const char *name, const char *text);

#endif
