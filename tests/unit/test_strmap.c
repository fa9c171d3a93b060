/* Unit tests: strmap.c (the string -> uint32 map). */
#include "harness.h"

#include "arena.h"
#include "strmap.h"

static void test_put_find_and_values(void **state)
{
    (void)state;
    strmap m;
    strmap_init(&m, NULL, NULL);
    assert_int_equal(strmap_find(&m, "x", 1), STRMAP_NONE); /* no table yet */
    int added = -1;
    uint32_t a = strmap_put(&m, "apple", 5, &added);
    assert_int_equal(a, 0);
    assert_int_equal(added, 1);
    assert_int_equal(strmap_get(&m, a), 0); /* new keys start at 0 */
    *strmap_value(&m, a) = 42;
    uint32_t b = strmap_put(&m, "apples", 6, &added);
    assert_int_equal(b, 1);
    assert_int_equal(added, 1);
    assert_int_equal(strmap_put(&m, "apple", 5, &added), a);
    assert_int_equal(added, 0);
    assert_int_equal(strmap_get(&m, a), 42);
    /* A prefix, a longer key, another case: all different keys. */
    assert_int_equal(strmap_find(&m, "appl", 4), STRMAP_NONE);
    assert_int_equal(strmap_find(&m, "applesauce", 10), STRMAP_NONE);
    assert_int_equal(strmap_find(&m, "Apple", 5), STRMAP_NONE);
    assert_int_equal(strmap_find(&m, "apples", 6), b);
    /* The empty key and keys holding NUL bytes are keys like any other. */
    uint32_t e = strmap_put(&m, "", 0, NULL);
    uint32_t z = strmap_put(&m, "a\0b", 3, NULL);
    assert_int_equal(strmap_find(&m, "", 0), e);
    assert_int_equal(strmap_find(&m, "a\0b", 3), z);
    assert_int_equal(strmap_find(&m, "a\0c", 3), STRMAP_NONE);
    assert_int_equal(strmap_count(&m), 4);
    strmap_free(&m);
    assert_int_equal(strmap_count(&m), 0);
    assert_int_equal(strmap_find(&m, "apple", 5), STRMAP_NONE);
}

/* Entry numbers follow insertion, and so does iteration, whatever the
 * hash does. */
static void test_insertion_order(void **state)
{
    (void)state;
    const char *words[] = {"zeta", "alpha", "mu", "beta", "omega", "alpha", "mu", "pi"};
    const char *order[] = {"zeta", "alpha", "mu", "beta", "omega", "pi"};
    strmap m;
    strmap_init(&m, NULL, NULL);
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        (*strmap_value(&m, strmap_put(&m, words[i], strlen(words[i]), NULL)))++;
    assert_int_equal(strmap_count(&m), 6);
    for (uint32_t i = 0; i < strmap_count(&m); i++) {
        size_t len;
        const char *k = strmap_key(&m, i, &len);
        assert_int_equal(len, strlen(order[i]));
        assert_memory_equal(k, order[i], len);
        assert_int_equal(strmap_get(&m, i), i == 1 || i == 2 ? 2 : 1);
    }
    strmap_free(&m);
}

/* Many keys through many rehashes: every key keeps its number. */
static void test_many_keys(void **state)
{
    (void)state;
    harness_alloc c = {.left = -1};
    brief_allocator a = harness_allocator(&c);
    arena *keys = arena_new(NULL);
    assert_non_null(keys);
    strmap m;
    strmap_init(&m, &a, keys);
    enum { N = 100000 };
    char buf[32];
    for (uint32_t i = 0; i < N; i++) {
        int n = snprintf(buf, sizeof buf, "key-%u", i * 7919u);
        int added;
        assert_int_equal(strmap_put(&m, buf, (size_t)n, &added), i);
        assert_int_equal(added, 1);
        *strmap_value(&m, i) = i ^ 0x5555u;
    }
    assert_int_equal(strmap_count(&m), N);
    for (uint32_t i = 0; i < N; i++) {
        int n = snprintf(buf, sizeof buf, "key-%u", i * 7919u);
        uint32_t id = strmap_find(&m, buf, (size_t)n);
        assert_int_equal(id, i);
        assert_int_equal(strmap_get(&m, id), i ^ 0x5555u);
        n = snprintf(buf, sizeof buf, "key-%u", i * 7919u + 1);
        assert_int_equal(strmap_find(&m, buf, (size_t)n), STRMAP_NONE);
    }
    /* Tables doubled: a logarithmic number of allocations, not one per
     * key; and everything goes back. */
    assert_true(c.calls < 64);
    strmap_free(&m);
    assert_int_equal(c.live, 0);
    arena_free(keys);
}

