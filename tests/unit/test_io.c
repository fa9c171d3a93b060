/* Unit tests: io.c (reading a path into memory, writing a file whole,
 * brief_story_add_file). */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"

#include "io.h"

static void test_read(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    char *path = harness_path_in(dir, "a.txt");
    harness_write_file(path, "twelve bytes");
    char *buf = NULL;
    size_t len = 0;
    assert_int_equal(read_path(NULL, path, 100, &buf, &len), BRIEF_OK);
    assert_int_equal(len, 12);
    assert_memory_equal(buf, "twelve bytes", 12);
    free(buf);
    /* Exactly the limit is allowed, one byte over is not. */
    assert_int_equal(read_path(NULL, path, 12, &buf, &len), BRIEF_OK);
    free(buf);
    assert_int_equal(read_path(NULL, path, 11, &buf, &len), BRIEF_ELIMIT);
    assert_null(buf);
    assert_int_equal(len, 0);
    free(path);
    harness_remove_tree(dir);
    free(dir);
}

static void test_read_refused(void **state)
{
    (void)state;
    char *buf = (char *)1;
    size_t len = 9;
    errno = 0;
    assert_int_equal(read_path(NULL, "/no/such/file.txt", 100, &buf, &len), BRIEF_EIO);
    assert_int_equal(errno, ENOENT);
    assert_null(buf);
    errno = 0;
    assert_int_equal(read_path(NULL, "/tmp", 100, &buf, &len), BRIEF_EIO);
    assert_int_equal(errno, EISDIR);
}

/* A stream that does not say its size is read until it passes the limit
 * (a FIFO; the writer stops when the reader closes). */
static void test_read_stream_over_limit(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    char *path = harness_path_in(dir, "fifo");
    assert_int_equal(mkfifo(path, 0600), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        int fd = open(path, O_WRONLY);
        free(path); /* the child's copies, before it _exits */
        free(dir);
        char block[4096];
        memset(block, 'x', sizeof block);
        for (int i = 0; i < 64 && fd >= 0; i++)
            if (write(fd, block, sizeof block) < 0) break;
        _exit(0);
    }
    char *buf = NULL;
    size_t len = 0;
    assert_int_equal(read_path(NULL, path, 100000, &buf, &len), BRIEF_ELIMIT);
    assert_null(buf);
    int status;
    waitpid(pid, &status, 0);
    free(path);
    harness_remove_tree(dir);
    free(dir);
}

static int emit_text(FILE *f, void *arg) { return fputs(arg, f) < 0 ? -1 : 0; }
static int emit_fail(FILE *f, void *arg)
{
    (void)arg;
    fputs("half", f);
    return -1;
}

static void test_write(void **state)
{
    (void)state;
    char *dir = harness_temp_dir();
    char *path = harness_path_in(dir, "table.tsv");
    harness_write_file(path, "old contents");
    assert_int_equal(write_path(path, emit_text, "new contents\n"), BRIEF_OK);
    char *buf = NULL;
    size_t len = 0;
    assert_int_equal(read_path(NULL, path, 100, &buf, &len), BRIEF_OK);
    assert_int_equal(len, 13);
    assert_memory_equal(buf, "new contents\n", 13);
    free(buf);
    harness_expect_listing(dir, "table.tsv"); /* no temporary left */
    /* A failed write leaves the old file as it was, and nothing else. */
    assert_int_equal(write_path(path, emit_fail, NULL), BRIEF_EIO);
    assert_int_equal(read_path(NULL, path, 100, &buf, &len), BRIEF_OK);
    assert_memory_equal(buf, "new contents\n", 13);
    free(buf);
    harness_expect_listing(dir, "table.tsv");
    free(path);
    path = harness_path_in(dir, "no/such/dir.tsv");
    errno = 0;
    assert_int_equal(write_path(path, emit_text, "x"), BRIEF_EIO);
    assert_int_equal(errno, ENOENT);
    free(path);
    harness_remove_tree(dir);
    free(dir);
}

static void test_add_file(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    char *dir = harness_temp_dir();
    char *path = harness_path_in(dir, "note.txt");
    harness_write_file(path, "The ferry to the island left on time. It carried forty cars.\n");
    assert_int_equal(brief_story_add_file(st, path), BRIEF_OK);
    assert_int_equal(brief_story_doc_count(st), 1);
    assert_string_equal(brief_story_doc(st, 0)->source, "note");
    /* Missing: EIO, errno kept, the message names the file and the reason. */
    errno = 0;
    assert_int_equal(brief_story_add_file(st, "/no/such/file.txt"), BRIEF_EIO);
    assert_int_equal(errno, ENOENT);
    assert_non_null(strstr(brief_story_errmsg(st), "/no/such/file.txt: "));
    assert_non_null(strstr(brief_story_errmsg(st), strerror(ENOENT)));
    /* A folder is refused. */
    assert_int_equal(brief_story_add_file(st, dir), BRIEF_EIO);
    assert_int_equal(errno, EISDIR);
    /* Over 512 MiB: refused unread (a sparse file takes no room). */
    free(path);
    path = harness_path_in(dir, "huge.txt");
    int fd = open(path, O_CREAT | O_WRONLY, 0600);
    assert_true(fd >= 0);
    assert_int_equal(ftruncate(fd, (off_t)BRIEF_MAX_INPUT_BYTES + 1), 0);
    close(fd);
    assert_int_equal(brief_story_add_file(st, path), BRIEF_ELIMIT);
    assert_non_null(strstr(brief_story_errmsg(st), "512 MiB"));
    assert_int_equal(brief_story_doc_count(st), 1);
    assert_int_equal(brief_story_add_file(st, NULL), BRIEF_EINVAL);
    free(path);
    harness_remove_tree(dir);
    free(dir);
    harness_story_free(st, ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_read),
        cmocka_unit_test(test_read_refused),
        cmocka_unit_test(test_read_stream_over_limit),
        cmocka_unit_test(test_write),
        cmocka_unit_test(test_add_file),
    };
    return cmocka_run_group_tests_name("io", tests, NULL, NULL);
}
