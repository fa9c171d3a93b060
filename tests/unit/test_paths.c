/* Unit tests: brief_paths (paths.c), the input paths of a run: "-" and
 * anything not a folder as given; folders walked into their regular files
 * in byte order, hidden entries passed over; special files, broken and
 * looping links, paths too long, folders too deep noted as skipped; a
 * link back up walked once; an empty folder remarked; every allocation
 * through the allocator given, a failure leaking nothing.  Each test
 * works in its own folder under $TMPDIR (or /tmp). */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"

/* The paths of p, then its notes, one per line, with root written "@":
 * "@/a.txt" for a path, "! @/f: not a regular file; skipped" for a note
 * on a skipped input, "- @: ..." for a remark.  Caller frees. */
static char *describe(const brief_paths *p, const char *root)
{
    size_t cap = 1 << 16, len = 0, rlen = strlen(root);
    char *out = malloc(cap);
    assert_non_null(out);
    out[0] = '\0';
    size_t n = brief_paths_count(p), m = brief_paths_note_count(p);
    for (size_t i = 0; i < n + m; i++) {
        const brief_path_note *note = i < n ? NULL : brief_paths_note(p, i - n);
        const char *path = note ? note->path : brief_paths_get(p, i);
        assert_non_null(path);
        int same_root = strncmp(path, root, rlen) == 0;
        int w = snprintf(out + len, cap - len, "%s%s%s%s%s\n",
                         note ? (note->skipped ? "! " : "- ") : "",
                         same_root ? "@" : "", same_root ? path + rlen : path,
                         note ? ": " : "", note ? note->text : "");
        assert_true(w > 0 && (size_t)w < cap - len);
        len += (size_t)w;
    }
    return out;
}

/* The paths and notes of adding each of args (NULL-ended) to a new list. */
static char *gather(const char *root, const char *const *args)
{
    brief_paths *p = NULL;
    assert_int_equal(brief_paths_new(NULL, &p), BRIEF_OK);
    for (size_t i = 0; args[i]; i++) assert_int_equal(brief_paths_add(p, args[i]), BRIEF_OK);
    char *got = describe(p, root);
    brief_paths_free(p);
    return got;
}

static char *gather_one(const char *root, const char *path)
{
    const char *args[] = {path, NULL};
    return gather(root, args);
}

/* Makes dir/name (a relative path), writing text into it. */
static void put(const char *dir, const char *name, const char *text)
{
    char *p = harness_path_in(dir, name);
    harness_write_file(p, text);
    free(p);
}

static void put_dir(const char *dir, const char *name)
{
    char *p = harness_path_in(dir, name);
    assert_int_equal(mkdir(p, 0700), 0);
    free(p);
}

static void put_link(const char *dir, const char *name, const char *target)
{
    char *p = harness_path_in(dir, name);
    assert_int_equal(symlink(target, p), 0);
    free(p);
}

static void test_as_given(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    put(dir, "a.txt", "text");
    char *file = harness_path_in(dir, "a.txt");
    /* Not walked, not even looked at: each is for its reader to refuse. */
    const char *args[] = {"-", "/no/such/file", file, "", "-", NULL};
    char *got = gather(dir, args);
    assert_string_equal(got, "-\n/no/such/file\n@/a.txt\n\n-\n");
    free(got);
    free(file);
    harness_remove_tree(dir);
    free(dir);
}

static void test_sorted_in_byte_order(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    /* Made out of order; "\xc3\xa4" is a-umlaut, above every ASCII byte. */
    const char *names[] = {"b.txt", "\xc3\xa4.txt", "a.txt", "B.txt", "a b", "Z", "a-", "10", "9"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) put(dir, names[i], "x");
    char *got = gather_one(dir, dir);
    assert_string_equal(got, "@/10\n@/9\n@/B.txt\n@/Z\n@/a b\n@/a-\n@/a.txt\n@/b.txt\n"
                             "@/\xc3\xa4.txt\n");
    free(got);
    harness_remove_tree(dir);
    free(dir);
}

