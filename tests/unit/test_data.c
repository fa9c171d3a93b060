/* Unit tests: data.c (the language data compiled into the library) and the
 * generated table it searches. */
#include <dirent.h>

#include "harness.h"

#include "data.h"

/* 1 when s[0..len) holds the string word. */
static int contains(const char *s, size_t len, const char *word)
{
    size_t n = strlen(word);
    for (size_t i = 0; i + n <= len; i++)
        if (memcmp(s + i, word, n) == 0) return 1;
    return 0;
}

/* The number of .txt files in stopwords/. */
static size_t stopword_files(void)
{
    DIR *d = opendir("stopwords");
    assert_non_null(d);
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        size_t len = strlen(de->d_name);
        n += len > 4 && strcmp(de->d_name + len - 4, ".txt") == 0;
    }
    closedir(d);
    return n;
}

static void test_find(void **state)
{
    (void)state;
    size_t len = 0;
    const char *en = data_find("stopwords/english.txt", &len);
    assert_non_null(en);
    assert_true(len > 100);
    assert_true(contains(en, len, "\nthe\n"));
    assert_ptr_equal(data_find("stopwords/english.txt", NULL), en); /* len may be NULL */
    const char *neutral = data_find("data/neutral/english.txt", &len);
    assert_non_null(neutral);
    assert_true(contains(neutral, len, "loaded barbaric"));
}

static void test_missing(void **state)
{
    (void)state;
    size_t len = 7;
    assert_null(data_find("stopwords/klingon.txt", &len));
    assert_int_equal(len, 7); /* untouched */
    /* Only the exact path relative to the project finds a file. */
    assert_null(data_find("english.txt", &len));
    assert_null(data_find("stopwords/english.txt/", &len));
    assert_null(data_find("./stopwords/english.txt", &len));
    assert_null(data_find("", &len));
}

static void test_find_lang(void **state)
{
    (void)state;
    size_t len = 0, want = 0;
    const char *abbrev = data_find("data/abbrev/english.txt", &want);
    assert_non_null(abbrev);
    assert_ptr_equal(data_find_lang("abbrev", "english", &len), abbrev);
    assert_int_equal(len, want);
    /* "porter" is English's older stemmer: it reads English's lists. */
    assert_ptr_equal(data_find_lang("abbrev", "porter", &len), abbrev);
    assert_null(data_find_lang("abbrev", "klingon", &len));
    assert_null(data_find_lang("nosuchdir", "english", &len));
    /* A name too long for any path is not found (and overflows nothing). */
    char lang[300];
    memset(lang, 'e', sizeof lang - 1);
    lang[sizeof lang - 1] = '\0';
    assert_null(data_find_lang("abbrev", lang, &len));
}

/* Every entry of the table holds the bytes of the file it names, the names
 * are unique, and every stopword list is there. */
static void test_table_matches_files(void **state)
{
    (void)state;
    size_t n = 0, stopwords = 0;
    for (const data_file *f = data_files; f->name; f++, n++) {
        size_t len;
        char *bytes = harness_slurp(f->name, &len);
        assert_int_equal(f->len, len);
        assert_memory_equal(f->bytes, bytes, len);
        free(bytes);
        assert_ptr_equal(data_find(f->name, NULL), f->bytes);
        stopwords += strncmp(f->name, "stopwords/", 10) == 0;
    }
    assert_true(n > 30);
    assert_int_equal(stopwords, stopword_files());
}

/* The entries of text, joined by '|'. */
static char *entries(const char *text, size_t len)
{
    char *out = malloc(len + 2);
    assert_non_null(out);
    size_t o = 0;
    data_lines it;
    const char *line;
    size_t n;
    data_lines_init(&it, text, len);
    while (data_lines_next(&it, &line, &n)) {
        if (o) out[o++] = '|';
        memcpy(out + o, line, n);
        o += n;
    }
    out[o] = '\0';
    return out;
}

static void test_lines(void **state)
{
    (void)state;
    const char *text = "# a comment\n\n  alpha \t\r\nbeta\n   \n  # indented comment\n"
                       "gamma # not a comment\r\ndelta";
    char *got = entries(text, strlen(text));
    assert_string_equal(got, "alpha|beta|gamma # not a comment|delta");
    free(got);
    /* Only len bytes are read. */
    got = entries(text, strlen("# a comment\n\n  alpha \t\r\nbe"));
    assert_string_equal(got, "alpha|be");
    free(got);
    got = entries("", 0);
    assert_string_equal(got, "");
    free(got);
    got = entries(NULL, 0);
    assert_string_equal(got, "");
    free(got);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_find),
        cmocka_unit_test(test_missing),
        cmocka_unit_test(test_find_lang),
        cmocka_unit_test(test_table_matches_files),
        cmocka_unit_test(test_lines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
