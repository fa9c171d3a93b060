/*
 * test_split.c - stage 3: sentence splitting on small literal blocks
 * (abbreviations, initials, numbers, ellipses, quotes, datelines, bullets,
 * flags) and on large inputs that must stay linear.
 */
#include <time.h>

#include "harness.h"

#include "arena.h"
#include "clean.h"
#include "split.h"

static split_lang *en;

static int setup(void **state)
{
    (void)state;
    return split_lang_new(NULL, "english", &en) == BRIEF_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    split_lang_free(en);
    return 0;
}

/* The span's text with white space folded to single spaces. */
static char *folded(const char *text, const span *sp)
{
    return harness_fold(text + sp->start, sp->end - sp->start);
}

typedef struct result {
    arena *ar;
    span *sp;
    size_t n;
} result;

static result split_blocks(const split_lang *sl, const char *text,
                           const block *b, size_t nb)
{
    result r;
    r.ar = arena_new(NULL);
    assert_non_null(r.ar);
    assert_int_equal(split_sentences(r.ar, sl, text, b, nb, &r.sp, &r.n),
                     BRIEF_OK);
    return r;
}

static result split_one(const split_lang *sl, const char *text,
                        block_kind kind)
{
    block b = { 0, strlen(text), kind, 7 };
    return split_blocks(sl, text, &b, 1);
}

/* Splits text as one BODY block and compares with the NULL-ended list of
 * expected sentences. */
static result expect_lang(const split_lang *sl, const char *text, ...)
{
    result r = split_one(sl, text, BLOCK_BODY);
    va_list ap;
    va_start(ap, text);
    size_t i = 0;
    const char *want;
    int bad = 0;
    while ((want = va_arg(ap, const char *)) != NULL) {
        if (i >= r.n) {
            fprintf(stderr, "input: %s\n  missing sentence %zu: [%s]\n",
                    text, i, want);
            bad = 1;
            break;
        }
        char *got = folded(text, &r.sp[i]);
        if (strcmp(got, want) != 0) {
            fprintf(stderr, "input: %s\n  sentence %zu\n  want [%s]\n"
                            "  got  [%s]\n", text, i, want, got);
            bad = 1;
        }
        free(got);
        i++;
    }
    va_end(ap);
    if (!bad && i != r.n) {
        char *got = folded(text, &r.sp[i]);
        fprintf(stderr, "input: %s\n  extra sentence %zu: [%s]\n", text, i,
                got);
        free(got);
        bad = 1;
    }
    if (bad) fail();
    return r;
}

#define EXPECT(text, ...) arena_free(expect_lang(en, text, __VA_ARGS__, NULL).ar)

static void test_abbreviations(void **state)
{
    (void)state;
    EXPECT("Gen. Augusto Pinochet was arrested. He is 82.",
           "Gen. Augusto Pinochet was arrested.", "He is 82.");
    EXPECT("Mr. and Mrs. Smith met Dr. Jones at St. Mary's. They talked.",
           "Mr. and Mrs. Smith met Dr. Jones at St. Mary's.", "They talked.");
    EXPECT("Sen. John Kerry spoke first. Rep. Nancy Pelosi did not. "
           "Gov. Jerry Brown left.",
           "Sen. John Kerry spoke first.", "Rep. Nancy Pelosi did not.",
           "Gov. Jerry Brown left.");
    EXPECT("Lt. Col. Oliver North testified. Ms. Clywd and Sgt. Pepper "
           "listened.",
           "Lt. Col. Oliver North testified.",
           "Ms. Clywd and Sgt. Pepper listened.");
    EXPECT("The U.S. and the U.N. agreed. The U.K. did not.",
           "The U.S. and the U.N. agreed.", "The U.K. did not.");
    EXPECT("He moved to the U.S. The move was costly.",
           "He moved to the U.S.", "The move was costly.");
    EXPECT("U.S. President Donald Trump spoke. He left.",
           "U.S. President Donald Trump spoke.", "He left.");
    EXPECT("Troops reached Washington, D.C. on Feb. 5 and left in Sept. "
           "2001 for good.",
           "Troops reached Washington, D.C. on Feb. 5 and left in Sept. 2001 "
           "for good.");
    EXPECT("Apple Inc. said profits rose. Shares of Acme Corp. fell. "
           "Smith & Co. Ltd. gained.",
           "Apple Inc. said profits rose.", "Shares of Acme Corp. fell.",
           "Smith & Co. Ltd. gained.");
    EXPECT("They bought apples, pears, etc. and left.",
           "They bought apples, pears, etc. and left.");
    EXPECT("They bought apples, pears, etc. The shop closed.",
           "They bought apples, pears, etc.", "The shop closed.");
    EXPECT("Some fruits, e.g. apples, are red. Others, i.e. bananas, "
           "are not.",
           "Some fruits, e.g. apples, are red.",
           "Others, i.e. bananas, are not.");
    EXPECT("It was No. 1 in the charts. No. The answer was no.",
           "It was No. 1 in the charts.", "No.", "The answer was no.");
    EXPECT("Martin Luther King Jr. was born in 1929. He died in 1968.",
           "Martin Luther King Jr. was born in 1929.", "He died in 1968.");
    EXPECT("The game was Lakers vs. Celtics. It ended late.",
           "The game was Lakers vs. Celtics.", "It ended late.");
    EXPECT("He works in Little Rock, Ark. He likes it.",
           "He works in Little Rock, Ark.", "He likes it.");
    EXPECT("The meeting starts at 9 a.m. Friday. It ends at 5 p.m. The "
           "staff leave.",
           "The meeting starts at 9 a.m. Friday.",
           "It ends at 5 p.m.", "The staff leave.");
    /* A quotation opening after an abbreviation starts a sentence. */
    EXPECT("said John Tang of Paribas Asia Equity Ltd. ``PAL is back.''",
           "said John Tang of Paribas Asia Equity Ltd.", "``PAL is back.''");
    EXPECT("He rose to fame in the U.S. \"war on terror\" years.",
           "He rose to fame in the U.S. \"war on terror\" years.");
    /* Unlisted dotted initialisms behave like listed ones. */
    EXPECT("The son of Notorious B.I.G. is suing. He filed Monday.",
           "The son of Notorious B.I.G. is suing.", "He filed Monday.");
    /* Case fallbacks: upper-case text, capitalised lowercase entries. */
    EXPECT("GEN. SMITH ARRIVED. THE TROOPS CHEERED.",
           "GEN. SMITH ARRIVED.", "THE TROOPS CHEERED.");
    EXPECT("E.g. apples are red. Etc. is a word.",
           "E.g. apples are red.", "Etc. is a word.");
    /* "ill." is not "Ill." (Illinois). */
    EXPECT("He was ill. Doctors came.", "He was ill.", "Doctors came.");
}

