/* test_clean.c - stage 2: paragraphs, headings, bullets, boilerplate and
 * teaser blocks, on small literal inputs and on samples/.  Run from the
 * repository root. */
#include "harness.h"

#include "arena.h"
#include "clean.h"
#include "ingest.h"

typedef struct doc {
    const char *text;
    size_t len;
    block *b;
    size_t n;
} doc;

static doc blocks_of(arena *ar, const char *text, size_t body_start, const char *title)
{
    doc d = {text, strlen(text), NULL, 0};
    assert_int_equal(clean_blocks(ar, text, d.len, body_start, title, &d.b, &d.n), BRIEF_OK);
    for (size_t i = 0; i < d.n; i++) {
        assert_true(d.b[i].start < d.b[i].end);
        assert_true(d.b[i].end <= d.len);
        if (i) assert_true(d.b[i].start >= d.b[i - 1].end);
    }
    return d;
}

/* The block whose text starts with `prefix`; fails when there is none. */
static size_t find(const doc *d, const char *prefix)
{
    size_t pn = strlen(prefix);
    for (size_t i = 0; i < d->n; i++)
        if (d->b[i].end - d->b[i].start >= pn &&
            memcmp(d->text + d->b[i].start, prefix, pn) == 0)
            return i;
    fail_msg("no block starts with \"%s\"", prefix);
    return 0;
}

static void expect_block(const doc *d, size_t i, block_kind kind, const char *text)
{
    assert_true(i < d->n);
    assert_int_equal(d->b[i].kind, kind);
    size_t n = d->b[i].end - d->b[i].start;
    assert_int_equal(n, strlen(text));
    assert_memory_equal(d->text + d->b[i].start, text, n);
}

static size_t count_kind(const doc *d, block_kind k)
{
    size_t c = 0;
    for (size_t i = 0; i < d->n; i++) c += d->b[i].kind == k;
    return c;
}

static doc sample(arena *ar, const char *path)
{
    size_t n;
    char *buf = harness_slurp(path, &n);
    ingest_doc id;
    assert_int_equal(ingest_bytes(ar, buf, n, &id), BRIEF_OK);
    free(buf);
    doc d = {id.text, id.len, NULL, 0};
    assert_int_equal(clean_blocks(ar, id.text, id.len, id.body_start, id.title, &d.b, &d.n),
                     BRIEF_OK);
    return d;
}

static void test_paragraphs(void **state)
{
    doc d = blocks_of(*state, "First para line.\n\n  Second para.  \n", 0, NULL);
    assert_int_equal(d.n, 2);
    expect_block(&d, 0, BLOCK_BODY, "First para line.");
    assert_int_equal(d.b[0].start, 0);
    assert_int_equal(d.b[0].end, 16);
    expect_block(&d, 1, BLOCK_BODY, "Second para.");
    assert_int_equal(d.b[1].start, 20);
    assert_int_equal(d.b[0].para, 0);
    assert_int_equal(d.b[1].para, 1);

    /* No blank lines: one paragraph per line (wire copy, samples/003). */
    d = blocks_of(*state, "Alpha one.\nBeta two, said Smith.\n\xE2\x80\x9CGamma,\xE2\x80\x9D he said.\n", 0, NULL);
    assert_int_equal(d.n, 3);
    expect_block(&d, 1, BLOCK_BODY, "Beta two, said Smith.");

    /* body_start is honoured; nothing before it is a block. */
    d = blocks_of(*state, "Title\n\nBody.\n", 7, NULL);
    assert_int_equal(d.n, 1);
    expect_block(&d, 0, BLOCK_BODY, "Body.");

    /* Empty and blank bodies give no blocks. */
    d = blocks_of(*state, "Title\n", 6, NULL);
    assert_int_equal(d.n, 0);
    d = blocks_of(*state, " \n\t\n\n", 0, NULL);
    assert_int_equal(d.n, 0);
}

