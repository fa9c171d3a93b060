/* Unit tests: teaser.c (trailing blocks about another story). */
#include "harness.h"

#include "clean.h"
#include "ingest.h"
#include "split.h"
#include "teaser.h"

/* Runs ingest, clean and teaser_mark; returns the body text that is left,
 * one block per line. */
static char *remaining(const char *text, size_t *marked)
{
    arena *ar = arena_new(NULL);
    tok_lang *tl;
    assert_int_equal(tok_lang_new(NULL, "english", &tl), BRIEF_OK);
    vocab *v = vocab_new(NULL);
    ingest_doc d;
    assert_int_equal(ingest_bytes(ar, text, strlen(text), &d), BRIEF_OK);
    block *b;
    size_t n;
    assert_int_equal(clean_blocks(ar, d.text, d.len, d.body_start, d.title, &b, &n), BRIEF_OK);
    assert_int_equal(teaser_mark(ar, tl, v, NULL, d.text, b, n, marked), BRIEF_OK);
    char *out = calloc(1, d.len + n + 1);
    for (size_t i = 0; i < n; i++)
        if (b[i].kind == BLOCK_BODY) {
            strncat(out, d.text + b[i].start, b[i].end - b[i].start);
            strcat(out, "\n");
        }
    vocab_free(v);
    tok_lang_free(tl);
    arena_free(ar);
    return out;
}

static const char article[] =
    "Council approves budget\n\n"
    "The city council approved the new budget on Tuesday after a long debate about roads.\n\n"
    "The budget gives most of the money to road repairs and two new libraries in the city.\n\n"
    "Council members said the road repairs would start in March and last two years.\n\n"
    "The libraries will open in the north and the south of the city next spring.\n\n"
    "Critics of the budget said property taxes in the city would rise by three percent.\n\n"
    "The mayor said the budget was the best the city could do for its roads.\n\n";

static void test_teasers_after_article(void **state)
{
    (void)state;
    char text[4096];
    snprintf(text, sizeof text, "%s%s", article,
             "Star striker signs record contract with champions\n\n"
             "The forward scored forty goals last season and joins the champions for a fee that\n\n"
             "Band announces farewell tour across Europe\n\n"
             "The singer told fans the group would play its final concerts in stadiums across\n\n");
    size_t marked;
    char *left = remaining(text, &marked);
    assert_true(marked >= 4);
    assert_null(strstr(left, "striker"));
    assert_null(strstr(left, "singer"));
    assert_non_null(strstr(left, "The mayor said the budget"));
    free(left);
}

static void test_closing_paragraphs_stay(void **state)
{
    (void)state;
    /* An article that ends with quotes from people on other matters: every
     * paragraph ends a sentence, so nothing is cut however far it drifts. */
    char text[4096];
    snprintf(text, sizeof text, "%s%s", article,
             "\"Football is what people here talk about,\" said a fan outside the stadium.\n\n"
             "A singer who lives nearby said she preferred the concerts in summer.\n\n"
             "\"Nobody asked me about the weather,\" a neighbour said.\n\n");
    size_t marked;
    char *left = remaining(text, &marked);
    assert_int_equal(marked, 0);
    assert_non_null(strstr(left, "neighbour"));
    free(left);
}

static void test_short_articles_untouched(void **state)
{
    (void)state;
    size_t marked;
    char *left = remaining("Title line here\n\nOne paragraph about roads.\n\nAnother about "
                           "football that does not end", &marked);
    assert_int_equal(marked, 0);
    free(left);
}

/* A short article followed by headline-over-excerpt teasers, no footer;
 * the first teaser's excerpt repeats its own headline's words. */
static void test_teaser_units_without_footer(void **state)
{
    (void)state;
    size_t marked;
    char *left = remaining(
        "Harbour ferry fares rise\n\n"
        "Ferry fares across the harbour will rise by ten percent from June, the operator said.\n\n"
        "The operator blamed the cost of fuel and new safety rules for harbour ferries.\n\n"
        "Glacier trail closed after rockfall\n\n"
        "A mountain trail near the glacier was closed after a rockfall injured two hikers.\n\n"
        "Chess prodigy wins national title\n\n"
        "A twelve-year-old from Varnel became the youngest national chess champion.\n\n",
        &marked);
    assert_true(marked >= 4);
    assert_null(strstr(left, "glacier"));
    assert_null(strstr(left, "chess"));
    assert_non_null(strstr(left, "safety rules"));
    free(left);
}

