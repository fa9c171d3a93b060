/* Unit tests: quote_marks, pass 1 of the quotes stage (quote spans). */
#include "harness.h"

#include "arena.h"
#include "clean.h"
#include "quote_marks.h"

/* One block per paragraph (separated by a blank line), all of `kind`. */
static size_t blocks_of(const char *t, block *b, size_t max, block_kind kind)
{
    size_t n = 0, s = 0, len = strlen(t);
    while (s < len && n < max) {
        const char *gap = strstr(t + s, "\n\n");
        size_t e = gap ? (size_t)(gap - t) : len;
        b[n].start = s;
        b[n].end = e;
        b[n].kind = kind;
        b[n].para = (uint32_t)n;
        n++;
        s = gap ? e + 2 : len;
    }
    return n;
}

typedef struct found {
    arena *ar;
    qrec *q;
    size_t n;
} found;

static found marks_kind(const char *t, block_kind kind)
{
    found f = {arena_new(NULL), NULL, 0};
    assert_non_null(f.ar);
    block b[16];
    size_t nb = blocks_of(t, b, 16, kind);
    assert_int_equal(find_marks(f.ar, t, b, nb, &f.q, &f.n), 1);
    return f;
}

static found marks(const char *t)
{
    return marks_kind(t, BLOCK_BODY);
}

/* The one quote of t has text `want`. */
static void expect1(const char *t, const char *want)
{
    found f = marks(t);
    if (f.n != 1) print_message("%zu quotes in: %s\n", f.n, t);
    assert_int_equal(f.n, 1);
    char *s = quote_text(f.ar, t, &f.q[0]);
    assert_non_null(s);
    assert_string_equal(s, want);
    arena_free(f.ar);
}

static void expect0(const char *t)
{
    found f = marks(t);
    if (f.n) print_message("%zu quotes in: %s\n", f.n, t);
    assert_int_equal(f.n, 0);
    arena_free(f.ar);
}

static void test_conventions(void **state)
{
    (void)state;
    expect1("„Wir bleiben hier“, sagte die Ministerin.", "Wir bleiben hier");
    expect1("Le maire a dit : « Nous restons ici. »", "Nous restons ici.");
    expect1("Le maire a dit : «Nous restons ici.»", "Nous restons ici.");
    expect1("“We stay here,” the mayor said.", "We stay here,");
    expect1("\"We stay here,\" the mayor said.", "We stay here,");
    expect1("``We stay here,'' the mayor said.", "We stay here,");
    expect1("‘We stay here,’ the mayor said.", "We stay here,");
}

/* One single quote nests inside a double one; it never closes the
 * outer quote. */
/* Copy that mixes straight and curly marks: a straight opening mark
 * closes on a curly closing one. */
static void test_mixed_marks(void **state)
{
    (void)state;
    expect1("He said \"the dam holds” and left.", "the dam holds");
    expect1("He said “the dam holds\" and left.", "the dam holds");
}

static void test_nested(void **state)
{
    (void)state;
    expect1("“She told me ‘not now’ twice,” he said.", "She told me ‘not now’ twice,");
    expect1("\"She told me 'not now' twice,\" he said.", "She told me 'not now' twice,");
    expect1("„Er sagte ‚nein‘ und ging“, sagte sie.", "Er sagte ‚nein‘ und ging");
    /* ``…`…''' closes both at once */
    expect1("``He said `never.''' Then he left.", "He said `never.'");
}