static void test_joining(void **state)
{
    static const char wrapped[] =
        "The ceasefire plan was negotiated during a high-level summit in Saudi\n"
        "Arabia last month. It calls for an immediate halt to hostilities for\n"
        "thirty days and includes provisions for humanitarian aid and for the\n"
        "exchange of prisoners between the two sides in the coming weeks.\n"
        "\n"
        "Putin has expressed concerns that the truce might allow Ukraine to\n"
        "regroup. Officials in Kyiv rejected the claim on Sunday evening.\n";
    doc d = blocks_of(*state, wrapped, 0, NULL);
    assert_int_equal(d.n, 2);
    assert_int_equal(d.b[0].kind, BLOCK_BODY);
    assert_int_equal(d.b[0].start, 0);
    assert_int_equal(d.b[0].end, strstr(wrapped, "weeks.") + 6 - wrapped);
    assert_int_equal(d.b[1].start, strstr(wrapped, "Putin") - wrapped);
    assert_int_equal(d.b[1].end, sizeof wrapped - 2);

    /* A line continued in lower case joins even when not wrapped. */
    d = blocks_of(*state, "The minister said that the plan\nwould be announced on Monday.\nNext.\n", 0, NULL);
    assert_int_equal(d.n, 2);
    expect_block(&d, 0, BLOCK_BODY, "The minister said that the plan\nwould be announced on Monday.");

    /* A paragraph cut off before a blank line continues in lower case
     * (BBC copy with a stripped link). */
    d = blocks_of(*state, "Parry revealed Real Madrid\n\ndid\n\nask for an option on Gerrard.\n", 0, NULL);
    assert_int_equal(d.n, 1);
    expect_block(&d, 0, BLOCK_BODY, "Parry revealed Real Madrid\n\ndid\n\nask for an option on Gerrard.");

    /* A name in camel case opens a paragraph of its own, however it is
     * cased: the headline above it is not cut off. */
    d = blocks_of(*state, "More headlines\n\neQuill tablet sells out\n\nThe shop sold every tablet.\n",
                  0, NULL);
    assert_int_equal(d.n, 3);
    expect_block(&d, 1, BLOCK_HEADING, "eQuill tablet sells out");
}

static void test_headings_and_bullets(void **state)
{
    static const char in[] =
        "Key Points:\n"
        "\n"
        "  \xE2\x80\xA2 First point here.\n"
        "  - Second point\n"
        "11. Third point.\n"
        "12. Fourth\n"
        "\n"
        "Washington D.C.: In a push, leaders met on Monday.\n"
        "Ceasefire Proposal and Reactions\n"
        "The plan calls for a halt.\n"
        "The New York Times said in an editorial on Sunday, Nov. 1:\n"
        "Zelensky says Putin \xE2\x80\x98lying\xE2\x80\x99\n"
        "He said it was \xE2\x80\x9Cnot true.\xE2\x80\x9D\n";
    doc d = blocks_of(*state, in, 0, NULL);
    assert_int_equal(d.n, 11);
    expect_block(&d, 0, BLOCK_HEADING, "Key Points:");
    expect_block(&d, 1, BLOCK_BULLET, "First point here.");
    assert_int_equal(d.b[1].start, strstr(in, "First") - in);
    expect_block(&d, 2, BLOCK_BULLET, "Second point");
    expect_block(&d, 3, BLOCK_BULLET, "Third point.");
    expect_block(&d, 4, BLOCK_BULLET, "Fourth");
    expect_block(&d, 5, BLOCK_BODY, "Washington D.C.: In a push, leaders met on Monday.");
    expect_block(&d, 6, BLOCK_HEADING, "Ceasefire Proposal and Reactions");
    expect_block(&d, 7, BLOCK_BODY, "The plan calls for a halt.");
    expect_block(&d, 8, BLOCK_BODY, "The New York Times said in an editorial on Sunday, Nov. 1:");
    expect_block(&d, 9, BLOCK_HEADING, "Zelensky says Putin \xE2\x80\x98lying\xE2\x80\x99");
    expect_block(&d, 10, BLOCK_BODY, "He said it was \xE2\x80\x9Cnot true.\xE2\x80\x9D");
    for (size_t i = 0; i < d.n; i++) assert_int_equal(d.b[i].para, i);

    /* German closing marks („…“, »…«) end a sentence as ” does: body text */
    d = blocks_of(*state,
                  "Dann sagte Jana Holm: \xE2\x80\x9E" "Die Br\xC3\xBC" "cke h\xC3\xA4lt.\xE2\x80\x9C\n"
                  "\n"
                  "Er sagte: \xC2\xBB" "Die Br\xC3\xBC" "cke h\xC3\xA4lt.\xC2\xAB\n",
                  0, NULL);
    assert_int_equal(d.n, 2);
    assert_int_equal(d.b[0].kind, BLOCK_BODY);
    assert_int_equal(d.b[1].kind, BLOCK_BODY);

    /* Not bullets: a number, a hyphenated word. */
    d = blocks_of(*state, "1.5 million people fled.\n-minded voters stayed.\n", 0, NULL);
    assert_int_equal(count_kind(&d, BLOCK_BULLET), 0);
}

