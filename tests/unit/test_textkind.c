/* Unit tests: textkind.c - lists of links and texts without prose are no
 * articles; articles of every shape are. */
#include "harness.h"

#include "textkind.h"

static const char *judge(const char *text) { return textkind_not_article(text, strlen(text)); }

static void test_list_of_links(void **state)
{
    (void)state;
    const char *why = judge("Reading for Thursday\n\n"
                            "https://gullpost.example/2031/ferry-fares\n"
                            "  * http://www.tern.example/story?id=4\n"
                            "www.quillmouth.example/bridge\n"
                            "[Dam](https://star.example/dam)\n");
    assert_non_null(why);
    assert_non_null(strstr(why, "links"));
    /* bookmarks behind front matter are still bookmarks */
    assert_non_null(judge("---\ntitle: Saved\n---\nhttps://a.example/1\nhttps://a.example/2\n"
                          "https://a.example/3\n"));
}

static void test_no_prose(void **state)
{
    (void)state;
    const char *why = judge("Top stories\n\nFerry fares rise again\nOrvelle dam opens sluices\n"
                            "Council backs new bridge\nStorm closes mountain pass\n");
    assert_non_null(why);
    assert_non_null(strstr(why, "prose"));
    assert_non_null(judge("id,town,count\n1,Velmora,30\n2,Skarvik,12\n3,Brenhaven,8\n4,Orvelle,2\n"));
}

static void test_articles_pass(void **state)
{
    (void)state;
    /* one line of prose among headings and links is an article */
    assert_null(judge("Ferry fares rise\n\nBy Ada Lunn\nUpdated 9:40\n"
                      "The ferry company raised fares by a tenth on Monday, its second rise this year.\n"
                      "Related\nhttps://gullpost.example/a\n"));
    /* an article citing its sources by address is still an article */
    assert_null(judge("The council published its report on Tuesday. It is online at "
                      "https://council.example/report and runs to 80 pages.\n"
                      "https://council.example/report\nhttps://council.example/annex\n"
                      "https://council.example/minutes\n"
                      "Councillors will vote on it next week, the clerk said.\n"
                      "The mayor said she expected it to pass.\n"
                      "\"We have waited long enough,\" she said.\n"));
    /* a sentence ending in a closing quote, and one ending in an ellipsis */
    assert_null(judge("Line one\nLine two\nLine three\nLine four\n"
                      "She said the bridge was \u201Cfinally safe.\u201D\n"));
    assert_null(judge("A\nB\nC\nD\nThe vote, he said, would have to wait until the spring\u2026\n"));
    /* speech transcribed without marks: long lines are prose */
    assert_null(judge("so the council met again tonight and the members said that the bridge "
                      "would have to wait for another year because the money is not there yet\n"
                      "a\nb\nc\nd\n"));
    /* short texts are not judged: a four-line note, a one-line article */
    assert_null(judge("Ferry\nFares\nRise\nAgain\n"));
    assert_null(judge("https://a.example/1\nhttps://a.example/2\n"));
    /* UTF-16 is judged after decoding, not here */
    static const char utf16[] = "h\0t\0t\0p\0s\0:\0/\0/\0a\0\n\0h\0t\0t\0p\0s\0:\0/\0/\0b\0\n\0"
                                "h\0t\0t\0p\0s\0:\0/\0/\0c\0\n\0";
    assert_null(textkind_not_article(utf16, sizeof utf16 - 1));
    assert_null(textkind_not_article(NULL, 0));
    assert_null(judge(""));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_list_of_links),
        cmocka_unit_test(test_no_prose),
        cmocka_unit_test(test_articles_pass),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
