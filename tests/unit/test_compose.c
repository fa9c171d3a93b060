/* Unit tests: compose.c (key points across sources, lead, headline,
 * quotes). Inputs are built by hand: one term per fact, so cosines are
 * exact. */
#include "harness.h"

#include "compose.h"
#include "counts.h"
#include "neutral.h"

/* A unit vector over the given terms (equal weights). */
static svec vec(arena *ar, const uint32_t *terms, uint32_t n)
{
    svec v;
    v.term = arena_alloc(ar, n * sizeof *v.term);
    v.w = arena_alloc(ar, n * sizeof *v.w);
    v.n = n;
    for (uint32_t i = 0; i < n; i++) {
        v.term[i] = terms[i];
        v.w[i] = (float)(1.0 / __builtin_sqrt((double)n));
    }
    return v;
}

typedef struct fixture {
    arena *ar;
    compose_sentence s[16];
    svec v[16];
    compose_doc d[4];
    size_t n;
} fixture;

static void add(fixture *f, uint32_t doc, const char *text, uint32_t term, double score)
{
    size_t i = f->n++;
    uint32_t t[2] = {term, 100 + (uint32_t)i}; /* a private term keeps cosines at 0.5 */
    f->v[i] = vec(f->ar, t, 2);
    f->s[i] = (compose_sentence){text, doc, (uint32_t)i, 0, strlen(text), score, &f->v[i], 1, 0, 10, 0, NULL, 0, 0};
}

static void setup(fixture *f)
{
    memset(f, 0, sizeof *f);
    f->ar = arena_new(NULL);
    const char *titles[4] = {"Council approves budget | City News", "Budget passes",
                             "Outrageous budget vote shames council", NULL};
    for (int i = 0; i < 4; i++) {
        f->d[i].title = titles[i];
        f->d[i].name = "src";
        f->d[i].file = "f.txt";
    }
    static uint32_t tt[1] = {1};
    static svec tv;
    tv = vec(f->ar, tt, 1);
    f->d[0].title_vec = &tv;
    f->d[1].title_vec = &tv;
    f->d[2].title_vec = &tv;
    f->d[2].title_neutral = NEUTRAL_LOADED;
}

static void test_same_fact_merged_with_all_sources(void **state)
{
    (void)state;
    fixture f;
    setup(&f);
    /* Fact 1 told by all three sources, fact 2 by two, fact 3 by one. */
    add(&f, 0, "The council approved the budget on Tuesday night.", 1, 0.10);
    add(&f, 0, "Road repairs get most of the money this year.", 2, 0.08);
    add(&f, 1, "The city budget was approved by the council Tuesday.", 1, 0.09);
    add(&f, 1, "Most of the money goes to repairing the roads.", 2, 0.07);
    add(&f, 1, "Two new libraries will open in the spring.", 3, 0.05);
    add(&f, 2, "Councillors passed the budget after a long debate.", 1, 0.08);
    add(&f, 2, "A public hearing on the plan is set for March.", 4, 0.06);
    compose_input in = {f.s, f.n, f.d, 3, NULL, 0, 200, "english", NULL};
    brief_compose_options o;
    brief_compose_options_init(&o);
    brief_digest d;
    assert_int_equal(compose_digest(f.ar, f.ar, &in, &o, &d), BRIEF_OK);
    /* The lead is the fact all three carry. */
    assert_non_null(strstr(d.lead, "budget"));
    assert_int_equal(d.npoints, 3);
    /* No point repeats the lead's fact; the road fact lists sources 1, 2. */
    int roads = 0;
    for (size_t i = 0; i < d.npoints; i++) {
        assert_null(strstr(d.points[i]->text, "budget"));
        if (strstr(d.points[i]->text, "oad")) {
            roads = 1;
            assert_int_equal(d.points[i]->nsources, 2);
            assert_int_equal(d.points[i]->sources[0], 1);
            assert_int_equal(d.points[i]->sources[1], 2);
        } else {
            assert_int_equal(d.points[i]->nsources, 1);
        }
    }
    assert_true(roads);
    /* The headline is the most central title that is not loaded, without
     * its " | City News" section. */
    assert_string_equal(d.headline, "Council approves budget");
    assert_int_equal(d.headline_source, 1);
    assert_int_equal(d.nsources, 3);
    assert_string_equal(d.sources[2]->title, "Outrageous budget vote shames council");
    arena_free(f.ar);
}

