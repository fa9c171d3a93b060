/* Unit tests: pagemeta.c (a page's title and date), through
 * extract_title_cut and extract_html, on titles and pages invented for
 * these tests. */
#include "harness.h"

#include "arena.h"
#include "extract.h"
#include "page_built.h"

/* Text enough for an article, so a page built around it is read. */
#define STORY                                                                                    \
    "<p>The lighthouse on Skarvholm will be lit again from the autumn, the island council said " \
    "on Monday, after volunteers raised the money to mend its lamp and its stair.</p>"          \
    "<p>Fishermen had asked for the light since the lamp failed three winters ago, and the "     \
    "council agreed to keep it, said its clerk, Maren Oddvik, who will tend it herself.</p>"

static void test_site_part_cut(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* A site name that holds a separator itself. */
    assert_string_equal(extract_title_cut(ar, "Lamp lit again on Skarvholm - Maren Oddvik - Island Notes",
                                          "Maren Oddvik - Island Notes", NULL),
                        "Lamp lit again on Skarvholm");
    /* The part naming the site goes with the tagline after it. */
    assert_string_equal(extract_title_cut(ar, "Lamp lit again on Skarvholm | Skarvholm Post | News that "
                                              "matters", "Skarvholm Post", NULL),
                        "Lamp lit again on Skarvholm");
    /* Cut in steps: the site, then its section before it. */
    assert_string_equal(extract_title_cut(ar, "Lamp lit again on Skarvholm | Coast | Skarvholm Post",
                                          "Coast", NULL),
                        "Lamp lit again on Skarvholm");
    /* So with dashes: one template sets one separator, and a short part
     * after the one the site was cut at is the section's name... */
    assert_string_equal(extract_title_cut(ar, "Lamp lit again on Skarvholm - Coast - Skarvholm Post",
                                          "Skarvholm Post", NULL),
                        "Lamp lit again on Skarvholm");
    /* ...but not a part after another separator (a tagline of the
     * headline's own), nor one after a short headline. */
    assert_string_equal(extract_title_cut(ar, "Lamp lit again on Skarvholm \xE2\x80\x93 At Last - "
                                              "Skarvholm Post", "Skarvholm Post", NULL),
                        "Lamp lit again on Skarvholm \xE2\x80\x93 At Last");
    assert_string_equal(extract_title_cut(ar, "Lamp lit again - Coast - Skarvholm Post",
                                          "Skarvholm Post", NULL),
                        "Lamp lit again - Coast");
    /* And a title set as a trail from the site down ("Site » Section »
     * Headline"). */
    assert_string_equal(extract_title_cut(ar, "Skarvholm Post \xC2\xBB Coast \xC2\xBB Lamp lit again on "
                                              "Skarvholm", "Skarvholm Post", NULL),
                        "Lamp lit again on Skarvholm");
    assert_string_equal(extract_title_cut(ar, "Skarvholm Post - Lamp lit again - Keepers cheer",
                                          "Skarvholm Post", NULL),
                        "Lamp lit again - Keepers cheer");
    /* Host labels: spelt by some of the part's words, by their initials,
     * or the host itself. */
    assert_string_equal(extract_title_cut(ar, "Lamp lit again | The Friends of Old Lights",
                                          NULL, "friendsoldlights.example"),
                        "Lamp lit again");
    assert_string_equal(extract_title_cut(ar, "Lamp lit again | Northern Lighthouse Trust",
                                          NULL, "nlt.example"),
                        "Lamp lit again");
    assert_string_equal(extract_title_cut(ar, "Oldlights.example - Lamp lit again on Skarvholm",
                                          NULL, "oldlights.example"),
                        "Lamp lit again on Skarvholm");
    /* A byline between the headline and the site. */
    assert_string_equal(extract_title_cut(ar, "Lamp lit again on Skarvholm - by Maren Oddvik - Notes",
                                          "Harbour Letters", NULL),
                        "Lamp lit again on Skarvholm");
    /* A headline that names the host is no site's part: a first part
     * with few of its words on the host's label stays, and so does a
     * later part where the label is one word among many. */
    assert_string_equal(extract_title_cut(ar, "Skarvholm council votes to keep the light | Skarvholm",
                                          NULL, "skarvholm.example"),
                        "Skarvholm council votes to keep the light");
    assert_string_equal(extract_title_cut(ar, "Skarvholm.example - Why the council on Skarvholm kept "
                                              "its lighthouse", NULL, "skarvholm.example"),
                        "Why the council on Skarvholm kept its lighthouse");
    assert_string_equal(extract_title_cut(ar, "Lighthouse keepers return - Why the trust kept the "
                                              "lamp", "Harbour Letters", "lighthouse.example"),
                        "Lighthouse keepers return - Why the trust kept the lamp");
    arena_free(ar);
}