static void test_initials(void **state)
{
    (void)state;
    EXPECT("J. R. R. Tolkien wrote books. George W. Bush read them.",
           "J. R. R. Tolkien wrote books.", "George W. Bush read them.");
    EXPECT("The dose of vitamin C. The patient recovered.",
           "The dose of vitamin C.", "The patient recovered.");
    EXPECT("A. Smith and B. Jones signed. They left.",
           "A. Smith and B. Jones signed.", "They left.");
}

static void test_numbers(void **state)
{
    (void)state;
    EXPECT("Growth was 3.5 percent. Prices rose 1.000 points.",
           "Growth was 3.5 percent.", "Prices rose 1.000 points.");
    EXPECT("The deal was worth $1.13bn. It closed on 2.3.2020 at noon.",
           "The deal was worth $1.13bn.", "It closed on 2.3.2020 at noon.");
    EXPECT("Sales fell in 2014. 2015 was better.",
           "Sales fell in 2014.", "2015 was better.");
    EXPECT("He paid $5. $3 went back.", "He paid $5.", "$3 went back.");
    EXPECT("Version 2.0.1 is out. See section 3.4.", "Version 2.0.1 is out.",
           "See section 3.4.");
}

static void test_ellipses(void **state)
{
    (void)state;
    EXPECT("He paused... and then spoke.", "He paused... and then spoke.");
    EXPECT("He paused\xE2\x80\xA6 and then spoke.",
           "He paused\xE2\x80\xA6 and then spoke.");
    EXPECT("He waited... The crowd left.", "He waited...",
           "The crowd left.");
    EXPECT("He waited . . . The crowd left.", "He waited . . .",
           "The crowd left.");
    EXPECT("He waited\xE2\x80\xA6 Then he left.", "He waited\xE2\x80\xA6",
           "Then he left.");
    /* Conservative: a name after an ellipsis does not start a sentence. */
    EXPECT("Putin... Trump said nothing.", "Putin... Trump said nothing.");
    EXPECT("\xE2\x80\x9C" "A ceasefire will take place, and this very "
           "violent war\xE2\x80\xA6 will end,\xE2\x80\x9D he wrote.",
           "\xE2\x80\x9C" "A ceasefire will take place, and this very "
           "violent war\xE2\x80\xA6 will end,\xE2\x80\x9D he wrote.");
}

static void test_closing_quotes(void **state)
{
    (void)state;
    EXPECT("He said, \"We won.\" Then he left.", "He said, \"We won.\"",
           "Then he left.");
    EXPECT("He said, \xE2\x80\x9CWe won.\xE2\x80\x9D Officials left.",
           "He said, \xE2\x80\x9CWe won.\xE2\x80\x9D", "Officials left.");
    EXPECT("He said, ``We won.'' Then he left.", "He said, ``We won.''",
           "Then he left.");
    EXPECT("He said, 'We won.' Then he left.", "He said, 'We won.'",
           "Then he left.");
    EXPECT("He said, \xE2\x80\x98We won.\xE2\x80\x99 Then he left.",
           "He said, \xE2\x80\x98We won.\xE2\x80\x99", "Then he left.");
    EXPECT("(He left early.) Then she came.", "(He left early.)",
           "Then she came.");
    EXPECT("He was \xE2\x80\x9C" "afraid.\xE2\x80\x9D He added more.",
           "He was \xE2\x80\x9C" "afraid.\xE2\x80\x9D", "He added more.");
    EXPECT("\xE2\x80\x9CWhy?\xE2\x80\x9D Then silence fell.",
           "\xE2\x80\x9CWhy?\xE2\x80\x9D", "Then silence fell.");
    EXPECT("\"Stop!\" The crowd ran.", "\"Stop!\"", "The crowd ran.");
    EXPECT("They said it was \"the end\". Then they left.",
           "They said it was \"the end\".", "Then they left.");
}

static void test_question_attribution(void **state)
{
    (void)state;
    EXPECT("\"What guarantees do we have?\" he questioned.",
           "\"What guarantees do we have?\" he questioned.");
    EXPECT("\xE2\x80\x9CHow will these 30 days be utilized? For "
           "mobilization? What guarantees do we have?\xE2\x80\x9D he "
           "questioned during a press conference.",
           "\xE2\x80\x9CHow will these 30 days be utilized?",
           "For mobilization?",
           "What guarantees do we have?\xE2\x80\x9D he questioned during a "
           "press conference.");
    EXPECT("\"Where is it?\" Vladimir Putin asked reporters.",
           "\"Where is it?\" Vladimir Putin asked reporters.");
    EXPECT("\"Stop it!\" Smith shouted. Nobody did.",
           "\"Stop it!\" Smith shouted.", "Nobody did.");
    EXPECT("\"Is it over?\" Nobody knows.", "\"Is it over?\"",
           "Nobody knows.");
    EXPECT("Why did he go? Trump wanted to know.", "Why did he go?",
           "Trump wanted to know.");
}

