/* Unit tests: quote_map, the quotes stage's value slots over strmap. */
#include "harness.h"

#include "arena.h"
#include "quote_map.h"

static void test_put_get(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    assert_non_null(ar);
    strmap m;
    strmap_init_arena(&m, ar, NULL);
    assert_null(qmap_get(&m, "a", 1)); /* an empty map */
    uint32_t *v = qmap_put(&m, "Putin", 5);
    assert_non_null(v);
    assert_int_equal(*v, 0); /* new slots start at 0 */
    *v = 7;
    assert_ptr_equal(qmap_put(&m, "Putin", 5), v); /* same slot */
    assert_int_equal(*qmap_get(&m, "Putin", 5), 7);
    /* keys are bytes with a length: a prefix is another key */
    assert_null(qmap_get(&m, "Put", 3));
    assert_null(qmap_get(&m, "putin", 5));
    assert_int_equal(strmap_count(&m), 1);
    arena_free(ar);
}

/* Growing keeps every key and value. */
static void test_growth(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    strmap m;
    strmap_init_arena(&m, ar, NULL);
    static char keys[1000][8];
    for (uint32_t i = 0; i < 1000; i++) {
        snprintf(keys[i], sizeof keys[i], "k%u", i);
        uint32_t *v = qmap_put(&m, keys[i], strlen(keys[i]));
        assert_non_null(v);
        *v = i + 1;
    }
    assert_int_equal(strmap_count(&m), 1000);
    for (uint32_t i = 0; i < 1000; i++) {
        uint32_t *v = qmap_get(&m, keys[i], strlen(keys[i]));
        assert_non_null(v);
        assert_int_equal(*v, i + 1);
    }
    assert_null(qmap_get(&m, "k1000", 5));
    arena_free(ar);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_put_get),
        cmocka_unit_test(test_growth),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
