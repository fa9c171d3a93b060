/* Unit tests: story.c (stories: documents added, cleaned, analyzed when
 * first needed), through the public API. */
#include <errno.h>

#include "harness.h"

#include "news_fixture.h"

static void test_doc_info(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    news_add(st, news_flood, "dir/flood", 0);
    /* No front matter: the source is the file stem. */
    const char plain[] = "The council met on Tuesday. It approved the budget for next year.";
    assert_int_equal(brief_story_add_text(st, "in/007_abc.txt", plain, sizeof plain - 1),
                     BRIEF_OK);
    assert_int_equal(brief_story_doc_count(st), 2);
    const brief_doc_info *a = brief_story_doc(st, 0), *b = brief_story_doc(st, 1);
    assert_string_equal(a->name, "dir/flood0.txt");
    assert_string_equal(a->title, "Floods close Marrowbridge schools");
    assert_string_equal(a->source, "Northern Post");
    assert_string_equal(a->encoding, "utf-8");
    assert_false(a->transcoded);
    assert_string_equal(b->source, "007_abc");
    assert_null(b->title);
    assert_int_equal(b->bytes, sizeof plain - 1);
    assert_null(brief_story_doc(st, 2));
    assert_null(brief_story_doc(NULL, 0));
    assert_int_equal(brief_story_doc_count(NULL), 0);
    harness_story_free(st, ctx);
}

/* Sentences come in reading order with the offsets of the text they were
 * folded from; the title is not a sentence. */
static void test_sentences(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    news_add(st, news_chess, "chess", 0);
    const brief_sentence *const *s;
    size_t n;
    assert_int_equal(brief_story_sentences(st, 0, &s, &n), BRIEF_OK);
    assert_int_equal(n, 4);
    assert_string_equal(s[0]->text, "Sixteen-year-old Priya Anand leads the Kelvale chess open "
                                    "after winning her first five games.");
    const char *raw = news_chess[0];
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(s[i]->index, i);
        assert_int_equal(s[i]->doc, 0);
        assert_int_equal(s[i]->end - s[i]->start, strlen(s[i]->text));
        assert_memory_equal(raw + s[i]->start, s[i]->text, strlen(s[i]->text));
        if (i) assert_true(s[i]->start > s[i - 1]->start);
    }
    assert_int_equal(brief_story_sentences(st, 1, &s, &n), BRIEF_EINVAL);
    harness_story_free(st, ctx);
}

static void test_language(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    const char fr[] = "Le maire de la ville a dit que les \xc3\xa9" "coles seront ferm\xc3\xa9" "es "
                      "pendant une semaine, et que les familles qui ont quitt\xc3\xa9 leur "
                      "maison dorment dans la salle des sports. Il a ajout\xc3\xa9 qu'il ne sait "
                      "pas encore quand l'eau va baisser. Nous sommes avec vous, a-t-il dit aux "
                      "habitants.";
    assert_int_equal(brief_story_add_text(st, "fr.txt", fr, sizeof fr - 1), BRIEF_OK);
    assert_string_equal(brief_story_language(st), "french");
    harness_story_free(st, ctx);
    /* A configured language is taken as it is. */
    st = harness_story_new(&ctx, "english");
    assert_int_equal(brief_story_add_text(st, "fr.txt", fr, sizeof fr - 1), BRIEF_OK);
    assert_string_equal(brief_story_language(st), "english");
    harness_story_free(st, ctx);
    assert_null(brief_story_language(NULL));
}

static void test_refused(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    assert_int_equal(brief_story_add_text(st, "x", NULL, 3), BRIEF_EINVAL);
    assert_int_equal(brief_story_add_text(NULL, "x", "abc", 3), BRIEF_EINVAL);
    const char bin[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3e\0\x01\0\0\0";
    assert_int_equal(brief_story_add_text(st, "prog", bin, sizeof bin - 1), BRIEF_EBINARY);
    assert_non_null(strstr(brief_story_errmsg(st), "prog: not a text file"));
    assert_int_equal(brief_story_doc_count(st), 0);
    /* A message is cleared by the next call that succeeds. */
    news_add(st, news_flood, "f", 1);
    assert_string_equal(brief_story_errmsg(st), "");
    assert_string_equal(brief_story_errmsg(NULL), "");
    brief_story *none = (brief_story *)1;
    assert_int_equal(brief_story_new(NULL, &none), BRIEF_EINVAL);
    assert_null(none);
    harness_story_free(st, ctx);
}

/* Controls removed from a document are counted apart from the repairs,
 * and its file name is not touched (it is the caller's). */
static void test_controls_counted(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    const char text[] = "The council \xC2\x9B" "met on \xE2\x80\xAETuesday\x1b. It approved \xff it.";
    assert_int_equal(brief_story_add_text(st, "a\xC2\x9B.txt", text, sizeof text - 1), BRIEF_OK);
    const brief_doc_info *info = brief_story_doc(st, 0);
    assert_int_equal(info->controls, 3);
    assert_int_equal(info->repaired, 1);
    assert_string_equal(info->name, "a\xC2\x9B.txt");
    harness_story_free(st, ctx);
}

/* A name too long for the message is cut (at a character) so that the
 * reason after it is kept. */
static void test_long_name_message(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    char name[5000];
    memset(name, 'd', sizeof name);
    memcpy(name + 255, "\xC3\xA9", 2); /* an é across the cut */
    name[sizeof name - 1] = '\0';
    assert_int_equal(brief_story_add_file(st, name), BRIEF_EIO);
    const char *msg = brief_story_errmsg(st);
    const char *tail = strstr(msg, "...: ");
    assert_non_null(tail);
    assert_string_equal(tail + 5, strerror(ENAMETOOLONG));
    assert_int_equal(tail - msg, 255); /* before the é */
    harness_story_free(st, ctx);
}

/* A document without sentences is no error until something needs
 * sentences. */
static void test_empty_document(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    assert_int_equal(brief_story_add_text(st, "empty.txt", "", 0), BRIEF_OK);
    const brief_sentence *const *s;
    size_t n = 9;
    assert_int_equal(brief_story_sentences(st, 0, &s, &n), BRIEF_OK);
    assert_int_equal(n, 0);
    harness_story_free(st, ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_doc_info),
        cmocka_unit_test(test_sentences),
        cmocka_unit_test(test_language),
        cmocka_unit_test(test_refused),
        cmocka_unit_test(test_controls_counted),
        cmocka_unit_test(test_long_name_message),
        cmocka_unit_test(test_empty_document),
    };
    return cmocka_run_group_tests_name("story", tests, NULL, NULL);
}