static void test_flags(void **state)
{
    (void)state;
    result r = expect_lang(en, "Why? Because. Stop! He asked, \"Why?\"",
                           "Why?", "Because.", "Stop!",
                           "He asked, \"Why?\"", NULL);
    assert_int_equal(r.sp[0].flags, SPAN_QUESTION);
    assert_int_equal(r.sp[1].flags, 0);
    assert_int_equal(r.sp[2].flags, SPAN_EXCLAIM);
    assert_int_equal(r.sp[3].flags, SPAN_QUESTION);
    assert_int_equal(r.sp[0].para, 7);
    arena_free(r.ar);

    r = expect_lang(en, "The talks continue. More follows",
                    "The talks continue.", "More follows", NULL);
    assert_int_equal(r.sp[0].flags, 0);
    assert_int_equal(r.sp[1].flags, SPAN_UNFINISHED);
    arena_free(r.ar);

    r = expect_lang(en, "He said:", "He said:", NULL);
    assert_int_equal(r.sp[0].flags, SPAN_UNFINISHED);
    arena_free(r.ar);

    r = expect_lang(en, "It ended.\xE2\x80\x9D)", "It ended.\xE2\x80\x9D)",
                    NULL);
    assert_int_equal(r.sp[0].flags, 0);
    arena_free(r.ar);
}

static void test_spanning_quotes(void **state)
{
    (void)state;
    result r = expect_lang(
        en,
        "She said: \xE2\x80\x9CWe are tired. People want peace. Now.\xE2\x80"
        "\x9D Then she left. He stayed.",
        "She said: \xE2\x80\x9CWe are tired.", "People want peace.",
        "Now.\xE2\x80\x9D", "Then she left.", "He stayed.", NULL);
    assert_int_equal(r.sp[0].flags, 0);
    assert_int_equal(r.sp[1].flags, SPAN_IN_QUOTE);
    assert_int_equal(r.sp[2].flags, SPAN_IN_QUOTE);
    assert_int_equal(r.sp[3].flags, 0);
    assert_int_equal(r.sp[4].flags, 0);
    arena_free(r.ar);

    r = expect_lang(en,
                    "One resident noted, \"Everybody is waiting for peace. "
                    "People are tired.\" Others agreed.",
                    "One resident noted, \"Everybody is waiting for peace.",
                    "People are tired.\"", "Others agreed.", NULL);
    assert_int_equal(r.sp[0].flags, 0);
    assert_int_equal(r.sp[1].flags, SPAN_IN_QUOTE);
    assert_int_equal(r.sp[2].flags, 0);
    arena_free(r.ar);

    r = expect_lang(en,
                    "``And hundreds have made statements.'' ``Clearly, the "
                    "authorities have every right.'' Pinochet, 82, left.",
                    "``And hundreds have made statements.''",
                    "``Clearly, the authorities have every right.''",
                    "Pinochet, 82, left.", NULL);
    for (size_t i = 0; i < r.n; i++) assert_int_equal(r.sp[i].flags, 0);
    arena_free(r.ar);

    /* A quote left open at the block's end does not leak into the next. */
    const char *text = "He said: \"We go. We stay.\n\nThey left. We came.";
    block b[2] = { { 0, 25, BLOCK_BODY, 0 }, { 27, strlen(text), BLOCK_BODY,
                                              1 } };
    assert_int_equal(text[25], '\n');
    r = split_blocks(en, text, b, 2);
    assert_int_equal(r.n, 4);
    assert_int_equal(r.sp[1].flags, SPAN_IN_QUOTE);
    assert_int_equal(r.sp[2].flags, 0);
    assert_int_equal(r.sp[2].para, 1);
    arena_free(r.ar);

    /* German „...“ and French « ... ». */
    r = expect_lang(en,
                    "Er sagte: \xE2\x80\x9EWir gehen. Wir bleiben.\xE2\x80\x9C "
                    "Dann ging er.",
                    "Er sagte: \xE2\x80\x9EWir gehen.",
                    "Wir bleiben.\xE2\x80\x9C", "Dann ging er.", NULL);
    assert_int_equal(r.sp[1].flags, SPAN_IN_QUOTE);
    assert_int_equal(r.sp[2].flags, 0);
    arena_free(r.ar);
}

static void test_no_space_no_break(void **state)
{
    (void)state;
    EXPECT("Visit example.com.It works.", "Visit example.com.It works.");
    EXPECT("The U.S.-Russia talks ended. Next came lunch.",
           "The U.S.-Russia talks ended.", "Next came lunch.");
    EXPECT("He left.She stayed.", "He left.She stayed.");
}

static void test_sentence_starts(void **state)
{
    (void)state;
    EXPECT("He left. \"Yes,\" she said.", "He left.", "\"Yes,\" she said.");
    EXPECT("He left. (She stayed.)", "He left.", "(She stayed.)");
    EXPECT("He left. e.g. this stays.", "He left. e.g. this stays.");
    EXPECT("It ended in his regime. (scl)", "It ended in his regime.",
           "(scl)");
    EXPECT("He bought one. iPhone sales rose.", "He bought one.",
           "iPhone sales rose.");
    EXPECT("He went\nhome. She\n  stayed.", "He went home.", "She stayed.");
    EXPECT("  Lead and trail spaces.  ", "Lead and trail spaces.");
    /* Unicode spaces trim too (NBSP). */
    result r = split_one(en, "\xC2\xA0Hi there.\xC2\xA0", BLOCK_BODY);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.sp[0].start, 2);
    assert_int_equal(r.sp[0].end, 11);
    arena_free(r.ar);
    EXPECT("Stop\xEF\xBC\x81Go\xE3\x80\x82", "Stop\xEF\xBC\x81", "Go\xE3\x80\x82");
}

static result expect_dateline(const char *text, const char *first)
{
    result r = split_one(en, text, BLOCK_BODY);
    assert_true(r.n >= 1);
    char *got = folded(text, &r.sp[0]);
    if (strcmp(got, first) != 0) {
        fprintf(stderr, "input: %s\n  want [%s]\n  got  [%s]\n", text, first,
                got);
        free(got);
        fail();
    }
    free(got);
    return r;
}

