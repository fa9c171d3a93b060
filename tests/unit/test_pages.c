/* Unit tests: pages.c (brief_pages, and a page read by a story through
 * brief_story_add_file with its metadata). */
#include "harness.h"

static void test_pages(void **state)
{
    (void)state;
    brief_config cfg;
    brief_config_init(&cfg);
    brief_ctx *ctx;
    assert_int_equal(brief_ctx_new(&cfg, &ctx), BRIEF_OK);
    brief_pages *p;
    brief_story *st0;
    assert_int_equal(brief_pages_new(ctx, &p), BRIEF_OK);
    assert_int_equal(brief_pages_add_file(p, "tests/fixtures/html/jsonld.html"), BRIEF_OK);
    assert_int_equal(brief_pages_add_file(p, "tests/fixtures/html/login.html"), BRIEF_EEMPTY);
    assert_non_null(strstr(brief_pages_errmsg(p), "no article"));
    const char txt[] = "title: Kelp farms expand\n---\nSeaweed growers on the Brannock coast doubled their lines this year.\n";
    assert_int_equal(brief_pages_add_text(p, "notes/kelp.txt", txt, sizeof txt - 1), BRIEF_OK);
    assert_int_equal(brief_pages_count(p), 2);
    const brief_page *pg = brief_pages_get(p, 1);
    assert_string_equal(pg->title, "Kelp farms expand");
    assert_string_equal(pg->source, "kelp");
    assert_prefix(pg->text, "Seaweed growers");
    assert_null(brief_pages_get(p, 2));
    brief_buffer *b;
    assert_int_equal(brief_buffer_new(NULL, &b), BRIEF_OK);
    assert_int_equal(brief_render_pages(b, p, BRIEF_FORMAT_JSON), BRIEF_OK);
    assert_non_null(strstr(brief_buffer_data(b), "\"author\": \"Ottilie Brandvold\""));
    assert_non_null(strstr(brief_buffer_data(b), "\"author\": null"));
    assert_int_equal(brief_render_pages(b, p, BRIEF_FORMAT_HTML), BRIEF_EINVAL);
    brief_buffer_free(b);
    brief_pages_free(p);

    /* A list of links found in a folder is passed over; named, it is read. */
    char *dir = harness_temp_dir();
    char *links = harness_path_in(dir, "links.txt");
    FILE *f = fopen(links, "w");
    assert_non_null(f);
    fputs("Saved\n\nhttps://tern.example/a\nhttps://tern.example/b\nhttps://tern.example/c\n", f);
    fclose(f);
    assert_int_equal(brief_pages_new(ctx, &p), BRIEF_OK);
    assert_int_equal(brief_pages_add_path(p, links, BRIEF_ADD_FOUND), BRIEF_EEMPTY);
    assert_non_null(strstr(brief_pages_errmsg(p), "a list of links"));
    assert_int_equal(brief_pages_count(p), 0);
    assert_int_equal(brief_pages_add_path(p, links, 0), BRIEF_OK);
    assert_int_equal(brief_pages_count(p), 1);
    brief_pages_free(p);
    assert_int_equal(brief_story_new(ctx, &st0), BRIEF_OK);
    assert_int_equal(brief_story_add_path(st0, links, BRIEF_ADD_FOUND), BRIEF_EEMPTY);
    assert_int_equal(brief_story_doc_count(st0), 0);
    assert_int_equal(brief_story_add_file(st0, links), BRIEF_OK);
    brief_story_free(st0);
    remove(links);
    free(links);
    harness_remove_tree(dir);
    free(dir);

    /* A story reads the page's article, its title, source and URL. */
    brief_story *st;
    assert_int_equal(brief_story_new(ctx, &st), BRIEF_OK);
    assert_int_equal(brief_story_add_file(st, "tests/fixtures/html/jsonld.html"), BRIEF_OK);
    assert_int_equal(brief_story_add_file(st, "tests/fixtures/html/login.html"), BRIEF_EEMPTY);
    const brief_doc_info *info = brief_story_doc(st, 0);
    assert_string_equal(info->title, "Harbour bridge in Velmora reopens after repairs");
    assert_string_equal(info->source, "The Quillmouth Courier");
    assert_string_equal(info->url, "https://news.quillmouth.example/velmora-bridge");
    assert_prefix(info->date, "2031-04-17");
    const brief_sentence *const *sent;
    size_t n;
    assert_int_equal(brief_story_sentences(st, 0, &sent, &n), BRIEF_OK);
    assert_true(n >= 5);
    assert_prefix(sent[0]->text, "The swing bridge");
    for (size_t i = 0; i < n; i++) assert_null(strstr(sent[i]->text, "<"));
    brief_story_free(st);
    brief_ctx_free(ctx);
}

