/* Unit tests: extract.c (the article of a page and its metadata), on
 * pages written for these tests (tests/fixtures/html/). */
#include "harness.h"

#include "arena.h"
#include "extract.h"
#include "page_built.h"

static brief_status page(arena *ar, const char *path, extract_page *p)
{
    size_t len;
    char *b = harness_slurp(path, &len);
    assert_non_null(b);
    brief_status s = extract_html(ar, b, len, p);
    free(b);
    return s;
}

static void test_jsonld_page(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    extract_page p;
    assert_int_equal(page(ar, "tests/fixtures/html/jsonld.html", &p), BRIEF_OK);
    assert_string_equal(p.title, "Harbour bridge in Velmora reopens after repairs");
    assert_string_equal(p.date, "2031-04-17T08:30:00+01:00");
    assert_string_equal(p.author, "Ottilie Brandvold");
    assert_string_equal(p.source, "The Quillmouth Courier");
    assert_string_equal(p.url, "https://news.quillmouth.example/velmora-bridge");
    assert_string_equal(p.lang, "en-gb");
    /* Body, heading, quote and list items in; the rest out. */
    assert_prefix(p.text, "The swing bridge over Velmora harbour");
    assert_non_null(strstr(p.text, "\n\nFerries to stop\n\n"));
    assert_non_null(strstr(p.text, "Ansgar Pelletier."));
    assert_non_null(strstr(p.text, "Lorries over 18 tonnes"));
    const char *out[] = {"cookies", "Home", "Share on", "Related", "Barge owner", "Finally!",
                         "Copyright", "Photo:", "By Ottilie", "reopens after repairs"};
    for (size_t i = 0; i < sizeof out / sizeof out[0]; i++) assert_null(strstr(p.text, out[i]));
    assert_int_equal(p.paragraphs, 7);
    arena_free(ar);
}

static void test_plain_page(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    extract_page p;
    assert_int_equal(page(ar, "tests/fixtures/html/plain.html", &p), BRIEF_OK);
    assert_string_equal(p.title, "Orchard growers fear late frost");
    assert_string_equal(p.date, "2030-09-02");
    assert_string_equal(p.author, "Piet Harmsworth");
    assert_null(p.source);
    assert_int_equal(p.paragraphs, 3);
    assert_null(strstr(p.text, "Most read"));
    assert_null(strstr(p.text, "Front page"));
    assert_null(strstr(p.text, "Privacy"));
    /* Declared iso-8859-1, the entity decoded: "café". */
    assert_non_null(strstr(p.text, "caf\xC3\xA9 owners"));
    arena_free(ar);
}

static void test_no_article(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    extract_page p;
    assert_int_equal(page(ar, "tests/fixtures/html/login.html", &p), BRIEF_EEMPTY);
    assert_string_equal(p.title, "Sign in");
    /* Junk and broken markup: no crash, no article. */
    const char junk[] = "\x00\xff<<<</div></p><table><td><a href=\"<\x01\x02>";
    assert_int_equal(extract_html(ar, junk, sizeof junk - 1, &p), BRIEF_EEMPTY);
    assert_int_equal(extract_html(ar, "", 0, &p), BRIEF_EEMPTY);
    arena_free(ar);
}

static void test_dates(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    assert_string_equal(extract_date(ar, "2029-11-03T07:15:00Z", 0), "2029-11-03");
    assert_string_equal(extract_date(ar, "2029-11-03T07:15:00Z", 1), "2029-11-03T07:15:00Z");
    assert_string_equal(extract_date(ar, "Sat, 3 Nov 2029 07:15:00 GMT", 0), "2029-11-03");
    assert_string_equal(extract_date(ar, "November 3, 2029", 0), "2029-11-03");
    assert_string_equal(extract_date(ar, "3 November 2029", 0), "2029-11-03");
    assert_string_equal(extract_date(ar, "2029/11/03", 0), "2029-11-03");
    assert_string_equal(extract_date(ar, "13/11/2029 09:21:40", 0), "2029-11-13");
    assert_string_equal(extract_date(ar, "13.11.2029", 0), "2029-11-13");
    assert_null(extract_date(ar, "yesterday", 0));
    assert_null(extract_date(ar, "2029-13-40", 0));
    arena_free(ar);
}

