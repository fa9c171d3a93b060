/*
 * test_quotes.c - stage 8: quote spans in every convention, speakers for
 * every pattern, pronouns, short names, names across sources, full vs
 * partial, no speaker => NULL, hostile input, and the measured recall and
 * attribution accuracy on the five seed articles against the hand
 * annotations in tests/fixtures/quotes/<basename>.tsv.
 */
#include <strings.h>
#include <time.h>

#include "harness.h"

#include "arena.h"
#include "clean.h"
#include "ingest.h"
#include "quotes.h"
#include "split.h"
#include "quote_fixture.h"


/* ingest -> clean -> split -> quotes on one text. */
static void run(arena *ar, const char *bytes, size_t len, quotes_doc *out, char **text)
{
    ingest_doc d;
    assert_int_equal(ingest_bytes(ar, bytes, len, &d), BRIEF_OK);
    block *b = NULL;
    size_t nb = 0;
    assert_int_equal(clean_blocks(ar, d.text, d.len, d.body_start, d.title, &b, &nb), BRIEF_OK);
    span *sp = NULL;
    size_t ns = 0;
    assert_int_equal(split_sentences(ar, sl, d.text, b, nb, &sp, &ns), BRIEF_OK);
    assert_int_equal(quotes_find(ar, ql, d.text, b, nb, sp, ns, out), BRIEF_OK);
    if (text) *text = d.text;
}

/* Runs a literal body (a blank first line keeps ingest from taking the
 * first line as a title). */
static quotes_doc one(arena *ar, const char *body)
{
    size_t n = strlen(body);
    char *buf = arena_alloc(ar, n + 2);
    assert_non_null(buf);
    buf[0] = '\n';
    memcpy(buf + 1, body, n + 1);
    quotes_doc qd;
    run(ar, buf, n + 1, &qd, NULL);
    return qd;
}

#define SPEAKER(q) ((q).speaker ? (q).speaker : "(null)")

static void expect1(const char *body, const char *text, const char *speaker, int partial)
{
    arena *ar = arena_new(NULL);
    assert_non_null(ar);
    quotes_doc qd = one(ar, body);
    if (qd.nquotes != 1) print_message("%zu quotes in: %s\n", qd.nquotes, body);
    assert_int_equal(qd.nquotes, 1);
    assert_string_equal(qd.quotes[0].text, text);
    if (speaker) assert_string_equal(SPEAKER(qd.quotes[0]), speaker);
    else if (qd.quotes[0].speaker) fail_msg("speaker %s in: %s", qd.quotes[0].speaker, body);
    if (partial >= 0) assert_int_equal(qd.quotes[0].partial, partial);
    arena_free(ar);
}

/* ---- spans ------------------------------------------------------------ */

static void test_marks(void **state)
{
    (void)state;
    expect1("\"We will win,\" John Smith said.", "We will win,", "John Smith", 0);
    expect1("“We will win,” John Smith said.", "We will win,", "John Smith", 0);
    expect1("``We will win,'' John Smith said.", "We will win,", "John Smith", 0);
    expect1("``He told me `no' twice,'' John Smith said.", "He told me `no' twice,",
            "John Smith", 0);
    expect1("“The ‘yes, but’ is not enough,” John Smith said.",
            "The ‘yes, but’ is not enough,", "John Smith", 0);
    expect1("\"The 'yes, but' is not enough,\" John Smith said.",
            "The 'yes, but' is not enough,", "John Smith", 0);
    /* the verb is no English one, but a colon announcing a quote gives it
     * to the sentence's subject */
    expect1("Jean Dupont a déclaré : «Nous gagnerons.»", "Nous gagnerons.", "Jean Dupont", -1);
    expect1("„Wir schaffen das“, sagte Angela Merkel.", "Wir schaffen das", NULL, -1);
    expect1("‘We will win,’ John Smith said.", "We will win,", "John Smith", 0);
    /* apostrophes are not marks; and the aide spoke, not John Smith */
    expect1("John Smith's aide said \"Russia's plan isn't ready.\"",
            "Russia's plan isn't ready.", NULL, 0);
}

static void test_span_sentences(void **state)
{
    (void)state;
    expect1("“How will it work? Who pays? What guarantees do we have?” John Smith asked.",
            "How will it work? Who pays? What guarantees do we have?", "John Smith", 0);
}

