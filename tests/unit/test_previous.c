/* Unit tests: brief_previous (previous.c): the texts an earlier edition
 * reported, the status of today's stories (by exact file names), and the
 * errors of a file that is missing, not a regular file, not JSON, or not
 * an edition. */
#include <sys/stat.h>
#include <unistd.h>

#include <fcntl.h>

#include "harness.h"

static const char earlier[] =
    "{\"stories\": ["
    " {\"lead\": \"Lead one.\", \"key_points\": [{\"text\": \"Point A.\"}, {\"text\": \"Point B.\"}],"
    "  \"quotes\": [{\"text\": \"Quote Q\"}], \"files\": [\"day1/b.txt\", \"day1/a.txt\"]},"
    " {\"lead\": \"Lead two.\", \"key_points\": [{\"score\": 1}], \"quotes\": [{\"text\": \"Point A.\"}],"
    "  \"files\": [\"day1/c.txt\", 7]},"
    " \"not a story\""
    "]}";

static void test_seen_texts(void **state)
{
    (void)state;
    char *path = harness_temp_file(earlier, sizeof earlier - 1);
    brief_previous *p = NULL;
    assert_int_equal(brief_previous_new(NULL, &p), BRIEF_OK);
    assert_int_equal(brief_previous_load(p, path), BRIEF_OK);
    assert_string_equal(brief_previous_errmsg(p), "");
    const char *const *seen;
    size_t n;
    brief_previous_seen(p, &seen, &n);
    /* Key points, quotes and leads of every story, sorted (by strcmp, as
     * brief_compose_options.seen_sorted wants them) and each once. */
    const char *want[] = {"Lead one.", "Lead two.", "Point A.", "Point B.", "Quote Q"};
    assert_int_equal(n, 5);
    for (size_t i = 0; i < n; i++) assert_string_equal(seen[i], want[i]);
    brief_previous_free(p);
    unlink(path);
    free(path);
}

static void test_status(void **state)
{
    (void)state;
    char *path = harness_temp_file(earlier, sizeof earlier - 1);
    brief_previous *p = NULL;
    assert_int_equal(brief_previous_new(NULL, &p), BRIEF_OK);
    assert_int_equal(brief_previous_load(p, path), BRIEF_OK);
    brief_ctx *ctx = NULL;
    brief_story *st = harness_story_new(&ctx, NULL);
    const char *names[] = {"day2/x.txt", "day1/a.txt", "day1/c.txt", "7"};
    for (int i = 0; i < 4; i++) assert_int_equal(brief_story_add_text(st, names[i], "A b.", 4), BRIEF_OK);
    const brief_point *pt[1] = {NULL};
    brief_digest shows = {.npoints = 1, .points = pt}, empty = {.npoints = 0};
    const size_t fresh[] = {0}, both[] = {0, 1}, old[] = {2}, number[] = {3};
    assert_string_equal(brief_previous_status(p, st, fresh, 1, &shows), "new");
    assert_string_equal(brief_previous_status(p, st, both, 2, &shows), "updated");
    assert_string_equal(brief_previous_status(p, st, old, 1, &empty), "unchanged");
    /* Only strings count as file names. */
    assert_string_equal(brief_previous_status(p, st, number, 1, &empty), "new");
    assert_null(brief_previous_status(NULL, st, fresh, 1, &shows));
    /* Nothing loaded: every story is new. */
    brief_previous *none = NULL;
    assert_int_equal(brief_previous_new(NULL, &none), BRIEF_OK);
    assert_string_equal(brief_previous_status(none, st, both, 2, &shows), "new");
    brief_previous_free(none);
    harness_story_free(st, ctx);
    brief_previous_free(p);
    unlink(path);
    free(path);
}

/* A name that is not valid UTF-8 is read back from "files_bytes", its
 * exact form, so the story it was in is found again; a malformed or
 * mismatched "files_bytes" falls back to "files". */
static const char exact[] =
    "{\"stories\": ["
    " {\"lead\": \"L.\", \"files\": [\"day1/caf\\uFFFD.txt\", \"day1/x\\\\y.txt\"],"
    "  \"files_bytes\": [\"day1/caf\\\\xFF.txt\", \"day1/x\\\\\\\\y.txt\"]},"
    " {\"lead\": \"M.\", \"files\": [\"day1/bad.txt\"], \"files_bytes\": [\"day1/bad\\\\q.txt\"]},"
    " {\"lead\": \"N.\", \"files\": [\"day1/odd.txt\", \"day1/two.txt\"],"
    "  \"files_bytes\": [\"day1/other.txt\"]}"
    "]}";

