/* Unit tests: grouping.c (a day's documents into stories, the grouping
 * object; MinHash sketches), on invented news. */
#include "harness.h"

#include "news_fixture.h"

/* Two invented stories of three articles each come out as two groups,
 * the one with more distinct sources first although it comes later. */
static void test_two_stories(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    for (int i = 0; i < 3; i++) news_add(st, news_chess, "chess", i); /* 0-2 */
    for (int i = 0; i < 3; i++) news_add(st, news_flood, "flood", i); /* 3-5 */
    brief_grouping *g = NULL;
    assert_int_equal(brief_story_group(st, &g), BRIEF_OK);
    assert_int_equal(brief_grouping_count(g), 2);
    const size_t *docs;
    size_t nd, ns;
    assert_int_equal(brief_grouping_docs(g, 0, &docs, &nd, &ns), BRIEF_OK);
    assert_int_equal(nd, 3);
    assert_int_equal(ns, 3); /* Northern Post, Valley Radio, Daily Ledger */
    assert_int_equal(docs[0], 3);
    assert_int_equal(docs[1], 4);
    assert_int_equal(docs[2], 5);
    assert_int_equal(brief_grouping_docs(g, 1, &docs, &nd, &ns), BRIEF_OK);
    assert_int_equal(nd, 3);
    assert_int_equal(ns, 2); /* "northern post" is "Northern Post" */
    assert_int_equal(docs[0], 0);
    assert_int_equal(docs[2], 2);
    assert_int_equal(brief_grouping_docs(g, 2, &docs, &nd, &ns), BRIEF_EINVAL);
    /* Each group composes into its own brief. */
    brief_digest *d = NULL;
    assert_int_equal(brief_grouping_docs(g, 0, &docs, &nd, NULL), BRIEF_OK);
    assert_int_equal(brief_story_compose_docs(st, docs, nd, NULL, &d), BRIEF_OK);
    assert_non_null(strstr(d->headline, "Marrowbridge"));
    brief_digest_free(d);
    brief_story_free(st);
    brief_grouping_free(g);
    brief_ctx_free(ctx);
}

/* Two earthquakes on the same morning, in two invented countries, each
 * told by two sources in different words: the subject's words are shared
 * (earthquake, magnitude, rescuers, collapsed), the places and people are
 * not.  Two stories, each with its own two articles. */
static void test_two_earthquakes(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    harness_story_add(st, "veloria-1.txt",
        "Earthquake of magnitude 6.1 strikes Marsk in Veloria\n\n"
        "An earthquake of magnitude 6.1 struck the Velorian city of Marsk on Tuesday, "
        "collapsing the old market hall and killing at least 14 people, the regional "
        "governor Anneke Drossel said.\n\n"
        "Rescuers dug through the rubble of the market hall through the night. "
        "Drossel said the Marsk hospital had taken in more than 200 injured.\n\n"
        "The quake was felt across the Orvin valley, where schools were closed.\n");
    harness_story_add(st, "karnesh-1.txt",
        "Deadly quake hits Tolvadi, Karnesh\n\n"
        "A magnitude 5.7 earthquake shook Tolvadi, the largest port of Karnesh, on "
        "Tuesday, bringing down two apartment blocks, said the port's mayor, Issam "
        "Reyvani.\n\n"
        "Rescuers pulled nine survivors from the blocks on Harbour Street, Reyvani said, "
        "and the Karnesh coast guard closed the port to shipping.\n\n"
        "Aftershocks rattled Tolvadi through the afternoon.\n");
    harness_story_add(st, "veloria-2.txt",
        "Marsk counts its dead after Veloria quake\n\n"
        "The toll of the earthquake that hit Marsk rose to 19, Velorian officials said, "
        "as rescuers searched what is left of the city's market hall.\n\n"
        "Governor Anneke Drossel toured the Orvin valley villages, where many houses "
        "collapsed, and promised tents for the homeless of Marsk.\n");
    harness_story_add(st, "karnesh-2.txt",
        "Karnesh port of Tolvadi reopens after earthquake\n\n"
        "Ships returned to Tolvadi on Wednesday after the earthquake that brought down "
        "apartment blocks on Harbour Street, the Karnesh coast guard said.\n\n"
        "Mayor Issam Reyvani said rescuers had found no one else under the rubble "
        "and that the port of Tolvadi would work normally within a week.\n");
    brief_grouping *g = NULL;
    assert_int_equal(brief_story_group(st, &g), BRIEF_OK);
    assert_int_equal(brief_grouping_count(g), 2);
    for (size_t k = 0; k < 2; k++) {
        const size_t *docs;
        size_t nd;
        assert_int_equal(brief_grouping_docs(g, k, &docs, &nd, NULL), BRIEF_OK);
        assert_int_equal(nd, 2);
        assert_int_equal(docs[1] - docs[0], 2); /* 0 with 2, 1 with 3 */
    }
    brief_grouping_free(g);
    harness_story_free(st, ctx);
}