static void test_no_source_dominates(void **state)
{
    (void)state;
    fixture f;
    setup(&f);
    /* Source 1 has the highest scores for everything; sources 2 and 3 tell
     * facts 2 and 3 as well.  Facts 1 and 4 can only come from source 1,
     * but a fact another source carries is shown from the less used one. */
    add(&f, 0, "Fact one is told first by the first source.", 1, 0.20);
    add(&f, 0, "Fact two is told by the first source too.", 2, 0.19);
    add(&f, 0, "Fact three is also in the first source here.", 3, 0.18);
    add(&f, 0, "Fact four only the first source reports today.", 4, 0.17);
    add(&f, 1, "The second source tells fact two in its words.", 2, 0.17);
    add(&f, 2, "The third source tells fact three in its words.", 3, 0.16);
    compose_input in = {f.s, f.n, f.d, 3, NULL, 0, 200, "english", NULL};
    brief_compose_options o;
    brief_compose_options_init(&o);
    brief_digest d;
    assert_int_equal(compose_digest(f.ar, f.ar, &in, &o, &d), BRIEF_OK);
    assert_int_equal(d.npoints, 3);
    int three = 0;
    for (size_t i = 0; i < d.npoints; i++) {
        if (strstr(d.points[i]->text, "hree")) {
            three = 1;
            assert_int_equal(d.points[i]->doc, 2);
            assert_int_equal(d.points[i]->nsources, 2);
        }
    }
    assert_true(three);
    arena_free(f.ar);
}

static void test_loaded_and_claims(void **state)
{
    (void)state;
    fixture f;
    setup(&f);
    add(&f, 0, "Officials opened the new bridge to traffic on Monday.", 1, 0.20);
    add(&f, 0, "The barbaric attack shocked the town, residents said.", 2, 0.19);
    add(&f, 0, "The mayor said the bridge cost less than planned overall.", 3, 0.18);
    add(&f, 0, "Traffic on the old road fell by half within a day.", 4, 0.10);
    f.s[1].neutral = NEUTRAL_LOADED;
    f.s[2].neutral = NEUTRAL_CLAIM;
    compose_input in = {f.s, f.n, f.d, 1, NULL, 0, 200, "english", NULL};
    brief_compose_options o;
    brief_compose_options_init(&o);
    brief_digest d;
    assert_int_equal(compose_digest(f.ar, f.ar, &in, &o, &d), BRIEF_OK);
    for (size_t i = 0; i < d.npoints; i++) assert_null(strstr(d.points[i]->text, "barbaric"));
    /* The claim comes after the fact though it ranks higher. */
    assert_int_equal(d.npoints, 2);
    assert_non_null(strstr(d.points[0]->text, "Traffic"));
    assert_non_null(strstr(d.points[1]->text, "mayor said"));
    arena_free(f.ar);
}