/* A closing quote of any convention after the full stop still ends a
 * sentence: the German „…“ and ‚…‘, the Danish »…«, the CJK 「…」. */
static void test_closing_quotes(void **state)
{
    static const char *const in[] = {
        "Die Ministerin sagte: \xE2\x80\x9EWir bleiben.\xE2\x80\x9C",
        "Er meinte \xE2\x80\x9A\xC3\xBC" "berall.\xE2\x80\x98",
        "Hun sagde: \xC2\xBBVi bliver.\xC2\xAB",
        "She said: \xE3\x80\x8CWe stay.\xE3\x80\x8D",
        "He wrote (we stay.)",
    };
    for (size_t i = 0; i < sizeof in / sizeof *in; i++) {
        doc d = blocks_of(*state, in[i], 0, NULL);
        assert_int_equal(d.n, 1);
        expect_block(&d, 0, BLOCK_BODY, in[i]);
    }
    /* An opening quote after the last word is no sentence end. */
    doc d = blocks_of(*state, "Kommentar von Jana Ost \xE2\x80\x9E", 0, NULL);
    assert_int_equal(d.b[0].kind, BLOCK_HEADING);
}

/* A short line ending in a colon heads a section, unless the paragraph
 * after it opens with a quote: then it announces that quote. */
static void test_label_before_quote(void **state)
{
    static const char in[] =
        "Stated Ana Lopez:\n"
        "\n"
        "\xE2\x80\x9CThe dam holds.\xE2\x80\x9D\n"
        "\n"
        "Key Points:\n"
        "\n"
        "The dam held in May.\n";
    doc d = blocks_of(*state, in, 0, NULL);
    assert_int_equal(d.n, 4);
    expect_block(&d, 0, BLOCK_BODY, "Stated Ana Lopez:");
    expect_block(&d, 2, BLOCK_HEADING, "Key Points:");
}

/* "1." opens a list item only in a run; alone it is part of the text. */
static void test_numbered_runs(void **state)
{
    static const char in[] =
        "4. Die Frist f\xC3\xBCr Antr\xC3\xA4ge l\xC3\xA4uft am Montag ab.\n"
        "\n"
        "3. Liga\n"
        "\n"
        "Die Liste:\n"
        "1. Ein Haus.\n"
        "2. Ein Hof.\n"
        "3. Ein Garten.\n"
        "\n"
        "7) Fahrpreise steigen im Mai.\n"
        "8. Die Stadt zahlt.\n";
    doc d = blocks_of(*state, in, 0, NULL);
    assert_int_equal(d.n, 8);
    expect_block(&d, 0, BLOCK_BODY,
                 "4. Die Frist f\xC3\xBCr Antr\xC3\xA4ge l\xC3\xA4uft am Montag ab.");
    expect_block(&d, 1, BLOCK_HEADING, "3. Liga");
    expect_block(&d, 3, BLOCK_BULLET, "Ein Haus.");
    expect_block(&d, 4, BLOCK_BULLET, "Ein Hof.");
    expect_block(&d, 5, BLOCK_BULLET, "Ein Garten.");
    /* 7) and 8. are two conventions, no run. */
    expect_block(&d, 6, BLOCK_BODY, "7) Fahrpreise steigen im Mai.");
    expect_block(&d, 7, BLOCK_BODY, "8. Die Stadt zahlt.");
}

static void test_title_repeat(void **state)
{
    doc d = blocks_of(*state, "Trump, Putin to talk\n#image_title\n\nTrump,  Putin to talk\n\n"
                              "The two leaders will speak on Tuesday.\n",
                      21, "Trump, Putin to talk");
    assert_int_equal(d.n, 3);
    expect_block(&d, 0, BLOCK_BOILER, "#image_title");
    expect_block(&d, 1, BLOCK_HEADING, "Trump,  Putin to talk");
    expect_block(&d, 2, BLOCK_BODY, "The two leaders will speak on Tuesday.");
    /* A boilerplate block carries the number of the next story block. */
    assert_int_equal(d.b[0].para, 0);
    assert_int_equal(d.b[1].para, 0);
    assert_int_equal(d.b[2].para, 1);
}