/* The body of a lone article on a bridge closure that leads with the
 * reaction (after its title line). */
static const char bridge_detours[] =
    "Drivers queued for hours on Monday evening after engineers closed the Sorrel "
    "bridge in Lanvik, "
    "and shops on the east bank said customers stayed away.\n\n"
    "Bus drivers reported journeys three times longer than usual, and several "
    "schools told parents to collect children early because buses were stuck in "
    "traffic on the ring road.\n\n"
    "A baker near the old tram depot said she had sold half her usual bread, while "
    "the owner of a hardware shop said delivery vans had not arrived at all.\n\n"
    "Taxi firms raised their fares for the evening, saying cars were spending most "
    "of each hour in queues, and cyclists filled the narrow paths along the "
    "embankment.\n\n"
    "Hospital staff were told to allow an extra hour for the journey to work, and "
    "the fire brigade moved two engines to a station on the east bank so that it "
    "could still reach homes there quickly.\n\n"
    "Residents gathered at the town hall in the evening to ask how long the "
    "disruption would last, and many said they would work from home for the rest "
    "of the week.\n\n"
    "Traders asked for help with their losses, and a group of delivery companies "
    "wrote to the council asking for permits to use the harbour road at night.\n\n"
    "Football supporters heading to the stadium for the evening match were urged "
    "to leave their cars at home, and the club opened its gates an hour early to "
    "spread the arrivals.\n\n"
    "Market stallholders packed up before dusk, complaining that their usual "
    "customers from the west side never came, and a florist said her roses would "
    "wilt unsold.\n\n"
    "Parents waiting outside a primary school swapped stories of children who "
    "had walked home in the rain, and a pharmacist kept her doors open late for "
    "people stranded far from their own chemists.\n\n"
    "The Sorrel bridge over the Tamm river in Lanvik was closed in the morning when "
    "engineers found a crack in the main girder. Transport chief Mirela Oskarsen "
    "said extra ferries would cross the river while the girder is repaired.\n";

static void add_detours(brief_story *st, const char *dateline)
{
    char text[4096];
    snprintf(text, sizeof text, "Commuters face long detours\n\n%s%s", dateline, bridge_detours);
    harness_story_add(st, "bridge-2.txt", text);
}

/* One invented event told twice: the second source leads with the
 * reaction for its first 150 content words, the event named once in
 * passing, and tells the event itself (its place, its people) only
 * further down.  The whole texts alike (the second stage) would join
 * them, but two lone articles stay two stories: the second stage only
 * brings fragments to a story the leads found (test_cluster's
 * test_second_stage), since in a day of varied news two lone articles of
 * one subject are mostly two events. */