static void test_multi_paragraph(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    quotes_doc qd = one(ar, "Mayor Ann Clwyd said: “The first paragraph ends here.\n\n"
                            "“The second one goes on.\n\n"
                            "“And the last one closes it.”\n\n"
                            "Then the story went on.\n");
    assert_int_equal(qd.nquotes, 1);
    assert_string_equal(qd.quotes[0].text, "The first paragraph ends here. The second one goes "
                                           "on. And the last one closes it.");
    assert_string_equal(SPEAKER(qd.quotes[0]), "Ann Clwyd");
    /* the span covers all three paragraphs */
    assert_true(qd.quotes[0].end - qd.quotes[0].start > 60);
    /* an open quote the next paragraph does not reopen is dropped */
    qd = one(ar, "He said “this never closes.\n\nThe next paragraph is plain.\n");
    assert_int_equal(qd.nquotes, 0);
    arena_free(ar);
}

static void test_offsets(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    const char *body = "Peace is near. “We agree,” said Jane Doe.";
    char *text;
    quotes_doc qd;
    run(ar, body, strlen(body), &qd, &text);
    assert_int_equal(qd.nquotes, 1);
    assert_memory_equal(text + qd.quotes[0].start, "We agree,", 9);
    assert_int_equal(qd.quotes[0].end - qd.quotes[0].start, 9);
    arena_free(ar);
}

/* Hostile marks: linear and never a crash. */
static void hostile(const char *unit, size_t reps, double max_seconds)
{
    size_t ul = strlen(unit), n = ul * reps;
    char *buf = malloc(n + 40);
    assert_non_null(buf);
    memcpy(buf, "\nPeace talks. ", 14);
    for (size_t i = 0; i < reps; i++) memcpy(buf + 14 + i * ul, unit, ul);
    memcpy(buf + 14 + n, " he said.", 10);
    arena *ar = arena_new(NULL);
    clock_t t0 = clock();
    quotes_doc qd;
    run(ar, buf, 14 + n + 9, &qd, NULL);
    double s = (double)(clock() - t0) / CLOCKS_PER_SEC;
    print_message("hostile %zu x \"%s\": %zu quotes, %.3f s\n", reps, unit, qd.nquotes, s);
    assert_true(s < max_seconds);
    arena_free(ar);
    free(buf);
}

static void test_hostile(void **state)
{
    (void)state;
    /* bounds are ~20x what they take here, so only quadratic blows up */
    hostile("\"", 100000, 5.0);
    hostile("“‘«„``", 10000, 5.0);
    hostile("” ’ » ''", 10000, 5.0);
    hostile("\"a ", 50000, 5.0);
    hostile("“a ‘b ", 10000, 5.0);
}

/* ---- speakers --------------------------------------------------------- */

static void test_patterns(void **state)
{
    (void)state;
    expect1("“We will win,” John Smith said on Monday.", "We will win,", "John Smith", 0);
    expect1("John Smith said: “We will win.”", "We will win.", "John Smith", 0);
    expect1("John Smith said, “We will win.”", "We will win.", "John Smith", 0);
    expect1("“We will win,” said John Smith, who chairs the panel.", "We will win,",
            "John Smith", 0);
    expect1("“We will win,” said Ms. Jane Clwyd.", "We will win,", "Jane Clwyd", 0);
    expect1("“The call is being prepared,” Kremlin spokesman Dmitry Peskov told TASS.",
            "The call is being prepared,", "Dmitry Peskov", 0);
    expect1("According to John Smith, “the talks failed.”", "the talks failed.", "John Smith",
            -1);
    expect1("John Smith wrote on Truth Social that the goal is to stop the “BLOODBATH.”",
            "BLOODBATH.", "John Smith", 1);
    expect1("“It will end,” John Smith wrote.", "It will end,", "John Smith", 0);
    expect1("“It will end,” John Smith added.", "It will end,", "John Smith", 0);
    expect1("“Why now?” John Smith questioned.", "Why now?", "John Smith", 0);
    expect1("“It is over,” John Smith insisted.", "It is over,", "John Smith", 0);
    expect1("“It is dangerous,” John Smith warned.", "It is dangerous,", "John Smith", 0);
    expect1("“It is late,” John Smith noted.", "It is late,", "John Smith", 0);
    expect1("“It is late,” John Smith remarked in an interview.", "It is late,", "John Smith",
            0);
    expect1("“It is late,” John Smith stated.", "It is late,", "John Smith", 0);
    expect1("“It is late,” John Smith claimed.", "It is late,", "John Smith", 0);
    expect1("John Smith accused Moscow of “lying about everything.”",
            "lying about everything.", "John Smith", 1);
    expect1("John Smith on Saturday warned that Moscow wanted to “improve its position”.",
            "improve its position", "John Smith", 1);
    expect1("John Smith, a resident who fled, described the bombing, stating, "
            "“I nearly died.”",
            "I nearly died.", "John Smith", 0);
    expect1("One resident, Valentina, noted, “Everybody is tired.”", "Everybody is tired.",
            "Valentina", 0);
}

