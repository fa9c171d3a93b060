/* Unit tests: feed.c, on the feeds in tests/fixtures/feed/ (written for
 * these tests: made-up outlets, places and people). */
#include "harness.h"

#include "arena.h"
#include "feed.h"

static feed parse_file(arena *ar, const char *name, brief_status want)
{
    size_t len;
    char *bytes = harness_slurpf(&len, "tests/fixtures/feed/%s", name);
    feed f;
    assert_int_equal(feed_parse(ar, bytes, len, &f), want);
    if (want == BRIEF_OK) assert_int_equal(feed_detect(ar, bytes, len), f.kind);
    free(bytes);
    return f;
}

static void test_rss2(void **state)
{
    feed f = parse_file(*state, "rss2.xml", BRIEF_OK);
    assert_int_equal(f.kind, FEED_RSS);
    assert_null(f.error);
    /* The channel's own title, not the image's, white space folded. */
    assert_string_equal(f.title, "The Harbourside Courier");
    assert_string_equal(f.url, "https://courier.example/");
    assert_int_equal(f.n, 2);
    const article *a = &f.items[0];
    assert_string_equal(a->title, "Ferry service to Quillan Island resumes");
    assert_string_equal(a->url, "https://courier.example/2026/11/ferry");
    assert_string_equal(a->date, "2026-11-03T08:15:00+01:00");
    assert_string_equal(a->author, "Mara Ellison");
    assert_string_equal(a->source, "The Harbourside Courier");
    assert_string_equal(a->id, "courier-4411");
    /* content:encoded over description; CDATA kept as it stands. */
    assert_true(a->body_is_html);
    assert_string_equal(a->body,
                        "<p>The ferry to Quillan Island sailed again on Monday, the harbour "
                        "master said.</p><p>Repairs to the pier took <b>six weeks</b> &amp; "
                        "cost 40,000 crowns.</p>");
    assert_int_equal(a->body_len, strlen(a->body));

    const article *b = &f.items[1];
    /* No link: the guid, a permalink by default, is the URL. */
    assert_string_equal(b->url, "https://courier.example/2026/11/library");
    assert_string_equal(b->date, "2026-11-03T19:00:00Z");
    assert_string_equal(b->author, "Tobias Wren");
    /* Entity-encoded markup in a description is HTML once decoded. */
    assert_string_equal(b->body, "<p>The town library will open on Sundays from December.</p>");
    assert_true(b->body_is_html);
}

static void test_rdf(void **state)
{
    feed f = parse_file(*state, "rdf.xml", BRIEF_OK);
    assert_int_equal(f.kind, FEED_RDF);
    assert_string_equal(f.title, "Valley Gazette");
    assert_int_equal(f.n, 2);
    const article *a = &f.items[0];
    assert_string_equal(a->title, "Orrin bridge closed for inspection");
    assert_string_equal(a->url, "https://valley.example/a/1"); /* from rdf:about */
    assert_string_equal(a->id, "https://valley.example/a/1");
    assert_string_equal(a->date, "2026-11-02T17:40:00+01:00");
    assert_string_equal(a->author, "Ilse Marquand");
    assert_string_equal(a->body, "Engineers will inspect the old stone bridge this week.");
    assert_string_equal(a->source, "Valley Gazette");
    /* A title alone is an item; its dc:date a day. */
    assert_string_equal(f.items[1].date, "2026-11-01");
    assert_null(f.items[1].body);
}