static void test_datelines(void **state)
{
    (void)state;
    static const struct {
        const char *text, *first;
        int dateline;
    } cases[] = {
        { "LONDON (AP) _ An influential lawmaker from the governing Labor "
          "Party on Saturday backed Spanish requests. He spoke.",
          "An influential lawmaker from the governing Labor Party on "
          "Saturday backed Spanish requests.", 1 },
        { "BUENOS AIRES, Argentina _ Gen. Augusto Pinochet, who ruled Chile "
          "as a despot for 17 years, has been arrested in London.",
          "Gen. Augusto Pinochet, who ruled Chile as a despot for 17 years, "
          "has been arrested in London.", 1 },
        { "WASHINGTON (AP) \xE2\x80\x94 The Senate voted.", "The Senate voted.",
          1 },
        { "LONDON (AP) \xE2\x80\x94 Police said.", "Police said.", 1 },
        { "PARIS (Reuters) - Shares fell.", "Shares fell.", 1 },
        { "MOSCOW \xE2\x80\x94 Russia said no.", "Russia said no.", 1 },
        { "WASHINGTON -- The vote failed.", "The vote failed.", 1 },
        { "OPORTO, Portugal (AP) _ President Fidel Castro said Sunday he "
          "disagreed.", "President Fidel Castro said Sunday he disagreed.",
          1 },
        { "DAR ES SALAAM, Tanzania _ In a rare statement, the FBI spoke.",
          "In a rare statement, the FBI spoke.", 1 },
        { "NEW YORK _ Federal prosecutors said Wednesday.",
          "Federal prosecutors said Wednesday.", 1 },
        { "Washington D.C.: In a significant diplomatic push, talks began.",
          "In a significant diplomatic push, talks began.", 1 },
        { "Paris (AFP) - The strike ended.", "The strike ended.", 1 },
        /* Not datelines. */
        { "US President Donald Trump said he will call.",
          "US President Donald Trump said he will call.", 0 },
        { "Update: The vote passed.", "Update: The vote passed.", 0 },
        { "Ms Hewitt said: \"We have doubled it.\"",
          "Ms Hewitt said: \"We have doubled it.\"", 0 },
        { "Moscow - which occupies swathes of land - waits.",
          "Moscow - which occupies swathes of land - waits.", 0 },
        { "Trump \xE2\x80\x94 The President \xE2\x80\x94 spoke.",
          "Trump \xE2\x80\x94 The President \xE2\x80\x94 spoke.", 0 },
        /* a speaker's label before a quote, not a place */
        { "Tilda Marsh: \xE2\x80\x9CThe ferry runs late.\xE2\x80\x9D",
          "Tilda Marsh: \xE2\x80\x9CThe ferry runs late.\xE2\x80\x9D", 0 },
        { "Said Tilda Marsh: \"The ferry runs late.\"",
          "Said Tilda Marsh: \"The ferry runs late.\"", 0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        result r = expect_dateline(cases[i].text, cases[i].first);
        assert_int_equal((r.sp[0].flags & SPAN_DATELINE) != 0,
                         cases[i].dateline);
        if (r.n > 1) assert_int_equal(r.sp[1].flags & SPAN_DATELINE, 0);
        arena_free(r.ar);
    }
    /* Bullets never carry datelines. */
    result r = split_one(en, "MOSCOW \xE2\x80\x94 Russia said no.",
                         BLOCK_BULLET);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.sp[0].start, 0);
    arena_free(r.ar);
}

static void test_bullets_and_kinds(void **state)
{
    (void)state;
    const char *text =
        "Key Points:\n"
        "  \xE2\x80\xA2 US proposes a ceasefire; Kyiv accepts. Moscow waits.\n"
        "  \xE2\x80\xA2 Presidents to discuss the truce\n"
        "Advertisement\n"
        "The end is near. Really";
    size_t h0 = 0, h1 = 11;
    size_t b1 = (size_t)(strstr(text, "US ") - text);
    size_t e1 = (size_t)(strstr(text, "waits.") - text + 6);
    size_t b2 = (size_t)(strstr(text, "Presidents") - text);
    size_t e2 = (size_t)(strstr(text, "truce") - text + 5);
    size_t a0 = (size_t)(strstr(text, "Advertisement") - text);
    size_t p0 = (size_t)(strstr(text, "The end") - text);
    block b[] = {
        { h0, h1, BLOCK_HEADING, 0 },
        { b1, e1, BLOCK_BULLET, 1 },
        { b2, e2, BLOCK_BULLET, 2 },
        { a0, a0 + 13, BLOCK_BOILER, 3 },
        { p0, strlen(text), BLOCK_BODY, 4 },
    };
    result r = split_blocks(en, text, b, 5);
    assert_int_equal(r.n, 5);
    const char *want[] = { "US proposes a ceasefire; Kyiv accepts.",
                           "Moscow waits.", "Presidents to discuss the truce",
                           "The end is near.", "Really" };
    const uint32_t flags[] = { SPAN_BULLET, SPAN_BULLET,
                               SPAN_BULLET | SPAN_UNFINISHED, 0,
                               SPAN_UNFINISHED };
    const uint32_t para[] = { 1, 1, 2, 4, 4 };
    for (size_t i = 0; i < 5; i++) {
        char *got = folded(text, &r.sp[i]);
        assert_string_equal(got, want[i]);
        free(got);
        assert_int_equal(r.sp[i].flags, flags[i]);
        assert_int_equal(r.sp[i].para, para[i]);
    }
    arena_free(r.ar);

    /* No blocks, empty and blank blocks. */
    r = split_blocks(en, "", NULL, 0);
    assert_int_equal(r.n, 0);
    arena_free(r.ar);
    block blank = { 0, 3, BLOCK_BODY, 0 };
    r = split_blocks(en, "   ", &blank, 1);
    assert_int_equal(r.n, 0);
    arena_free(r.ar);
}