static void test_quotes_merged_one_per_speaker(void **state)
{
    (void)state;
    fixture f;
    setup(&f);
    add(&f, 0, "The council approved the budget on Tuesday night.", 1, 0.10);
    add(&f, 1, "The budget passed on Tuesday after a long debate.", 1, 0.10);
    compose_quote q[5] = {
        {"This budget fixes our roads and opens two libraries", "Ann Lee", "Mayor", 0, 0, 0, 1, 0.3, 9},
        {"This budget fixes our roads and opens two libraries.", "Ann Lee", "Mayor", 0, 1, 0, 1, 0.2, 9},
        {"We will keep every promise we made to the voters", "Ann Lee", "Mayor of the city", 0, 1, 0, 1, 0.25, 10},
        {"Taxes will rise for every family in the city next year", "Bo Chan", NULL, 0, 1, 0, 1, 0.1, 11},
        {"a bad deal", "Bo Chan", NULL, 1, 0, 0, 1, 0.9, 3},
    };
    compose_input in = {f.s, f.n, f.d, 2, q, 5, 200, "english", NULL};
    brief_compose_options o;
    brief_compose_options_init(&o);
    brief_digest d;
    assert_int_equal(compose_digest(f.ar, f.ar, &in, &o, &d), BRIEF_OK);
    assert_int_equal(d.nquotes, 2);
    assert_string_equal(d.quotes[0]->speaker, "Ann Lee");
    assert_int_equal(d.quotes[0]->nsources, 2); /* both renderings merged */
    assert_string_equal(d.quotes[0]->role, "Mayor of the city"); /* the fullest role */
    assert_string_equal(d.quotes[1]->speaker, "Bo Chan");
    assert_non_null(strstr(d.quotes[1]->text, "Taxes")); /* the partial quote is not shown */
    arena_free(f.ar);
}

static void test_quotes_hear_both_sides(void **state)
{
    (void)state;
    fixture f;
    setup(&f);
    add(&f, 0, "The two leaders spoke by phone for two hours on Tuesday.", 1, 0.10);
    add(&f, 1, "The leaders held a phone call of two hours on Tuesday.", 1, 0.10);
    compose_quote q[3] = {
        {"We had a very good and very long conversation today", "Ann Lee", "US President", 0, 0, 0, 1, 0.30, 10},
        {"The president made real progress with his counterpart", "Bo Chan", "US envoy", 0, 0, 0, 1, 0.28, 10},
        {"Nothing was agreed and nothing will be without guarantees", "Cy Dov", "Russian President", 0, 1, 0, 1, 0.20, 10},
    };
    compose_input in = {f.s, f.n, f.d, 2, q, 3, 200, "english", NULL};
    brief_compose_options o;
    brief_compose_options_init(&o);
    o.max_quotes = 2;
    brief_digest d;
    assert_int_equal(compose_digest(f.ar, f.ar, &in, &o, &d), BRIEF_OK);
    assert_int_equal(d.nquotes, 2);
    assert_string_equal(d.quotes[0]->speaker, "Ann Lee");
    assert_string_equal(d.quotes[1]->speaker, "Cy Dov"); /* the other side, not the envoy */
    arena_free(f.ar);
}

/* Untitled wire copy: the headline is the strongest opening sentence of
 * an article, not a sentence from further down that leans on the ones
 * before it; the lead is still the strongest fact. */
static void test_untitled_headline(void **state)
{
    (void)state;
    fixture f;
    setup(&f);
    for (int i = 0; i < 4; i++) {
        f.d[i].title = NULL;
        f.d[i].title_vec = NULL;
    }
    add(&f, 0, "Officials confirmed the dam breach on Monday.", 1, 0.05);
    add(&f, 0, "Those floods drove thousands from their homes.", 2, 0.12);
    add(&f, 1, "The river burst its banks near the dam on Monday.", 1, 0.06);
    add(&f, 1, "Rescue teams reached the valley by boat.", 3, 0.07);
    f.s[1].index = 1; /* indexes within each article */
    f.s[2].index = 0;
    f.s[3].index = 1;
    compose_input in = {f.s, f.n, f.d, 2, NULL, 0, 200, "english", NULL};
    brief_compose_options o;
    brief_compose_options_init(&o);
    brief_digest d;
    assert_int_equal(compose_digest(f.ar, f.ar, &in, &o, &d), BRIEF_OK);
    assert_string_equal(d.headline, "The river burst its banks near the dam on Monday.");
    assert_int_equal(d.headline_source, 0);
    assert_string_equal(d.lead, "Those floods drove thousands from their homes.");
    /* Neither the headline nor its fact comes back as a point. */
    for (size_t k = 0; k < d.npoints; k++) {
        assert_string_not_equal(d.points[k]->text, d.headline);
        assert_null(strstr(d.points[k]->text, "dam"));
    }
    /* When the strongest fact opens an article, it is the headline and the
     * next fact the lead. */
    f.s[2].score = 0.30;
    assert_int_equal(compose_digest(f.ar, f.ar, &in, &o, &d), BRIEF_OK);
    assert_string_equal(d.headline, "The river burst its banks near the dam on Monday.");
    assert_string_not_equal(d.lead, d.headline);
    arena_free(f.ar);
}