static void test_atom(void **state)
{
    feed f = parse_file(*state, "atom.xml", BRIEF_OK);
    assert_int_equal(f.kind, FEED_ATOM);
    assert_string_equal(f.title, "Northwind Dispatch");
    assert_string_equal(f.url, "https://dispatch.example/"); /* not rel=self */
    assert_int_equal(f.n, 3);
    const article *a = &f.items[0];
    /* An xhtml title: its text, not its markup; not <source>'s title. */
    assert_string_equal(a->title, "Wind farm approved");
    /* rel=alternate of type text/html over the JSON one and the enclosure. */
    assert_string_equal(a->url, "https://dispatch.example/wind");
    assert_string_equal(a->date, "2026-11-02T22:05:09+02:00"); /* published */
    assert_string_equal(a->author, "Petra Lund");
    assert_string_equal(a->id, "tag:dispatch.example,2026:wind");
    /* xhtml content written out as HTML: no wrapper div, void br, text
     * and attributes escaped again. */
    assert_true(a->body_is_html);
    assert_string_equal(a->body,
                        "<p>The council of Fennick approved twelve turbines <a "
                        "href=\"https://dispatch.example/map?a=1&amp;b=2\">off the coast</a>."
                        "</p><p>Work starts in spring.<br>Residents &lt;welcomed&gt; "
                        "it.</p>");
    const article *b = &f.items[1];
    assert_string_equal(b->url, "https://dispatch.example/trains");
    assert_string_equal(b->date, "2026-11-01T06:00:00Z"); /* updated */
    assert_false(b->body_is_html);                        /* summary type text */
    assert_string_equal(b->body, "Sleeper trains to Osterby run again from Friday.");
    assert_string_equal(b->author, "Dispatch Newsroom"); /* the feed's */
    const article *c = &f.items[2];
    assert_null(c->url);
    assert_true(c->body_is_html);
    assert_string_equal(c->body, "<p>Harbour fees rise by <b>3%</b>.</p>");
}

static void test_windows_1252(void **state)
{
    feed f = parse_file(*state, "cp1252.xml", BRIEF_OK);
    assert_int_equal(f.kind, FEED_RSS);
    assert_string_equal(f.title, "Caf\xc3\xa9 Nouvelles");
    assert_int_equal(f.n, 1);
    assert_string_equal(f.items[0].title,
                        "\xe2\x80\x9cQuotes\xe2\x80\x9d and \xe2\x82\xac prices");
    assert_string_equal(f.items[0].body,
                        "Na\xc3\xafve \xe2\x80\x93 caf\xc3\xa9 cr\xc3\xa8me at 3\xe2\x82\xac.");
    /* UTF-16 with a BOM is expat's own. */
    const char *u8 = "<rss><channel><title>T\xc3\xa9</title><item><title>x</title></item>"
                     "</channel></rss>";
    char u16[400];
    size_t n = 2;
    u16[0] = '\xff';
    u16[1] = '\xfe';
    for (const char *p = u8; *p; p++) { /* ASCII but the é, U+00E9 */
        if ((unsigned char)*p == 0xc3) {
            u16[n++] = '\xe9';
            u16[n++] = 0;
            p++;
            continue;
        }
        u16[n++] = *p;
        u16[n++] = 0;
    }
    feed g;
    assert_int_equal(feed_parse(*state, u16, n, &g), BRIEF_OK);
    assert_string_equal(g.title, "T\xc3\xa9");
    /* Declared ISO-8859-1, written in windows-1252 as such feeds are: the
     * quotes, dash and euro sign are read, not control codes; é is the
     * same in both. */
    const char *latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel>"
                        "<title>Caf\xe9</title><item><title>\x93" "Fees\x94 \x96 \x80 5</title>"
                        "</item></channel></rss>";
    assert_int_equal(feed_parse(*state, latin, strlen(latin), &g), BRIEF_OK);
    assert_string_equal(g.title, "Caf\xc3\xa9");
    assert_int_equal(g.n, 1);
    assert_string_equal(g.items[0].title,
                        "\xe2\x80\x9c" "Fees\xe2\x80\x9d \xe2\x80\x93 \xe2\x82\xac 5");
    /* An encoding neither expat nor iconv knows is not a feed. */
    const char *bad = "<?xml version='1.0' encoding='x-martian'?><rss/>";
    assert_int_equal(feed_parse(*state, bad, strlen(bad), &g), BRIEF_EFORMAT);
    assert_non_null(g.error);
}