static void test_boilerplate_lines(void **state)
{
    static const char *const boiler[] = {
        "Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
        "#image_title", "[image]", "Image: Reuters", "Photo: AP",
        "(Photo by John Doe/Getty Images)", "Getty Images", "Credit: Jane Doe",
        "By John Smith", "By JOHN SMITH", "By John Smith | Reuters",
        "By Zo\xC3\xAB Kravitz", "12", "0", "trump-putin", "B P", "O A", "X",
        "Click here to read more", "Read more", "Follow us on Twitter",
        "Copyright 2025 Reuters", "\xC2\xA9 2025 BBC", "All rights reserved.",
        "Sign up for our newsletter", "You\xE2\x80\x99ve been subscribed!",
        "Share this post", "Comments", "Be the first to know",
        "Join our community and get notified about upcoming stories",
        "Subscribing...", "Something went wrong",
        "(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)", "nn",
        "NYT-10-18-98 1807EDT", "5 min read",
    };
    static const char *const story[] = {
        "By Tuesday, the army had retreated from the city.",
        "Read more about the plan in the report released on Monday.",
        "Copyright infringement cases rose sharply last year.",
        "12 people were killed.", "Photographs show the damage.",
        "Updated figures show exports rose 20% in March.",
        "Trump-Putin talks resume.", "Comments by the minister angered Kyiv.",
    };
    char buf[512];
    for (size_t i = 0; i < sizeof boiler / sizeof boiler[0]; i++) {
        snprintf(buf, sizeof buf, "Body one is here.\n\n%s\n\nBody two is here.\n", boiler[i]);
        doc d = blocks_of(*state, buf, 0, NULL);
        assert_int_equal(d.n, 3);
        if (d.b[1].kind != BLOCK_BOILER) fail_msg("not boilerplate: \"%s\"", boiler[i]);
        expect_block(&d, 1, BLOCK_BOILER, boiler[i]);
        expect_block(&d, 0, BLOCK_BODY, "Body one is here.");
        expect_block(&d, 2, BLOCK_BODY, "Body two is here.");
    }
    for (size_t i = 0; i < sizeof story / sizeof story[0]; i++) {
        snprintf(buf, sizeof buf, "Body one is here.\n\n%s\n\nBody two is here.\n", story[i]);
        doc d = blocks_of(*state, buf, 0, NULL);
        assert_int_equal(d.n, 3);
        if (d.b[1].kind != BLOCK_BODY) fail_msg("taken for boilerplate: \"%s\"", story[i]);
    }
}

static void test_is_boilerplate(void **state)
{
    (void)state;
    assert_true(clean_is_boilerplate("Advertisement", 13));
    assert_true(clean_is_boilerplate("  Share this post \n", 19));
    assert_true(clean_is_boilerplate("Related Sources:", 16));
    assert_false(clean_is_boilerplate("Trump and Putin to talk", 23));
    assert_false(clean_is_boilerplate("", 0));
    assert_false(clean_is_boilerplate("Advertisement", 5)); /* "Adver" */
}

static void test_related_lists(void **state)
{
    doc d = blocks_of(*state, "Body text here.\n\nRelated Sources:\n\n"
                              "\xE2\x80\xA2\xC2\xA0Source 1\xC2\xA0 \xE2\x80\xA2\xC2\xA0Source 2\n",
                      0, NULL);
    assert_int_equal(d.n, 3);
    assert_int_equal(d.b[0].kind, BLOCK_BODY);
    expect_block(&d, 1, BLOCK_BOILER, "Related Sources:");
    assert_int_equal(d.b[2].kind, BLOCK_BOILER);
    assert_int_equal(d.b[2].start, strlen("Body text here.\n\nRelated Sources:\n\n"));

    d = blocks_of(*state, "Body text here.\n\nRelated:\nFirst link headline\n"
                          "Second link headline\n\nThe article goes on after the list with a "
                          "long paragraph that ends properly.\n",
                  0, NULL);
    assert_int_equal(d.n, 5);
    assert_int_equal(d.b[1].kind, BLOCK_BOILER);
    assert_int_equal(d.b[2].kind, BLOCK_BOILER);
    assert_int_equal(d.b[3].kind, BLOCK_BOILER);
    assert_int_equal(d.b[4].kind, BLOCK_BODY);
}