/* Every key with the same hash: one probe chain, still exact. */
static void test_collisions(void **state)
{
    (void)state;
    strmap m;
    strmap_init(&m, NULL, NULL);
    char keys[300][16];
    for (uint32_t i = 0; i < 300; i++) {
        snprintf(keys[i], sizeof keys[i], "c%u", i);
        assert_int_equal(strmap_put_hashed(&m, keys[i], strlen(keys[i]), 7, NULL), i);
    }
    for (uint32_t i = 0; i < 300; i++)
        assert_int_equal(strmap_find_hashed(&m, keys[i], strlen(keys[i]), 7), i);
    assert_int_equal(strmap_find_hashed(&m, "c300", 4, 7), STRMAP_NONE);
    /* The key decides, not the hash: another hash misses it. */
    assert_int_equal(strmap_find_hashed(&m, "c1", 2, 8), STRMAP_NONE);
    /* strmap_put uses strmap_hash. */
    uint32_t x = strmap_put(&m, "plain", 5, NULL);
    assert_int_equal(strmap_find_hashed(&m, "plain", 5, strmap_hash("plain", 5)), x);
    strmap_free(&m);
}

/* Borrowed keys are the caller's bytes; copied ones survive them. */
static void test_borrowed_and_copied_keys(void **state)
{
    (void)state;
    char word[8] = "market";
    strmap borrowed, copied;
    arena *ar = arena_new(NULL);
    assert_non_null(ar);
    strmap_init(&borrowed, NULL, NULL);
    strmap_init_arena(&copied, ar, ar);
    uint32_t b = strmap_put(&borrowed, word, 6, NULL);
    uint32_t c = strmap_put(&copied, word, 6, NULL);
    assert_ptr_equal(strmap_key(&borrowed, b, NULL), word);
    assert_ptr_not_equal(strmap_key(&copied, c, NULL), word);
    memcpy(word, "basket", 6);
    assert_int_equal(strmap_find(&copied, "market", 6), c);
    assert_int_equal(strmap_find(&copied, "basket", 6), STRMAP_NONE);
    assert_string_equal(strmap_key(&copied, c, NULL), "market"); /* NUL-terminated */
    strmap_free(&borrowed);
    strmap_free(&copied); /* arena-backed: a no-op */
    arena_free(ar);
}

/* After strmap_reserve(n), n puts allocate nothing. */
static void test_reserve(void **state)
{
    (void)state;
    harness_alloc c = {.left = -1};
    brief_allocator a = harness_allocator(&c);
    strmap m;
    strmap_init(&m, &a, NULL);
    assert_true(strmap_reserve(&m, 1000));
    long calls = c.calls;
    char keys[1000][16];
    for (int i = 0; i < 1000; i++) {
        snprintf(keys[i], sizeof keys[i], "r%d", i);
        assert_int_not_equal(strmap_put(&m, keys[i], strlen(keys[i]), NULL), STRMAP_NONE);
    }
    assert_int_equal(c.calls, calls);
    assert_true(strmap_reserve(&m, 10)); /* smaller: nothing to do */
    assert_int_equal(c.calls, calls);
    strmap_free(&m);
    assert_int_equal(c.live, 0);
}