static void test_orgs(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    quotes_doc qd = one(ar, "“The call is being prepared,” the Kremlin said.\n\n"
                            "“They agreed,” the Russian foreign ministry said.\n\n"
                            "State Department officials met. “Talks go on,” the State Department "
                            "said.\n");
    assert_int_equal(qd.nquotes, 3);
    assert_string_equal(SPEAKER(qd.quotes[0]), "the Kremlin");
    assert_true(qd.quotes[0].is_org);
    assert_string_equal(SPEAKER(qd.quotes[1]), "the Russian foreign ministry");
    assert_string_equal(SPEAKER(qd.quotes[2]), "the State Department");
    assert_true(qd.quotes[2].is_org);
    arena_free(ar);
}

static void test_pronoun(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    quotes_doc qd = one(ar, "Ukrainian President Volodymyr Zelenskyy condemned the attacks. "
                            "He also criticized Moscow. “There will be no diplomacy,” he said.\n\n"
                            "Later, Sen. Ann Clwyd spoke. “We wait,” she said.\n");
    assert_int_equal(qd.nquotes, 2);
    assert_string_equal(SPEAKER(qd.quotes[0]), "Volodymyr Zelenskyy");
    assert_string_equal(qd.quotes[0].role, "Ukrainian President");
    assert_string_equal(SPEAKER(qd.quotes[1]), "Ann Clwyd");
    /* a pronoun with nobody named before it stays unresolved */
    qd = one(ar, "“It is over,” he said.");
    assert_int_equal(qd.nquotes, 1);
    assert_null(qd.quotes[0].speaker);
    arena_free(ar);
}

static void test_short_name(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    quotes_doc qd = one(ar, "UK Prime Minister Keir Starmer hosted a summit.\n\n"
                            "“The 'yes, but' from Russia is not good enough,” Starmer said.\n");
    assert_int_equal(qd.nquotes, 1);
    assert_string_equal(SPEAKER(qd.quotes[0]), "Keir Starmer");
    assert_string_equal(qd.quotes[0].role, "UK Prime Minister");
    arena_free(ar);
}

/* A title of nobility or knighthood stands before a name as "Mr." does:
 * no part of the role (invented case). */
static void test_title_of_nobility(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    quotes_doc qd = one(ar, "Heritage Minister Lord Ashby opened the hall.\n\n"
                            "“We are pleased to fund it,” Lord Ashby said.\n\n"
                            "“The doors open in May,” said Sir Tom Pell.\n");
    assert_int_equal(qd.nquotes, 2);
    assert_string_equal(SPEAKER(qd.quotes[0]), "Ashby");
    assert_string_equal(qd.quotes[0].role, "Heritage Minister");
    assert_string_equal(SPEAKER(qd.quotes[1]), "Tom Pell");
    assert_null(qd.quotes[1].role);
    arena_free(ar);
}

static void test_canonical(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    quotes_doc d[4];
    d[0] = one(ar, "Ukraine's Volodymyr Zelensky spoke. “No,” Zelensky said.\n");
    d[1] = one(ar, "President Volodymyr Zelenskyy spoke. “Yes,” Zelenskyy said. Zelenskyy "
                   "left.\n");
    d[2] = one(ar, "“Maybe,” President Zelenskyy said.\n");
    d[3] = one(ar, "Foreign Minister Sergei Lavrov met Sergey Lavrov's aide and Donald Trump "
                   "and Melania Trump. “Fine,” Sergei Lavrov said. “Good,” Melania Trump "
                   "said.\n");
    assert_int_equal(quotes_canonicalize(ar, d, 4), BRIEF_OK);
    assert_string_equal(SPEAKER(d[0].quotes[0]), "Volodymyr Zelenskyy");
    assert_string_equal(SPEAKER(d[1].quotes[0]), "Volodymyr Zelenskyy");
    assert_string_equal(SPEAKER(d[2].quotes[0]), "Volodymyr Zelenskyy");
    assert_string_equal(SPEAKER(d[3].quotes[0]), "Sergei Lavrov");
    /* a shared surname with another first name is another person */
    assert_string_equal(SPEAKER(d[3].quotes[1]), "Melania Trump");
    arena_free(ar);
}