/* The texts of the first test's story, reported in an earlier edition. */
static void add_budget_story(fixture *f)
{
    add(f, 0, "The council approved the budget on Tuesday night.", 1, 0.10);
    add(f, 0, "Road repairs get most of the money this year.", 2, 0.08);
    add(f, 1, "Most of the money goes to repairing the roads.", 2, 0.07);
    add(f, 1, "Two new libraries will open in the spring.", 3, 0.05);
    add(f, 2, "A public hearing on the plan is set for March.", 4, 0.06);
}

static int shown_as_point(const brief_digest *d, const char *text)
{
    for (size_t i = 0; i < d->npoints; i++)
        if (strcmp(d->points[i]->text, text) == 0) return 1;
    return 0;
}

static void test_seen_texts_not_shown_again(void **state)
{
    (void)state;
    fixture f;
    setup(&f);
    add_budget_story(&f);
    compose_input in = {f.s, f.n, f.d, 3, NULL, 0, 200, "english", NULL};
    brief_compose_options o;
    brief_compose_options_init(&o);
    /* Everything but the hearing and the libraries was reported before. */
    const char *seen[] = {f.s[0].text, f.s[1].text, f.s[2].text};
    o.seen = seen;
    o.nseen = 3;
    brief_digest d;
    assert_int_equal(compose_digest(f.ar, f.ar, &in, &o, &d), BRIEF_OK);
    for (size_t k = 0; k < 3; k++) {
        assert_false(shown_as_point(&d, seen[k]));
        assert_string_not_equal(d.lead, seen[k]);
    }
    assert_int_equal(d.npoints + 1, 2); /* the two new facts: lead and one point */
    arena_free(f.ar);
}

/* A story reported in full before keeps a lead (so it can be listed as
 * unchanged) and shows no key point again, even when every sentence is
 * too short to be a key point of its own. */
static void test_story_seen_in_full_shows_nothing_again(void **state)
{
    (void)state;
    for (int fragments = 0; fragments < 2; fragments++) {
        fixture f;
        setup(&f);
        add_budget_story(&f);
        const char *seen[5];
        for (size_t i = 0; i < f.n; i++) {
            seen[i] = f.s[i].text;
            if (fragments) f.s[i].words = 2;
        }
        compose_input in = {f.s, f.n, f.d, 3, NULL, 0, 200, "english", NULL};
        brief_compose_options o;
        brief_compose_options_init(&o);
        o.seen = seen;
        o.nseen = f.n;
        brief_digest d;
        assert_int_equal(compose_digest(f.ar, f.ar, &in, &o, &d), BRIEF_OK);
        assert_non_null(d.lead);
        assert_int_equal(d.npoints, 0);
        assert_int_equal(d.nquotes, 0);
        /* Without the earlier texts the same story has its points. */
        o.seen = NULL;
        o.nseen = 0;
        assert_int_equal(compose_digest(f.ar, f.ar, &in, &o, &d), BRIEF_OK);
        assert_true(d.npoints >= 2);
        arena_free(f.ar);
    }
}