/* List items: each its own unit, a marker never a sentence of its own;
 * a citation after a closing quote; French guillemets set off by spaces. */
static void test_list_items_and_citations(void **state)
{
    (void)state;
    EXPECT("a. Boats are slow in the bay. b. Cars are fast on the road.",
           "a. Boats are slow in the bay.", "b. Cars are fast on the road.");
    EXPECT("1. The first step is money. 2. The second step is time.",
           "1. The first step is money.", "2. The second step is time.");
    /* a number ending a sentence is no marker */
    EXPECT("The score was 2. Then the rain came.", "The score was 2.", "Then the rain came.");
    EXPECT("As the poet wrote, \"The sea is wide [...]\" (Brandt 41). The page ends.",
           "As the poet wrote, \"The sea is wide [...]\" (Brandt 41).", "The page ends.");
    EXPECT("She said \"no.\" (The vote was close.) It ended.", "She said \"no.\"",
           "(The vote was close.)", "It ended.");
    split_lang *fr = NULL;
    assert_int_equal(split_lang_new(NULL, "french", &fr), BRIEF_OK);
    arena_free(expect_lang(fr, "Il est venu en 1900. « Je reste ici. » Les gens rient.", "Il est venu en 1900.",
                           "« Je reste ici. »", "Les gens rient.", NULL).ar);
    split_lang_free(fr);
}

/* List items inside a block: each a unit with its marker, found by the
 * run of markers ("1)" then "2)"); enumerations inside a sentence stay. */
static void test_inline_lists(void **state)
{
    (void)state;
    EXPECT("The coach set the drills 1.) sprint up the dune 2.) swim to the buoy 3.) "
           "rest in the shade",
           "The coach set the drills", "1.) sprint up the dune", "2.) swim to the buoy",
           "3.) rest in the shade");
    EXPECT("Orders for the crew. 1.) Raise the sail. 2.) Steer north.",
           "Orders for the crew.", "1.) Raise the sail.", "2.) Steer north.");
    EXPECT("Pick a route: a) over the pass b) along the lake",
           "Pick a route:", "a) over the pass", "b) along the lake");
    EXPECT("Sort the mail 1. bills to the left 2. letters to the right 3. the rest in the bin",
           "Sort the mail", "1. bills to the left", "2. letters to the right",
           "3. the rest in the bin");
    EXPECT("Two doors: a. the red one. b. the blue one.", "Two doors:", "a. the red one.",
           "b. the blue one.");
    EXPECT("The stall has \xE2\x80\xA2 figs from Smyrna \xE2\x80\xA2 dates from Basra",
           "The stall has", "\xE2\x80\xA2 figs from Smyrna", "\xE2\x80\xA2 dates from Basra");
    EXPECT("Programme \xE2\x81\x83" "1. Songs by the choir \xE2\x81\x83" "2. Speeches",
           "Programme", "\xE2\x81\x83" "1. Songs by the choir", "\xE2\x81\x83" "2. Speeches");
    EXPECT("Next: \xE2\x80\xA2 7. The quiz starts. \xE2\x80\xA2 8. The band plays.", "Next:",
           "\xE2\x80\xA2 7. The quiz starts.", "\xE2\x80\xA2 8. The band plays.");
    /* Enumerations inside a sentence, joined by commas or conjunctions. */
    EXPECT("The bid offers 1) a stadium, 2) a tram line and 3) a park.",
           "The bid offers 1) a stadium, 2) a tram line and 3) a park.");
    EXPECT("She asked for (a) a lawyer and (b) a phone call.",
           "She asked for (a) a lawyer and (b) a phone call.");
    /* Initials in a row are no list; nor are numbers ending sentences, nor
     * runs that do not start at one, nor German ordinals. */
    EXPECT("A. Berg and B. Nyman signed the letter.",
           "A. Berg and B. Nyman signed the letter.");
    EXPECT("It was 2. Then it was 3. Then the game ended.", "It was 2.",
           "Then it was 3.", "Then the game ended.");
    EXPECT("Rooms 4) and 5) are closed.", "Rooms 4) and 5) are closed.");
    split_lang *de = NULL;
    assert_int_equal(split_lang_new(NULL, "german", &de), BRIEF_OK);
    arena_free(expect_lang(de, "Vom 1. bis 2. Juli ist das Amt zu.",
                           "Vom 1. bis 2. Juli ist das Amt zu.", NULL).ar);
    split_lang_free(de);
    /* Not after the number an abbreviation announces. */
    EXPECT("The rule is in Art. 9. A fine follows.", "The rule is in Art. 9.",
           "A fine follows.");
}

/* A time of day and "etc." close their phrase: a capitalised word after
 * them starts a sentence unless it qualifies the time. */
static void test_closing_abbreviations(void **state)
{
    (void)state;
    EXPECT("The gates shut at 6 p.m. Guards then walked the fence.",
           "The gates shut at 6 p.m.", "Guards then walked the fence.");
    EXPECT("The gates shut at 6 P.M. Tobias Ekman locked them.", "The gates shut at 6 P.M.",
           "Tobias Ekman locked them.");
    EXPECT("The gates shut at 6 p.m. Thursday and at noon on Friday.",
           "The gates shut at 6 p.m. Thursday and at noon on Friday.");
    EXPECT("The gates shut at 6 p.m. Central time.",
           "The gates shut at 6 p.m. Central time.");
    EXPECT("The gates shut at 6 p.m. Lisbon time, guards said.",
           "The gates shut at 6 p.m. Lisbon time, guards said.");
    EXPECT("The gates shut at 6 a.m. CET sharp.", "The gates shut at 6 a.m. CET sharp.");
    EXPECT("The gates shut at 6 a.m. Sept. 9 for the fair.",
           "The gates shut at 6 a.m. Sept. 9 for the fair.");
    EXPECT("They sold rugs, lamps, etc. Buyers came from far away.",
           "They sold rugs, lamps, etc.", "Buyers came from far away.");
    EXPECT("They sold rugs, lamps, etc. and some old maps.",
           "They sold rugs, lamps, etc. and some old maps.");
}