/* A feed gives one page per item with text, named FILE#k by the item's
 * place in the feed; an HTML body is read as the UTF-8 the feed parser
 * made of it, whatever charset a <meta> inside it declares. */
static void test_feed_pages(void **state)
{
    (void)state;
    brief_config cfg;
    brief_config_init(&cfg);
    brief_ctx *ctx;
    assert_int_equal(brief_ctx_new(&cfg, &ctx), BRIEF_OK);
    brief_pages *p;
    assert_int_equal(brief_pages_new(ctx, &p), BRIEF_OK);
    const char atom[] =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Fjordlys Tidende</title>\n"
        "<entry><title>Ferry to Brønnøy delayed</title>"
        "<link rel=\"alternate\" href=\"https://fjordlys.example/ferry\"/>"
        "<updated>2029-06-12T07:30:00+02:00</updated><author><name>Sigrun Aasland</name></author>"
        "<content type=\"html\">&lt;meta charset=\"iso-2022-jp\"&gt;&lt;p&gt;The Brønnøy ferry "
        "left two hours late, said the skipper, Åse Kvam.&lt;/p&gt;</content></entry>\n"
        "<entry><title>Headline only</title></entry>\n"
        "<entry><title>Café reopens</title><summary>The harbour café opened again on Monday.</summary>"
        "</entry></feed>\n";
    assert_int_equal(brief_pages_add_text(p, "in/fjord.atom", atom, sizeof atom - 1), BRIEF_OK);
    assert_int_equal(brief_pages_count(p), 2);
    const brief_page *a = brief_pages_get(p, 0), *b = brief_pages_get(p, 1);
    assert_string_equal(a->name, "in/fjord.atom#1");
    assert_string_equal(a->title, "Ferry to Brønnøy delayed");
    assert_string_equal(a->text, "The Brønnøy ferry left two hours late, said the skipper, Åse Kvam.");
    assert_string_equal(a->source, "Fjordlys Tidende");
    assert_string_equal(a->url, "https://fjordlys.example/ferry");
    assert_string_equal(a->date, "2029-06-12T07:30:00+02:00");
    assert_string_equal(a->author, "Sigrun Aasland");
    assert_string_equal(b->name, "in/fjord.atom#3"); /* #2 has no text */
    assert_string_equal(b->text, "The harbour café opened again on Monday.");
    assert_null(a->warning);

    /* A feed broken before its first item, one whose items have no text,
     * a message without a text part: reported and not added. */
    const char cut[] = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>X</title><item><title>Ha";
    assert_int_equal(brief_pages_add_text(p, "cut.xml", cut, sizeof cut - 1), BRIEF_EFORMAT);
    assert_non_null(strstr(brief_pages_errmsg(p), "cut.xml: not a well-formed feed"));
    const char bare[] = "<rss version=\"2.0\"><channel><title>X</title><item><title>Only a title</title></item></channel></rss>";
    assert_int_equal(brief_pages_add_text(p, "bare.rss", bare, sizeof bare - 1), BRIEF_EEMPTY);
    const char mail[] = "From: Desk <desk@quarry.example>\nSubject: Empty\nContent-Type: image/png\n\nAAAA\n";
    assert_int_equal(brief_pages_add_text(p, "empty.eml", mail, sizeof mail - 1), BRIEF_EEMPTY);
    assert_non_null(strstr(brief_pages_errmsg(p), "no text in the message"));
    assert_int_equal(brief_pages_count(p), 2);

    /* A feed broken off after two items keeps them, with a warning on the
     * first. */
    const char half[] = "<rss version=\"2.0\"><channel><title>Tide</title>"
                        "<item><title>One</title><description>The pier opened.</description></item>"
                        "<item><title>Two</title><description>The gulls left.</description></item>"
                        "<item><title>Thr";
    assert_int_equal(brief_pages_add_text(p, "tide.rss", half, sizeof half - 1), BRIEF_OK);
    assert_int_equal(brief_pages_count(p), 4);
    assert_non_null(brief_pages_get(p, 2)->warning);
    assert_non_null(strstr(brief_pages_get(p, 2)->warning, "the 2 items before it were read"));
    assert_null(brief_pages_get(p, 3)->warning);
    brief_pages_free(p);
    assert_int_equal(brief_pages_new(ctx, &p), BRIEF_OK);
    assert_int_equal(brief_pages_add_text(p, "in/fjord.atom", atom, sizeof atom - 1), BRIEF_OK);

    /* A plain mail: Subject, sender, date; its first line stays in the text. */
    const char plain[] = "From: \"Quarry Gazette\" <desk@quarry.example>\r\nSubject: Quarry closes\r\n"
                         "Date: Fri, 8 Jun 2029 16:00:00 +0000\r\n\r\nShort line\r\nThe quarry at Holm shuts in July.\r\n";
    assert_int_equal(brief_pages_add_text(p, "q.eml", plain, sizeof plain - 1), BRIEF_OK);
    const brief_page *m = brief_pages_get(p, 2);
    assert_string_equal(m->name, "q.eml");
    assert_string_equal(m->title, "Quarry closes");
    assert_string_equal(m->source, "Quarry Gazette");
    assert_prefix(m->date, "2029-06-08");
    assert_string_equal(m->text, "Short line\nThe quarry at Holm shuts in July.");
    brief_pages_free(p);

    /* A story reads each item as a document with the item's metadata. */
    brief_story *st;
    assert_int_equal(brief_story_new(ctx, &st), BRIEF_OK);
    assert_int_equal(brief_story_add_file(st, "tests/fixtures/feed/rss2.xml"), BRIEF_OK);
    assert_int_equal(brief_story_add_file(st, "tests/fixtures/mail/noboundary.eml"), BRIEF_EEMPTY);
    assert_int_equal(brief_story_doc_count(st), 2);
    const brief_doc_info *i0 = brief_story_doc(st, 0), *i1 = brief_story_doc(st, 1);
    assert_string_equal(i0->name, "tests/fixtures/feed/rss2.xml#1");
    assert_string_equal(i0->title, "Ferry service to Quillan Island resumes");
    assert_string_equal(i0->source, "The Harbourside Courier");
    assert_string_equal(i0->url, "https://courier.example/2026/11/ferry");
    assert_prefix(i0->date, "2026-11-03");
    assert_string_equal(i1->name, "tests/fixtures/feed/rss2.xml#2");
    const brief_sentence *const *sent;
    size_t n;
    assert_int_equal(brief_story_sentences(st, 0, &sent, &n), BRIEF_OK);
    assert_int_equal(n, 2);
    assert_string_equal(sent[1]->text, "Repairs to the pier took six weeks & cost 40,000 crowns.");
    assert_null(i0->warning);
    /* the warning of a cut feed reaches the story's first document of it */
    assert_int_equal(brief_story_add_file(st, "tests/fixtures/feed/truncated.xml"), BRIEF_OK);
    const brief_doc_info *cut0 = brief_story_doc(st, 2);
    assert_non_null(cut0->warning);
    assert_non_null(strstr(cut0->warning, "feed broken off"));
    brief_story_free(st);
    brief_ctx_free(ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_pages),
                                       cmocka_unit_test(test_feed_pages)};
    return cmocka_run_group_tests_name("pages", tests, NULL, NULL);
}