/* Two sources that share only a name tell two facts about one person. */
static void test_names_alone_are_not_one_fact(void **state)
{
    (void)state;
    for (int names = 0; names < 2; names++) {
        fixture f;
        setup(&f);
        add(&f, 0, "President Aleksandr Voronkov opened the new river port on Monday.", 0, 0.30);
        add(&f, 1, "President Aleksandr Voronkov was booed at a football match in Varnel.", 0, 0.20);
        add(&f, 0, "Ticket prices at the river port will stay low this year.", 3, 0.10);
        add(&f, 1, "The football club said the match would be replayed.", 4, 0.08);
        /* Term 50 is the name; each sentence has a word of its own. */
        uint32_t t0[2] = {1, 50}, t1[2] = {2, 50}; /* ascending, as vectors are */
        f.v[0] = vec(f.ar, t0, 2);
        f.v[1] = vec(f.ar, t1, 2);
        unsigned char is_name[200] = {0};
        is_name[50] = 1;
        compose_input in = {f.s, f.n, f.d, 2, NULL, 0, 200, "english", names ? is_name : NULL};
        brief_compose_options o;
        brief_compose_options_init(&o);
        brief_digest d;
        assert_int_equal(compose_digest(f.ar, f.ar, &in, &o, &d), BRIEF_OK);
        assert_non_null(strstr(d.lead, "river port on Monday"));
        int booed = 0;
        for (size_t i = 0; i < d.npoints; i++) booed |= strstr(d.points[i]->text, "booed") != NULL;
        /* Unknown names: cosine 0.5, one fact, told once.  Known: two. */
        assert_int_equal(booed, names);
        assert_int_equal(d.lead_source, 1);
        arena_free(f.ar);
    }
}

/* "The minister said" is shown only after a sentence that introduced the
 * minister, never as the lead, and never when nothing introduces it. */
static void test_definite_subject_waits_for_antecedent(void **state)
{
    (void)state;
    fixture f;
    setup(&f);
    add(&f, 0, "Talmora opened its new river port on Monday after years of delay.", 0, 0.30);
    add(&f, 0, "The minister said harbour dues would be cut by half next year.", 0, 0.50);
    add(&f, 1, "Transport minister Ilse Varga announced the port plan in Varnel.", 0, 0.05);
    add(&f, 1, "Fishermen welcomed the lower dues at the new quay on Tuesday.", 0, 0.10);
    add(&f, 1, "The envoy said the idea had come from the harbour board.", 0, 0.40);
    uint32_t t0[4] = {1, 10, 11, 12}, t1[4] = {2, 5, 7, 20}, t2[4] = {3, 6, 8, 20},
             t3[4] = {4, 13, 14, 15}, t4[4] = {30, 31, 32, 33};
    f.v[0] = vec(f.ar, t0, 4);
    f.v[1] = vec(f.ar, t1, 4);
    f.v[2] = vec(f.ar, t2, 4);
    f.v[3] = vec(f.ar, t3, 4);
    f.v[4] = vec(f.ar, t4, 4);
    static const uint32_t minister[1] = {20}, envoy[1] = {99};
    f.s[1].definite = 1;
    f.s[1].ref = minister;
    f.s[1].nref = 1;
    f.s[4].definite = 1;
    f.s[4].ref = envoy;
    f.s[4].nref = 1;
    compose_input in = {f.s, f.n, f.d, 2, NULL, 0, 200, "english", NULL};
    brief_compose_options o;
    brief_compose_options_init(&o);
    brief_digest d;
    assert_int_equal(compose_digest(f.ar, f.ar, &in, &o, &d), BRIEF_OK);
    assert_non_null(strstr(d.lead, "Talmora opened"));
    size_t said = SIZE_MAX, varga = SIZE_MAX;
    for (size_t i = 0; i < d.npoints; i++) {
        if (strstr(d.points[i]->text, "The minister said")) said = i;
        if (strstr(d.points[i]->text, "Ilse Varga")) varga = i;
        assert_null(strstr(d.points[i]->text, "envoy"));
    }
    assert_true(varga != SIZE_MAX && said != SIZE_MAX);
    /* Though it weighs most, it comes after its antecedent. */
    assert_true(said > varga);
    arena_free(f.ar);
}