static void test_title_cut(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    assert_string_equal(extract_title_cut(ar, "Tides rise at Porth Ealyn | Coastwatch", "Coastwatch", NULL),
                        "Tides rise at Porth Ealyn");
    assert_string_equal(extract_title_cut(ar, "Coastwatch - Tides rise at Porth Ealyn", "Coastwatch", NULL),
                        "Tides rise at Porth Ealyn");
    /* No site name: a short last part after a longer headline goes. */
    assert_string_equal(extract_title_cut(ar, "Tides rise at Porth Ealyn again - Coastwatch", NULL, NULL),
                        "Tides rise at Porth Ealyn again");
    /* A dash inside a headline stays. */
    assert_string_equal(extract_title_cut(ar, "Ferry - or bridge?", NULL, NULL), "Ferry - or bridge?");
    /* The site's part named after the host, then the section's name. */
    assert_string_equal(extract_title_cut(ar, "How to mend a net | Harbour Guides | Velmora Port Authority",
                                          NULL, "velmoraport.example"),
                        "How to mend a net");
    assert_string_equal(extract_title_cut(ar, "How to mend a fishing net - Velmora Port Authority", NULL,
                                          "guides.velmoraport.example"),
                        "How to mend a fishing net");
    /* "Headline | Section | Site", no site known: the headline. */
    assert_string_equal(extract_title_cut(ar, "Eels return to the Ostby weir | Nature | Dunmere Gazette",
                                          NULL, NULL),
                        "Eels return to the Ostby weir");
    arena_free(ar);
}

/* Text enough for an article, so a page built around it is read. */
#define STORY                                                                                    \
    "<p>The ferry between Velmora and Ostby will run twice a day from next month, the harbour " \
    "board said on Tuesday, after a winter of storms kept the old timetable idle.</p>"         \
    "<p>Skippers had asked for an earlier crossing, and the board agreed to try one from the " \
    "spring, said its chair, Ansgar Pelletier, who expects the tourists back by June.</p>"

