/* Unit tests: outdir.c (output folders published all or nothing): files
 * appear only on commit and all at once, stale story files go, nothing
 * else is touched, a folder in the way changes nothing, plain files of an
 * older brief read the same, the previous edition stays one commit, a
 * killed run's leftovers go, a planted link is not followed, the stage is
 * removed on free and by brief_remove_temporaries, bad names are refused.
 * Each test works in its own folder under $TMPDIR (or /tmp). */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
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

static int exists(const char *dir, const char *name)
{
    char *p = harness_path_in(dir, name);
    struct stat sb;
    int r = lstat(p, &sb) == 0;
    free(p);
    return r;
}

/* The names of the edition a reader lists: not the folder's own
 * (brief-edition and the brief-edition-*, brief-stage-*, brief-link-*
 * entries) nor hidden ones. */
static void expect_visible(const char *dir, const char *want)
{
    char *all = harness_listing(dir), *out = malloc(strlen(all) + 1);
    assert_non_null(out);
    size_t o = 0;
    for (char *w = strtok(all, " "); w; w = strtok(NULL, " ")) {
        if (w[0] == '.' || strncmp(w, "brief-", 6) == 0) continue;
        if (o) out[o++] = ' ';
        memcpy(out + o, w, strlen(w));
        o += strlen(w);
    }
    out[o] = '\0';
    assert_string_equal(out, want);
    free(out);
    free(all);
}

/* How many entries of dir start with prefix. */
static int count_prefixed(const char *dir, const char *prefix)
{
    char *all = harness_listing(dir);
    int n = 0;
    for (char *w = strtok(all, " "); w; w = strtok(NULL, " "))
        n += strncmp(w, prefix, strlen(prefix)) == 0;
    free(all);
    return n;
}

/* One commit of the given names, each file's text its name and tag. */
static brief_status publish(const char *dir, const char *const *names, size_t n, const char *tag,
                            const char *prefix, const char *ext)
{
    brief_outdir *o = NULL;
    assert_int_equal(brief_outdir_open(dir, &o), BRIEF_OK);
    for (size_t i = 0; i < n; i++) {
        char text[256];
        snprintf(text, sizeof text, "%s %s", names[i], tag);
        assert_int_equal(brief_outdir_add(o, names[i], text, strlen(text)), BRIEF_OK);
    }
    brief_status s = brief_outdir_commit(o, prefix, ext);
    brief_outdir_free(o);
    return s;
}

static void expect_tagged(const char *dir, const char *name, const char *tag)
{
    char want[256];
    snprintf(want, sizeof want, "%s %s", name, tag);
    expect_file(dir, name, want);
}