static void test_malformed(void **state)
{
    /* Cut off in the second item: the first is kept, with the error. */
    feed f = parse_file(*state, "truncated.xml", BRIEF_OK);
    assert_int_equal(f.n, 1);
    assert_string_equal(f.items[0].title, "Ferry service to Quillan Island resumes");
    assert_non_null(f.error);
    assert_non_null(strstr(f.error, "line "));
    /* A mismatched tag in the second item: the first is kept. */
    f = parse_file(*state, "unclosed.xml", BRIEF_OK);
    assert_int_equal(f.n, 1);
    assert_string_equal(f.items[0].title, "First story");
    assert_non_null(strstr(f.error, "mismatched tag"));
    /* Broken before any item: nothing. */
    const char *early = "<rss><channel><title>Early</ti";
    assert_int_equal(feed_parse(*state, early, strlen(early), &f), BRIEF_EFORMAT);
    assert_int_equal(f.n, 0);
    /* Not a feed: another root, or not XML. */
    const char *page = "<html xmlns='http://www.w3.org/1999/xhtml'><body/></html>";
    assert_int_equal(feed_parse(*state, page, strlen(page), &f), BRIEF_EFORMAT);
    assert_int_equal(feed_detect(*state, page, strlen(page)), FEED_NONE);
    assert_int_equal(feed_parse(*state, "plain text", 10, &f), BRIEF_EFORMAT);
    assert_int_equal(feed_parse(*state, "", 0, &f), BRIEF_EFORMAT);
    /* <feed> outside the Atom namespace is no Atom feed. */
    const char *fake = "<feed><entry><title>x</title></entry></feed>";
    assert_int_equal(feed_detect(*state, fake, strlen(fake)), FEED_NONE);
    /* Nesting a thousand deep is refused, not recursed into. */
    char deep[8200];
    size_t n = 0;
    n += (size_t)sprintf(deep, "<rss><channel><item><title>");
    for (int i = 0; i < 1000; i++) n += (size_t)sprintf(deep + n, "<b>");
    assert_int_equal(feed_parse(*state, deep, n, &f), BRIEF_EFORMAT);
}

static void test_entities(void **state)
{
    /* Billion laughs: expat's amplification limit stops it quickly. */
    feed f = parse_file(*state, "laughs.xml", BRIEF_EFORMAT);
    assert_int_equal(f.n, 0);
    assert_non_null(f.error);
    /* An external entity is never read: its reference expands to nothing. */
    f = parse_file(*state, "external.xml", BRIEF_OK);
    assert_int_equal(f.n, 1);
    assert_null(strstr(f.items[0].title, "root"));
    assert_string_equal(f.items[0].title, "Leak: !");
}

static void test_namespaces(void **state)
{
    /* Prefixes are the feed's choice: Atom under a prefix, RSS 1.0 as
     * the default namespace; elements of other modules are skipped. */
    const char *atom = "<a:feed xmlns:a='http://www.w3.org/2005/Atom'"
                       " xmlns:x='urn:other'><a:title>P</a:title><a:entry>"
                       "<x:title>wrong</x:title><a:title>Right</a:title>"
                       "<a:content type='text'>Body</a:content></a:entry></a:feed>";
    feed f;
    assert_int_equal(feed_parse(*state, atom, strlen(atom), &f), BRIEF_OK);
    assert_int_equal(f.kind, FEED_ATOM);
    assert_int_equal(f.n, 1);
    assert_string_equal(f.items[0].title, "Right");
    assert_string_equal(f.items[0].body, "Body");
    assert_false(f.items[0].body_is_html);
    /* An RSS 2.0 <title> in a namespace is not the title; content with
     * a src, or of a binary type, is no body. */
    const char *rss = "<rss xmlns:m='urn:m'><channel><item><m:title>No</m:title>"
                      "<title>Yes</title></item></channel></rss>";
    assert_int_equal(feed_parse(*state, rss, strlen(rss), &f), BRIEF_OK);
    assert_string_equal(f.items[0].title, "Yes");
    const char *src = "<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>S</title>"
                      "<content src='https://x.example/a'/><summary type='html'>"
                      "&lt;i&gt;sum&lt;/i&gt;</summary></entry><entry><title>B</title>"
                      "<content type='image/png'>iVBOR</content></entry></feed>";
    assert_int_equal(feed_parse(*state, src, strlen(src), &f), BRIEF_OK);
    assert_int_equal(f.n, 2);
    assert_string_equal(f.items[0].body, "<i>sum</i>");
    assert_true(f.items[0].body_is_html);
    assert_null(f.items[1].body);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        HARNESS_ARENA_TEST(test_rss2),
        HARNESS_ARENA_TEST(test_rdf),
        HARNESS_ARENA_TEST(test_atom),
        HARNESS_ARENA_TEST(test_windows_1252),
        HARNESS_ARENA_TEST(test_malformed),
        HARNESS_ARENA_TEST(test_entities),
        HARNESS_ARENA_TEST(test_namespaces),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