static void test_h1_site_suffix(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* An h1 that carries the site's name after an en dash. */
    extract_page p = built(ar, "<meta property=og:site_name content=\"Island Notes\">",
                           "<h1>Lamp lit again on Skarvholm \xE2\x80\x93 Island Notes</h1>" STORY);
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    arena_free(ar);
}

static void test_frame_headings(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* A mega menu's section names set as h1s, more of them than a page
     * is read for: the article's h1 is the headline. */
    char menu[2048] = "";
    for (int i = 0; i < 20; i++) strcat(menu, "<li><h1>Harbours</h1><a href=/h>Ports</a></li>");
    char body[4096];
    snprintf(body, sizeof body, "<header><nav><ul>%s</ul></nav></header><main><h1>Lamp lit again "
             "on Skarvholm</h1>" STORY "</main>", menu);
    extract_page p = built(ar, "<title>Lamp lit again on Skarvholm after three winters</title>", body);
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    /* A sidebar widget's h1 is no headline either. */
    p = built(ar, "", "<aside><h1>Sign up for our letters</h1></aside><div><h1>Lamp lit again on "
              "Skarvholm</h1>" STORY "</div>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    arena_free(ar);
}

static void test_microdata_headline(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* The h1 is the site's name; the article marks its own headline,
     * which no declared title says: that heading. */
    extract_page p = built(ar, "<meta property=og:site_name content=\"Island Notes\">"
                           "<meta property=og:title content=\"Notes from a lighthouse island\">",
                           "<header><h1 itemprop=headline>Island Notes</h1></header><article>"
                           "<h2 itemprop=headline>Lamp lit again on Skarvholm</h2>" STORY "</article>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    /* Marked outside the article (the site's header), it is not taken. */
    p = built(ar, "<meta property=og:site_name content=\"Island Notes\">"
              "<meta property=og:title content=\"Notes from a lighthouse island\">",
              "<header><h1>Island Notes</h1><h2 itemprop=headline>Harbour letters</h2></header>"
              "<div>" STORY "</div>");
    assert_string_equal(p.title, "Notes from a lighthouse island");
    /* Marked in an item that microdata types as an article, without an
     * <article> element around it, it is. */
    p = built(ar, "<meta property=og:site_name content=\"Island Notes\">"
              "<meta property=og:title content=\"Notes from a lighthouse island\">",
              "<header><h1>Island Notes</h1></header><div itemscope "
              "itemtype=\"https://schema.org/NewsArticle\"><h2 itemprop=headline>Lamp lit again "
              "on Skarvholm</h2>" STORY "</div>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    arena_free(ar);
}

static void test_headline_naming_site(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* A headline that names the site is the article's, so the byline
     * below it dates the page (its JSON-LD says another day). */
    extract_page p = built(ar, "<meta property=og:site_name content=Skarvholm>"
                           "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":"
                           "\"Skarvholm lights its lamp again\",\"datePublished\":\"2031-03-05T23:10:00Z\"}"
                           "</script>",
                           "<h1>Skarvholm lights its lamp again</h1><div>4 March 2031</div>" STORY);
    assert_string_equal(p.title, "Skarvholm lights its lamp again");
    assert_string_equal(p.date, "2031-03-04");
    arena_free(ar);
}

static void test_time_without_datetime(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* <time> elements without datetime, far below the headline: their
     * text is the date, the one whose class says modified an update, so
     * the publication day wins over the declared modified one the page
     * shows. */
    extract_page p = built(ar, "<meta property=\"article:modified_time\" content=\"2031-10-28T10:00:00Z\">",
                           "<h1>Lamp lit again on Skarvholm</h1>" STORY STORY STORY STORY STORY STORY
                           STORY STORY "<p><time class=entry-time>"
                           "April 26, 2031</time> <time class=entry-modified-time>October 28, 2031"
                           "</time></p>");
    assert_string_equal(p.date, "2031-04-26");
    arena_free(ar);
}

static void test_byline_date(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* The date printed by the headline beats a declared date the page
     * does not show. */
    extract_page p = built(ar, "<meta property=\"article:published_time\" content=\"2032-06-30T10:00:00Z\">",
                           "<h1>Lamp lit again on Skarvholm</h1><div class=by><span>Maren Oddvik</span>"
                           "<span>4 March 2031</span></div>" STORY);
    assert_string_equal(p.date, "2031-03-04");
    /* Far below the headline (a comment's date), it does not. */
    p = built(ar, "<meta property=\"article:published_time\" content=\"2032-06-30T10:00:00Z\">",
              "<h1>Lamp lit again on Skarvholm</h1>" STORY STORY STORY STORY STORY STORY
              "<ul><li><b>A</b></li><li><b>B</b></li><li><b>C</b></li><li><b>D</b></li><li><b>E</b>"
              "</li><li><b>F</b></li><li><b>G</b></li><li><b>H</b></li><li><b>I</b></li></ul>"
              "<div>Comment</div><div>4 March 2031</div>");
    assert_string_equal(p.date, "2032-06-30");
    /* Labelled an update by the headline: the declared date. */
    p = built(ar, "<meta property=\"article:published_time\" content=\"2032-06-30T10:00:00Z\">",
              "<h1>Lamp lit again on Skarvholm</h1><div>Updated 4 March 2033</div>" STORY);
    assert_string_equal(p.date, "2032-06-30");
    /* Numbers the page writes month first ("06.09.2031") are the
     * declared 9 June, not 6 September. */
    p = built(ar, "<meta property=\"article:published_time\" content=\"2031-06-09T10:00:00Z\">",
              "<h1>Lamp lit again on Skarvholm</h1><div>06.09.2031</div>" STORY);
    assert_string_equal(p.date, "2031-06-09");
    arena_free(ar);
}

static void test_heading_label(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* A rubric set before the headline on the page, which the declared
     * title does not carry: the headline without it. */
    extract_page p = built(ar, "<meta property=og:title content=\"Why the Skarvholm lamp failed for "
                           "three winters | Island Notes\"><meta property=og:site_name "
                           "content=\"Island Notes\">",
                           "<h1>Opinion: Why the Skarvholm lamp failed for three winters</h1>" STORY);
    assert_string_equal(p.title, "Why the Skarvholm lamp failed for three winters");
    p = built(ar, "<meta property=og:title content=\"Why the Skarvholm lamp failed for three "
              "winters\">",
              "<h1>Analysis \xE2\x80\x93 Why the Skarvholm lamp failed for three winters</h1>" STORY);
    assert_string_equal(p.title, "Why the Skarvholm lamp failed for three winters");
    /* A declared title that carries the label keeps it: it is the
     * headline's own first words. */
    p = built(ar, "<meta property=og:title content=\"Skarvholm: why the lamp failed for three "
              "winters\">",
              "<h1>Skarvholm: why the lamp failed for three winters</h1>" STORY);
    assert_string_equal(p.title, "Skarvholm: why the lamp failed for three winters");
    arena_free(ar);
}

static void test_lead_in_heading(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* An h1 ending in a colon introduces a box (a note from the editor,
     * an appeal): the article's headline is the declared one. */
    extract_page p = built(ar, "<meta property=og:site_name content=\"Island Notes\">"
                           "<meta property=og:title content=\"Lamp lit again on Skarvholm | "
                           "Island Notes\">",
                           "<div class=promo><h1>A word from our editor, Maren Oddvik:</h1>"
                           "<p>Support the paper.</p></div><div>" STORY "</div>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    /* Beside the article's own h1, that one is the headline. */
    p = built(ar, "",
              "<div class=promo><h1>A word from our editor:</h1></div><article><h1>Lamp lit again "
              "on Skarvholm</h1>" STORY "</article>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    arena_free(ar);
}

static void test_site_name_from_page(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* No og:site_name, and the host does not spell the site: the name of
     * the logo's link to the home page cuts the site's part. */
    extract_page p = built(ar, "<title>Lamp lit again on Skarvholm \xE2\x80\x93 Harbour Letters</title>",
                           "<header><a href=\"/\"><img src=logo.png alt=\"Harbour Letters\"></a>"
                           "</header><div>" STORY "</div>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    /* So does the application name, at the title's start. */
    p = built(ar, "<meta name=application-name content=\"Harbour Letters\">"
              "<title>Harbour Letters \xE2\x80\x93 Lamp lit again on Skarvholm</title>",
              "<div>" STORY "</div>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    /* A home link's text that is no whole part of the title ("Home"),
     * or a link to another site's home page, names nothing. */
    p = built(ar, "<title>Home repairs on Skarvholm \xE2\x80\x93 a guide for the winter</title>",
              "<nav><a href=\"/\">Home</a></nav><div>" STORY "</div>");
    assert_string_equal(p.title, "Home repairs on Skarvholm \xE2\x80\x93 a guide for the winter");
    p = built(ar, "<link rel=canonical href=\"https://letters.example/lamp\">"
              "<title>Lamp lit again on Skarvholm \xE2\x80\x93 Coast Radio</title>",
              "<div>" STORY "<p>Heard first on <a href=\"https://coastradio.example/\">Coast Radio"
              "</a>.</p></div>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm \xE2\x80\x93 Coast Radio");
    arena_free(ar);
}

static void test_heading_subtitle_span(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* A subtitle in a span that style shows on its own line starts with
     * a capital right after the headline's last small letter: a word
     * apart.  A word split by a tag stays one word. */
    extract_page p = built(ar, "",
                           "<h1>Lamp lit again on Skarvholm<span class=sub>What the island "
                           "gains</span></h1>" STORY);
    assert_string_equal(p.title, "Lamp lit again on Skarvholm What the island gains");
    p = built(ar, "", "<h1>Skarvholm relight<span>s</span> its <b>L</b>amp</h1>" STORY);
    assert_string_equal(p.title, "Skarvholm relights its Lamp");
    arena_free(ar);
}

static void test_heading_lines(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* A kicker set in a block over the headline, inside the h1: the line
     * the declared title says. */
    extract_page p = built(ar, "<meta property=og:title content=\"Lamp lit again on Skarvholm | "
                           "Island Notes\"><meta property=og:site_name content=\"Island Notes\">",
                           "<h1><div class=kicker>Stories from the coast</div> <span>Lamp lit again "
                           "on Skarvholm</span></h1>" STORY);
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    /* A tagline after a line break, likewise. */
    p = built(ar, "<meta property=og:title content=\"Lamp lit again on Skarvholm\">",
              "<h1>Lamp lit again on Skarvholm<br>After three dark winters the village gathers "
              "on the quay</h1>" STORY);
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    /* A heading that is the declared title as a whole keeps its lines. */
    p = built(ar, "<meta property=og:title content=\"Lamp lit again: Skarvholm gathers on the "
              "quay\">",
              "<h1>Lamp lit again:<br>Skarvholm gathers on the quay</h1>" STORY);
    assert_string_equal(p.title, "Lamp lit again: Skarvholm gathers on the quay");
    arena_free(ar);
}

static void test_jsonld_in_meta(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* JSON-LD that the page's framework wrote as a meta tag named for
     * its script, entities and all: read as the script would be. */
    extract_page p = built(ar, "<meta name=\"script:ld+json\" content=\"{&quot;@type&quot;:"
                           "&quot;NewsArticle&quot;,&quot;headline&quot;:&quot;Lamp lit again on "
                           "Skarvholm&quot;,&quot;datePublished&quot;:&quot;2031-03-05T08:00:00Z"
                           "&quot;,&quot;author&quot;:{&quot;name&quot;:&quot;Maren Oddvik&quot;}}\">",
                           "<div>" STORY "</div>");
    assert_non_null(p.date);
    assert_string_equal(p.date, "2031-03-05T08:00:00Z");
    assert_non_null(p.title);
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    assert_non_null(p.author);
    assert_string_equal(p.author, "Maren Oddvik");
    arena_free(ar);
}

static void test_home_link_heading(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* An h1 that is all a link to the home page is the site's logo, even
     * where nothing declares the site's name: the declared headline. */
    extract_page p = built(ar, "<meta property=og:title content=\"Lamp lit again on Skarvholm\">",
                           "<header><h1><a href=\"/\" rel=home>Harbour Letters</a></h1></header>"
                           "<div>" STORY "</div>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    /* A headline linked to its own page stays the headline. */
    p = built(ar, "<meta property=og:title content=\"Lamp lit again on Skarvholm\">",
              "<h1><a href=\"/2031/03/lamp-lit-again\">Keepers cheer as the lamp is lit</a></h1>"
              "<div>" STORY "</div>");
    assert_string_equal(p.title, "Keepers cheer as the lamp is lit");
    /* A home page is also an index file or a language's home. */
    const char *homes[] = {"/index.html", "/en/", "/pt-br", "https://www.harbourletters.example/de/"};
    for (size_t i = 0; i < sizeof homes / sizeof homes[0]; i++) {
        char body[1024];
        snprintf(body, sizeof body, "<header><h1><a href=\"%s\">Harbour Letters</a></h1></header>"
                 "<div>" STORY "</div>", homes[i]);
        p = built(ar, "<meta property=og:title content=\"Lamp lit again on Skarvholm\">", body);
        assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    }
    /* A post's address with a query is no home page. */
    p = built(ar, "<meta property=og:title content=\"Lamp lit again on Skarvholm\">",
              "<h1><a href=\"/?p=1203\">Keepers cheer as the lamp is lit</a></h1>"
              "<div>" STORY "</div>");
    assert_string_equal(p.title, "Keepers cheer as the lamp is lit");
    arena_free(ar);
}

static void test_agreeing_heading_wording(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* The h1 is the site's name; an h2 agrees with the declared title in
     * other words: the declared wording. */
    extract_page p = built(ar, "<meta property=og:site_name content=\"Island Notes\">"
                           "<meta property=og:title content=\"Skarvholm's lamp lit again after "
                           "three winters | Island Notes\">",
                           "<header><h1>Island Notes</h1></header><div><h2>Skarvholm lamp lit again "
                           "after three winters</h2>" STORY "</div>");
    assert_string_equal(p.title, "Skarvholm's lamp lit again after three winters");
    /* The heading stands for the title: it is not the text's too. */
    assert_null(strstr(p.text, "Skarvholm lamp lit"));
    assert_prefix(p.text, "The lighthouse on Skarvholm");
    /* Nor is an h1 whose site's part the title cut. */
    p = built(ar, "<meta property=og:site_name content=\"Island Notes\">",
              "<div><h1>Lamp lit again on Skarvholm - Island Notes</h1>" STORY "</div>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    assert_null(strstr(p.text, "Island Notes"));
    arena_free(ar);
}

static void test_headline_escaped_twice(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* A JSON-LD headline whose software escaped its references twice
     * ("&amp;#8230;"): the character, not a reference. */
    extract_page p = built(ar, "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                           "\"headline\":\"Lamp lit again&amp;#8230; at last &amp;amp; for good\"}"
                           "</script>",
                           "<div>" STORY "</div>");
    assert_string_equal(p.title, "Lamp lit again\xE2\x80\xA6 at last & for good");
    /* Escaped once, it reads the same; an ampersand of the text stays. */
    p = built(ar, "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
              "\"headline\":\"Lamp lit again&#8230; Fish & Ships\"}</script>",
              "<div>" STORY "</div>");
    assert_string_equal(p.title, "Lamp lit again\xE2\x80\xA6 Fish & Ships");
    arena_free(ar);
}

static void test_update_in_time_element(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* The page shows its last update in a <time> marked as one, and
     * declares its publication apart: the publication day. */
    const char *ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                     "\"datePublished\":\"2031-03-05T08:00:00Z\",\"dateModified\":"
                     "\"2031-09-01T10:00:00Z\"}</script>";
    extract_page p = built(ar, ld,
                           "<h1>Lamp lit again on Skarvholm</h1><div>Updated <time "
                           "datetime=\"2031-09-01T10:00:00Z\">1 September 2031</time></div>" STORY);
    assert_string_equal(p.date, "2031-03-05T08:00:00Z");
    /* Shown as words only, the update is the day the page gives. */
    p = built(ar, ld, "<h1>Lamp lit again on Skarvholm</h1><div>Updated 1 September 2031</div>" STORY);
    assert_string_equal(p.date, "2031-09-01T10:00:00Z");
    arena_free(ar);
}

static void test_logo_h1_beside_headline(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* The site's name as an h1 in the header, all of its words in the
     * <title> ("Headline | Site"), and the article's own h1 below: the
     * h1 saying the title, not the one inside it. */
    extract_page p = built(ar, "<title>Lamp lit again on Skarvholm | Skarvholm Letters</title>",
                           "<header><h1 class=brand>Skarvholm Letters</h1></header>"
                           "<main><h1>Lamp lit again on Skarvholm</h1>" STORY "</main>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    arena_free(ar);
}

static void test_host_named_heading(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* An h1 that is the host's name ("Skarvholm Letters" on
     * skarvholmletters.example), nothing declaring the site's name, and
     * the headline in an h2: the h2's, not the logo's, though they share
     * a word. */
    extract_page p = built(ar, "<title>Lamp lit again on Skarvholm | Skarvholm Letters</title>"
                           "<link rel=canonical href=\"https://www.skarvholmletters.example/lamp\">",
                           "<header><h1>Skarvholm Letters</h1></header>"
                           "<div><h2>Lamp lit again on Skarvholm</h2>" STORY "</div>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    arena_free(ar);
}

static void test_svg_title(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* An icon's <title> inside an <svg> is its tooltip, not the page's
     * title: the HTML <title> after it is, and without one there is
     * none. */
    extract_page p = built(ar, "",
                           "<button><svg viewBox=\"0 0 8 8\"><title>Open the menu</title></svg>"
                           "</button><div>" STORY "</div>");
    assert_null(p.title);
    p = built(ar, "<meta name=x content=y>",
              "<svg><title>Open the menu</title></svg><title>Lamp lit again on Skarvholm</title>"
              "<div>" STORY "</div>");
    assert_non_null(p.title);
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    arena_free(ar);
}

static void test_jsonld_main_entity(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* The page describes itself as a WebPage whose main entity is the
     * article: the article's headline and date. */
    extract_page p = built(ar, "<title>Harbour Letters</title><script type=\"application/ld+json\">"
                           "{\"@type\":\"WebPage\",\"name\":\"Harbour Letters\",\"mainEntity\":"
                           "{\"@type\":\"NewsArticle\",\"headline\":\"Lamp lit again on Skarvholm\","
                           "\"datePublished\":\"2031-03-05\"}}</script>",
                           "<div>" STORY "</div>");
    assert_non_null(p.title);
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    assert_non_null(p.date);
    assert_string_equal(p.date, "2031-03-05");
    arena_free(ar);
}

static void test_more_separators(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* A slash, a tilde, a single guillemet and the full-width bar (set
     * without spaces in CJK titles) part a headline from the site. */
    assert_string_equal(extract_title_cut(ar, "Lamp lit again on Skarvholm / Harbour Letters",
                                          "Harbour Letters", NULL),
                        "Lamp lit again on Skarvholm");
    assert_string_equal(extract_title_cut(ar, "Lamp lit again on Skarvholm ~ Harbour Letters",
                                          "Harbour Letters", NULL),
                        "Lamp lit again on Skarvholm");
    assert_string_equal(extract_title_cut(ar, "Harbour Letters \xE2\x80\xBA Lamp lit again on Skarvholm",
                                          "Harbour Letters", NULL),
                        "Lamp lit again on Skarvholm");
    assert_string_equal(extract_title_cut(ar, "\xE7\x81\xAF\xE5\xA1\x94\xEF\xBD\x9C"
                                              "Harbour Letters", "Harbour Letters", NULL),
                        "\xE7\x81\xAF\xE5\xA1\x94");
    /* A bar needs no spaces: no headline's words hold one. */
    assert_string_equal(extract_title_cut(ar, "Lamp lit again on Skarvholm|Harbour Letters",
                                          "Harbour Letters", NULL),
                        "Lamp lit again on Skarvholm");
    assert_string_equal(extract_title_cut(ar, "Harbour Letters| Lamp lit again on Skarvholm",
                                          "Harbour Letters", NULL),
                        "Lamp lit again on Skarvholm");
    /* A slash inside the headline, no site's name beside it, stays. */
    assert_string_equal(extract_title_cut(ar, "Lamps / lenses: what the keepers mend | Harbour Letters",
                                          "Harbour Letters", NULL),
                        "Lamps / lenses: what the keepers mend");
    arena_free(ar);
}

static void test_truncated_declared_title(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* A JSON-LD headline capped with an ellipsis, the <title> whole: the
     * whole headline. */
    extract_page p = built(ar, "<title>Lamp lit again on Skarvholm after three dark winters | Island "
                           "Notes</title><meta property=og:site_name content=\"Island Notes\">"
                           "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                           "\"headline\":\"Lamp lit again on Skarvholm after three\xE2\x80\xA6\"}</script>",
                           "<div>" STORY "</div>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm after three dark winters");
    /* A headline that ends on an ellipsis of its own, no longer title
     * beginning with it, stays as it is. */
    p = built(ar, "<title>Island Notes</title><meta property=og:site_name content=\"Island Notes\">"
              "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
              "\"headline\":\"And then the lamp came on...\"}</script>",
              "<div>" STORY "</div>");
    assert_string_equal(p.title, "And then the lamp came on...");
    arena_free(ar);
}

static void test_unseen_heading_words(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* Words of a heading a reader does not see (text for screen readers,
     * an icon hidden from them) are not the headline's. */
    extract_page p = built(ar, "",
                           "<div><h1><span class=\"sr-only\">Article: </span>Lamp lit again "
                           "<span aria-hidden=\"true\">\xE2\x98\x85</span>on Skarvholm</h1>" STORY "</div>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    /* An h1 set for screen readers only (the site's name) is no
     * candidate; the visible h1 is the headline. */
    p = built(ar, "<title>Skarvholm Letters</title>",
              "<h1 class=\"visually-hidden\">Skarvholm Letters</h1><div><h1>Keepers cheer as the "
              "lamp is lit</h1>" STORY "</div>");
    assert_string_equal(p.title, "Keepers cheer as the lamp is lit");
    /* A class that only contains such a word hides nothing. */
    p = built(ar, "", "<div><h1><span class=\"sr-only-focusable-not\">Lamp</span> lit again</h1>"
              STORY "</div>");
    assert_string_equal(p.title, "Lamp lit again");
    arena_free(ar);
}

static void test_site_in_brackets(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* The site's name in parentheses after the headline, or in square
     * brackets before it, is cut like one after a separator. */
    extract_page p = built(ar, "<title>Lamp lit again on Skarvholm (Island Notes)</title>"
                           "<meta property=og:site_name content=\"Island Notes\">",
                           "<div>" STORY "</div>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    p = built(ar, "<title>[Island Notes] Lamp lit again on Skarvholm</title>"
              "<meta property=og:site_name content=\"Island Notes\">",
              "<div>" STORY "</div>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    /* Words in brackets that are no site's name stay. */
    p = built(ar, "<title>Lamp lit again on Skarvholm (Photos)</title>"
              "<meta property=og:site_name content=\"Island Notes\">",
              "<div>" STORY "</div>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm (Photos)");
    arena_free(ar);
}

static void test_other_title_metas(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* No <title>, no og: or twitter: title: the title a scholarly
     * (citation_title) or Dublin Core (dc.title) meta declares. */
    extract_page p = built(ar, "<meta name=citation_title content=\"Lamp lit again on Skarvholm\">",
                           "<div>" STORY "</div>");
    assert_non_null(p.title);
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    p = built(ar, "<meta name=\"DC.Title\" content=\"Lamp lit again on Skarvholm | Island Notes\">"
              "<meta property=og:site_name content=\"Island Notes\">",
              "<div>" STORY "</div>");
    assert_non_null(p.title);
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    /* Below the <title> in rank: the <title> is the page's. */
    p = built(ar, "<title>Keepers cheer as the lamp is lit</title>"
              "<meta name=title content=\"Lamp lit again on Skarvholm\">",
              "<div>" STORY "</div>");
    assert_string_equal(p.title, "Keepers cheer as the lamp is lit");
    arena_free(ar);
}

static void test_website_name(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* No og:site_name nor publisher, a host unlike the name: the JSON-LD
     * WebSite's name, a whole part of the <title>, is the site's part. */
    extract_page p = built(ar, "<title>Lamp lit again on Skarvholm - The Morning Ledger of Vestby"
                           "</title><link rel=canonical href=\"https://mlv.example/lamp\">"
                           "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":"
                           "\"WebSite\",\"name\":\"The Morning Ledger of Vestby\"}]}</script>",
                           "<div>" STORY "</div>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    arena_free(ar);
}

static void test_h1_below_article(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* The page's one h1 stands in a box after the article and says
     * nothing of the declared title: the declared title. */
    extract_page p = built(ar, "<title>Lamp lit again on Skarvholm | Island Notes</title>"
                           "<meta property=og:site_name content=\"Island Notes\">",
                           "<main>" STORY STORY "</main><div class=box><h1>Get our weekly letter"
                           "</h1><p>Every Friday.</p></div>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    /* Above the article, the same h1 stays the headline it claims to be. */
    p = built(ar, "<title>Lamp lit again on Skarvholm | Island Notes</title>"
              "<meta property=og:site_name content=\"Island Notes\">",
              "<h1>Keepers cheer as the lamp is lit</h1><main>" STORY STORY "</main>");
    assert_string_equal(p.title, "Keepers cheer as the lamp is lit");
    arena_free(ar);
}

static void test_heading_is_titles_site_part(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* Nothing declares the site's name, the host says nothing of it; the
     * h1 is the part the <title>'s cut takes off ("Headline | Site"):
     * the site's name, though it shares a word with the headline. */
    extract_page p = built(ar, "<title>Lamp lit again on Skarvholm | Skarvholm Letters</title>"
                           "<link rel=canonical href=\"https://sl.example/lamp\">",
                           "<header><h1>Skarvholm Letters</h1></header><div>" STORY "</div>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    /* The headline's own part stays the headline. */
    p = built(ar, "<title>Lamp lit again on Skarvholm | Skarvholm Letters</title>"
              "<link rel=canonical href=\"https://sl.example/lamp\">",
              "<div><h1>Lamp lit again on Skarvholm</h1>" STORY "</div>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    arena_free(ar);
}

static void test_one_word_is_no_fit(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* An h1 sharing one word with the declared title, an h2 saying it:
     * the declared title, which the h2 vouches for. */
    extract_page p = built(ar, "<title>Lamp lit again on Skarvholm</title>",
                           "<h1>Skarvholm Today</h1><div><h2>Lamp lit again on Skarvholm</h2>"
                           STORY "</div>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    /* Two words in common are: the h1 stays the headline. */
    p = built(ar, "<title>Lamp lit again on Skarvholm</title>",
              "<h1>Skarvholm lamp shines</h1><div><h2>Lamp lit again on Skarvholm</h2>"
              STORY "</div>");
    assert_string_equal(p.title, "Skarvholm lamp shines");
    arena_free(ar);
}

static void test_heading_lines_by_style(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* A deck set apart by style alone (a capital right after a small
     * letter across a tag) is a line of its own: the line that is the
     * declared title is the headline, without the deck. */
    extract_page p = built(ar, "<meta property=og:title content=\"Lamp lit again on Skarvholm\">",
                           "<div><h1>Lamp lit again on Skarvholm<span class=deck>Volunteers mend "
                           "the old stair and the lens</span></h1>" STORY "</div>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    arena_free(ar);
}

static void test_declared_site_name_title(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* og:title set to the site's name, as on every page of the site; the
     * <title> says the headline: the headline. */
    extract_page p = built(ar, "<meta property=og:site_name content=\"Island Notes\">"
                           "<meta property=og:title content=\"Island Notes\">"
                           "<title>Lamp lit again on Skarvholm | Island Notes</title>",
                           "<div>" STORY "</div>");
    assert_string_equal(p.title, "Lamp lit again on Skarvholm");
    /* When the site's name is all a page declares, it is the title. */
    p = built(ar, "<meta property=og:site_name content=\"Island Notes\">"
              "<meta property=og:title content=\"Island Notes\">", "<div>" STORY "</div>");
    assert_string_equal(p.title, "Island Notes");
    arena_free(ar);
}

static void test_soft_hyphen(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* A soft hyphen marks where a line may break; it is no letter of the
     * word, in the title or the text. */
    extract_page p = built(ar, "<title>Leucht&shy;turm lit again | Island Notes</title>"
                           "<meta property=og:site_name content=\"Island Notes\">",
                           "<div><h1>Leucht&shy;turm lit again</h1>"
                           "<p>The Leucht&shy;turm on Skarvholm will be lit again from the autumn, the "
                           "island council said on Monday, after volunteers raised the money.</p>" STORY
                           "</div>");
    assert_string_equal(p.title, "Leuchtturm lit again");
    assert_prefix(p.text, "The Leuchtturm on Skarvholm");
    arena_free(ar);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_site_part_cut),
        cmocka_unit_test(test_h1_site_suffix),
        cmocka_unit_test(test_byline_date),
        cmocka_unit_test(test_frame_headings),
        cmocka_unit_test(test_microdata_headline),
        cmocka_unit_test(test_headline_naming_site),
        cmocka_unit_test(test_time_without_datetime),
        cmocka_unit_test(test_heading_label),
        cmocka_unit_test(test_lead_in_heading),
        cmocka_unit_test(test_site_name_from_page),
        cmocka_unit_test(test_heading_subtitle_span),
        cmocka_unit_test(test_heading_lines),
        cmocka_unit_test(test_jsonld_in_meta),
        cmocka_unit_test(test_home_link_heading),
        cmocka_unit_test(test_agreeing_heading_wording),
        cmocka_unit_test(test_headline_escaped_twice),
        cmocka_unit_test(test_update_in_time_element),
        cmocka_unit_test(test_logo_h1_beside_headline),
        cmocka_unit_test(test_host_named_heading),
        cmocka_unit_test(test_svg_title),
        cmocka_unit_test(test_jsonld_main_entity),
        cmocka_unit_test(test_more_separators),
        cmocka_unit_test(test_truncated_declared_title),
        cmocka_unit_test(test_unseen_heading_words),
        cmocka_unit_test(test_other_title_metas),
        cmocka_unit_test(test_site_in_brackets),
        cmocka_unit_test(test_website_name),
        cmocka_unit_test(test_h1_below_article),
        cmocka_unit_test(test_heading_is_titles_site_part),
        cmocka_unit_test(test_one_word_is_no_fit),
        cmocka_unit_test(test_heading_lines_by_style),
        cmocka_unit_test(test_declared_site_name_title),
        cmocka_unit_test(test_soft_hyphen),
    };
    return cmocka_run_group_tests_name("pagemeta", tests, NULL, NULL);
}