static void test_files_appear_on_commit(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    brief_outdir *o = NULL;
    assert_int_equal(brief_outdir_open(dir, &o), BRIEF_OK);
    assert_int_equal(brief_outdir_add(o, "story-1.md", "# One\n", 6), BRIEF_OK);
    assert_int_equal(brief_outdir_add(o, "index.md", "stories\n", 8), BRIEF_OK);
    /* Until the commit a reader sees nothing: the files are in the stage. */
    expect_visible(dir, "");
    assert_int_equal(count_prefixed(dir, "brief-stage-"), 1);
    assert_int_equal(brief_outdir_commit(o, "story-", "md"), BRIEF_OK);
    expect_visible(dir, "index.md story-1.md");
    expect_file(dir, "story-1.md", "# One\n");
    expect_file(dir, "index.md", "stories\n");
    /* Each name is a link into the edition that brief-edition names. */
    char *p = harness_path_in(dir, "index.md"), target[64];
    ssize_t n = readlink(p, target, sizeof target - 1);
    assert_true(n > 0);
    target[n] = '\0';
    assert_string_equal(target, "brief-edition/index.md");
    free(p);
    assert_int_equal(count_prefixed(dir, "brief-stage-"), 0);
    assert_int_equal(count_prefixed(dir, "brief-edition-"), 1);
    /* Once only; nothing is added after it. */
    assert_int_equal(brief_outdir_commit(o, "story-", "md"), BRIEF_EINVAL);
    assert_int_equal(brief_outdir_add(o, "late.md", "x", 1), BRIEF_EINVAL);
    brief_outdir_free(o);
    expect_visible(dir, "index.md story-1.md");
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
    expect_visible(dir, "index.html mystory-3.html notes.txt story-.html story-1.html "
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
    expect_visible(dir, "index.html mystory-3.html notes.txt other.txt story-.html "
                        "story-1.html story-2.md story-4.html.bak story-x.html");
    expect_file(dir, "other.txt", "");
    /* What the earlier commit published and this one did not write stays. */
    expect_file(dir, "story-1.html", "new 1");
    expect_file(dir, "index.html", "new index");
    harness_remove_tree(dir);
    free(dir);
}

/* A story file replaced by a folder: the commit is refused before any
 * change, so the index and the stories a reader sees stay the old ones
 * (not new stories beside an old index). */
static void test_folder_in_the_way_changes_nothing(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    const char *names[] = {"story-001.md", "story-002.md", "story-003.md", "index.md"};
    assert_int_equal(publish(dir, names, 3, "old", "story-", "md"), BRIEF_OK);
    char *p = harness_path_in(dir, "story-002.md");
    assert_int_equal(unlink(p), 0);
    assert_int_equal(mkdir(p, 0777), 0);
    free(p);
    brief_outdir *o = NULL;
    assert_int_equal(brief_outdir_open(dir, &o), BRIEF_OK);
    for (size_t i = 0; i < 4; i++) assert_int_equal(brief_outdir_add(o, names[i], "new", 3), 0);
    assert_int_equal(brief_outdir_commit(o, "story-", "md"), BRIEF_EIO);
    assert_int_equal(errno, EISDIR);
    assert_string_equal(brief_outdir_failed(o), "story-002.md");
    brief_outdir_free(o);
    expect_visible(dir, "story-001.md story-002.md story-003.md");
    expect_tagged(dir, "story-001.md", "old");
    expect_tagged(dir, "story-003.md", "old");
    assert_int_equal(count_prefixed(dir, "brief-stage-"), 0);
    assert_int_equal(count_prefixed(dir, "brief-edition-"), 1);
    harness_remove_tree(dir);
    free(dir);
}

/* Plain files at the names (an older brief wrote them, or a copy) become
 * links that read the new files; those not written keep their bytes. */
static void test_plain_files_of_an_older_brief(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    write_file(dir, "index.md", "plain index");
    write_file(dir, "story-1.md", "plain 1");
    write_file(dir, "story-2.md", "plain 2");
    write_file(dir, "notes.md", "plain notes");
    const char *names[] = {"index.md", "story-1.md"};
    assert_int_equal(publish(dir, names, 2, "new", "story-", "md"), BRIEF_OK);
    expect_visible(dir, "index.md notes.md story-1.md");
    expect_tagged(dir, "index.md", "new");
    expect_tagged(dir, "story-1.md", "new");
    expect_file(dir, "notes.md", "plain notes");
    struct stat sb;
    char *p = harness_path_in(dir, "notes.md");
    assert_int_equal(lstat(p, &sb), 0);
    assert_true(S_ISREG(sb.st_mode));
    free(p);
    harness_remove_tree(dir);
    free(dir);
}

/* A reader that resolved brief-edition keeps reading that set through
 * the next commit; the one after removes it. */
static void test_previous_edition_kept_one_commit(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    const char *names[] = {"index.txt", "story-1.txt"};
    assert_int_equal(publish(dir, names, 2, "first", "story-", "txt"), BRIEF_OK);
    char *link = harness_path_in(dir, "brief-edition"), first[64];
    ssize_t n = readlink(link, first, sizeof first - 1);
    assert_true(n > 0);
    first[n] = '\0';
    char *first_dir = harness_path_in(dir, first);
    assert_int_equal(publish(dir, names, 1, "second", "story-", "txt"), BRIEF_OK);
    expect_tagged(dir, "index.txt", "second");
    assert_false(exists(dir, "story-1.txt"));
    expect_tagged(first_dir, "index.txt", "first");
    expect_tagged(first_dir, "story-1.txt", "first");
    assert_int_equal(count_prefixed(dir, "brief-edition-"), 2);
    assert_int_equal(publish(dir, names, 2, "third", "story-", "txt"), BRIEF_OK);
    expect_tagged(dir, "story-1.txt", "third");
    assert_false(exists(dir, first));
    assert_int_equal(count_prefixed(dir, "brief-edition-"), 2);
    free(first_dir);
    free(link);
    harness_remove_tree(dir);
    free(dir);
}

/* What a killed run left (a stage more than an hour old, an edition no
 * link names, a link being made) goes with the next commit; a fresh stage
 * is another run's work in progress and stays. */
static void test_leftovers_of_killed_runs(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    char *old_stage = harness_path_in(dir, "brief-stage-AAAAAA");
    char *fresh_stage = harness_path_in(dir, "brief-stage-BBBBBB");
    char *orphan = harness_path_in(dir, "brief-edition-CCCCCC");
    char *half_link = harness_path_in(dir, "brief-link-DDDDDD");
    assert_int_equal(mkdir(old_stage, 0777), 0);
    write_file(old_stage, "story-1.md", "killed");
    struct timespec two_hours_ago[2] = {{time(NULL) - 7200, 0}, {time(NULL) - 7200, 0}};
    assert_int_equal(utimensat(AT_FDCWD, old_stage, two_hours_ago, 0), 0);
    assert_int_equal(mkdir(fresh_stage, 0777), 0);
    assert_int_equal(mkdir(orphan, 0777), 0);
    write_file(orphan, "index.md", "killed");
    assert_int_equal(symlink("brief-edition/index.md", half_link), 0);
    const char *names[] = {"index.md"};
    assert_int_equal(publish(dir, names, 1, "new", "story-", "md"), BRIEF_OK);
    assert_false(exists(dir, "brief-stage-AAAAAA"));
    assert_true(exists(dir, "brief-stage-BBBBBB"));
    assert_false(exists(dir, "brief-edition-CCCCCC"));
    assert_false(exists(dir, "brief-link-DDDDDD"));
    assert_int_equal(count_prefixed(dir, "brief-edition-"), 1);
    expect_tagged(dir, "index.md", "new");
    free(old_stage), free(fresh_stage), free(orphan), free(half_link);
    harness_remove_tree(dir);
    free(dir);
}

/* A brief-edition planted to point outside is not written through. */
static void test_planted_edition_link_not_followed(void **state)
{
    (void)state;
    char *root = harness_temp_dir();
    char *dir = harness_path_in(root, "out"), *victim = harness_path_in(root, "victim");
    assert_int_equal(mkdir(dir, 0777), 0);
    assert_int_equal(mkdir(victim, 0777), 0);
    char *planted = harness_path_in(dir, "brief-edition");
    assert_int_equal(symlink("../victim", planted), 0);
    write_file(dir, "index.md", "plain");
    const char *names[] = {"index.md", "story-1.md"};
    assert_int_equal(publish(dir, names, 2, "new", "story-", "md"), BRIEF_OK);
    expect_tagged(dir, "index.md", "new");
    expect_tagged(dir, "story-1.md", "new");
    expect_visible(victim, "");
    harness_expect_listing(victim, "");
    free(planted), free(victim), free(dir);
    harness_remove_tree(root);
    free(root);
}

static void test_second_file_of_a_name_replaces_the_first(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    brief_outdir *o = NULL;
    assert_int_equal(brief_outdir_open(dir, &o), BRIEF_OK);
    assert_int_equal(brief_outdir_add(o, "index.md", "first", 5), BRIEF_OK);
    assert_int_equal(brief_outdir_add(o, "index.md", "second", 6), BRIEF_OK);
    assert_int_equal(brief_outdir_commit(o, NULL, NULL), BRIEF_OK);
    brief_outdir_free(o);
    expect_file(dir, "index.md", "second");
    harness_remove_tree(dir);
    free(dir);
}

/* What a SIGTERM handler calls: the stage and its files go. */
static void test_remove_temporaries_removes_the_stage(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    brief_outdir *o = NULL;
    assert_int_equal(brief_outdir_open(dir, &o), BRIEF_OK);
    assert_int_equal(brief_outdir_add(o, "index.md", "x", 1), BRIEF_OK);
    assert_int_equal(brief_outdir_add(o, "story-1.md", "y", 1), BRIEF_OK);
    brief_remove_temporaries();
    harness_expect_listing(dir, "");
    brief_outdir_free(o);
    harness_expect_listing(dir, "");
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
    /* The stage is gone and the previous files untouched. */
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
    const char *bad[] = {"", "a/b", "/etc/passwd", ".hidden", "..", ".", "brief-edition", "brief-edition-x", "brief-stage-1", "brief-link-a"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_int_equal(brief_outdir_add(o, bad[i], "x", 1), BRIEF_EINVAL);
    assert_int_equal(brief_outdir_add(o, NULL, "x", 1), BRIEF_EINVAL);
    assert_int_equal(brief_outdir_add(o, "ok.txt", NULL, 1), BRIEF_EINVAL);
    assert_int_equal(brief_outdir_add(NULL, "ok.txt", "x", 1), BRIEF_EINVAL);
    expect_visible(dir, "");
    assert_int_equal(brief_outdir_commit(o, "story-", "md"), BRIEF_OK);
    expect_visible(dir, "");
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
        cmocka_unit_test(test_folder_in_the_way_changes_nothing),
        cmocka_unit_test(test_plain_files_of_an_older_brief),
        cmocka_unit_test(test_previous_edition_kept_one_commit),
        cmocka_unit_test(test_leftovers_of_killed_runs),
        cmocka_unit_test(test_planted_edition_link_not_followed),
        cmocka_unit_test(test_second_file_of_a_name_replaces_the_first),
        cmocka_unit_test(test_remove_temporaries_removes_the_stage),
        cmocka_unit_test(test_free_without_commit),
        cmocka_unit_test(test_bad_names),
        cmocka_unit_test(test_open),
        cmocka_unit_test(test_contents_and_mode),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
