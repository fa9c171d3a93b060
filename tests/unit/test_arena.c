/* Unit tests: arena.c (text.c has test_text.c). */
#include "harness.h"

#include "arena.h"

static void test_alignment_and_growth(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    assert_non_null(ar);
    char *a = arena_alloc(ar, 3);
    char *b = arena_alloc(ar, 5);
    assert_non_null(a);
    assert_non_null(b);
    assert_int_equal((uintptr_t)a % 16, 0);
    assert_int_equal((uintptr_t)b % 16, 0);
    assert_true(b >= a + 3);
    /* A request larger than any chunk gets its own. */
    char *big = arena_alloc(ar, (size_t)20 << 20);
    assert_non_null(big);
    memset(big, 1, (size_t)20 << 20);
    assert_true(arena_used(ar) >= ((size_t)20 << 20));
    arena_free(ar);
}

static void test_reset_keeps_one_chunk(void **state)
{
    (void)state;
    harness_alloc c = {.left = -1};
    brief_allocator al = harness_allocator(&c);
    arena *ar = arena_new(&al);
    assert_non_null(ar);
    arena_reset(ar); /* no chunk yet: nothing to do */
    for (int i = 0; i < 2000; i++) assert_non_null(arena_alloc(ar, 1000));
    assert_true(c.live > 3); /* several chunks */
    arena_reset(ar);
    assert_int_equal(c.live, 2); /* the arena and its newest chunk */
    assert_int_equal(arena_used(ar), 0);
    long before = c.mallocs;
    char *p = arena_alloc(ar, 4096);
    assert_non_null(p);
    memset(p, 7, 4096);
    assert_int_equal(c.mallocs, before); /* reused */
    /* Growing the first allocation after a reset stays in place. */
    assert_ptr_equal(arena_grow(ar, p, 4096, 8192), p);
    arena_free(ar);
    assert_int_equal(c.live, 0);
}

static void test_overflow_refused(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    assert_null(arena_calloc(ar, SIZE_MAX / 2, 4));
    assert_null(arena_alloc(ar, SIZE_MAX - 3));
    arena_free(ar);
}

static void test_grow_in_place_and_push(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    char *p = arena_alloc(ar, 16);
    memcpy(p, "abcdefghijklmnop", 16);
    char *q = arena_grow(ar, p, 16, 64);
    assert_ptr_equal(p, q); /* newest allocation grows in place */
    arena_alloc(ar, 8);
    char *r = arena_grow(ar, q, 64, 128);
    assert_ptr_not_equal(q, r); /* no longer newest: copied */
    assert_memory_equal(r, "abcdefghijklmnop", 16);

    uint32_t *v = NULL;
    size_t n = 0, cap = 0;
    for (uint32_t i = 0; i < 10000; i++) {
        assert_true(ARENA_PUSH(ar, v, n, cap));
        v[n - 1] = i;
    }
    assert_int_equal(n, 10000);
    for (uint32_t i = 0; i < 10000; i++) assert_int_equal(v[i], i);
    arena_free(ar);
}

static void test_shrink_gives_back_the_tail(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    char *a = arena_alloc(ar, 1000);
    assert_non_null(a);
    arena_shrink(ar, a, 20); /* the newest: the rest goes back */
    assert_int_equal(arena_used(ar), 32);
    char *b = arena_alloc(ar, 100);
    assert_ptr_equal(b, a + 32);
    arena_shrink(ar, a, 0); /* not the newest: nothing changes */
    assert_ptr_equal(arena_alloc(ar, 16), b + 112);
    arena_shrink(ar, NULL, 0);
    arena_free(ar);
}

static void test_big_request_leaves_the_chunk_filling(void **state)
{
    (void)state;
    harness_alloc c = {.left = -1};
    brief_allocator al = harness_allocator(&c);
    arena *ar = arena_new(&al);
    char *a = arena_alloc(ar, 100);
    assert_non_null(a);
    /* More than an eighth of a chunk that does not fit: a chunk of its
     * own, and the first chunk goes on filling. */
    char *big = arena_alloc(ar, (size_t)1 << 20);
    assert_non_null(big);
    memset(big, 1, (size_t)1 << 20);
    char *b = arena_alloc(ar, 100);
    assert_ptr_equal(b, a + 112);
    /* The newest allocation of that chunk still grows in place. */
    assert_ptr_equal(arena_grow(ar, b, 100, 200), b);
    assert_int_equal(c.live, 3);
    arena_reset(ar); /* the big chunk goes, the one being filled stays */
    assert_int_equal(c.live, 2);
    assert_ptr_equal(arena_alloc(ar, 16), a);
    arena_free(ar);
    assert_int_equal(c.live, 0);

    /* The first request already big: its chunk is the only one. */
    ar = arena_new(&al);
    assert_non_null(arena_alloc(ar, (size_t)1 << 20));
    assert_non_null(arena_alloc(ar, 10));
    arena_free(ar);
    assert_int_equal(c.live, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_alignment_and_growth),
        cmocka_unit_test(test_overflow_refused),
        cmocka_unit_test(test_reset_keeps_one_chunk),
        cmocka_unit_test(test_grow_in_place_and_push),
        cmocka_unit_test(test_shrink_gives_back_the_tail),
        cmocka_unit_test(test_big_request_leaves_the_chunk_filling),
    };
    return cmocka_run_group_tests_name("arena", tests, NULL, NULL);
}