static void test_hidden_passed_over(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    put(dir, ".hidden", "x");
    put_dir(dir, ".git");
    put(dir, ".git/config.txt", "x");
    put(dir, "shown.txt", "x");
    put_dir(dir, "sub");
    put(dir, "sub/.also", "x");
    put_link(dir, ".link", "nowhere");   /* broken, but hidden: no note */
    char *got = gather_one(dir, dir);
    assert_string_equal(got, "@/shown.txt\n");
    free(got);
    harness_remove_tree(dir);
    free(dir);
}

static void test_nested_depth_first(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    put_dir(dir, "a");
    put_dir(dir, "a/b");
    put_dir(dir, "a/b/c");
    put_dir(dir, "a/empty");
    put(dir, "a/b/c/deep.txt", "x");
    put(dir, "a/top.txt", "x");
    put(dir, "a.txt", "x");       /* "a" < "a.txt": the folder's files first */
    put(dir, "0.txt", "x");
    put(dir, "b.txt", "x");
    char *got = gather_one(dir, dir);
    /* An empty subfolder is no remark: only a folder given is. */
    assert_string_equal(got, "@/0.txt\n@/a/b/c/deep.txt\n@/a/top.txt\n@/a.txt\n@/b.txt\n");
    free(got);
    /* Given with a slash at its end, no second one is added. */
    char *slashed = malloc(strlen(dir) + 2);
    assert_non_null(slashed);
    sprintf(slashed, "%s/", dir);
    got = gather_one(dir, slashed);
    assert_string_equal(got, "@/0.txt\n@/a/b/c/deep.txt\n@/a/top.txt\n@/a.txt\n@/b.txt\n");
    free(got);
    /* A subfolder given alone, then the same file again: each as asked. */
    char *sub = harness_path_in(dir, "a/b");
    char *file = harness_path_in(dir, "b.txt");
    const char *args[] = {sub, file, file, NULL};
    got = gather(dir, args);
    assert_string_equal(got, "@/a/b/c/deep.txt\n@/b.txt\n@/b.txt\n");
    free(got);
    free(file);
    free(sub);
    free(slashed);
    harness_remove_tree(dir);
    free(dir);
}

static void test_special_files_and_links(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    put(dir, "news.txt", "x");
    char *fifo = harness_path_in(dir, "pipe.txt");
    assert_int_equal(mkfifo(fifo, 0600), 0);
    put_link(dir, "broken", "nowhere");
    put_link(dir, "loop-a", "loop-b");
    put_link(dir, "loop-b", "loop-a");
    put_link(dir, "link.txt", "news.txt");   /* followed: taken by its name */
    put_link(dir, "self", ".");              /* back up the walk: once only */
    put_dir(dir, "sub");
    put(dir, "sub/inner.txt", "x");
    put_link(dir, "sub/up", "..");
    put_link(dir, "sub/null", "/dev/null");  /* a device */
    char *got = gather_one(dir, dir);
    assert_string_equal(got,
                        "@/link.txt\n@/news.txt\n@/sub/inner.txt\n"
                        "! @/broken: broken or looping link; skipped\n"
                        "! @/loop-a: broken or looping link; skipped\n"
                        "! @/loop-b: broken or looping link; skipped\n"
                        "! @/pipe.txt: not a regular file; skipped\n"
                        "! @/sub/null: not a regular file; skipped\n");
    free(got);
    /* Given as such, a FIFO is taken: its reader decides. */
    got = gather_one(dir, fifo);
    assert_string_equal(got, "@/pipe.txt\n");
    free(got);
    free(fifo);
    harness_remove_tree(dir);
    free(dir);
}

/* --include / --exclude: includes narrow the files a folder gives, an
 * exclude passes over files and whole folders, a pattern with a '/' is
 * matched below the folder given, and a file given itself is always
 * taken. */
