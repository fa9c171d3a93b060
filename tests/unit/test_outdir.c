/* Unit tests: outdir.c (output folders written all or nothing): files
 * appear only on commit, stale story files go, nothing else is touched,
 * uncommitted temporaries are removed on free, bad names are refused.
 * Each test works in its own folder under $TMPDIR (or /tmp). */
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"

/* Writes text into dir/name. */
static void write_file(const char *dir, const char *name, const char *text)
{
    char *p = harness_path_in(dir, name);
    harness_write_file(p, text);
    free(p);
}

static void expect_file(const char *dir, const char *name, const char *want)
{
    char *p = harness_path_in(dir, name);
    char *got = harness_slurp(p, NULL);
    assert_string_equal(got, want);
    free(got);
    free(p);
}

static void test_files_appear_on_commit(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    brief_outdir *o = NULL;
    assert_int_equal(brief_outdir_open(dir, &o), BRIEF_OK);
    assert_int_equal(brief_outdir_add(o, "story-1.md", "# One\n", 6), BRIEF_OK);
    assert_int_equal(brief_outdir_add(o, "index.md", "stories\n", 8), BRIEF_OK);
    /* Until the commit only temporaries exist, under other names. */
    char *before = harness_listing(dir);
    const char *second = strchr(before, ' ');
    assert_non_null(second);
    assert_null(strchr(second + 1, ' '));
    assert_true(strncmp(before, "index.md.tmp", 12) == 0);
    assert_true(strncmp(second + 1, "story-1.md.tmp", 14) == 0);
    free(before);
    assert_int_equal(brief_outdir_commit(o, "story-", "md"), BRIEF_OK);
    harness_expect_listing(dir, "index.md story-1.md");
    expect_file(dir, "story-1.md", "# One\n");
    expect_file(dir, "index.md", "stories\n");
    brief_outdir_free(o);
    harness_expect_listing(dir, "index.md story-1.md");
    harness_remove_tree(dir);
    free(dir);
}

static void test_stale_story_files_only(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    const char *old[] = {"story-1.html", "story-2.html", "story-10.html", "story-2.md",
                         "story-x.html", "story-.html", "mystory-3.html", "story-4.html.bak",
                         "index.html", "notes.txt"};
    for (size_t i = 0; i < sizeof old / sizeof *old; i++) write_file(dir, old[i], "old");
    brief_outdir *o = NULL;
    assert_int_equal(brief_outdir_open(dir, &o), BRIEF_OK);
    assert_int_equal(brief_outdir_add(o, "story-1.html", "new 1", 5), BRIEF_OK);
    assert_int_equal(brief_outdir_add(o, "index.html", "new index", 9), BRIEF_OK);
    assert_int_equal(brief_outdir_commit(o, "story-", "html"), BRIEF_OK);
    brief_outdir_free(o);
    /* story-2.html and story-10.html were an earlier run's; the rest is not
     * brief's naming pattern or not the format written. */
    harness_expect_listing(dir, "index.html mystory-3.html notes.txt story-.html story-1.html "
                        "story-2.md story-4.html.bak story-x.html");
    expect_file(dir, "story-1.html", "new 1");
    expect_file(dir, "index.html", "new index");
    expect_file(dir, "story-2.md", "old");
    expect_file(dir, "notes.txt", "old");

    /* Without a prefix nothing is removed. */
    assert_int_equal(brief_outdir_open(dir, &o), BRIEF_OK);
    assert_int_equal(brief_outdir_add(o, "other.txt", "", 0), BRIEF_OK);
    assert_int_equal(brief_outdir_commit(o, NULL, NULL), BRIEF_OK);
    brief_outdir_free(o);
    harness_expect_listing(dir, "index.html mystory-3.html notes.txt other.txt story-.html "
                        "story-1.html story-2.md story-4.html.bak story-x.html");
    expect_file(dir, "other.txt", "");
    harness_remove_tree(dir);
    free(dir);
}