/* Four dots end a sentence as a full stop does; an omission in brackets
 * stays in its sentence; a quote ending in an ellipsis takes its
 * attribution. */
static void test_ellipsis_kinds(void **state)
{
    (void)state;
    EXPECT("The lamp went out.... Sailors rowed on.", "The lamp went out....",
           "Sailors rowed on.");
    EXPECT("The lamp went out. . . . Sailors rowed on.", "The lamp went out. . . .",
           "Sailors rowed on.");
    EXPECT("The lamp went out... Sailors rowed on.", "The lamp went out... Sailors rowed on.");
    EXPECT("\"Our harbour [...] Genoa envied it,\" he wrote.",
           "\"Our harbour [...] Genoa envied it,\" he wrote.");
    EXPECT("The old charter (\xE2\x80\xA6) Names the town a port.",
           "The old charter (\xE2\x80\xA6) Names the town a port.");
    EXPECT("\"We sailed for days...\" Ines Moura recalled.",
           "\"We sailed for days...\" Ines Moura recalled.");
    EXPECT("\"We sailed for days...\" The storm came later.", "\"We sailed for days...\"",
           "The storm came later.");
}

/* Lines of dialogue opened by a dash; straight quotes set off by spaces. */
static void test_dashes_and_spaced_quotes(void **state)
{
    (void)state;
    split_lang *es = NULL;
    assert_int_equal(split_lang_new(NULL, "spanish", &es), BRIEF_OK);
    arena_free(expect_lang(es, "El barco llegó. \xE2\x80\x94" "Vamos al muelle \xE2\x80\x94" "dijo Ana.",
                           "El barco llegó.", "\xE2\x80\x94" "Vamos al muelle \xE2\x80\x94" "dijo Ana.",
                           NULL).ar);
    arena_free(expect_lang(es, "\xC2\xBFLlueve? \xE2\x80\x94pregunt\xC3\xB3 Ana.",
                           "\xC2\xBFLlueve? \xE2\x80\x94pregunt\xC3\xB3 Ana.", NULL).ar);
    arena_free(expect_lang(es, "Perdimos. --Fue duro --dijo.", "Perdimos.",
                           "--Fue duro --dijo.", NULL).ar);
    arena_free(expect_lang(es, "Ganamos. -- La alcaldesa lo celebró.", "Ganamos.",
                           "-- La alcaldesa lo celebró.", NULL).ar);
    /* "mar." is a month only in a date; else the sea ends its sentence. */
    arena_free(expect_lang(es, "Nadaron en el mar. Tomás volvió solo.", "Nadaron en el mar.",
                           "Tomás volvió solo.", NULL).ar);
    arena_free(expect_lang(es, "Fue el 4 mar. 2021 en Vigo.", "Fue el 4 mar. 2021 en Vigo.",
                           NULL).ar);
    split_lang_free(es);
    split_lang *fr = NULL;
    assert_int_equal(split_lang_new(NULL, "french", &fr), BRIEF_OK);
    arena_free(expect_lang(fr, "Il a dit : \" Le quai est fermé. \" Les marins sont partis.",
                           "Il a dit : \" Le quai est fermé. \"", "Les marins sont partis.",
                           NULL).ar);
    arena_free(expect_lang(fr, "Le port a fermé. \" Nous reviendrons \", a dit le maire.",
                           "Le port a fermé.", "\" Nous reviendrons \", a dit le maire.",
                           NULL).ar);
    split_lang_free(fr);
    /* A dash between words is no opening. */
    EXPECT("The ship left. - it was late.", "The ship left. - it was late.");
}

static void test_languages(void **state)
{
    (void)state;
    static const char *const langs[] = { "english", "german", "french",
                                         "spanish", "italian", "portuguese",
                                         "dutch", "klingon", "auto", NULL };
    for (size_t i = 0; langs[i]; i++) {
        split_lang *sl = NULL;
        assert_int_equal(split_lang_new(NULL, langs[i], &sl), BRIEF_OK);
        assert_non_null(sl);
        split_lang_free(sl);
    }
    split_lang *none = NULL;
    assert_int_equal(split_lang_new(NULL, NULL, &none), BRIEF_OK);
    split_lang_free(none);
    split_lang_free(NULL);

    split_lang *de = NULL;
    assert_int_equal(split_lang_new(NULL, "german", &de), BRIEF_OK);
    arena_free(expect_lang(de, "Am 3. Oktober kam er an. Er ging z.B. nach "
                               "Hause. Die Frau blieb.",
                           "Am 3. Oktober kam er an.",
                           "Er ging z.B. nach Hause.", "Die Frau blieb.",
                           NULL).ar);
    arena_free(expect_lang(de, "Er kam am 3. Der Rest blieb.",
                           "Er kam am 3.", "Der Rest blieb.", NULL).ar);
    split_lang_free(de);

    split_lang *es = NULL;
    assert_int_equal(split_lang_new(NULL, "spanish", &es), BRIEF_OK);
    arena_free(expect_lang(es, "El Sr. Pérez llegó a EE.UU. ayer. Él se fue.",
                           "El Sr. Pérez llegó a EE.UU. ayer.", "Él se fue.",
                           NULL).ar);
    split_lang_free(es);

    split_lang *fr = NULL;
    assert_int_equal(split_lang_new(NULL, "french", &fr), BRIEF_OK);
    arena_free(expect_lang(fr, "M. Dupont est arrivé. Il est parti.",
                           "M. Dupont est arrivé.", "Il est parti.", NULL).ar);
    split_lang_free(fr);

    /* Without language data: plain rules only, nothing crashes. */
    arena_free(expect_lang(NULL, "J. Smith left the U.S. on time. He came.",
                           "J. Smith left the U.S. on time.", "He came.",
                           NULL).ar);
}

/* Sentences that end with no full stop: a semicolon before a capitalised
 * starter, an emoticon, a pronoun capitalised right after a word. */
