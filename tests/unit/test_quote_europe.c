/* Unit tests: the quotes stage in French, Spanish, Italian, Portuguese and
 * Dutch, each with its own lists: compound tenses and enclitic pronouns
 * in the frame after a quote, elided articles, a view opened by a
 * preposition, subjects left out, hyphenated roles. */
#include "harness.h"

#include "speaker_fixture.h"

/* The last quote of t is said by `who` (NULL: nobody). */
static void expect_last(const quotes_lang *lang, const char *t, const char *who)
{
    arena *ar = arena_new(NULL);
    size_t n = 0;
    quote *q = speakers(ar, lang, t, &n);
    if (!n) print_message("no quote in: %s\n", t);
    assert_true(n >= 1);
    const char *got = q[n - 1].speaker;
    if (who && (!got || strcmp(got, who) != 0))
        print_message("speaker %s, not %s, in: %s\n", got ? got : "(none)", who, t);
    if (!who && got) print_message("speaker %s in: %s\n", got, t);
    if (who) {
        assert_non_null(got);
        assert_string_equal(got, who);
    } else {
        assert_null(got);
    }
    arena_free(ar);
}

static quotes_lang *load(const char *name)
{
    quotes_lang *l = NULL;
    assert_int_equal(quotes_lang_new(NULL, name, &l), BRIEF_OK);
    assert_false(quote_lang_borrowed(l));
    return l;
}

static void test_french(void **state)
{
    (void)state;
    quotes_lang *fr = load("french");
    /* the auxiliary before the inverted participle */
    expect_last(fr, "« Le pont tiendra », a déclaré Lucie Marchal.", "Lucie Marchal");
    expect_last(fr, "« Le pont tiendra », a affirmé la maire, Lucie Marchal, mardi.", "Lucie Marchal");
    /* the present inverts too; a colon frame before the quote */
    expect_last(fr, "« Le pont tiendra », explique Lucie Marchal.", "Lucie Marchal");
    expect_last(fr, "Lucie Marchal a déclaré : « Le pont tiendra. » Puis elle est partie.", "Lucie Marchal");
    /* an enclitic subject pronoun, with and without the auxiliary */
    expect_last(fr, "Lucie Marchal est venue à pied. « Le pont tiendra », a-t-elle dit.",
                "Lucie Marchal");
    expect_last(fr, "Lucie Marchal est venue à pied. « Le pont tiendra », ajoute-t-elle.",
                "Lucie Marchal");
    expect_last(fr, "Lucie Marchal est venue à pied. « Le pont tiendra », dit-elle.", "Lucie Marchal");
    /* "selon X" and "Pour X, …" */
    expect_last(fr, "Selon Lucie Marchal, « le pont tiendra ».", "Lucie Marchal");
    expect_last(fr, "Pour la maire, Lucie Marchal, « le pont tiendra ».", "Lucie Marchal");
    expect_last(fr, "Pour la ville, le pont est « solide ».", NULL);
    /* an elided article before a name is no part of it; the name comes
     * out as written */
    expect_last(fr, "« Le pont tiendra », a déclaré le porte-parole de l'Office, Lucie Marchal.",
                "Lucie Marchal");
    expect_last(fr, "« Le pont tiendra », a déclaré l’Office des ponts.", "l’Office");
    quotes_lang_free(fr);
}

static void test_spanish_italian_portuguese(void **state)
{
    (void)state;
    quotes_lang *es = load("spanish");
    expect_last(es, "«El puente aguantará», dijo Lucía Marín.", "Lucía Marín");
    expect_last(es, "«El puente aguantará», ha asegurado la alcaldesa, Lucía Marín.", "Lucía Marín");
    expect_last(es, "Según Lucía Marín, «el puente aguantará».", "Lucía Marín");
    /* the subject left out: the voice before goes on */
    expect_last(es, "«El puente aguantará», dijo Lucía Marín. «Lo revisamos cada mes», añadió.",
                "Lucía Marín");
    quotes_lang_free(es);

    quotes_lang *it = load("italian");
    expect_last(it, "«Il ponte reggerà», ha detto Lucia Marini.", "Lucia Marini");
    expect_last(it, "«Il ponte reggerà», ha spiegato il sindaco dell'Aquila, Lucia Marini.",
                "Lucia Marini");
    expect_last(it, "Secondo Lucia Marini, «il ponte reggerà».", "Lucia Marini");
    expect_last(it, "«Il ponte reggerà», ha detto Lucia Marini. «Lo controlliamo ogni mese», ha aggiunto.",
                "Lucia Marini");
    quotes_lang_free(it);

    quotes_lang *pt = load("portuguese");
    expect_last(pt, "\"A ponte vai aguentar\", disse Lúcia Marques.", "Lúcia Marques");
    expect_last(pt, "\"A ponte vai aguentar\", afirmou a secretária-geral, Lúcia Marques.",
                "Lúcia Marques");
    expect_last(pt, "\"A ponte vai aguentar\", disse Lúcia Marques. \"Revemos todos os meses\", acrescentou.",
                "Lúcia Marques");
    quotes_lang_free(pt);
}

/* Where the subject is not left out, a verb alone frames nobody new: in
 * English "…," added. is no frame. */
static void test_subject_needed(void **state)
{
    (void)state;
    expect_last(ql, "“The dam holds,” Ana Lopez said. Then a storm came. “We check it monthly,” added.",
                NULL);
    quotes_lang *fr = load("french");
    expect_last(fr, "« Le pont tiendra », a dit Lucie Marchal. Puis vint l'orage. « Nous vérifions », a ajouté.",
                NULL);
    quotes_lang_free(fr);
}

static void test_dutch(void **state)
{
    (void)state;
    quotes_lang *nl = load("dutch");
    expect_last(nl, "\"De brug houdt\", zei Lotte Mulder.", "Lotte Mulder");
    expect_last(nl, "\"De brug houdt\", aldus Lotte Mulder.", "Lotte Mulder");
    expect_last(nl, "Volgens Lotte Mulder is de brug \"veilig\".", "Lotte Mulder");
    /* a capitalised compound ending in a role is the role */
    expect_last(nl, "\"De brug houdt\", zei ANWB-woordvoerder Lotte Mulder.", "Lotte Mulder");
    quotes_lang_free(nl);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_french),
        cmocka_unit_test(test_spanish_italian_portuguese),
        cmocka_unit_test(test_subject_needed),
        cmocka_unit_test(test_dutch),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