/* Teasers whose excerpts share a word or two with the article (the
 * harbour, the fares) still differ from it in subject: each is a headline
 * over one short excerpt, and two or more end the page. */
static void test_teaser_units_sharing_words(void **state)
{
    (void)state;
    size_t marked;
    char *left = remaining(
        "Harbour ferry fares rise\n\n"
        "Ferry fares across the harbour will rise by ten percent from June, the operator said.\n\n"
        "The operator blamed the cost of fuel and new safety rules for the ferries.\n\n"
        "Commuters who cross the water every day said the rise would cost them dearly.\n\n"
        "Bus fares frozen for students\n\n"
        "Bus fares for students and commuters in Varnel will stay frozen until next summer.\n\n"
        "Harbour seals return to the bay\n\n"
        "Seals have been seen in the harbour bay every day for the first time in twenty years.\n\n",
        &marked);
    assert_true(marked >= 4);
    assert_null(strstr(left, "students"));
    assert_null(strstr(left, "Seals"));
    assert_non_null(strstr(left, "dearly"));
    free(left);
}

/* An article in headed sections of one paragraph each stays: its
 * sections share its subject. */
static void test_headed_sections_stay(void **state)
{
    (void)state;
    size_t marked;
    char *left = remaining(
        "Harbour ferry fares rise\n\n"
        "Ferry fares across the harbour will rise by ten percent from June, the operator said.\n\n"
        "The operator blamed the cost of fuel and new safety rules for harbour ferries.\n\n"
        "What passengers pay\n\n"
        "A single harbour ferry ticket will cost four dollars, and a monthly pass sixty.\n\n"
        "What the operator says\n\n"
        "The ferry operator said fares had not risen for six years and fuel costs doubled.\n\n",
        &marked);
    assert_int_equal(marked, 0);
    assert_non_null(strstr(left, "monthly pass"));
    free(left);
}

/* Teaser headlines that end like sentences (a question, a quoted phrase)
 * over excerpts that end theirs: nothing in the tail is cut off, yet it
 * is a list of titles. */
static void test_headlines_ending_like_sentences(void **state)
{
    (void)state;
    size_t marked;
    char *left = remaining(
        "Library opens late on Sundays\n\n"
        "The town library will open until nine on Sundays from next month, the council said.\n\n"
        "Library staff asked for the longer hours after students queued for desks at exams.\n\n"
        "The council said the Sunday hours would cost the library little and help students.\n\n"
        "Is the skating season over?\n\n"
        "Warm weather has closed most outdoor rinks in the north a month earlier than usual.\n\n"
        "Farmers warn of 'worst harvest'\n\n"
        "Grain growers say the dry spring has halved the wheat crop in the eastern plains.\n\n",
        &marked);
    assert_true(marked >= 4);
    assert_null(strstr(left, "rinks"));
    assert_null(strstr(left, "wheat"));
    assert_non_null(strstr(left, "help students"));
    free(left);
}

/* A two-paragraph article, a list heading, then teaser units, the last
 * excerpt cut off mid-sentence (so read as a heading): the list is half
 * the page's paragraphs, so only the article above it is the reference
 * the excerpts are judged by. */
static void test_units_after_short_article(void **state)
{
    (void)state;
    size_t marked;
    char *left = remaining(
        "Bridge repairs delay buses\n\n"
        "Buses across the river bridge will run late for two weeks while its deck is repaired, "
        "the transport office said on Monday, and some routes will take the ring road.\n\n"
        "The transport office said the bridge repairs could not wait until the summer holidays.\n\n"
        "Across the valley this week\n\n"
        "Orchestra plays in the old mine\n\n"
        "The city orchestra gave a concert deep underground in the former copper mine.\n\n"
        "Goats return to the hills\n\n"
        "Shepherds drove the goats back up to the mountain pastures for\n\n",
        &marked);
    assert_true(marked >= 4);
    assert_null(strstr(left, "orchestra"));
    assert_null(strstr(left, "goats"));
    assert_non_null(strstr(left, "summer holidays"));
    free(left);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_teasers_after_article),
        cmocka_unit_test(test_closing_paragraphs_stay),
        cmocka_unit_test(test_short_articles_untouched),
        cmocka_unit_test(test_teaser_units_without_footer),
        cmocka_unit_test(test_teaser_units_sharing_words),
        cmocka_unit_test(test_headed_sections_stay),
        cmocka_unit_test(test_headlines_ending_like_sentences),
        cmocka_unit_test(test_units_after_short_article),
    };
    return cmocka_run_group_tests_name("teaser", tests, NULL, NULL);
}
