/* Unit tests: quote_words, pass 2 of the quotes stage (tokens, name
 * words, noun phrases). */
#include "harness.h"

#include "arena.h"
#include "clean.h"
#include "quote_marks.h"
#include "quote_words.h"
#include "split.h"
#include "quote_fixture.h"


/* clean -> split -> marks -> tokens of t into *d (arena ar). */
static void load(arena *ar, const quotes_lang *lang, const char *t, doc *d)
{
    block *b = NULL;
    size_t nb = 0, ns = 0, nq = 0;
    span *sp = NULL;
    qrec *q = NULL;
    assert_int_equal(clean_blocks(ar, t, strlen(t), 0, NULL, &b, &nb), BRIEF_OK);
    assert_int_equal(split_sentences(ar, sl, t, b, nb, &sp, &ns), BRIEF_OK);
    assert_int_equal(find_marks(ar, t, b, nb, &q, &nq), 1);
    doc_init(d, ar, lang, t);
    assert_int_equal(tokenize(d, q, nq, sp, ns), 1);
}

/* The index of the first word token spelled w. */
static size_t find(const doc *d, const char *w)
{
    for (size_t i = 0; i < d->nt; i++)
        if (d->tk[i].kind == T_WORD && d->tk[i].e - d->tk[i].s == strlen(w) &&
            memcmp(d->t + d->tk[i].s, w, strlen(w)) == 0)
            return i;
    fail_msg("no token %s", w);
    return 0;
}

static void test_tokens(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    doc d;
    load(ar, ql, "Jane Doe's aide, Ms. Roe of the U.S. team, said: “We isn't done.”", &d);
    static const int kinds[] = {T_WORD, T_WORD, T_WORD, T_COMMA, T_WORD, T_WORD, T_WORD,
                                T_WORD, T_WORD, T_WORD, T_COMMA, T_WORD, T_COLON, T_QUOTE};
    assert_int_equal(d.nt, sizeof kinds / sizeof kinds[0]);
    for (size_t i = 0; i < d.nt; i++) assert_int_equal(d.tk[i].kind, kinds[i]);
    assert_true(d.tk[0].first && d.tk[0].cap);
    assert_false(d.tk[1].first);
    assert_true(d.tk[1].poss);          /* Doe's */
    assert_false(d.tk[0].poss);
    assert_int_equal(find(&d, "Ms."), 4);   /* an honorific keeps its period */
    assert_int_equal(find(&d, "U.S."), 8);  /* so does an abbreviation */
    assert_true(d.tk[find(&d, "said")].cls & C_SPEECH);
    assert_false(d.tk[find(&d, "said")].cap);
    assert_int_equal(d.tk[13].q, 0);
    /* the quote is one token: no word inside it is seen */
    for (size_t i = 0; i < d.nt; i++)
        assert_false(d.tk[i].kind == T_WORD && d.tk[i].s > d.tk[13].s);
    arena_free(ar);
}

static void test_word_tests(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    doc d;
    load(ar, ql, "Speaking to the king, according to Roe, Farmer said no. "
                      "Farmers said yes. The farmers agreed accordingly.", &d);
    assert_true(is_gerund(&d, find(&d, "Speaking")));
    assert_false(is_gerund(&d, find(&d, "king"))); /* four letters: not a gerund */
    assert_true(is_det(&d, find(&d, "the")));
    assert_true(is_det(&d, find(&d, "The")));
    assert_false(is_det(&d, find(&d, "king")));
    assert_int_equal(according_at(&d, find(&d, "according")), 2);
    assert_int_equal(according_at(&d, find(&d, "accordingly")), 0);
    assert_int_equal(according_at(&d, find(&d, "to")), 0);
    assert_false(has_class(&d, d.nt, C_SPEECH)); /* past the end */
    /* a capital that only opens a sentence, the word seen in lowercase
     * elsewhere, is no name; one never seen in lowercase may be */
    assert_false(name_word(&d, find(&d, "Farmers")));
    assert_true(name_word(&d, find(&d, "Farmer")));
    assert_true(name_word(&d, find(&d, "Roe")));
    assert_false(name_word(&d, find(&d, "The")));
    arena_free(ar);
    /* alone at a sentence's start, a name is one the text writes inside a
     * sentence somewhere too */
    ar = arena_new(NULL);
    load(ar, ql, "Hours later, the mayor spoke. Lopez left. The envoy Ana Lopez stayed.", &d);
    assert_false(name_word(&d, find(&d, "Hours")));
    assert_true(name_word(&d, find(&d, "Lopez")));
    arena_free(ar);
}

static void test_noun_phrases(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    doc d;
    load(ar, ql, "UK Prime Minister Keir Starmer said no. The Russian foreign ministry "
                      "said no. Professor Jane Doe of Yale said no. An Islamic charity "
                      "group said no.", &d);
    np p;
    assert_int_equal(np_fwd(&d, 0, d.nt, &p), 1);
    assert_int_equal(p.a, 0);
    assert_int_equal(p.b, 5);
    assert_string_equal(words_text(&d, p.na, p.b, 0), "Keir Starmer");
    assert_string_equal(words_text(&d, p.a, p.na, 0), "UK Prime Minister");
    assert_true(p.has_role);
    assert_false(p.det);

    size_t the = find(&d, "The");
    assert_int_equal(np_fwd(&d, the, d.nt, &p), 1);
    assert_true(p.det && p.has_org);
    assert_int_equal(p.na, p.b); /* no name in it */
    assert_int_equal(p.b, find(&d, "ministry") + 1);

    /* backwards from "Yale": the head is before "of" */
    assert_int_equal(np_back(&d, find(&d, "Yale"), 0, &p, 0), 1);
    assert_string_equal(words_text(&d, p.a, p.b, 0), "Professor Jane Doe");
    assert_string_equal(words_text(&d, p.na, p.b, 0), "Jane Doe");

    /* a capitalised adjective before a common noun is no phrase */
    assert_int_equal(np_fwd(&d, find(&d, "Islamic"), d.nt, &p), 0);
    /* nor is a verb */
    assert_int_equal(np_fwd(&d, find(&d, "said"), d.nt, &p), 0);
    arena_free(ar);
}

/* A language whose file lacks articles, "of" and the endings: no crash,
 * the phrases are only plainer. */
static void test_sparse_language(void **state)
{
    (void)state;
    static const char file[] = "[speech]\nsaid\n[org]\nkremlin\n";
    quotes_lang *sparse = NULL;
    assert_int_equal(quote_lang_parse(NULL, file, strlen(file), &sparse), BRIEF_OK);
    arena *ar = arena_new(NULL);
    doc d;
    load(ar, sparse, "According to Roe, the Kremlin's man said so, speaking slowly.", &d);
    assert_int_equal(according_at(&d, 0), 0);
    assert_false(is_det(&d, find(&d, "the")));
    assert_false(is_gerund(&d, find(&d, "speaking")));
    assert_false(d.tk[find(&d, "Kremlin's")].poss);
    np p;
    assert_int_equal(np_fwd(&d, find(&d, "the"), d.nt, &p), 0);
    assert_int_equal(np_fwd(&d, find(&d, "Kremlin's"), d.nt, &p), 1);
    arena_free(ar);
    quote_lang_destroy(sparse);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tokens),
        cmocka_unit_test(test_word_tests),
        cmocka_unit_test(test_noun_phrases),
        cmocka_unit_test(test_sparse_language),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
