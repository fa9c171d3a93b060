/* Unit tests: quote_resolve, names, short names and pronouns in one
 * document. */
#include "harness.h"

#include "arena.h"
#include "clean.h"
#include "quote_marks.h"
#include "quote_resolve.h"
#include "quote_words.h"
#include "split.h"
#include "quote_fixture.h"


/* Tokens and names of t in *d. */
static void load(arena *ar, const char *t, doc *d)
{
    block *b = NULL;
    size_t nb = 0, ns = 0, nq = 0;
    span *sp = NULL;
    qrec *q = NULL;
    assert_int_equal(clean_blocks(ar, t, strlen(t), 0, NULL, &b, &nb), BRIEF_OK);
    assert_int_equal(split_sentences(ar, sl, t, b, nb, &sp, &ns), BRIEF_OK);
    assert_int_equal(find_marks(ar, t, b, nb, &q, &nq), 1);
    doc_init(d, ar, ql, t);
    assert_int_equal(tokenize(d, q, nq, sp, ns), 1);
    assert_int_equal(collect_names(d), BRIEF_OK);
}

/* The n-th (from 0) word token spelled w. */
static size_t nth(const doc *d, const char *w, int n)
{
    for (size_t i = 0; i < d->nt; i++)
        if (d->tk[i].kind == T_WORD && d->tk[i].e - d->tk[i].s == strlen(w) &&
            memcmp(d->t + d->tk[i].s, w, strlen(w)) == 0 && n-- == 0)
            return i;
    fail_msg("no token %s", w);
    return 0;
}

/* The speaker the phrase starting at word w (its n-th) names. */
static spk speaker_at(const doc *d, const char *w, int n)
{
    np p;
    assert_int_equal(np_fwd(d, nth(d, w, n), d->nt, &p), 1);
    return spk_from_np(d, &p);
}

static const char story[] =
    "UK Prime Minister Keir Starmer met the press on Monday. Starmer spoke first. "
    "Tom Starmer, his cousin, came too. A Kremlin spokesman called later. "
    "The Kremlin said nothing. Mr. John Smith waited. Smith left.";

static void test_short_names(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    doc d;
    load(ar, story, &d);
    spk s = speaker_at(&d, "Starmer", 1); /* "Starmer spoke" */
    assert_int_equal(s.found, 1);
    assert_string_equal(s.name, "Keir Starmer");
    assert_string_equal(s.role, "UK Prime Minister"); /* from the fullest form */
    assert_true(s.person);
    /* a full name never becomes another full name with its surname */
    s = speaker_at(&d, "Tom", 0);
    assert_string_equal(s.name, "Tom Starmer");
    /* the honorific is no part of the name */
    s = speaker_at(&d, "Smith", 1);
    assert_string_equal(s.name, "John Smith");
    arena_free(ar);
}

static void test_unnamed_and_orgs(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    doc d;
    load(ar, story, &d);
    spk s = speaker_at(&d, "A", 0);
    assert_int_equal(s.found, -1); /* someone, but unnamed */
    assert_null(s.name);
    s = speaker_at(&d, "The", 0);
    assert_int_equal(s.found, 1);
    assert_true(s.org);
    assert_false(s.person);
    assert_string_equal(s.name, "the Kremlin"); /* the sentence's capital dropped */
    arena_free(ar);
}

static void test_people(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    doc d;
    load(ar, story, &d);
    quotes_person *pp = NULL;
    size_t n = 0;
    assert_int_equal(people_list(&d, &pp, &n), BRIEF_OK);
    const quotes_person *keir = NULL, *smith = NULL;
    for (size_t i = 0; i < n; i++) {
        /* only the fullest forms are listed */
        assert_string_not_equal(pp[i].name, "Starmer");
        assert_string_not_equal(pp[i].name, "Smith");
        if (strcmp(pp[i].name, "Keir Starmer") == 0) keir = &pp[i];
        if (strcmp(pp[i].name, "John Smith") == 0) smith = &pp[i];
    }
    assert_non_null(keir);
    assert_non_null(smith);
    /* "Keir Starmer", "Starmer" and (a known limit: one surname, one
     * person in the counts) "Tom Starmer" all count for the surname's
     * first fullest form */
    assert_int_equal(keir->mentions, 3);
    assert_string_equal(keir->role, "UK Prime Minister");
    assert_int_equal(smith->mentions, 2);
    arena_free(ar);
}

static void test_pronouns(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    doc d;
    load(ar, "Jane Roe met Keir Starmer. He said yes. She said no.", &d);
    spk_ctx c;
    memset(&c, 0, sizeof c);
    c.d = &d;
    size_t he = nth(&d, "He", 0), she = nth(&d, "She", 0);
    /* nobody named yet: nobody */
    assert_int_equal(pronoun(&c, he).found, 0);
    c.last = speaker_at(&d, "Keir", 0);
    assert_string_equal(pronoun(&c, she).name, "Keir Starmer"); /* no evidence yet */
    note_sex(&d, &c.last, C_MALE);
    assert_int_equal(d.oom, 0);
    assert_string_equal(pronoun(&c, he).name, "Keir Starmer");
    /* a man is not "she": the nearest other person named before it is */
    assert_string_equal(pronoun(&c, she).name, "Jane Roe");
    /* the sentence's own subject comes before the last person named */
    c.cur = speaker_at(&d, "Jane", 0);
    assert_string_equal(pronoun(&c, she).name, "Jane Roe");
    /* after someone unnamed ("a spokesman"), no pronoun resolves */
    c.cur.found = -1;
    assert_int_equal(pronoun(&c, he).found, 0);
    /* ... unless the text has called that one by the other sex too */
    c.cur = (spk){0};
    spk jane = speaker_at(&d, "Jane", 0);
    note_sex(&d, &jane, C_MALE);
    assert_int_equal(pronoun(&c, she).found, 0);
    arena_free(ar);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_short_names),
        cmocka_unit_test(test_unnamed_and_orgs),
        cmocka_unit_test(test_people),
        cmocka_unit_test(test_pronouns),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