/* A headline in Title Case run into the text (one-line copy): its verb
 * is no part of a name, so the person keeps the name the text gives. */
static void test_headline_verb(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    quotes_doc d = one(ar, "Ana Lopez Explains The Harbor Vote. Radio host Ana Lopez said the "
                           "vote was fair. “We won,” Lopez said.\n");
    assert_int_equal(quotes_canonicalize(ar, &d, 1), BRIEF_OK);
    assert_int_equal(d.nquotes, 1);
    assert_string_equal(SPEAKER(d.quotes[0]), "Ana Lopez");
    for (size_t i = 0; i < d.npeople; i++) assert_null(strstr(d.people[i].name, "Explains"));
    arena_free(ar);
}

static void test_partial(void **state)
{
    (void)state;
    expect1("Russian President Vladimir Putin has raised “serious questions” over the plan.",
            "serious questions", "Vladimir Putin", 1);
    expect1("“Nothing’s going to happen” without a meeting, John Smith insisted.",
            "Nothing’s going to happen", "John Smith", 1);
    expect1("John Smith said the “next step” should be a meeting.", "next step",
            "John Smith", 1);
    expect1("John Smith said, “The next step is a meeting.”", "The next step is a meeting.",
            "John Smith", 0);
}

static void test_no_speaker(void **state)
{
    (void)state;
    expect1("The two officials discussed “next steps” during a call.", "next steps", NULL, 1);
    expect1("The word “ceasefire” appears twice.", "ceasefire", NULL, 1);
    expect1("“We will win.”", "We will win.", NULL, 0);
    /* an unnamed official is someone, but not a name to print */
    expect1("“It is over,” a Kremlin spokesman said.", "It is over,", NULL, 0);
    expect1("“It is over,” officials said.", "It is over,", NULL, 0);
}

/* Wire-copy habits seen on DUC 2003 (texts written here, not copied). */
static void test_wire(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* AP copy that opens with '' instead of `` */
    expect1("''There have been 3,000 cases'' of torture, Ann Clwyd said.",
            "There have been 3,000 cases", "Ann Clwyd", 1);
    /* an unnamed speaker blocks the pronoun that follows */
    quotes_doc qd = one(ar, "Gen. Augusto Pinochet was arrested. A Foreign Office spokesman, who "
                            "declined to be named, said it was ``a judicial matter.'' But he "
                            "said ``he has no immunity here.''\n");
    assert_int_equal(qd.nquotes, 2);
    assert_null(qd.quotes[0].speaker);
    assert_null(qd.quotes[1].speaker);
    /* the object of a preposition is not the speaker */
    expect1("A federal prosecutor in Manhattan said Wednesday that he ``asked for a mission.''",
            "asked for a mission.", NULL, 1);
    /* "of X" is where the person works; "X of Y said" is X */
    expect1("Professor Michael Reisman of Yale said: ``Immunity has limits.''",
            "Immunity has limits.", "Michael Reisman", 0);
    /* a bare quote right after an attributed one goes on in the same voice */
    qd = one(ar, "``The lesson is clear,'' Samuel Buffone said. ``They will be prosecuted.''\n");
    assert_int_equal(qd.nquotes, 2);
    assert_string_equal(SPEAKER(qd.quotes[1]), "Samuel Buffone");
    /* inverted frame before the quote */
    expect1("But, said Alun Michael, a senior official, ``a passport is not immunity.''",
            "a passport is not immunity.", "Alun Michael", -1);
    /* "Maj." is a title, and short surnames only merge when spelled alike */
    expect1("``Only a few,'' said Maj. Perry L. Nouis of the Air Force.", "Only a few,",
            "Perry L. Nouis", 0);
    arena_free(ar);
}

/* ---- the seeds, against hand annotations ------------------------------ */

/* Lowercase letters and digits only: marks, punctuation and spacing do
 * not decide a match. */
static void key(const char *s, char *out, size_t cap)
{
    size_t o = 0;
    for (; *s && o + 1 < cap; s++) {
        unsigned char c = (unsigned char)*s;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) out[o++] = (char)c;
        else if (c >= 'A' && c <= 'Z') out[o++] = (char)(c - 'A' + 'a');
    }
    out[o] = '\0';
}