static void test_teasers(void **state)
{
    static const char in[] =
        "The story text is here.\n\nIt goes on, and ends.\n\n"
        "Share this post\nComments\n\n"
        "Other Story Headline Here\n\nOther Story Headline Here\n\n"
        "Its text is complete but sits under a doubled headline.\n\n"
        "O A\n\n"
        "Third Story About Something\n\n"
        "The text of a third story that is cut off in the mi\n\n"
        "O A\n";
    doc d = blocks_of(*state, in, 0, NULL);
    assert_int_equal(d.n, 11);
    assert_int_equal(d.b[0].kind, BLOCK_BODY);
    assert_int_equal(d.b[1].kind, BLOCK_BODY);
    for (size_t i = 2; i < d.n; i++) assert_int_equal(d.b[i].kind, BLOCK_BOILER);

    /* An advertising cluster mid-article is not a footer: what follows
     * reads as story text and stays. */
    d = blocks_of(*state, "Para one is here.\n\nAdvertisement\nAdvertisement\n"
                          "Story continues below\n\nPara two continues the story.\n\n"
                          "Para three ends it.\n",
                  0, NULL);
    assert_int_equal(d.n, 6);
    assert_int_equal(d.b[4].kind, BLOCK_BODY);
    assert_int_equal(d.b[5].kind, BLOCK_BODY);

    /* Before any story text, prompts do not open a footer. */
    d = blocks_of(*state, "Share this post\nComments\nSubscribe\n\nHeadline Text\n\n"
                          "Story text without a stop, but long enough to read as a paragraph\n",
                  0, NULL);
    assert_int_equal(d.b[3].kind, BLOCK_HEADING);
    assert_int_equal(d.b[4].kind, BLOCK_BODY);
}

/* After a share footer, teasers follow one another with nothing between
 * them: headline over excerpt, twice or more. */
static void test_teaser_list_after_footer(void **state)
{
    static const char in[] =
        "Harbour ferry fares will rise by ten percent from June, the operator said.\n\n"
        "The operator blamed fuel costs and new safety rules for the rise in fares.\n\n"
        "Passengers groups said the rise would hurt commuters who cross every day.\n\n"
        "Share this article\n\n"
        "Glacier trail closed after rockfall\n\n"
        "A mountain trail was closed after a rockfall injured two hikers.\n\n"
        "Chess prodigy wins national title\n\n"
        "A twelve-year-old became the youngest national chess champion.\n";
    doc d = blocks_of(*state, in, 0, NULL);
    assert_int_equal(d.n, 8);
    for (size_t i = 0; i < 3; i++) assert_int_equal(d.b[i].kind, BLOCK_BODY);
    for (size_t i = 3; i < d.n; i++) assert_int_equal(d.b[i].kind, BLOCK_BOILER);

    /* A share button inside an article: the article goes on, in headed
     * sections longer than what came before, and stays. */
    static const char inline_share[] =
        "Harbour ferry fares will rise by ten percent from June.\n\n"
        "Share this article\n\n"
        "What passengers pay\n\n"
        "A single ticket will cost four dollars and a monthly pass sixty dollars, the operator said.\n\n"
        "What the operator says\n\n"
        "The operator said fares had not risen for six years while fuel costs doubled.\n";
    d = blocks_of(*state, inline_share, 0, NULL);
    assert_int_equal(d.n, 6);
    assert_int_equal(d.b[3].kind, BLOCK_BODY);
    assert_int_equal(d.b[5].kind, BLOCK_BODY);
}

static void test_sample_004(void **state)
{
    doc d = sample(*state, harness_sample_paths[4]);
    expect_block(&d, find(&d, "#image_title"), BLOCK_BOILER, "#image_title");
    expect_block(&d, find(&d, "Trump, Putin to have"), BLOCK_HEADING,
                 "Trump, Putin to have 'discussion' on Ukraine this week");
    size_t last = find(&d, "Ukraine said Sunday that one person was killed");
    assert_int_equal(d.b[last].kind, BLOCK_BODY);
    assert_int_equal(d.b[find(&d, "US President Donald Trump and Russian")].kind, BLOCK_BODY);
    assert_int_equal(d.b[find(&d, "Zelensky says Putin 'lying'")].kind, BLOCK_HEADING);
    /* Everything after the last paragraph: footer prompts and the four
     * teasers with their counters. */
    assert_true(d.n - last - 1 >= 4 * 3 + 7);
    for (size_t i = last + 1; i < d.n; i++) assert_int_equal(d.b[i].kind, BLOCK_BOILER);
    static const char *const teasers[] = {
        "What Super Bowl 2026", "Super Bowl LX", "Notorious B.I.G.", "CJ Wallace",
        "USA Team Stars", "Anthony Edwards", "Obama Responds", "Former President Barack Obama",
        "B P", "O A",
    };
    for (size_t i = 0; i < sizeof teasers / sizeof teasers[0]; i++)
        assert_int_equal(d.b[find(&d, teasers[i])].kind, BLOCK_BOILER);
    assert_int_equal(count_kind(&d, BLOCK_BODY), 21);
    assert_int_equal(count_kind(&d, BLOCK_HEADING), 2);
    /* The top "Share this post" is boilerplate too. */
    assert_int_equal(d.b[find(&d, "Share this post")].kind, BLOCK_BOILER);
    assert_true(find(&d, "Share this post") < find(&d, "US President"));
}