static void test_two_lone_articles_stay_apart(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    harness_story_add(st, "bridge-1.txt",
        "Lanvik bridge closed after crack found\n\n"
        "Engineers closed the Sorrel bridge in Lanvik on Monday after finding a crack "
        "in its main girder, the city's transport chief Mirela Oskarsen said.\n\n"
        "The bridge carries 40,000 cars a day across the Tamm river. Oskarsen said "
        "ferries would run every ten minutes while the girder is repaired.\n");
    add_detours(st, "");
    harness_story_add(st, "zoo.txt",
        "Rare owl hatches at Quendal zoo\n\n"
        "Keepers at Quendal zoo celebrated the hatching of a snowy owl chick, the first "
        "in the zoo's sixty years, its director Pavo Lindqvist said on Monday.\n");
    brief_grouping *g = NULL;
    assert_int_equal(brief_story_group(st, &g), BRIEF_OK);
    assert_int_equal(brief_grouping_count(g), 3);
    brief_grouping_free(g);
    harness_story_free(st, ctx);
}

/* Short items of a day's other news, each filed from its own town. */
static const char *const other_news[6] = {
    "Orchard harvest starts early in Brellin\n\n"
    "BRELLIN (Wire) _ Apple growers around Brellin began picking two weeks early "
    "after a warm spring, the growers' union said on Monday.\n",
    "Ferry fares rise on the Hask islands\n\n"
    "HASK (Wire) _ The island ferry company raised its fares by a tenth, blaming "
    "fuel costs, its director Ilse Varga said.\n",
    "Library reopens after repairs in Doverra\n\n"
    "DOVERRA (Wire) _ The town library reopened its doors after a year of repairs "
    "to its roof, with a reading by the poet Tomas Arvo.\n",
    "Cyclist wins hill stage at Mornet\n\n"
    "MORNET (Wire) _ Kalle Stroem won the hill stage of the coastal tour by forty "
    "seconds, taking the leader's jersey.\n",
    "Council votes to extend tram line\n\n"
    "ISKAR (Wire) _ Iskar's council voted to extend the tram line to the airport, "
    "at a cost its mayor Dana Poll put at 90 million.\n",
    "Storm delays grain ships at Velt\n\n"
    "VELT (Wire) _ High winds kept six grain ships outside Velt harbour for a "
    "second day, the harbour master said.\n",
};

/* The same two lone articles, each filed from the town the bridge is in
 * (a wire dateline opening its first paragraph), among a day's other
 * news: one story, the place being the evidence of one event; filed from
 * two towns, two stories. */
static void test_two_lone_articles_one_dateline(void **state)
{
    (void)state;
    const char *second[2] = {"LANVIK (Wire) _ ", "KESTRA (Wire) _ "};
    for (int k = 0; k < 2; k++) {
        brief_ctx *ctx;
        brief_story *st = harness_story_new(&ctx, NULL);
        harness_story_add(st, "bridge-1.txt",
            "Lanvik bridge closed after crack found\n\n"
            "LANVIK (Wire) _ Engineers closed the Sorrel bridge in Lanvik on Monday after "
            "finding a crack in its main girder, the city's transport chief Mirela "
            "Oskarsen said.\n\n"
            "The bridge carries 40,000 cars a day across the Tamm river. Oskarsen said "
            "ferries would run every ten minutes while the girder is repaired.\n");
        add_detours(st, second[k]);
        harness_story_add(st, "zoo.txt",
            "Rare owl hatches at Quendal zoo\n\n"
            "QUENDAL (Wire) _ Keepers at Quendal zoo celebrated the hatching of a snowy owl "
            "chick, the first in the zoo's sixty years, its director Pavo Lindqvist said "
            "on Monday.\n");
        for (int j = 0; j < 6; j++) {
            char name[32];
            snprintf(name, sizeof name, "other-%d.txt", j);
            harness_story_add(st, name, other_news[j]);
        }
        brief_grouping *g = NULL;
        assert_int_equal(brief_story_group(st, &g), BRIEF_OK);
        assert_int_equal(brief_grouping_count(g), k == 0 ? 8 : 9);
        brief_grouping_free(g);
        harness_story_free(st, ctx);
    }
}