/* A found quote matches an annotated one when one text holds the other
 * (a span off by a mark still counts). */
static int text_match(const char *found, const char *want)
{
    char a[4096], b[4096];
    key(found, a, sizeof a);
    key(want, b, sizeof b);
    if (!*a || !*b) return 0;
    return strstr(a, b) != NULL || strstr(b, a) != NULL;
}

static int same_speaker(const char *found, const char *want)
{
    if (!found) return 0;
    if (strncasecmp(found, "the ", 4) == 0) found += 4;
    if (strncasecmp(want, "the ", 4) == 0) want += 4;
    return strcasecmp(found, want) == 0;
}

static void test_seeds(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    quotes_doc docs[HARNESS_NSAMPLES];
    for (size_t i = 0; i < HARNESS_NSAMPLES; i++) {
        size_t len;
        char *bytes = harness_slurp(harness_sample_paths[i], &len);
        run(ar, bytes, len, &docs[i], NULL);
        free(bytes);
    }
    assert_int_equal(quotes_canonicalize(ar, docs, HARNESS_NSAMPLES), BRIEF_OK);

    size_t want = 0, found = 0, attributed = 0, correct = 0, wrong = 0, missing = 0;
    size_t kind_ok = 0, extra = 0, total_found = 0, null_ok = 0;
    for (size_t i = 0; i < HARNESS_NSAMPLES; i++) {
        const char *name = harness_sample_names[i];
        char *tsv = harness_slurpf(NULL, "tests/fixtures/quotes/%s.tsv", name);
        char *used = calloc(docs[i].nquotes + 1, 1);
        total_found += docs[i].nquotes;
        for (char *line = strtok(tsv, "\n"); line; line = strtok(NULL, "\n")) {
            if (line[0] == '#' || !*line) continue;
            char *t1 = strchr(line, '\t');
            assert_non_null(t1);
            char *t2 = strchr(t1 + 1, '\t');
            assert_non_null(t2);
            *t1 = *t2 = '\0';
            const char *qtext = line, *spk = t1 + 1, *kind = t2 + 1;
            int want_partial = strcmp(kind, "partial") == 0;
            want++;
            size_t hit = (size_t)-1;
            for (size_t q = 0; q < docs[i].nquotes; q++)
                if (!used[q] && text_match(docs[i].quotes[q].text, qtext)) {
                    hit = q;
                    break;
                }
            if (hit == (size_t)-1) {
                print_message("  missed  %s: %s\n", name, qtext);
                continue;
            }
            used[hit] = 1;
            found++;
            const quote *q = &docs[i].quotes[hit];
            if (q->partial == want_partial) kind_ok++;
            else print_message("  kind    %s: %s (found %s)\n", name, qtext,
                               q->partial ? "partial" : "full");
            if (strcmp(spk, "-") == 0) {
                if (!q->speaker) null_ok++;
                else {
                    wrong++;
                    print_message("  guessed %s: %s -> %s\n", name, qtext, q->speaker);
                }
                continue;
            }
            attributed++;
            if (same_speaker(q->speaker, spk)) correct++;
            else if (!q->speaker) {
                missing++;
                print_message("  no spk  %s: %s (want %s)\n", name, qtext, spk);
            } else {
                wrong++;
                print_message("  wrong   %s: %s -> %s (want %s)\n", name, qtext, q->speaker,
                              spk);
            }
        }
        for (size_t q = 0; q < docs[i].nquotes; q++)
            if (!used[q]) {
                extra++;
                print_message("  extra   %s: %s\n", name, docs[i].quotes[q].text);
            }
        free(used);
        free(tsv);
    }
    double recall = want ? (double)found / (double)want : 0;
    double precision = total_found ? (double)(total_found - extra) / (double)total_found : 0;
    double accuracy = attributed ? (double)correct / (double)attributed : 0;
    double kinds = found ? (double)kind_ok / (double)found : 0;
    print_message("seeds: %zu annotated quotes, %zu found (recall %.3f, precision %.3f)\n", want,
                  found, recall, precision);
    print_message("seeds: attribution %zu/%zu correct (accuracy %.3f), %zu wrong, %zu NULL; "
                  "unattributed kept NULL %zu\n",
                  correct, attributed, accuracy, wrong, missing, null_ok);
    print_message("seeds: full/partial right for %zu/%zu (%.3f)\n", kind_ok, found, kinds);
    /* measured 1.000 / 1.000 / 1.000 on the seeds; the floors leave room
     * for one quote of the 43 to change with future tuning, no more */
    assert_true(recall >= 0.97);
    assert_true(precision >= 0.97);
    assert_true(accuracy >= 0.97);
    assert_true(kinds >= 0.95);
    assert_int_equal(wrong, 0);
    arena_free(ar);
}

