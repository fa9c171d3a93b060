/* Unit tests: outdir.c (output folders written all or nothing): files
 * appear only on commit, stale story files go, nothing else is touched,
 * uncommitted temporaries are removed on free, bad names are refused.
 * Each test works in its own folder under $TMPDIR (or /tmp). */
#include <dirent.h>
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"

/* A fresh folder; malloc'd path. */
static char *make_tmpdir(void)
{
    const char *base = getenv("TMPDIR");
    char path[1024];
    int n = snprintf(path, sizeof path, "%s/brief-outdir-XXXXXX", base && *base ? base : "/tmp");
    assert_true(n > 0 && (size_t)n < sizeof path);
    assert_non_null(mkdtemp(path));
    char *dir = strdup(path);
    assert_non_null(dir);
    return dir;
}

static char *path_in(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    assert_non_null(p);
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

/* Removes dir and everything in it (folders nest in one test only). */
static void remove_tree(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0) continue;
        char *p = path_in(dir, de->d_name);
        struct stat sb;
        if (lstat(p, &sb) == 0 && S_ISDIR(sb.st_mode)) remove_tree(p);
        else unlink(p);
        free(p);
    }
    closedir(d);
    rmdir(dir);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in dir, sorted and joined by spaces; malloc'd. */
static char *listing(const char *dir)
{
    char *names[64];
    size_t n = 0, size = 1;
    DIR *d = opendir(dir);
    assert_non_null(d);
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0) continue;
        assert_true(n < 64);
        names[n] = strdup(de->d_name);
        assert_non_null(names[n]);
        size += strlen(names[n++]) + 1;
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name);
    char *out = malloc(size);
    assert_non_null(out);
    out[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        if (i) strcat(out, " ");
        strcat(out, names[i]);
        free(names[i]);
    }
    return out;
}

static void expect_listing(const char *dir, const char *want)
{
    char *got = listing(dir);
    assert_string_equal(got, want);
    free(got);
}

static void write_file(const char *dir, const char *name, const char *text)
{
    char *p = path_in(dir, name);
    FILE *f = fopen(p, "wb");
    assert_non_null(f);
    assert_true(fputs(text, f) >= 0);
    assert_int_equal(fclose(f), 0);
    free(p);
}

static void expect_file(const char *dir, const char *name, const char *want)
{
    char *p = path_in(dir, name);
    char *got = harness_slurp(p, NULL);
    assert_string_equal(got, want);
    free(got);
    free(p);
}

static void test_files_appear_on_commit(void **state)
{
    (void)state;
    char *dir = make_tmpdir();
    brief_outdir *o = NULL;
    assert_int_equal(brief_outdir_open(dir, &o), BRIEF_OK);
    assert_int_equal(brief_outdir_add(o, "story-1.md", "# One\n", 6), BRIEF_OK);
    assert_int_equal(brief_outdir_add(o, "index.md", "stories\n", 8), BRIEF_OK);
    /* Until the commit only temporaries exist, under other names. */
    char *before = listing(dir);
    const char *second = strchr(before, ' ');
    assert_non_null(second);
    assert_null(strchr(second + 1, ' '));
    assert_true(strncmp(before, "index.md.tmp", 12) == 0);
    assert_true(strncmp(second + 1, "story-1.md.tmp", 14) == 0);
    free(before);
    assert_int_equal(brief_outdir_commit(o, "story-", "md"), BRIEF_OK);
    expect_listing(dir, "index.md story-1.md");
    expect_file(dir, "story-1.md", "# One\n");
    expect_file(dir, "index.md", "stories\n");
    brief_outdir_free(o);
    expect_listing(dir, "index.md story-1.md");
    remove_tree(dir);
    free(dir);
}