static void test_include_exclude(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    put_dir(dir, "drafts");
    put_dir(dir, "mail");
    put(dir, "a.html", "x");
    put(dir, "b.txt", "x");
    put(dir, "README.md", "x");
    put(dir, "drafts/c.txt", "x");
    put(dir, "mail/2026-01.eml", "x");
    put(dir, "mail/old.eml", "x");
    char *readme = harness_path_in(dir, "README.md");
    const char *args[] = {dir, readme, NULL};
    brief_paths *p = NULL;
    assert_int_equal(brief_paths_new(NULL, &p), BRIEF_OK);
    assert_int_equal(brief_paths_filter(p, "*.txt", 0), BRIEF_OK);
    assert_int_equal(brief_paths_filter(p, "*.html", 0), BRIEF_OK);
    assert_int_equal(brief_paths_filter(p, "mail/2026-*", 0), BRIEF_OK);
    assert_int_equal(brief_paths_filter(p, "drafts", 1), BRIEF_OK);
    assert_int_equal(brief_paths_filter(p, "", 0), BRIEF_EINVAL);
    assert_int_equal(brief_paths_filter(p, NULL, 1), BRIEF_EINVAL);
    assert_int_equal(brief_paths_filter(NULL, "*", 1), BRIEF_EINVAL);
    for (size_t i = 0; args[i]; i++) assert_int_equal(brief_paths_add(p, args[i]), BRIEF_OK);
    char *got = describe(p, dir);
    assert_string_equal(got, "@/a.html\n@/b.txt\n@/mail/2026-01.eml\n@/README.md\n");
    free(got);
    /* the three from the walk were found in a folder; README was named */
    for (size_t i = 0; i < 3; i++) assert_int_equal(brief_paths_found(p, i), 1);
    assert_int_equal(brief_paths_found(p, 3), 0);
    assert_int_equal(brief_paths_found(p, 4), 0);
    assert_int_equal(brief_paths_found(NULL, 0), 0);
    brief_paths_free(p);

    /* Excludes alone: everything but what they name; one matching a file. */
    assert_int_equal(brief_paths_new(NULL, &p), BRIEF_OK);
    assert_int_equal(brief_paths_filter(p, "*.md", 1), BRIEF_OK);
    assert_int_equal(brief_paths_filter(p, "mail", 1), BRIEF_OK);
    assert_int_equal(brief_paths_add(p, dir), BRIEF_OK);
    got = describe(p, dir);
    assert_string_equal(got, "@/a.html\n@/b.txt\n@/drafts/c.txt\n");
    free(got);
    brief_paths_free(p);
    free(readme);
    harness_remove_tree(dir);
    free(dir);
}

/* A folder's README, LICENSE, ChangeLog ... is remarked and passed over,
 * not read; named itself, or matched by an include, it is read. */
static void test_paperwork_passed_over(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    put(dir, "README.md", "x");
    put(dir, "License", "x");
    put(dir, "ChangeLog.txt", "x");
    put(dir, "readmeter.txt", "x"); /* only the whole stem counts */
    put(dir, "story.txt", "x");
    char *got = gather_one(dir, dir);
    assert_string_equal(got, "@/readmeter.txt\n@/story.txt\n"
                             "- @/ChangeLog.txt: not an article (by its name); passed over\n"
                             "- @/License: not an article (by its name); passed over\n"
                             "- @/README.md: not an article (by its name); passed over\n");
    free(got);
    char *readme = harness_path_in(dir, "README.md");
    got = gather_one(dir, readme);
    assert_string_equal(got, "@/README.md\n");
    free(got);
    brief_paths *p = NULL;
    assert_int_equal(brief_paths_new(NULL, &p), BRIEF_OK);
    assert_int_equal(brief_paths_filter(p, "*.md", 0), BRIEF_OK);
    assert_int_equal(brief_paths_add(p, dir), BRIEF_OK);
    got = describe(p, dir);
    assert_string_equal(got, "@/README.md\n");
    free(got);
    brief_paths_free(p);
    free(readme);
    harness_remove_tree(dir);
    free(dir);
}

static void test_empty_folder_remarked(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    put(dir, ".hidden", "x");
    put_dir(dir, "sub");
    char *sub = harness_path_in(dir, "sub");
    char *fifo = harness_path_in(dir, "sub/pipe");
    assert_int_equal(mkfifo(fifo, 0600), 0);
    const char *args[] = {dir, sub, NULL};
    char *got = gather(dir, args);
    /* The remark comes after the notes of the folder's walk. */
    assert_string_equal(got, "! @/sub/pipe: not a regular file; skipped\n"
                             "- @: no files in this folder\n"
                             "! @/sub/pipe: not a regular file; skipped\n"
                             "- @/sub: no files in this folder\n");
    free(got);
    /* The note's fields, and its path as given. */
    brief_paths *p = NULL;
    assert_int_equal(brief_paths_new(NULL, &p), BRIEF_OK);
    assert_int_equal(brief_paths_add(p, sub), BRIEF_OK);
    assert_int_equal(brief_paths_count(p), 0);
    assert_int_equal(brief_paths_note_count(p), 2);
    assert_string_equal(brief_paths_note(p, 1)->path, sub);
    assert_int_equal(brief_paths_note(p, 1)->skipped, 0);
    assert_int_equal(brief_paths_note(p, 0)->skipped, 1);
    assert_null(brief_paths_note(p, 2));
    assert_null(brief_paths_get(p, 0));
    brief_paths_free(p);
    free(fifo);
    free(sub);
    harness_remove_tree(dir);
    free(dir);
}