static void test_stopless_ends(void **state)
{
    (void)state;
    split_lang *es = NULL, *fr = NULL, *de = NULL;
    assert_int_equal(split_lang_new(NULL, "spanish", &es), BRIEF_OK);
    assert_int_equal(split_lang_new(NULL, "french", &fr), BRIEF_OK);
    assert_int_equal(split_lang_new(NULL, "german", &de), BRIEF_OK);

    /* a semicolon: a starter after it opens a sentence, a lowercase word,
     * a name or a number keeps the clause joined */
    arena_free(expect_lang(es, "El puerto cerró en 1998 por falta de barcos; "
                               "Por eso la ciudad buscó otro oficio.",
                           "El puerto cerró en 1998 por falta de barcos;",
                           "Por eso la ciudad buscó otro oficio.", NULL).ar);
    arena_free(expect_lang(es, "Llovió toda la noche; el río subió un metro.",
                           "Llovió toda la noche; el río subió un metro.",
                           NULL).ar);
    arena_free(expect_lang(es, "Ganaron tres: Tomás, de Lugo; Marta, de Vigo.",
                           "Ganaron tres: Tomás, de Lugo; Marta, de Vigo.",
                           NULL).ar);
    arena_free(expect_lang(es, "El puente cayó en mayo; ¿Cómo llegarán los "
                               "niños a la escuela?",
                           "El puente cayó en mayo;",
                           "¿Cómo llegarán los niños a la escuela?", NULL).ar);
    arena_free(expect_lang(fr, "Le pont fut reconstruit; Les travaux durèrent "
                               "deux ans.",
                           "Le pont fut reconstruit;",
                           "Les travaux durèrent deux ans.", NULL).ar);
    EXPECT("The mill closed; The town moved on.", "The mill closed;",
           "The town moved on.");
    EXPECT("The mill closed; the town moved on.",
           "The mill closed; the town moved on.");
    EXPECT("Stops: Leeds; York; Hull.", "Stops: Leeds; York; Hull.");
    /* speech a semicolon introduces, initials and names in a list, titles
     * in title case stay; a name after a starter in Spanish breaks */
    EXPECT("The coach asks; \"Where is the money?\"",
           "The coach asks; \"Where is the money?\"");
    EXPECT("Forwards: J Ruiz (Peru); A Lo Bianco (Italy).",
           "Forwards: J Ruiz (Peru); A Lo Bianco (Italy).");
    EXPECT("Backs: Dunn; May, Cole, Hart.", "Backs: Dunn; May, Cole, Hart.");
    EXPECT("Her films: Jaws; The Deep; Alien.", "Her films: Jaws; The Deep; Alien.");
    arena_free(expect_lang(es, "El tratado se firmó en 1990; En Francia se "
                               "aprobó después.",
                           "El tratado se firmó en 1990;",
                           "En Francia se aprobó después.", NULL).ar);

    /* an emoticon set off by a space, before a capital */
    arena_free(expect_lang(de, "Der Kuchen war gut ;-) Morgen kommen wir wieder.",
                           "Der Kuchen war gut ;-)",
                           "Morgen kommen wir wieder.", NULL).ar);
    EXPECT("Thanks a lot :) See you soon.", "Thanks a lot :)", "See you soon.");
    EXPECT("Times:) Open daily.", "Times:) Open daily.");
    EXPECT("Smile :) then wave.", "Smile :) then wave.");

    /* a capitalised pronoun after a word with no stop */
    result r = expect_lang(fr, "Le club fut fondé en 1921 Il compte trois "
                               "cents membres.",
                           "Le club fut fondé en 1921",
                           "Il compte trois cents membres.", NULL);
    assert_true(r.sp[0].flags & SPAN_UNFINISHED);
    assert_false(r.sp[1].flags & SPAN_UNFINISHED);
    arena_free(r.ar);
    arena_free(expect_lang(de, "Das Lokal liegt am Fluss Er kocht jeden Tag frisch.",
                           "Das Lokal liegt am Fluss",
                           "Er kocht jeden Tag frisch.", NULL).ar);
    /* a capital after it: a name ("Il Corriere"); a colon, a comma or an
     * opening quote before it: inside the sentence; first person: a title */
    arena_free(expect_lang(fr, "Elle lit chaque matin Il Corriere della Sera.",
                           "Elle lit chaque matin Il Corriere della Sera.",
                           NULL).ar);
    arena_free(expect_lang(fr, "Le maire a dit : Il faut attendre.",
                           "Le maire a dit : Il faut attendre.", NULL).ar);
    arena_free(expect_lang(fr, "Le maire, Il faut le dire, hésite.",
                           "Le maire, Il faut le dire, hésite.", NULL).ar);
    arena_free(expect_lang(fr, "Elle chante souvent Je reviens demain au bal.",
                           "Elle chante souvent Je reviens demain au bal.",
                           NULL).ar);
    EXPECT("The crew waited by the gate They left at noon.",
           "The crew waited by the gate", "They left at noon.");
    EXPECT("The crew waited by the gate THEY left.",
           "The crew waited by the gate THEY left.");
    /* a heading in capitals run into the text: three words or more, then
     * a word in mixed case */
    EXPECT("STORM WARNING FOR TONIGHT Residents should stay home.",
           "STORM WARNING FOR TONIGHT", "Residents should stay home.");
    EXPECT("NASA ESA Scientists met in Paris.", "NASA ESA Scientists met in Paris.");
    EXPECT("The FBI CIA NSA Directors met.", "The FBI CIA NSA Directors met.");
    EXPECT("Rain fell. ROADS ARE CLOSED NOW Drivers wait.", "Rain fell.",
           "ROADS ARE CLOSED NOW", "Drivers wait.");
    split_lang_free(es);
    split_lang_free(fr);
    split_lang_free(de);
}

