/*
 * speaker_fixture.h - passes 1 to 3 of the quotes stage run on one text
 * (blocks, sentences, marks, tokens, names, speakers), as the speaker
 * tests of every language need them; the splitter is the shared English
 * one of quote_fixture.h, the lexicon the test's own.
 */
#ifndef BRIEF_SPEAKER_FIXTURE_H
#define BRIEF_SPEAKER_FIXTURE_H

#include "arena.h"
#include "clean.h"
#include "quote_marks.h"
#include "quote_resolve.h"
#include "quote_speaker.h"
#include "quote_words.h"
#include "split.h"
#include "quote_fixture.h"

/* The quotes of t with their speakers, read with lang; *n receives their
 * count. */
static quote *speakers(arena *ar, const quotes_lang *lang, const char *t, size_t *n)
{
    block *b = NULL;
    size_t nb = 0, ns = 0;
    span *sp = NULL;
    qrec *q = NULL;
    assert_int_equal(clean_blocks(ar, t, strlen(t), 0, NULL, &b, &nb), BRIEF_OK);
    assert_int_equal(split_sentences(ar, sl, t, b, nb, &sp, &ns), BRIEF_OK);
    assert_int_equal(find_marks(ar, t, b, nb, &q, n), 1);
    quote *qv = marks_to_quotes(ar, t, q, *n);
    assert_true(qv || !*n);
    doc d;
    doc_init(&d, ar, lang, t);
    assert_int_equal(tokenize(&d, q, *n, sp, ns), 1);
    assert_int_equal(collect_names(&d), BRIEF_OK);
    find_speakers(&d, q, qv, sp);
    assert_int_equal(d.oom, 0);
    return qv;
}

/* Quote number i (from 0) of the n quotes of t, read with lang, is said by
 * `who` (NULL: nobody).  Inline: not every test that reads speakers uses
 * it. */
static inline void speaker_expect(const quotes_lang *lang, const char *t, size_t n, size_t i,
                                  const char *who)
{
    arena *ar = arena_new(NULL);
    size_t got = 0;
    quote *q = speakers(ar, lang, t, &got);
    if (got != n) print_message("%zu quotes in: %s\n", got, t);
    assert_int_equal(got, n);
    if (who) {
        if (!q[i].speaker) print_message("no speaker for quote %zu in: %s\n", i, t);
        assert_non_null(q[i].speaker);
        assert_string_equal(q[i].speaker, who);
    } else {
        if (q[i].speaker) print_message("speaker %s for quote %zu in: %s\n", q[i].speaker, i, t);
        assert_null(q[i].speaker);
    }
    arena_free(ar);
}

#endif
