/* Unit tests: brief_buffer (buffer.c), the output every render appends to:
 * it grows, stays NUL-terminated, clears, draws its memory from the
 * allocator it is given, and is left as it was when an append fails. */
#include "harness.h"

#include "buffer.h"

static void test_grows_and_clears(void **state)
{
    (void)state;
    brief_buffer *b = NULL;
    assert_int_equal(brief_buffer_new(NULL, &b), BRIEF_OK);
    assert_string_equal(brief_buffer_data(b), "");
    assert_int_equal(brief_buffer_len(b), 0);
    /* Far past the first chunk of the arena, so it must move and grow. */
    char piece[1000];
    memset(piece, 'x', sizeof piece);
    for (int i = 0; i < 300; i++) assert_int_equal(brief_buffer_append(b, piece, sizeof piece), BRIEF_OK);
    assert_int_equal(brief_buffer_len(b), 300000);
    assert_int_equal(strlen(brief_buffer_data(b)), 300000);
    assert_int_equal(brief_buffer_append(b, "end", 3), BRIEF_OK);
    assert_memory_equal(brief_buffer_data(b) + 300000, "end", 4);
    brief_buffer_clear(b);
    assert_int_equal(brief_buffer_len(b), 0);
    assert_string_equal(brief_buffer_data(b), "");
    assert_int_equal(brief_buffer_append(b, "again", 5), BRIEF_OK);
    assert_string_equal(brief_buffer_data(b), "again");
    brief_buffer_free(b);
}

static void test_uses_its_allocator(void **state)
{
    (void)state;
    harness_alloc c = {.left = -1};
    brief_allocator a = harness_allocator(&c);
    brief_buffer *b = NULL;
    assert_int_equal(brief_buffer_new(&a, &b), BRIEF_OK);
    assert_int_equal(brief_buffer_append(b, "hello", 5), BRIEF_OK);
    assert_true(c.mallocs >= 2);   /* the buffer and its arena, then a chunk */
    brief_buffer_free(b);
    assert_int_equal(c.live, 0);
    assert_int_equal(c.mallocs, c.frees);
}

static void test_failure_leaves_it_as_it_was(void **state)
{
    (void)state;
    harness_alloc c = {.left = -1};
    brief_allocator a = harness_allocator(&c);
    brief_buffer *b = NULL;
    assert_int_equal(brief_buffer_new(&a, &b), BRIEF_OK);
    assert_int_equal(brief_buffer_append(b, "kept", 4), BRIEF_OK);
    c.left = 0; /* every allocation fails */
    static char big[1 << 20];
    assert_int_equal(brief_buffer_append(b, big, sizeof big), BRIEF_ENOMEM);
    assert_string_equal(brief_buffer_data(b), "kept");
    assert_int_equal(brief_buffer_len(b), 4);
    c.left = -1;
    /* The failure is not sticky. */
    assert_int_equal(brief_buffer_append(b, "!", 1), BRIEF_OK);
    assert_string_equal(brief_buffer_data(b), "kept!");
    brief_buffer_free(b);
    assert_int_equal(c.live, 0);

    c.left = 0; /* every allocation fails */
    b = (brief_buffer *)&c;
    assert_int_equal(brief_buffer_new(&a, &b), BRIEF_ENOMEM);
    assert_null(b);
}

static void test_null_arguments(void **state)
{
    (void)state;
    assert_int_equal(brief_buffer_new(NULL, NULL), BRIEF_EINVAL);
    assert_int_equal(brief_buffer_append(NULL, "x", 1), BRIEF_EINVAL);
    assert_string_equal(brief_buffer_data(NULL), "");
    assert_int_equal(brief_buffer_len(NULL), 0);
    brief_buffer_clear(NULL);
    brief_buffer_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_grows_and_clears),
        cmocka_unit_test(test_uses_its_allocator),
        cmocka_unit_test(test_failure_leaves_it_as_it_was),
        cmocka_unit_test(test_null_arguments),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