static void test_exact_file_names(void **state)
{
    (void)state;
    char *path = harness_temp_file(exact, sizeof exact - 1);
    brief_previous *p = NULL;
    assert_int_equal(brief_previous_new(NULL, &p), BRIEF_OK);
    assert_int_equal(brief_previous_load(p, path), BRIEF_OK);
    brief_ctx *ctx = NULL;
    brief_story *st = harness_story_new(&ctx, NULL);
    const char *names[] = {"day1/caf\xFF.txt", "day1/caf\xEF\xBF\xBD.txt", "day1/x\\y.txt",
                           "day1/bad.txt", "day1/odd.txt", "day1/other.txt"};
    const char *want[] = {"unchanged", "new", "unchanged", "unchanged", "unchanged", "new"};
    brief_digest empty = {.npoints = 0};
    for (size_t i = 0; i < 6; i++) {
        assert_int_equal(brief_story_add_text(st, names[i], "A b.", 4), BRIEF_OK);
        const size_t doc[] = {i};
        assert_string_equal(brief_previous_status(p, st, doc, 1, &empty), want[i]);
    }
    harness_story_free(st, ctx);
    brief_previous_free(p);
    unlink(path);
    free(path);
}

static void test_errors(void **state)
{
    (void)state;
    brief_previous *p = NULL;
    assert_int_equal(brief_previous_new(NULL, &p), BRIEF_OK);
    assert_int_equal(brief_previous_load(p, "/no/such/earlier.json"), BRIEF_EIO);
    assert_string_equal(brief_previous_errmsg(p), "/no/such/earlier.json: cannot read an earlier "
                                                  "brief: No such file or directory");
    static const char not_an_edition[] = "[{\"files\": [\"a\"]}]";
    static const char cut_short[] = "{\"stories\": [";
    char *path = harness_temp_file(not_an_edition, sizeof not_an_edition - 1);
    assert_int_equal(brief_previous_load(p, path), BRIEF_EFORMAT);
    char want[256];
    snprintf(want, sizeof want, "%s: not the JSON output of 'brief daily' (no \"stories\")", path);
    assert_string_equal(brief_previous_errmsg(p), want);
    unlink(path);
    free(path);
    path = harness_temp_file(cut_short, sizeof cut_short - 1);
    assert_int_equal(brief_previous_load(p, path), BRIEF_EFORMAT);
    assert_non_null(strstr(brief_previous_errmsg(p), ": cannot read an earlier brief: "));
    unlink(path);
    free(path);
    /* A FIFO with no writer would block the read forever, a folder never
     * parses: neither is opened for reading. */
    char *dir = harness_temp_dir();
    char *fifo = harness_path_in(dir, "earlier.json");
    assert_int_equal(mkfifo(fifo, 0600), 0);
    alarm(10); /* a load that blocks ends the test (SIGALRM) */
    assert_int_equal(brief_previous_load(p, fifo), BRIEF_EIO);
    alarm(0);
    snprintf(want, sizeof want, "%s: cannot read an earlier brief: not a regular file", fifo);
    assert_string_equal(brief_previous_errmsg(p), want);
    assert_int_equal(brief_previous_load(p, dir), BRIEF_EIO);
    assert_non_null(strstr(brief_previous_errmsg(p), "not a regular file"));
    /* A file past the input bound is refused before jansson reads it (a
     * sparse file: no disk is used). */
    char *huge = harness_path_in(dir, "huge.json");
    int hfd = open(huge, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    assert_true(hfd >= 0);
    assert_int_equal(ftruncate(hfd, (off_t)BRIEF_MAX_INPUT_BYTES + 1), 0);
    close(hfd);
    assert_int_equal(brief_previous_load(p, huge), BRIEF_ELIMIT);
    assert_non_null(strstr(brief_previous_errmsg(p), "larger than"));
    free(huge);
    harness_remove_tree(dir);
    free(fifo);
    free(dir);
    /* A failed load leaves nothing behind. */
    const char *const *seen;
    size_t n = 9;
    brief_previous_seen(p, &seen, &n);
    assert_int_equal(n, 0);
    assert_int_equal(brief_previous_load(p, NULL), BRIEF_EINVAL);
    assert_int_equal(brief_previous_new(NULL, NULL), BRIEF_EINVAL);
    brief_previous_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seen_texts),
        cmocka_unit_test(test_status),
        cmocka_unit_test(test_exact_file_names),
        cmocka_unit_test(test_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