static void test_out_of_memory(void **state)
{
    (void)state;
    harness_alloc budget = {.left = -1};
    brief_allocator a = harness_allocator(&budget);
    for (int k = 0; k < 3; k++) {
        budget.left = k;
        split_lang *sl = (split_lang *)1;
        assert_int_equal(split_lang_new(&a, "english", &sl), BRIEF_ENOMEM);
        assert_null(sl);
    }
    /* An arena that runs dry while spans are pushed. */
    size_t n = 200000;
    char *text = malloc(n * 4 + 1);
    assert_non_null(text);
    for (size_t i = 0; i < n; i++) memcpy(text + 4 * i, "Ab. ", 4);
    text[n * 4] = '\0';
    block b = { 0, n * 4, BLOCK_BODY, 0 };
    budget.left = 2;
    arena *ar = arena_new(&a);
    if (ar) {
        span *sp;
        size_t cnt;
        assert_int_equal(split_sentences(ar, en, text, &b, 1, &sp, &cnt),
                         BRIEF_ENOMEM);
        arena_free(ar);
    }
    free(text);
    assert_int_equal(split_sentences(NULL, en, "", NULL, 0, NULL, NULL),
                     BRIEF_EINVAL);
}

static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double time_split(const char *text, size_t len, result *out)
{
    block b = { 0, len, BLOCK_BODY, 0 };
    double t0 = seconds();
    *out = split_blocks(en, text, &b, 1);
    return seconds() - t0;
}

static void test_linear(void **state)
{
    (void)state;
    /* 2 MB with no punctuation: cut into pieces of at most 64 KiB. */
    size_t n = 2u << 20;
    char *text = malloc(n + 1);
    assert_non_null(text);
    for (size_t i = 0; i < n; i++) text[i] = (i % 7 == 6) ? ' ' : 'a';
    text[n] = '\0';
    result r;
    double dt = time_split(text, n, &r);
    assert_true(r.n >= n / SPLIT_MAX_SENTENCE);
    size_t covered = 0;
    for (size_t i = 0; i < r.n; i++) {
        assert_true(r.sp[i].end - r.sp[i].start <= SPLIT_MAX_SENTENCE);
        covered += r.sp[i].end - r.sp[i].start;
        if (i + 1 < r.n)
            assert_int_equal(r.sp[i].flags, SPAN_CUT | SPAN_UNFINISHED);
    }
    assert_true(covered > n - r.n - 1); /* only the cut spaces are lost */
    arena_free(r.ar);
    assert_true(dt < 2.0);

    /* 2 MB of short sentences with abbreviations and quotes. */
    const char *unit = "Gen. Smith said \"no.\" The U.S. agreed... Why? ";
    size_t ul = strlen(unit), reps = n / ul;
    for (size_t i = 0; i < reps; i++) memcpy(text + i * ul, unit, ul);
    dt = time_split(text, reps * ul, &r);
    assert_int_equal(r.n, reps * 3);
    arena_free(r.ar);
    assert_true(dt < 2.0);

    /* 100,000 quote marks, alone and around terminal marks. */
    for (size_t i = 0; i < 100000; i++) text[i] = '"';
    dt = time_split(text, 100000, &r);
    arena_free(r.ar);
    assert_true(dt < 1.0);
    for (size_t i = 0; i < 100000; i++) text[i] = "\". \"x"[i % 5];
    dt = time_split(text, 100000, &r);
    arena_free(r.ar);
    assert_true(dt < 1.0);
    for (size_t i = 0; i < 100000; i++) text[i] = i % 2 ? ' ' : '"';
    text[50000] = '.';
    dt = time_split(text, 100000, &r);
    arena_free(r.ar);
    assert_true(dt < 1.0);

    /* 2 MB of list markers: runs, and candidates that never form one. */
    const char *items = "1) ab 2) cd 3) ef. a. gh b. ij 7. kl 9. mn \xE2\x80\xA2 op ";
    ul = strlen(items);
    reps = n / ul;
    for (size_t i = 0; i < reps; i++) memcpy(text + i * ul, items, ul);
    dt = time_split(text, reps * ul, &r);
    assert_true(r.n >= reps * 6);
    arena_free(r.ar);
    assert_true(dt < 2.0);
    for (size_t i = 0; i < n / 3; i++) memcpy(text + 3 * i, "1. ", 3);
    dt = time_split(text, n / 3 * 3, &r);
    arena_free(r.ar);
    assert_true(dt < 2.0);

    /* A full stop followed by 2 MB of white space, then more text. */
    memcpy(text, "End.", 4);
    memset(text + 4, ' ', n - 14);
    memcpy(text + n - 10, "Next one.", 9);
    text[n - 1] = ' ';
    dt = time_split(text, n, &r);
    assert_int_equal(r.n, 2);
    assert_int_equal(r.sp[1].start, n - 10);
    arena_free(r.ar);
    assert_true(dt < 1.0);

    /* 2 MB without any white space: one span, never cut mid-word. */
    memset(text, 'x', n);
    dt = time_split(text, n, &r);
    assert_int_equal(r.n, 1);
    arena_free(r.ar);
    assert_true(dt < 2.0);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_abbreviations),
        cmocka_unit_test(test_initials),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_ellipses),
        cmocka_unit_test(test_closing_quotes),
        cmocka_unit_test(test_question_attribution),
        cmocka_unit_test(test_flags),
        cmocka_unit_test(test_spanning_quotes),
        cmocka_unit_test(test_no_space_no_break),
        cmocka_unit_test(test_sentence_starts),
        cmocka_unit_test(test_datelines),
        cmocka_unit_test(test_bullets_and_kinds),
        cmocka_unit_test(test_list_items_and_citations),
        cmocka_unit_test(test_inline_lists),
        cmocka_unit_test(test_closing_abbreviations),
        cmocka_unit_test(test_ellipsis_kinds),
        cmocka_unit_test(test_dashes_and_spaced_quotes),
        cmocka_unit_test(test_languages),
        cmocka_unit_test(test_stopless_ends),
        cmocka_unit_test(test_out_of_memory),
        cmocka_unit_test(test_linear),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