/* A running figure (a toll each source gives at its own hour) is one
 * fact: told once, with every source that gave it.  A figure for another
 * thing, another place, a year or a figure in another clause (after a
 * comma or a dash) is not that fact.  A language with no list of counted things has no such rule. */
static void test_running_figure_told_once(void **state)
{
    (void)state;
    for (int listed = 0; listed < 2; listed++) {
        fixture f;
        setup(&f);
        add(&f, 0, "Floods in Valdoria killed at least 12 people on Monday.", 0, 0.30);
        add(&f, 1, "Thirty-one people have died in Valdoria since the rains began.", 0, 0.25);
        add(&f, 2, "Officials put the death toll in Valdoria at 40 on Wednesday.", 0, 0.20);
        add(&f, 0, "Rescue teams reached the mountain villages of Valdoria by boat.", 0, 0.15);
        add(&f, 1, "Engineers closed 40 bridges in Valdoria after the river rose.", 0, 0.12);
        add(&f, 0, "In Marvosa, a storm killed 9 people on the same day.", 0, 0.11);
        add(&f, 2, "Since 1987 the river has drowned fishermen in Valdoria every spring.", 0, 0.10);
        add(&f, 2, "After 3 weeks of rain, floods killed cattle across Valdoria.", 0, 0.09);
        add(&f, 1, "Aid groups sent tents and clean water to the region on Tuesday.", 0, 0.08);
        add(&f, 0, "Valdoria lost 4 bridges \xe2\x80\x94 floods killed livestock on the plain.", 0,
            0.07);
        /* Term 50 is Valdoria, 51 Marvosa; every sentence has words of its
         * own, so only the name joins them. */
        uint32_t t[10][3] = {{1, 50, 60}, {2, 50, 61}, {3, 50, 62}, {4, 50, 63},
                             {5, 50, 64}, {6, 51, 65}, {7, 50, 66}, {8, 50, 67},
                             {9, 68, 69}, {10, 50, 70}};
        for (int i = 0; i < 10; i++) f.v[i] = vec(f.ar, t[i], 3);
        unsigned char is_name[200] = {0};
        is_name[50] = is_name[51] = 1;
        const char *language = listed ? "english" : "no-such-language";
        counts_lang *cl;
        assert_int_equal(counts_lang_new(NULL, language, &cl), BRIEF_OK);
        for (size_t i = 0; i < f.n; i++)
            f.s[i].counted = counts_things(cl, f.s[i].text, strlen(f.s[i].text));
        counts_lang_free(cl);
        compose_input in = {f.s, f.n, f.d, 3, NULL, 0, 200, language, is_name};
        brief_compose_options o;
        brief_compose_options_init(&o);
        o.max_points = 8;
        brief_digest d;
        assert_int_equal(compose_digest(f.ar, f.ar, &in, &o, &d), BRIEF_OK);
        static const char *const tolls[3] = {"at least 12 people", "Thirty-one people",
                                             "death toll"};
        static const char *const others[5] = {"40 bridges", "Marvosa", "Since 1987",
                                              "3 weeks of rain", "4 bridges"};
        size_t told = 0, shown_others = 0, toll_sources = 0;
        for (int k = 0; k < 3; k++) told += strstr(d.lead, tolls[k]) != NULL;
        if (told) toll_sources = 3; /* the lead carries the strongest fact */
        for (size_t i = 0; i < d.npoints; i++) {
            for (int k = 0; k < 3; k++)
                if (strstr(d.points[i]->text, tolls[k])) {
                    told++;
                    toll_sources = d.points[i]->nsources;
                }
            for (int k = 0; k < 5; k++) shown_others += strstr(d.points[i]->text, others[k]) != NULL;
        }
        assert_int_equal(told, listed ? 1 : 3);
        if (listed) {
            /* Told by all three sources, it weighs most: it is the lead. */
            assert_non_null(strstr(d.lead, "at least 12 people"));
            assert_int_equal(toll_sources, 3);
            assert_int_equal(shown_others, 5);
        }
        arena_free(f.ar);
    }
}