static void test_date_conventions(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* A day in the URL's path is the day the permalink was made. */
    extract_page p = built(ar,
        "<link rel=canonical href=\"https://ferries.example/2031/05/14/ferry-timetable/\">"
        "<meta property=\"article:published_time\" content=\"2031-05-20T09:00:00Z\">",
        "<h1>Ferry timetable doubles</h1>" STORY);
    assert_string_equal(p.date, "2031-05-14");
    p = built(ar, "<meta property=og:url content=\"https://ferries.example/news/2031/may/14/timetable\">",
              "<h1>Ferry timetable doubles</h1>" STORY);
    assert_string_equal(p.date, "2031-05-14");
    /* A year and month in the path: only dates in that month. */
    p = built(ar, "<link rel=canonical href=\"https://ferries.example/2031/05/ferry-timetable/\">"
                  "<meta name=date content=2031-07-01>",
              "<h1>Ferry timetable doubles</h1><div>14 May 2031</div>" STORY);
    assert_string_equal(p.date, "2031-05-14");
    /* A date the page labels as published, before a declared one it does
     * not show. */
    p = built(ar, "<meta name=date content=2031-06-01>",
              "<h1>Ferry timetable doubles</h1><div><b>Posted</b> <span>3 April 2031</span></div>" STORY);
    assert_string_equal(p.date, "2031-04-03");
    /* "Public" is not "published". */
    p = built(ar, "<meta name=date content=2031-01-10>",
              "<div>Public holiday: 25 December 2030</div><h1>Ferry timetable doubles</h1>"
              "<div>10 January 2031</div>" STORY);
    assert_string_equal(p.date, "2031-01-10");
    /* The datePublished of another JSON-LD object that the page shows. */
    p = built(ar,
        "<script type=\"application/ld+json\">[{\"@type\":\"NewsArticle\",\"headline\":\"Ferry "
        "timetable doubles\",\"datePublished\":\"2031-01-02T08:00:00Z\"},{\"@type\":\"WebPage\","
        "\"datePublished\":\"January 1, 2031\"}]</script>",
        "<h1>Ferry timetable doubles</h1><div class=when>1 January 2031</div>" STORY);
    assert_string_equal(p.date, "2031-01-01");
    /* The declared moment shown in the reader's zone is the declared date,
     * before an update the page also shows. */
    p = built(ar,
        "<meta property=\"article:published_time\" content=\"2031-07-05T01:30:00+00:00\">"
        "<meta property=\"article:modified_time\" content=\"2031-08-01T10:00:00+00:00\">",
        "<h1>Ferry timetable doubles</h1><time datetime=\"2031-07-04T21:30:00-04:00\">July 4, 2031</time>"
        "<p>Updated August 1, 2031</p>" STORY);
    assert_string_equal(p.date, "2031-07-05");
    p = built(ar, "<meta property=\"article:published_time\" content=\"2031-07-05T02:00:00+0530\">",
              "<h1>Ferry timetable doubles</h1><time datetime=\"2031-07-04T20:30:00Z\">July 4</time>"
              "<p>Updated 2031-08-01</p>" STORY);
    assert_string_equal(p.date, "2031-07-05");
    /* A site's own meta name for the publication date. */
    p = built(ar, "<meta name=\"x-published-date\" content=\"2031-02-03T06:00:00Z\">",
              "<h1>Ferry timetable doubles</h1>" STORY);
    assert_string_equal(p.date, "2031-02-03");
    /* The first <time> the page shows stands for the date, unless it is
     * labelled an update: then the declared one. */
    p = built(ar, "<meta name=date content=2031-03-03>",
              "<h1>Ferry timetable doubles</h1><time datetime=2031-04-04>4 April 2031</time>" STORY);
    assert_string_equal(p.date, "2031-04-04");
    p = built(ar, "<meta name=date content=2031-03-03>",
              "<h1>Ferry timetable doubles</h1><span>Last updated:</span> "
              "<time datetime=2031-04-04>4 April 2031</time>" STORY);
    assert_string_equal(p.date, "2031-03-03");
    /* The <time> nearest the headline, not the first of the page (a menu's
     * or a teaser's); a label inside it marks an update. */
    p = built(ar, "",
              "<div class=menu><time datetime=2031-10-01>1 October 2031</time></div><div>Menu</div><div>"
              "</div><h1>Ferry timetable doubles</h1><time datetime=2031-09-12>12 September 2031</time>"
              STORY);
    assert_string_equal(p.date, "2031-09-12");
    p = built(ar, "<meta name=date content=2031-03-03>",
              "<h1>Ferry timetable doubles</h1><time datetime=2031-04-04>Last updated: 4 April 2031</time>"
              STORY);
    assert_string_equal(p.date, "2031-03-03");
    /* A teaser's itemprop=datePublished in the body yields to the head's
     * meta date when the page shows both. */
    p = built(ar, "<meta name=date content=\"March 27, 2031\">",
              "<h1>Ferry timetable doubles</h1><div>27 March 2031</div>" STORY "<div><a href=/b>Bus route</a> <span "
              "itemprop=datePublished content=2031-05-05>5 May 2031</span></div>");
    assert_string_equal(p.date, "2031-03-27");
    /* Nothing declared: the date shown nearest the headline, not the
     * dates of teasers (links) to other pages, nor those far below. */
    p = built(ar, "",
              "<ul><li><a href=/a>Bus route <i>1 March 2031</i></a></li></ul>"
              "<h1>Ferry timetable doubles</h1><div>9 March 2031</div>" STORY
              "<div>Comments</div><p>Lovely, 11 March 2031</p>");
    assert_string_equal(p.date, "2031-03-09");
    arena_free(ar);
}

static void test_title_conventions(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* An h1 that is the site's name: the heading agreeing with og:title. */
    extract_page p = built(ar,
        "<meta property=og:site_name content=\"Harbour Notes\">"
        "<meta property=og:title content=\"Why the Ostby ferry runs twice a day now\">",
        "<h1>Harbour Notes</h1><h2>Archive</h2><h2>Why the Ostby ferry runs twice a day now</h2>" STORY);
    assert_string_equal(p.title, "Why the Ostby ferry runs twice a day now");
    /* "Site: Headline" in <title>, its h1 the site, og:title the headline. */
    p = built(ar,
        "<title>Pelletier Logbook: Two ferries a day from May</title>"
        "<meta property=og:title content=\"Two ferries a day from May\">",
        "<h1>Pelletier Logbook</h1>" STORY);
    assert_string_equal(p.title, "Two ferries a day from May");
    /* Several h1s, none the declared headline (a page builder's boxes):
     * the declared headline. */
    p = built(ar,
        "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Ferry "
        "timetable doubles after winter storms\"}</script>",
        "<div>" STORY "</div><h1>Contact us</h1><h1>Follow us</h1>");
    assert_string_equal(p.title, "Ferry timetable doubles after winter storms");
    /* An h1 that agrees with a declared title keeps its words; an inline
     * element inside a word does not split it. */
    p = built(ar, "<title>Ferry timetable doubles | Velmora Post</title>",
              "<h1>Ferry time<span>table</span> doubles</h1>" STORY);
    assert_string_equal(p.title, "Ferry timetable doubles");
    /* An h1 that repeats a <title>'s parts is cut like one. */
    p = built(ar, "", "<h1>Seven ways to store apples over winter - Tried at Home</h1>" STORY);
    assert_string_equal(p.title, "Seven ways to store apples over winter");
    p = built(ar, "", "<h1>Seven ways to store apples | Kitchen | Dunmere Growers Union</h1>" STORY);
    assert_string_equal(p.title, "Seven ways to store apples");
    arena_free(ar);
}