/* A failed allocation fails the put and leaves the map as it was. */
static void test_allocation_failure(void **state)
{
    (void)state;
    char keys[200][16];
    for (int i = 0; i < 200; i++) snprintf(keys[i], sizeof keys[i], "f%d", i);
    for (long fail_at = 0; fail_at < 12; fail_at++) {
        harness_alloc c = {.left = fail_at}; /* the first fail_at succeed */
        brief_allocator a = harness_allocator(&c);
        strmap m;
        strmap_init(&m, &a, NULL);
        uint32_t n = 0;
        int failed = 0;
        for (int i = 0; i < 200; i++) {
            uint32_t id = strmap_put(&m, keys[i], strlen(keys[i]), NULL);
            if (id == STRMAP_NONE) {
                failed = 1;
                assert_int_equal(strmap_count(&m), n);
                assert_int_equal(strmap_find(&m, keys[i], strlen(keys[i])), STRMAP_NONE);
                break;
            }
            assert_int_equal(id, n++);
        }
        assert_true(failed); /* 200 keys need more than 12 allocations */
        for (uint32_t i = 0; i < n; i++)
            assert_int_equal(strmap_find(&m, keys[i], strlen(keys[i])), i);
        strmap_free(&m);
        assert_int_equal(c.live, 0);
    }
    /* Copying the key into an arena that cannot grow fails the put too. */
    harness_alloc c = {.left = -1};
    brief_allocator a = harness_allocator(&c);
    arena *keys_ar = arena_new(&a);
    assert_non_null(keys_ar);
    strmap m;
    strmap_init(&m, NULL, keys_ar);
    c.left = 0; /* every call fails from here: the arena's first chunk is refused */
    assert_int_equal(strmap_put(&m, "word", 4, NULL), STRMAP_NONE);
    assert_int_equal(strmap_count(&m), 0);
    assert_int_equal(strmap_find(&m, "word", 4), STRMAP_NONE);
    strmap_free(&m);
    arena_free(keys_ar);
    assert_int_equal(c.live, 0);
}

/* Fixed storage: nothing allocated, full means a failed put. */
static void test_fixed_storage(void **state)
{
    (void)state;
    strmap_slot slots[16];
    strmap_entry entries[16];
    strmap m;
    strmap_init_fixed(&m, slots, 16, entries, 16, NULL);
    char keys[9][16];
    for (uint32_t i = 0; i < 8; i++) { /* at most half the slots */
        snprintf(keys[i], sizeof keys[i], "k%u", i);
        assert_int_equal(strmap_put(&m, keys[i], 2, NULL), i);
    }
    snprintf(keys[8], sizeof keys[8], "k8");
    assert_int_equal(strmap_put(&m, keys[8], 2, NULL), STRMAP_NONE);
    assert_int_equal(strmap_put(&m, keys[3], 2, NULL), 3); /* present: fine */
    assert_int_equal(strmap_count(&m), 8);
    assert_false(strmap_reserve(&m, 9));
    for (uint32_t i = 0; i < 8; i++) assert_int_equal(strmap_find(&m, keys[i], 2), i);
    assert_int_equal(strmap_find(&m, "k8", 2), STRMAP_NONE);
    /* Fewer entries than half the slots: the entries bound it. */
    strmap_init_fixed(&m, slots, 16, entries, 3, NULL);
    for (uint32_t i = 0; i < 3; i++) assert_int_equal(strmap_put(&m, keys[i], 2, NULL), i);
    assert_int_equal(strmap_put(&m, keys[3], 2, NULL), STRMAP_NONE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_put_find_and_values),
        cmocka_unit_test(test_insertion_order),
        cmocka_unit_test(test_many_keys),
        cmocka_unit_test(test_collisions),
        cmocka_unit_test(test_borrowed_and_copied_keys),
        cmocka_unit_test(test_reserve),
        cmocka_unit_test(test_allocation_failure),
        cmocka_unit_test(test_fixed_storage),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