/* A short sentence whose words are nearly all in the lead says nothing
 * new, though its cosine with the long lead is low (the lead's other words
 * make up its norm); one with less than half its words there is shown,
 * and so is a long one holding all of a shown point and more. */
static void test_told_in_a_longer_sentence(void **state)
{
    (void)state;
    fixture f;
    setup(&f);
    add(&f, 0,
        "Harbour workers in Talmora ended their strike on Monday after the port authority "
        "agreed to raise wages, hire more crane drivers and repair the old north quay.",
        0, 0.60);
    add(&f, 1, "Talmora harbour workers ended their strike, union leaders said.", 0, 0.30);
    add(&f, 1, "Crane drivers hired next month will work the night shifts at the port.", 0, 0.20);
    add(&f, 2,
        "Night shifts for the crane drivers hired next month start as the ferries to the "
        "islands, cut during the strike, sail again.",
        0, 0.15);
    add(&f, 2, "Fishermen in Talmora said the quay had been unsafe for a decade.", 0, 0.10);
    /* The lead: terms 1..30.  The union's sentence: three of its four
     * words that are not names (term 50, Talmora) in the lead, cosine
     * 3 / sqrt(5 * 30) = 0.245.  The drivers': two of five in the lead
     * (cosine 0.16).  The ferries': all five of the drivers' among 60,
     * cosine 5 / sqrt(5 * 60) = 0.289. */
    uint32_t lead[30], ferries[60];
    for (uint32_t k = 0; k < 30; k++) lead[k] = k + 1;
    uint32_t union_[5] = {1, 2, 3, 50, 70}, drivers[5] = {5, 6, 71, 72, 73},
             fishermen[4] = {50, 77, 78, 79};
    for (uint32_t k = 0; k < 5; k++) ferries[k] = drivers[k];
    for (uint32_t k = 5; k < 60; k++) ferries[k] = 75 + k;
    f.v[0] = vec(f.ar, lead, 30);
    f.v[1] = vec(f.ar, union_, 5);
    f.v[2] = vec(f.ar, drivers, 5);
    f.v[3] = vec(f.ar, ferries, 60);
    f.v[4] = vec(f.ar, fishermen, 4);
    unsigned char is_name[200] = {0};
    is_name[50] = 1;
    compose_input in = {f.s, f.n, f.d, 3, NULL, 0, 200, "english", is_name};
    brief_compose_options o;
    brief_compose_options_init(&o);
    brief_digest d;
    assert_int_equal(compose_digest(f.ar, f.ar, &in, &o, &d), BRIEF_OK);
    assert_non_null(strstr(d.lead, "Harbour workers in Talmora"));
    int unions = 0, drivers_shown = 0, ferries_shown = 0;
    for (size_t i = 0; i < d.npoints; i++) {
        unions |= strstr(d.points[i]->text, "union leaders") != NULL;
        drivers_shown |= strstr(d.points[i]->text, "Crane drivers") != NULL;
        ferries_shown |= strstr(d.points[i]->text, "ferries") != NULL;
    }
    assert_false(unions);
    assert_true(drivers_shown);
    assert_true(ferries_shown);
    arena_free(f.ar);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_fact_merged_with_all_sources),
        cmocka_unit_test(test_no_source_dominates),
        cmocka_unit_test(test_loaded_and_claims),
        cmocka_unit_test(test_quotes_merged_one_per_speaker),
        cmocka_unit_test(test_quotes_hear_both_sides),
        cmocka_unit_test(test_untitled_headline),
        cmocka_unit_test(test_seen_texts_not_shown_again),
        cmocka_unit_test(test_story_seen_in_full_shows_nothing_again),
        cmocka_unit_test(test_names_alone_are_not_one_fact),
        cmocka_unit_test(test_definite_subject_waits_for_antecedent),
        cmocka_unit_test(test_running_figure_told_once),
        cmocka_unit_test(test_told_in_a_longer_sentence),
    };
    return cmocka_run_group_tests_name("compose", tests, NULL, NULL);
}