/* A page's frame: text of a site's menus and footer. */
#define FRAME                                                                                   \
    "<p>Harbour news, ferry times, tide tables, the weather on the coast, letters to the "     \
    "board, notices of the council, events in Velmora, the archive of past issues.</p>"        \
    "<p>About us, contact the desk, advertise with us, terms of use, privacy, cookies, jobs "  \
    "at the paper, subscriptions and the e-paper, delivered every morning.</p>"

static void test_last_look(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* An article in a box whose class names a page part (a metered
     * paywall's wrapper), beside a frame holding more text: read. */
    extract_page p = built(ar, "", "<nav>" FRAME "</nav><h1>Ferry timetable doubles</h1>"
                           "<div class=\"paywall-content\">" STORY "</div><footer>" FRAME "</footer>");
    assert_non_null(strstr(p.text, "Ansgar Pelletier"));
    assert_null(strstr(p.text, "tide tables"));
    /* Still refused: an index of linked teasers, a "not found" page with
     * other stories' excerpts, a cookie wall. */
    char page[4096] = "<html><body><nav><a href=/>Home</a></nav><ul>";
    for (int i = 0; i < 8; i++)
        strcat(page, "<li><a href=/s><h3>Ferry timetable doubles after storms</h3><p>The board "
                     "said on Tuesday that crossings will run twice a day.</p></a></li>");
    strcat(page, "</ul></body></html>");
    assert_int_equal(extract_html(ar, page, strlen(page), &p), BRIEF_EEMPTY);
    const char *refused[] = {
        "<html><body><nav>" FRAME "</nav><h1>Page not found</h1><p>Sorry.</p>"
        "<div class=\"related-posts\">" STORY "</div><footer>" FRAME "</footer></body></html>",
        "<html><body><nav>" FRAME "</nav><div class=\"cookie-wall\">" STORY "</div><footer>"
        FRAME "</footer></body></html>",
    };
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++)
        assert_int_equal(extract_html(ar, refused[i], strlen(refused[i]), &p), BRIEF_EEMPTY);
    arena_free(ar);
}

static void test_layout_boxes(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* An <aside> left open by broken markup holds the whole page; a
     * small one beside the article stays out. */
    extract_page p = built(ar, "",
        "<aside class=\"announcement-banner\"><a href=/sale>Winter sale</a>"
        "<main><article><h1>Ferry timetable doubles</h1>" STORY "</article></main>"
        "<aside><p>Sign up to our newsletter about tides and ferries and harbour life.</p></aside>");
    assert_non_null(strstr(p.text, "Ansgar Pelletier"));
    assert_null(strstr(p.text, "newsletter"));
    /* Content a streamed render sends hidden, to be shown by a script. */
    p = built(ar, "", "<div id=app>Loading</div><div hidden id=\"S:0\"><h1>Ferry timetable doubles</h1>"
              STORY "</div><div hidden><p>Your session expired, please sign in again to go on.</p></div>");
    assert_non_null(strstr(p.text, "Ansgar Pelletier"));
    assert_null(strstr(p.text, "session expired"));
    /* Such a part is shown even when the page's frame holds more text
     * than it; an id not of that form stays hidden. */
    p = built(ar, "", "<nav>" FRAME "</nav><footer>" FRAME "</footer><div id=app><template id=\"B:1\"></template></div>"
              "<div hidden id=\"S:1a\"><h1>Ferry timetable doubles</h1>" STORY "</div>"
              "<div hidden id=\"S:old\"><p>Your session expired, please sign in again to go on.</p></div>");
    assert_non_null(strstr(p.text, "Ansgar Pelletier"));
    assert_null(strstr(p.text, "session expired"));
    arena_free(ar);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_layout_boxes),
        cmocka_unit_test(test_last_look),
        cmocka_unit_test(test_date_conventions),
        cmocka_unit_test(test_title_conventions),
        cmocka_unit_test(test_jsonld_page),
        cmocka_unit_test(test_plain_page),
        cmocka_unit_test(test_no_article),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_title_cut),
    };
    return cmocka_run_group_tests_name("extract", tests, NULL, NULL);
}
