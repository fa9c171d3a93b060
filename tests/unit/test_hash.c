/* Unit tests: hash.h (FNV-1a 64 and the integer finalizer). */
#include "harness.h"

#include "hash.h"

/* The published FNV-1a 64 test vectors (Fowler/Noll/Vo). */
static void test_fnv1a_vectors(void **state)
{
    (void)state;
    assert_true(hash_bytes("", 0) == UINT64_C(0xcbf29ce484222325));
    assert_true(hash_bytes("a", 1) == UINT64_C(0xaf63dc4c8601ec8c));
    assert_true(hash_bytes("foobar", 6) == UINT64_C(0x85944171f73967e8));
    assert_true(HASH_FNV_BASIS == UINT64_C(0xcbf29ce484222325));
}

/* Folding in pieces is folding the whole. */
static void test_fold_is_incremental(void **state)
{
    (void)state;
    const char *s = "governor of the central bank";
    uint64_t h = hash_fold_bytes(HASH_FNV_BASIS, s, 9);
    h = hash_fold_bytes(h, s + 9, strlen(s) - 9);
    assert_true(h == hash_bytes(s, strlen(s)));
    assert_true(hash_fold_bytes(h, s, 0) == h);
    /* Bytes are unsigned: a byte >= 0x80 is not sign-extended. */
    assert_true(hash_bytes("\xe9", 1) == ((HASH_FNV_BASIS ^ 0xE9u) * HASH_FNV_PRIME));
}

/* MinHash hashes each stem with 64-bit FNV-1a from the standard basis
 * (cluster_stem_hash); the expected values were computed with that code,
 * so cluster.c can use hash_bytes and signatures stay put. */
static void test_same_as_minhash_stem_hash(void **state)
{
    (void)state;
    assert_true(hash_bytes("governor", 8) == UINT64_C(0x8c491e5e765943eb));
    assert_true(hash_bytes("bank", 4) == UINT64_C(0x9a1adf9baa01f4b7));
    assert_true(hash_bytes("\xc3\xa9t\xc3\xa9", 6) == UINT64_C(0xbbb96cb24bb85bd5));
}

/* Sketch band keys fold whole 32-bit signature values from the legacy
 * basis; the expected values were computed with the code that printed
 * band keys before hash.h existed. */
static void test_band_keys_unchanged(void **state)
{
    (void)state;
    const uint32_t sig[4] = {12345u, 4000000000u, 0u, 77u};
    uint64_t h = HASH_BAND_BASIS;
    for (size_t k = 0; k < 4; k++) h = hash_fold_u32(h, sig[k]);
    assert_true(h == UINT64_C(0x7aa51bc44dc63669));
    assert_true(HASH_BAND_BASIS == UINT64_C(0x14650fb0739d0383));
    /* A whole value is one step, not four byte steps. */
    assert_true(hash_fold_u32(HASH_FNV_BASIS, 0x61u) == hash_bytes("a", 1));
}

static void test_to32_and_mix64(void **state)
{
    (void)state;
    assert_int_equal(hash_to32(UINT64_C(0x0000000100000002)), 3);
    assert_int_equal(hash_to32(UINT64_C(0xffffffff00000000)), 0xffffffffu);
    assert_true(hash_mix64(0) == 0);
    assert_true(hash_mix64(1) == UINT64_C(0xb456bcfc34c2cb2c));
    assert_true(hash_mix64((UINT64_C(7) << 32) | 0xFFFFFFFFu) == UINT64_C(0xda6846dda33da736));
    /* Keys differing in their high half only land in different low bits. */
    size_t same = 0;
    for (uint64_t a = 0; a < 1000; a++)
        same += (hash_mix64(a << 32) & 1023) == (hash_mix64((a + 1) << 32) & 1023);
    assert_true(same < 10);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fnv1a_vectors),
        cmocka_unit_test(test_fold_is_incremental),
        cmocka_unit_test(test_same_as_minhash_stem_hash),
        cmocka_unit_test(test_band_keys_unchanged),
        cmocka_unit_test(test_to32_and_mix64),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