static void test_free_without_commit(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    write_file(dir, "index.md", "old index");
    write_file(dir, "story-1.md", "old story");
    brief_outdir *o = NULL;
    assert_int_equal(brief_outdir_open(dir, &o), BRIEF_OK);
    assert_int_equal(brief_outdir_add(o, "index.md", "new", 3), BRIEF_OK);
    assert_int_equal(brief_outdir_add(o, "story-2.md", "new", 3), BRIEF_OK);
    brief_outdir_free(o);
    /* The temporaries are gone and the previous files untouched. */
    harness_expect_listing(dir, "index.md story-1.md");
    expect_file(dir, "index.md", "old index");
    expect_file(dir, "story-1.md", "old story");
    brief_outdir_free(NULL);
    harness_remove_tree(dir);
    free(dir);
}

static void test_bad_names(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    brief_outdir *o = NULL;
    assert_int_equal(brief_outdir_open(dir, &o), BRIEF_OK);
    const char *bad[] = {"", "a/b", "/etc/passwd", ".hidden", "..", "."};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_int_equal(brief_outdir_add(o, bad[i], "x", 1), BRIEF_EINVAL);
    assert_int_equal(brief_outdir_add(o, NULL, "x", 1), BRIEF_EINVAL);
    assert_int_equal(brief_outdir_add(o, "ok.txt", NULL, 1), BRIEF_EINVAL);
    assert_int_equal(brief_outdir_add(NULL, "ok.txt", "x", 1), BRIEF_EINVAL);
    harness_expect_listing(dir, "");
    assert_int_equal(brief_outdir_commit(o, "story-", "md"), BRIEF_OK);
    harness_expect_listing(dir, "");
    assert_int_equal(brief_outdir_commit(NULL, NULL, NULL), BRIEF_EINVAL);
    brief_outdir_free(o);
    harness_remove_tree(dir);
    free(dir);
}

static void test_open(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    brief_outdir *o = (brief_outdir *)dir;
    assert_int_equal(brief_outdir_open(NULL, &o), BRIEF_EINVAL);
    assert_int_equal(brief_outdir_open("", &o), BRIEF_EINVAL);
    assert_int_equal(brief_outdir_open(dir, NULL), BRIEF_EINVAL);
    /* Missing parents are made. */
    char *deep = harness_path_in(dir, "a/b/c");
    assert_int_equal(brief_outdir_open(deep, &o), BRIEF_OK);
    assert_int_equal(brief_outdir_add(o, "f.txt", "deep", 4), BRIEF_OK);
    assert_int_equal(brief_outdir_commit(o, NULL, NULL), BRIEF_OK);
    brief_outdir_free(o);
    expect_file(deep, "f.txt", "deep");
    free(deep);
    /* A file is not a folder. */
    write_file(dir, "plain", "x");
    char *file = harness_path_in(dir, "plain");
    o = (brief_outdir *)dir;
    assert_int_equal(brief_outdir_open(file, &o), BRIEF_EIO);
    assert_int_equal(errno, ENOTDIR);
    assert_null(o);
    free(file);
    harness_remove_tree(dir);
    free(dir);
}

static void test_contents_and_mode(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    size_t len = (size_t)3 << 20;
    char *big = malloc(len + 1);
    assert_non_null(big);
    for (size_t i = 0; i < len; i++) big[i] = (char)('a' + i % 26);
    big[len] = '\0';
    mode_t old = umask(027);
    brief_outdir *o = NULL;
    assert_int_equal(brief_outdir_open(dir, &o), BRIEF_OK);
    assert_int_equal(brief_outdir_add(o, "big.txt", big, len), BRIEF_OK);
    assert_int_equal(brief_outdir_commit(o, NULL, NULL), BRIEF_OK);
    brief_outdir_free(o);
    umask(old);
    expect_file(dir, "big.txt", big);
    /* Readable like any file the user writes: 0666 less the umask. */
    char *p = harness_path_in(dir, "big.txt");
    struct stat sb;
    assert_int_equal(stat(p, &sb), 0);
    assert_int_equal(sb.st_mode & 0777, 0640);
    free(p);
    free(big);
    harness_remove_tree(dir);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_files_appear_on_commit),
        cmocka_unit_test(test_stale_story_files_only),
        cmocka_unit_test(test_free_without_commit),
        cmocka_unit_test(test_bad_names),
        cmocka_unit_test(test_open),
        cmocka_unit_test(test_contents_and_mode),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