static void test_sample_001(void **state)
{
    doc d = sample(*state, harness_sample_paths[1]);
    expect_block(&d, 0, BLOCK_BOILER, "0");
    expect_block(&d, 1, BLOCK_BOILER, "trump-putin");
    expect_block(&d, 2, BLOCK_HEADING, "Key Points:");
    static const char *const bullets[] = {
        "US proposes a 30-day ceasefire", "Presidents Trump and Putin expected",
        "Russia raises", "Recent talks between US Secretary", "Ukrainian President Zelenskyy accuses",
    };
    for (size_t i = 0; i < 5; i++) {
        assert_int_equal(d.b[3 + i].kind, BLOCK_BULLET);
        assert_int_equal(find(&d, bullets[i]), 3 + i);
    }
    assert_int_equal(count_kind(&d, BLOCK_BULLET), 5);
    expect_block(&d, 3, BLOCK_BULLET,
                 "US proposes a 30-day ceasefire in Ukraine; Kyiv accepts, but Moscow remains hesitant.");
    assert_int_equal(d.b[8].kind, BLOCK_BODY); /* "Washington D.C.: ..." */
    static const char *const heads[] = {
        "Ceasefire Proposal and Reactions", "Diplomatic Efforts Intensify",
        "Escalating Tensions on the Ground", "Global Reactions",
    };
    for (size_t i = 0; i < 4; i++) expect_block(&d, find(&d, heads[i]), BLOCK_HEADING, heads[i]);
    assert_int_equal(d.b[find(&d, "The ceasefire plan, negotiated")].kind, BLOCK_BODY);
    assert_int_equal(count_kind(&d, BLOCK_BODY), 11);
    expect_block(&d, d.n - 1, BLOCK_BOILER, "Advertisement");
}

static void test_sample_000_003(void **state)
{
    doc d = sample(*state, harness_sample_paths[0]);
    assert_int_equal(count_kind(&d, BLOCK_BODY), 11);
    assert_int_equal(d.b[find(&d, "As the world watches closely")].kind, BLOCK_BODY);
    size_t r = find(&d, "Related Sources:");
    assert_int_equal(d.b[r].kind, BLOCK_BOILER);
    assert_int_equal(r + 2, d.n);
    assert_int_equal(d.b[r + 1].kind, BLOCK_BOILER);

    d = sample(*state, harness_sample_paths[3]);
    assert_int_equal(d.n, 25);
    assert_int_equal(count_kind(&d, BLOCK_HEADING), 6);
    assert_int_equal(count_kind(&d, BLOCK_BODY), 19);
    assert_int_equal(d.b[0].kind, BLOCK_BODY);
    assert_int_equal(d.b[0].start, 0);
    expect_block(&d, 3, BLOCK_HEADING, "First Direct Talks Since 2022");
    assert_int_equal(d.b[2].kind, BLOCK_BODY); /* "So far, Trump has pushed..." */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        HARNESS_ARENA_TEST(test_paragraphs),
        HARNESS_ARENA_TEST(test_joining),
        HARNESS_ARENA_TEST(test_headings_and_bullets),
        HARNESS_ARENA_TEST(test_closing_quotes),
        HARNESS_ARENA_TEST(test_label_before_quote),
        HARNESS_ARENA_TEST(test_numbered_runs),
        HARNESS_ARENA_TEST(test_title_repeat),
        HARNESS_ARENA_TEST(test_boilerplate_lines),
        HARNESS_ARENA_TEST(test_is_boilerplate),
        HARNESS_ARENA_TEST(test_related_lists),
        HARNESS_ARENA_TEST(test_teasers),
        HARNESS_ARENA_TEST(test_teaser_list_after_footer),
        HARNESS_ARENA_TEST(test_sample_004),
        HARNESS_ARENA_TEST(test_sample_001),
        HARNESS_ARENA_TEST(test_sample_000_003),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