static void test_too_deep(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    /* dir and the 63 folders nested in it are walked, 64 in all; the next
     * one down is not. */
    char rel[64 * 2 + 16] = "d";
    put_dir(dir, rel);
    for (int level = 2; level <= 63; level++) {
        strcat(rel, "/d");
        put_dir(dir, rel);
    }
    char file[sizeof rel + 16];
    snprintf(file, sizeof file, "%s/in.txt", rel);
    put(dir, file, "x");
    char deepest[sizeof rel];
    snprintf(deepest, sizeof deepest, "%s", rel);
    strcat(rel, "/d");
    put_dir(dir, rel);
    snprintf(file, sizeof file, "%s/out.txt", rel);
    put(dir, file, "x");
    char *got = gather_one(dir, dir);
    char want[sizeof rel * 2 + 128];
    snprintf(want, sizeof want, "@/%s/in.txt\n! @/%s/d: folders nested too deeply; skipped\n",
             deepest, deepest);
    assert_string_equal(got, want);
    free(got);
    harness_remove_tree(dir);
    free(dir);
}

static void test_path_too_long(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    put(dir, "top.txt", "x");
    /* 22 folders of 200 bytes, made one step at a time: no call could
     * take the whole path. */
    char name[201];
    memset(name, 'd', 200);
    name[200] = '\0';
    int fd[23];
    fd[0] = open(dir, O_RDONLY | O_DIRECTORY);
    assert_true(fd[0] >= 0);
    for (int i = 1; i <= 22; i++) {
        assert_int_equal(mkdirat(fd[i - 1], name, 0700), 0);
        fd[i] = openat(fd[i - 1], name, O_RDONLY | O_DIRECTORY);
        assert_true(fd[i] >= 0);
    }
    brief_paths *p = NULL;
    assert_int_equal(brief_paths_new(NULL, &p), BRIEF_OK);
    assert_int_equal(brief_paths_add(p, dir), BRIEF_OK);
    assert_int_equal(brief_paths_count(p), 1);
    assert_int_equal(brief_paths_note_count(p), 1);
    const brief_path_note *n = brief_paths_note(p, 0);
    assert_string_equal(n->text, "path too long; skipped");
    assert_int_equal(n->skipped, 1);
    assert_true(strlen(n->path) >= 4096);
    assert_true(strlen(n->path) < 4096 + 202);
    brief_paths_free(p);
    for (int i = 22; i >= 1; i--) {
        close(fd[i]);
        assert_int_equal(unlinkat(fd[i - 1], name, AT_REMOVEDIR), 0);
    }
    close(fd[0]);
    harness_remove_tree(dir);
    free(dir);
}

static void test_unreadable_folder(void **state)
{
    (void)state;
    if (geteuid() == 0) skip(); /* root reads any folder */
    char *dir = harness_temp_dir();
    put(dir, "a.txt", "x");
    put_dir(dir, "locked");
    put(dir, "locked/in.txt", "x");
    char *locked = harness_path_in(dir, "locked");
    assert_int_equal(chmod(locked, 0), 0);
    char *got = gather_one(dir, dir);
    char want[256];
    snprintf(want, sizeof want, "@/a.txt\n! @/locked: cannot open folder: %s\n", strerror(EACCES));
    assert_string_equal(got, want);
    free(got);
    assert_int_equal(chmod(locked, 0700), 0);
    free(locked);
    harness_remove_tree(dir);
    free(dir);
}

/* Failing each allocation in turn: BRIEF_ENOMEM, nothing leaked, and what
 * the list holds is the start of what a full run gathers. */
