/* Unit tests: name_variants.c (spellings of one name across the sources
 * of a story), on invented sentences. */
#include "harness.h"

#include "arena.h"
#include "name_variants.h"
#include "tokens.h"
#include "vectors.h"

typedef struct corpus {
    tok_lang *tl;
    vocab *v;
    arena *ar;
    uint32_t *tok[16];
    uint8_t *names[16];
    uint32_t ntok[16];
    uint32_t doc[16];
    size_t n;
} corpus;

static void corpus_init(corpus *c)
{
    memset(c, 0, sizeof *c);
    assert_int_equal(tok_lang_new(NULL, "english", &c->tl), BRIEF_OK);
    c->v = vocab_new(NULL);
    c->ar = arena_new(NULL);
    assert_non_null(c->v);
    assert_non_null(c->ar);
}

static void corpus_free(corpus *c)
{
    arena_free(c->ar);
    vocab_free(c->v);
    tok_lang_free(c->tl);
}

/* One sentence of document d. */
static void add(corpus *c, uint32_t d, const char *text)
{
    size_t n = 0, cap = 0;
    uint32_t *ids = NULL;
    uint8_t *nm = NULL;
    assert_int_equal(tok_text_names(c->tl, c->v, c->ar, text, strlen(text), &ids, &nm, &n, &cap),
                     BRIEF_OK);
    c->tok[c->n] = ids;
    c->names[c->n] = nm;
    c->ntok[c->n] = (uint32_t)n;
    c->doc[c->n++] = d;
}

/* The id of the stem of word w. */
static uint32_t id_of(corpus *c, const char *w)
{
    char buf[64];
    char low[64];
    size_t n = strlen(w);
    for (size_t i = 0; i <= n; i++) low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
    size_t len = tok_stem(c->tl, low, n, buf, sizeof buf);
    assert_true(len > 0);
    return vocab_lookup(c->v, buf, len);
}

static size_t find(corpus *c, name_alias **al)
{
    size_t n = 99;
    assert_int_equal(name_variants_find(c->ar, c->v, c->tok, c->ntok, c->names, c->doc, c->n, al,
                                        &n),
                     BRIEF_OK);
    return n;
}

static void test_keys(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* -y/-yy, doubled letters, dh/d, q/k/c, kh/k: one key. */
    assert_string_equal(name_key(ar, "Voronkovyy", 10), name_key(ar, "Voronkovy", 9));
    assert_string_equal(name_key(ar, "Qadhimov", 8), name_key(ar, "Kaddimov", 8));
    assert_string_equal(name_key(ar, "Khalmurad", 9), name_key(ar, "Kalmurad", 8));
    assert_string_not_equal(name_key(ar, "Voronkov", 8), name_key(ar, "Petrenko", 8));
    arena_free(ar);
}

/* Two sources spell one president two ways; the contexts share his first
 * name and title. */
static void test_two_sources_two_spellings(void **state)
{
    (void)state;
    corpus c;
    corpus_init(&c);
    add(&c, 0, "Officials said President Aleksandr Voronkov signed the river treaty.");
    add(&c, 0, "The treaty was welcomed by President Aleksandr Voronkov in Talmora.");
    add(&c, 1, "In Talmora, President Aleksandr Voronkow signed a treaty on the river.");
    name_alias *al;
    assert_int_equal(find(&c, &al), 1);
    /* The spelling used more often is kept. */
    assert_int_equal(al[0].from, id_of(&c, "voronkow"));
    assert_int_equal(al[0].to, id_of(&c, "voronkov"));
    corpus_free(&c);
}

/* Gadhafi-type spellings, with a first letter that differs. */
static void test_first_letter_differs(void **state)
{
    (void)state;
    corpus c;
    corpus_init(&c);
    add(&c, 0, "Reporters said Colonel Mustafa Qadrimi left the summit in Berenta.");
    add(&c, 1, "On Monday Colonel Mustafa Gadhrimi left the Berenta summit early.");
    name_alias *al;
    assert_int_equal(find(&c, &al), 1);
    corpus_free(&c);
}

/* One article naming two people whose names are one letter apart: an
 * outlet keeps to one spelling, so these are two people. */
static void test_same_document_two_people(void **state)
{
    (void)state;
    corpus c;
    corpus_init(&c);
    add(&c, 0, "Coach Maria Salvetti and her brother Mario Salvetti opened the school.");
    add(&c, 0, "Later Maria Salvetti thanked Mario Salvetti for the idea.");
    name_alias *al;
    assert_int_equal(find(&c, &al), 0);
    corpus_free(&c);
}

/* Close spellings whose contexts share nothing are left apart. */
static void test_contexts_disagree(void **state)
{
    (void)state;
    corpus c;
    corpus_init(&c);
    add(&c, 0, "The striker Tomas Belvedo scored twice for Porto Blanco.");
    add(&c, 1, "Farmers near the Belveda valley reported heavy frost overnight.");
    name_alias *al;
    assert_int_equal(find(&c, &al), 0);
    corpus_free(&c);
}

/* The vectors: two sentences that differ only in the spelling become the
 * same vector once the alias is applied. */
static void test_alias_vectors(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    uint32_t ta[] = {1, 4, 7};
    float wa[] = {0.6f, 0.0f, 0.8f};
    svec a = {ta, wa, 3};
    uint32_t alias[8];
    memset(alias, 0xff, sizeof alias);
    alias[7] = 2; /* term 7 counts as term 2 */
    svec out;
    assert_int_equal(vec_alias(ar, &a, alias, 8, &out), BRIEF_OK);
    assert_int_equal(out.n, 3);
    assert_int_equal(out.term[0], 1);
    assert_int_equal(out.term[1], 2);
    assert_int_equal(out.term[2], 4);
    assert_float_equal(out.w[1], 0.8, 1e-6);
    /* The input is untouched. */
    assert_int_equal(a.term[2], 7);
    /* Two spellings in one vector merge with the length kept. */
    uint32_t tb[] = {2, 7};
    float wb[] = {0.6f, 0.8f};
    svec b = {tb, wb, 2};
    assert_int_equal(vec_alias(ar, &b, alias, 8, &out), BRIEF_OK);
    assert_int_equal(out.n, 1);
    assert_float_equal(out.w[0], 1.0, 1e-6);
    /* In place (out is in): the old terms are read, not the new arrays. */
    uint32_t tc[] = {1, 4, 7};
    float wc[] = {0.6f, 0.1f, 0.8f};
    svec c = {tc, wc, 3};
    assert_int_equal(vec_alias(ar, &c, alias, 8, &c), BRIEF_OK);
    assert_int_equal(c.n, 3);
    assert_int_equal(c.term[0], 1);
    assert_int_equal(c.term[1], 2);
    assert_int_equal(c.term[2], 4);
    assert_float_equal(c.w[1], 0.8, 1e-6);
    assert_float_equal(c.w[2], 0.1, 1e-6);
    /* No aliased term: the same arrays. */
    alias[7] = UINT32_MAX;
    assert_int_equal(vec_alias(ar, &a, alias, 8, &out), BRIEF_OK);
    assert_ptr_equal(out.term, a.term);
    arena_free(ar);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keys),
        cmocka_unit_test(test_two_sources_two_spellings),
        cmocka_unit_test(test_first_letter_differs),
        cmocka_unit_test(test_same_document_two_people),
        cmocka_unit_test(test_contexts_disagree),
        cmocka_unit_test(test_alias_vectors),
    };
    return cmocka_run_group_tests_name("name_variants", tests, NULL, NULL);
}