static void test_unclosed(void **state)
{
    (void)state;
    /* an open quote that the next paragraph does not reopen is dropped */
    expect0("She said “this is never closed.\n\nThe next paragraph is plain.");
    expect0("Er sagte „das endet nie.\n\nDer nächste Absatz.");
    /* and does not swallow a later, closed one */
    found f = marks("She said “open.\n\nThen “closed,” he said.");
    assert_int_equal(f.n, 1);
    assert_string_equal(quote_text(f.ar, "She said “open.\n\nThen “closed,” he said.", &f.q[0]),
                        "closed,");
    arena_free(f.ar);
    /* paragraphs of one quote joined into a line: an opening mark of the
     * family while one is open ends the first there */
    const char *line = "“The first part ends here. “The second part,” she said.";
    f = marks(line);
    assert_int_equal(f.n, 2);
    assert_string_equal(quote_text(f.ar, line, &f.q[0]), "The first part ends here.");
    assert_string_equal(quote_text(f.ar, line, &f.q[1]), "The second part,");
    arena_free(f.ar);
}

/* A quote over paragraphs: each reopens with a mark, the last closes. */
static void test_paragraphs(void **state)
{
    (void)state;
    const char *t = "He said: “One.\n\n“Two.\n\n“Three.”\n\nAfter.";
    found f = marks(t);
    assert_int_equal(f.n, 1);
    assert_int_equal(f.q[0].ncuts, 4); /* two reopening marks */
    assert_string_equal(quote_text(f.ar, t, &f.q[0]), "One. Two. Three.");
    arena_free(f.ar);
    /* French: » opens each new paragraph */
    expect1("Il a dit : « Un.\n\n» Deux. »", "Un. Deux.");
}

static void test_not_quotes(void **state)
{
    (void)state;
    expect0("Russia's plan isn't ready, the ministers' aides said.");
    expect0("The word \"...\" was all he wrote.");   /* nothing inside */
    expect0("Scores were 5' 10\" and 6' 2\".");       /* feet and inches */
    /* headings and boilerplate are not searched */
    found f = marks_kind("“We stay here,” the mayor said.", BLOCK_HEADING);
    assert_int_equal(f.n, 0);
    arena_free(f.ar);
}

static void test_edges_and_quotes(void **state)
{
    (void)state;
    const char *t = "Then “‘Yes’ we can! ” he said.";
    found f = marks(t);
    assert_int_equal(f.n, 1);
    const qrec *r = &f.q[0];
    /* the first edge skips the opening single quote, the last is ! */
    assert_int_equal(inner_edge(t, r->oe, r->cs, 0), 'Y');
    assert_int_equal(inner_edge(t, r->oe, r->cs, 1), '!');
    assert_int_equal(inner_edge(t, r->oe, r->oe, 0), 0);
    quote *qv = marks_to_quotes(f.ar, t, f.q, f.n);
    assert_non_null(qv);
    assert_int_equal(qv[0].start, r->oe);
    assert_int_equal(qv[0].end, r->cs);
    assert_memory_equal(t + qv[0].start, "‘Yes’", 9);
    assert_string_equal(qv[0].text, "‘Yes’ we can!");
    assert_int_equal(qv[0].partial, 1);
    assert_null(qv[0].speaker);
    arena_free(f.ar);
}

static void test_code_points(void **state)
{
    (void)state;
    const char *t = "aé„";
    size_t l;
    assert_int_equal(cp_at(t, 1, strlen(t), &l), 0xE9);
    assert_int_equal(l, 2);
    assert_int_equal(cp_at(t, 6, 6, &l), 0);
    assert_int_equal(cp_before(t, 3, 0), 0xE9);
    assert_int_equal(cp_before(t, 6, 0), LOWQ);
    assert_int_equal(cp_before(t, 0, 0), 0);
    assert_true(is_alnum_cp(0xE9));
    assert_false(is_alnum_cp(LOWQ));
    assert_true(is_upper_cp(0xC9));
    assert_false(is_upper_cp(0xE9));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_conventions), cmocka_unit_test(test_nested),
        cmocka_unit_test(test_mixed_marks),
        cmocka_unit_test(test_unclosed),    cmocka_unit_test(test_paragraphs),
        cmocka_unit_test(test_not_quotes),  cmocka_unit_test(test_edges_and_quotes),
        cmocka_unit_test(test_code_points),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