static void test_out_of_memory(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    put_dir(dir, "sub");
    for (int i = 0; i < 40; i++) {   /* past the first growth of each array */
        char name[32];
        snprintf(name, sizeof name, "sub/%02d.txt", i);
        put(dir, name, "x");
    }
    for (int i = 0; i < 20; i++) {
        char name[32];
        snprintf(name, sizeof name, "sub/%02d.lnk", i);
        put_link(dir, name, "nowhere");
    }
    put_dir(dir, "empty");
    char *empty = harness_path_in(dir, "empty");
    const char *args[] = {"-", dir, empty, NULL};
    char *full = gather(dir, args);
    long calls = 0;
    for (long at = 1;; at++) {
        harness_alloc h = {.left = -1, .fail_at = at};
        brief_allocator a = harness_allocator(&h);
        brief_paths *p = NULL;
        brief_status st = brief_paths_new(&a, &p);
        for (size_t i = 0; args[i] && st == BRIEF_OK; i++) st = brief_paths_add(p, args[i]);
        if (h.calls < at) {          /* no call failed: the end */
            assert_int_equal(st, BRIEF_OK);
            calls = h.calls;
        } else {
            assert_int_equal(st, BRIEF_ENOMEM);
        }
        /* Paths then notes: each part of what p holds starts that of the
         * full run. */
        char *got = describe(p, dir);
        size_t npaths = brief_paths_count(p);
        const char *g = got, *f = full;
        for (size_t i = 0; i < npaths; i++) {
            size_t len = strcspn(g, "\n") + 1;
            assert_memory_equal(g, f, len);
            g += len;
            f += len;
        }
        const char *notes = strstr(full, "! ");
        if (*g) {
            assert_non_null(notes);
            assert_memory_equal(g, notes, strlen(g));
        }
        free(got);
        brief_paths_free(p);
        assert_int_equal(h.live, 0);
        if (calls) break;
    }
    assert_true(calls > 6);  /* the list, its arena, arrays grown, listings */
    free(full);
    free(empty);
    harness_remove_tree(dir);
    free(dir);
}

static void test_its_allocator(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    put(dir, "a.txt", "x");
    harness_alloc h = {.left = -1};
    brief_allocator a = harness_allocator(&h);
    brief_paths *p = NULL;
    assert_int_equal(brief_paths_new(&a, &p), BRIEF_OK);
    assert_int_equal(brief_paths_add(p, dir), BRIEF_OK);
    assert_true(h.mallocs >= 2);
    assert_true(h.live > 0);
    brief_paths_free(p);
    assert_int_equal(h.live, 0);
    harness_remove_tree(dir);
    free(dir);
}

static void test_null_arguments(void **state)
{
    (void)state;
    brief_paths *p = NULL;
    assert_int_equal(brief_paths_new(NULL, NULL), BRIEF_EINVAL);
    assert_int_equal(brief_paths_add(NULL, "-"), BRIEF_EINVAL);
    assert_int_equal(brief_paths_new(NULL, &p), BRIEF_OK);
    assert_int_equal(brief_paths_add(p, NULL), BRIEF_EINVAL);
    assert_int_equal(brief_paths_count(p), 0);
    brief_paths_free(p);
    assert_int_equal(brief_paths_count(NULL), 0);
    assert_int_equal(brief_paths_note_count(NULL), 0);
    assert_null(brief_paths_get(NULL, 0));
    assert_null(brief_paths_note(NULL, 0));
    brief_paths_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_as_given),
        cmocka_unit_test(test_sorted_in_byte_order),
        cmocka_unit_test(test_hidden_passed_over),
        cmocka_unit_test(test_nested_depth_first),
        cmocka_unit_test(test_include_exclude),
        cmocka_unit_test(test_paperwork_passed_over),
        cmocka_unit_test(test_special_files_and_links),
        cmocka_unit_test(test_empty_folder_remarked),
        cmocka_unit_test(test_too_deep),
        cmocka_unit_test(test_path_too_long),
        cmocka_unit_test(test_unreadable_folder),
        cmocka_unit_test(test_out_of_memory),
        cmocka_unit_test(test_its_allocator),
        cmocka_unit_test(test_null_arguments),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