static void test_stale_story_files_only(void **state)
{
    (void)state;
    char *dir = make_tmpdir();
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
    expect_listing(dir, "index.html mystory-3.html notes.txt story-.html story-1.html "
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
    expect_listing(dir, "index.html mystory-3.html notes.txt other.txt story-.html "
                        "story-1.html story-2.md story-4.html.bak story-x.html");
    expect_file(dir, "other.txt", "");
    remove_tree(dir);
    free(dir);
}

static void test_free_without_commit(void **state)
{
    (void)state;
    char *dir = make_tmpdir();
    write_file(dir, "index.md", "old index");
    write_file(dir, "story-1.md", "old story");
    brief_outdir *o = NULL;
    assert_int_equal(brief_outdir_open(dir, &o), BRIEF_OK);
    assert_int_equal(brief_outdir_add(o, "index.md", "new", 3), BRIEF_OK);
    assert_int_equal(brief_outdir_add(o, "story-2.md", "new", 3), BRIEF_OK);
    brief_outdir_free(o);
    /* The temporaries are gone and the previous files untouched. */
    expect_listing(dir, "index.md story-1.md");
    expect_file(dir, "index.md", "old index");
    expect_file(dir, "story-1.md", "old story");
    brief_outdir_free(NULL);
    remove_tree(dir);
    free(dir);
}

static void test_bad_names(void **state)
{
    (void)state;
    char *dir = make_tmpdir();
    brief_outdir *o = NULL;
    assert_int_equal(brief_outdir_open(dir, &o), BRIEF_OK);
    const char *bad[] = {"", "a/b", "/etc/passwd", ".hidden", "..", "."};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_int_equal(brief_outdir_add(o, bad[i], "x", 1), BRIEF_EINVAL);
    assert_int_equal(brief_outdir_add(o, NULL, "x", 1), BRIEF_EINVAL);
    assert_int_equal(brief_outdir_add(o, "ok.txt", NULL, 1), BRIEF_EINVAL);
    assert_int_equal(brief_outdir_add(NULL, "ok.txt", "x", 1), BRIEF_EINVAL);
    expect_listing(dir, "");
    assert_int_equal(brief_outdir_commit(o, "story-", "md"), BRIEF_OK);
    expect_listing(dir, "");
    assert_int_equal(brief_outdir_commit(NULL, NULL, NULL), BRIEF_EINVAL);
    brief_outdir_free(o);
    remove_tree(dir);
    free(dir);
}

static void test_open(void **state)
{
    (void)state;
    char *dir = make_tmpdir();
    brief_outdir *o = (brief_outdir *)dir;
    assert_int_equal(brief_outdir_open(NULL, &o), BRIEF_EINVAL);
    assert_int_equal(brief_outdir_open("", &o), BRIEF_EINVAL);
    assert_int_equal(brief_outdir_open(dir, NULL), BRIEF_EINVAL);
    /* Missing parents are made. */
    char *deep = path_in(dir, "a/b/c");
    assert_int_equal(brief_outdir_open(deep, &o), BRIEF_OK);
    assert_int_equal(brief_outdir_add(o, "f.txt", "deep", 4), BRIEF_OK);
    assert_int_equal(brief_outdir_commit(o, NULL, NULL), BRIEF_OK);
    brief_outdir_free(o);
    expect_file(deep, "f.txt", "deep");
    free(deep);
    /* A file is not a folder. */
    write_file(dir, "plain", "x");
    char *file = path_in(dir, "plain");
    o = (brief_outdir *)dir;
    assert_int_equal(brief_outdir_open(file, &o), BRIEF_EIO);
    assert_int_equal(errno, ENOTDIR);
    assert_null(o);
    free(file);
    remove_tree(dir);
    free(dir);
}

static void test_contents_and_mode(void **state)
{
    (void)state;
    char *dir = make_tmpdir();
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
    char *p = path_in(dir, "big.txt");
    struct stat sb;
    assert_int_equal(stat(p, &sb), 0);
    assert_int_equal(sb.st_mode & 0777, 0640);
    free(p);
    free(big);
    remove_tree(dir);
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