/* Dates in the front matter: the same two stories, dated within days of
 * each other, still come apart. */
static void test_dated(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    const char *const *stories[2] = {news_flood, news_chess};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < 3; i++) {
            char text[2048], name[32];
            int n = snprintf(text, sizeof text, "date: 2025-03-0%d\n%s", i + 1, stories[k][i]);
            snprintf(name, sizeof name, "d%d%d.txt", k, i);
            assert_int_equal(brief_story_add_text(st, name, text, (size_t)n), BRIEF_OK);
        }
    assert_string_equal(brief_story_doc(st, 0)->date, "2025-03-01");
    brief_grouping *g = NULL;
    assert_int_equal(brief_story_group(st, &g), BRIEF_OK);
    assert_int_equal(brief_grouping_count(g), 2);
    size_t nd;
    for (size_t k = 0; k < 2; k++) {
        assert_int_equal(brief_grouping_docs(g, k, NULL, &nd, NULL), BRIEF_OK);
        assert_int_equal(nd, 3);
    }
    brief_grouping_free(g);
    harness_story_free(st, ctx);
}

static void test_refused(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    brief_grouping *g = (brief_grouping *)1;
    assert_int_equal(brief_story_group(st, &g), BRIEF_EEMPTY);
    assert_null(g);
    assert_non_null(strstr(brief_story_errmsg(st), "group: no documents"));
    assert_int_equal(brief_story_group(NULL, &g), BRIEF_EINVAL);
    assert_int_equal(brief_grouping_count(NULL), 0);
    assert_int_equal(brief_grouping_docs(NULL, 0, NULL, NULL, NULL), BRIEF_EINVAL);
    /* One document: one story of one. */
    news_add(st, news_flood, "flood", 0);
    assert_int_equal(brief_story_group(st, &g), BRIEF_OK);
    assert_int_equal(brief_grouping_count(g), 1);
    brief_grouping_free(g);
    harness_story_free(st, ctx);
}

static size_t agreeing(const uint32_t *a, const uint32_t *b, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) k += a[i] == b[i];
    return k;
}

/* Sketches: the same text gives the same signature (also in another
 * story), two articles of one story agree more than two of different
 * stories. */
static void test_sketch(void **state)
{
    (void)state;
    enum { H = 64 };
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    news_add(st, news_flood, "flood", 0);
    news_add(st, news_flood, "flood", 1);
    news_add(st, news_chess, "chess", 0);
    uint32_t s0[H], s1[H], s2[H], again[H];
    assert_int_equal(brief_story_sketch(st, 0, s0, H), BRIEF_OK);
    assert_int_equal(brief_story_sketch(st, 1, s1, H), BRIEF_OK);
    assert_int_equal(brief_story_sketch(st, 2, s2, H), BRIEF_OK);
    assert_true(agreeing(s0, s1, H) > agreeing(s0, s2, H));
    brief_story *other = NULL;
    assert_int_equal(brief_story_new(ctx, &other), BRIEF_OK);
    news_add(other, news_chess, "chess", 1);
    news_add(other, news_flood, "flood", 0);
    assert_int_equal(brief_story_sketch(other, 1, again, H), BRIEF_OK);
    assert_memory_equal(s0, again, sizeof s0);
    assert_int_equal(brief_story_sketch(other, 2, again, H), BRIEF_EINVAL);
    brief_story_free(other);
    harness_story_free(st, ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_two_stories),
        cmocka_unit_test(test_two_earthquakes),
        cmocka_unit_test(test_two_lone_articles_stay_apart),
        cmocka_unit_test(test_two_lone_articles_one_dateline),
        cmocka_unit_test(test_dated),
        cmocka_unit_test(test_refused),
        cmocka_unit_test(test_sketch),
    };
    return cmocka_run_group_tests_name("grouping", tests, NULL, NULL);
}