static void test_args(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    quotes_doc qd;
    assert_int_equal(quotes_find(NULL, ql, "", NULL, 0, NULL, 0, &qd), BRIEF_EINVAL);
    assert_int_equal(quotes_find(ar, ql, "", NULL, 0, NULL, 0, &qd), BRIEF_OK);
    assert_int_equal(qd.nquotes, 0);
    assert_int_equal(quotes_canonicalize(ar, NULL, 0), BRIEF_OK);
    quotes_lang *other = NULL;
    assert_int_equal(quotes_lang_new(NULL, "klingon", &other), BRIEF_OK);
    quotes_lang_free(other);
    quotes_lang_free(NULL);
    arena_free(ar);
}

/* A "she" is not given to a man the article has called "he" (or "Mr.")
 * before, nor a "he" to a woman; with no such evidence the last named
 * person speaks, as before. */
static void test_pronoun_sex(void **state)
{
    (void)state;
    expect1("John Smith met the police on Monday. He was released at noon. "
            "“He goes away at eight,” she said.",
            "He goes away at eight,", NULL, 0);
    expect1("Mr. John Smith met reporters. “We are ready,” she said.", "We are ready,", NULL,
            0);
    expect1("John Smith met the police on Monday. He was released at noon. "
            "“We are ready,” he said.",
            "We are ready,", "John Smith", 0);
    expect1("Ms. Jane Clwyd met reporters. She spoke for an hour. “We are ready,” he said.",
            "We are ready,", NULL, 0);
    expect1("Jane Clwyd met reporters. “We are ready,” she said.", "We are ready,", "Jane Clwyd",
            0);
}

/* A copy stands on its own: the arena quotes_find used can go. */
static void test_copy(void **state)
{
    (void)state;
    arena *scratch = arena_new(NULL), *keep = arena_new(NULL);
    assert_non_null(scratch);
    assert_non_null(keep);
    quotes_doc qd = one(scratch, "UK Prime Minister Keir Starmer said: \"We will not stand by.\" "
                                 "\"It is over,\" he added.");
    assert_true(qd.nquotes >= 2);
    assert_true(qd.npeople >= 1);
    quotes_doc copy;
    assert_int_equal(quotes_doc_copy(keep, &qd, &copy), BRIEF_OK);
    char text0[128], speaker0[64], name0[64];
    snprintf(text0, sizeof text0, "%s", qd.quotes[0].text);
    snprintf(speaker0, sizeof speaker0, "%s", qd.quotes[0].speaker ? qd.quotes[0].speaker : "");
    snprintf(name0, sizeof name0, "%s", qd.people[0].name);
    size_t nq = qd.nquotes, np = qd.npeople;
    size_t start0 = qd.quotes[0].start;
    arena_free(scratch); /* ASan would see any pointer left into it */
    assert_int_equal(copy.nquotes, nq);
    assert_int_equal(copy.npeople, np);
    assert_string_equal(copy.quotes[0].text, text0);
    assert_string_equal(copy.quotes[0].speaker ? copy.quotes[0].speaker : "", speaker0);
    assert_string_equal(copy.people[0].name, name0);
    assert_int_equal(copy.quotes[0].start, start0);
    assert_string_equal(copy.quotes[0].speaker, "Keir Starmer");
    arena_free(keep);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_copy),
        cmocka_unit_test(test_pronoun_sex),
        cmocka_unit_test(test_marks),        cmocka_unit_test(test_span_sentences),
        cmocka_unit_test(test_multi_paragraph), cmocka_unit_test(test_offsets),
        cmocka_unit_test(test_hostile),      cmocka_unit_test(test_patterns),
        cmocka_unit_test(test_orgs),         cmocka_unit_test(test_pronoun),
        cmocka_unit_test(test_short_name),   cmocka_unit_test(test_canonical),
        cmocka_unit_test(test_headline_verb),
        cmocka_unit_test(test_partial),      cmocka_unit_test(test_no_speaker),
        cmocka_unit_test(test_wire),         cmocka_unit_test(test_seeds),
        cmocka_unit_test(test_args),         cmocka_unit_test(test_title_of_nobility),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
