/* Unit tests: safefile.c (exclusive temporaries, the list a signal handler
 * empties, stale temporaries by name and age). */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "safefile.h"

static void test_temp_names(void **state)
{
    (void)state;
    assert_true(safefile_is_temp_name("index.html.tmpAb12Cd"));
    assert_true(safefile_is_temp_name("news.idf.tmp4242"));
    assert_true(safefile_is_temp_name("a.tmp.b.tmpZ"));
    assert_false(safefile_is_temp_name("notes.tmp"));
    assert_false(safefile_is_temp_name("notes.tmp.txt"));
    assert_false(safefile_is_temp_name(".tmpAbc"));
    assert_false(safefile_is_temp_name("x.tmpAb-12"));
    assert_false(safefile_is_temp_name("x.tmp12345678901234567"));
}

static void test_create_is_exclusive_and_tracked(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    char *target = harness_path_in(dir, "out.txt");
    char *tmp = NULL, *tmp2 = NULL;
    safefile_tracked *t = NULL, *t2 = NULL;
    int fd = safefile_create(target, &tmp, &t);
    assert_true(fd >= 0);
    assert_non_null(t);
    assert_true(strncmp(tmp, target, strlen(target)) == 0);
    assert_true(safefile_is_temp_name(strrchr(tmp, '/') + 1));
    assert_int_equal(safefile_write_all(fd, "abc", 3), 0);
    assert_int_equal(safefile_sync_fd(fd), 0);
    close(fd);
    /* Two temporaries for one target never share a name. */
    int fd2 = safefile_create(target, &tmp2, &t2);
    assert_true(fd2 >= 0);
    close(fd2);
    assert_string_not_equal(tmp, tmp2);
    /* Mode: what the umask allows of 0666. */
    mode_t mask = umask(0);
    umask(mask);
    struct stat sb;
    assert_int_equal(stat(tmp, &sb), 0);
    assert_int_equal(sb.st_mode & 0777, 0666 & ~mask);
    /* The handler's call removes what is tracked, and only that. */
    safefile_untrack(t2);
    brief_remove_temporaries();
    assert_int_equal(access(tmp, F_OK), -1);
    assert_int_equal(access(tmp2, F_OK), 0);
    safefile_untrack(t);
    unlink(tmp2);
    free(tmp);
    free(tmp2);
    free(target);
    assert_int_equal(safefile_sync_dir(dir), 0);
    harness_remove_tree(dir);
    free(dir);
}

static void old_file(const char *dir, const char *name, time_t age)
{
    char *p = harness_path_in(dir, name);
    harness_write_file(p, "x");
    struct timespec ts[2] = {{time(NULL) - age, 0}, {time(NULL) - age, 0}};
    assert_int_equal(utimensat(AT_FDCWD, p, ts, 0), 0);
    free(p);
}

static void test_remove_stale(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    old_file(dir, "a.txt.tmpAAAAAA", 7200);
    old_file(dir, "b.txt.tmpBBBBBB", 60);
    old_file(dir, "c.tmp.txt", 7200);
    old_file(dir, "d.txt", 7200);
    char *sub = harness_path_in(dir, "e.tmpDIR");
    assert_int_equal(mkdir(sub, 0777), 0);
    safefile_remove_stale(dir, time(NULL), 3600);
    harness_expect_listing(dir, "b.txt.tmpBBBBBB c.tmp.txt d.txt e.tmpDIR");
    rmdir(sub);
    free(sub);
    harness_remove_tree(dir);
    free(dir);
}

static void test_dir_of(void **state)
{
    (void)state;
    const char *cases[][2] = {{"a/b/c.idf", "a/b"}, {"c.idf", "."}, {"/c.idf", "/"},
                              {"/x/c", "/x"}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *d = safefile_dir_of(cases[i][0]);
        assert_string_equal(d, cases[i][1]);
        free(d);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_temp_names),
        cmocka_unit_test(test_create_is_exclusive_and_tracked),
        cmocka_unit_test(test_remove_stale),
        cmocka_unit_test(test_dir_of),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
