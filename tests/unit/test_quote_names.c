/* Unit tests: quote_names, one name per person across documents. */
#include "harness.h"

#include "arena.h"
#include "quote_names.h"

static void expect_key(const char *name, const char *want)
{
    arena *ar = arena_new(NULL);
    char *k = translit_key(ar, name, strlen(name));
    assert_non_null(k);
    assert_string_equal(k, want);
    arena_free(ar);
}

static void test_keys(void **state)
{
    (void)state;
    expect_key("Zelenskyy", "zelenski");
    expect_key("Zelensky", "zelenski");
    expect_key("Zelenskiy", "zelenski");
    expect_key("Sergey", "sergei");
    expect_key("Sergei", "sergei");
    expect_key("Wladimir", "vladimir");
    expect_key("Vladimir", "vladimir");
    expect_key("Khodorkovsky", "kodorkovski"); /* kh -> k */
    expect_key("Philipp", "filip");
    expect_key("Müller", "muler");    /* accents stripped */
    expect_key("O'Neill", "oneil");   /* letters only */
    expect_key("\xC3", "");           /* invalid UTF-8 */
}

static void test_edits(void **state)
{
    (void)state;
    assert_true(within_one_edit("putin", "putin"));
    assert_true(within_one_edit("putin", "putn"));    /* deletion */
    assert_true(within_one_edit("putn", "putin"));    /* insertion */
    assert_true(within_one_edit("putin", "potin"));   /* substitution */
    assert_false(within_one_edit("putin", "potn"));
    assert_false(within_one_edit("putin", "put"));
    assert_false(within_one_edit("abc", "bca"));
    assert_true(within_one_edit("", "a"));
}

/* One document with people p[0..n) and one quote by each. */
typedef struct fixture {
    quotes_person people[4];
    quote quotes[4];
} fixture;

static quotes_doc make_doc(fixture *f, const char *const *names, const unsigned *mentions,
                           size_t n)
{
    memset(f, 0, sizeof *f);
    for (size_t i = 0; i < n; i++) {
        f->people[i].name = names[i];
        f->people[i].mentions = mentions[i];
        f->quotes[i].text = "Words.";
        f->quotes[i].speaker = names[i];
    }
    quotes_doc d = {f->quotes, n, f->people, n};
    return d;
}

static void test_transliterations(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    fixture f[3];
    static const char *const n0[] = {"Vladimir Putin", "Volodymyr Zelensky"};
    static const char *const n1[] = {"Putin", "Volodymyr Zelenskyy"};
    static const char *const n2[] = {"Wladimir Putin", "Zelenskyy"};
    static const unsigned m0[] = {3, 1}, m1[] = {1, 2}, m2[] = {1, 1};
    quotes_doc docs[3] = {make_doc(&f[0], n0, m0, 2), make_doc(&f[1], n1, m1, 2),
                          make_doc(&f[2], n2, m2, 2)};
    f[0].people[0].role = "Russian President";
    assert_int_equal(quotes_canonicalize(ar, docs, 3), BRIEF_OK);
    /* every spelling is one person, named as most documents write it */
    assert_string_equal(docs[0].quotes[0].speaker, "Vladimir Putin");
    assert_string_equal(docs[1].quotes[0].speaker, "Vladimir Putin");
    assert_string_equal(docs[2].quotes[0].speaker, "Vladimir Putin");
    assert_string_equal(docs[0].quotes[1].speaker, "Volodymyr Zelenskyy");
    assert_string_equal(docs[1].quotes[1].speaker, "Volodymyr Zelenskyy");
    assert_string_equal(docs[2].quotes[1].speaker, "Volodymyr Zelenskyy");
    /* a role written in one document fills in the others */
    assert_string_equal(docs[2].quotes[0].role, "Russian President");
    arena_free(ar);
}

static void test_distinct_people(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    fixture f[2];
    static const char *const n0[] = {"Donald Trump", "Melania Trump", "Theresa May"};
    static const char *const n1[] = {"Trump", "Theresa Maj", "the Kremlin"};
    static const unsigned m0[] = {5, 1, 1}, m1[] = {1, 1, 1};
    quotes_doc docs[2] = {make_doc(&f[0], n0, m0, 3), make_doc(&f[1], n1, m1, 3)};
    f[1].quotes[2].is_org = 1;
    assert_int_equal(quotes_canonicalize(ar, docs, 2), BRIEF_OK);
    assert_string_equal(docs[0].quotes[0].speaker, "Donald Trump");
    assert_string_equal(docs[0].quotes[1].speaker, "Melania Trump"); /* another first name */
    assert_string_equal(docs[1].quotes[0].speaker, "Donald Trump");  /* the best known */
    /* short keys must match as written: "May" and "Maj" stay apart */
    assert_string_equal(docs[0].quotes[2].speaker, "Theresa May");
    assert_string_equal(docs[1].quotes[1].speaker, "Theresa Maj");
    assert_string_equal(docs[1].quotes[2].speaker, "the Kremlin");   /* organisations kept */
    arena_free(ar);
}

/* The steps one by one, as quotes_canonicalize runs them. */
static void test_steps(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    fixture f[2];
    static const char *const n0[] = {"Sergey Lavrov", "Ana Lopez"};
    static const char *const n1[] = {"Sergei Lavrov", "Lopez"};
    static const unsigned m0[] = {1, 1}, m1[] = {2, 1};
    quotes_doc docs[2] = {make_doc(&f[0], n0, m0, 2), make_doc(&f[1], n1, m1, 2)};
    names_table t;
    assert_int_equal(names_load(ar, docs, 2, &t), BRIEF_OK);
    assert_int_equal(t.n, 4);
    assert_string_equal(t.ce[1].last, "Lopez");
    assert_string_equal(t.ce[3].skey, "lopez");
    assert_null(t.ce[3].first);
    names_group_surnames(&t);
    assert_int_equal(t.ce[0].group, t.ce[2].group);
    assert_int_equal(t.ce[1].group, t.ce[3].group);
    assert_int_not_equal(t.ce[0].group, t.ce[1].group);
    assert_int_equal(names_choose(&t), BRIEF_OK);
    assert_string_equal(t.canon[0], "Sergei Lavrov"); /* 2 mentions against 1 */
    assert_string_equal(t.canon[3], "Ana Lopez");
    assert_int_equal(names_rename(&t, docs, 2), BRIEF_OK);
    assert_string_equal(docs[0].quotes[0].speaker, "Sergei Lavrov");
    assert_string_equal(docs[1].quotes[1].speaker, "Ana Lopez");
    /* nobody at all */
    assert_int_equal(names_load(ar, docs, 0, &t), BRIEF_OK);
    assert_int_equal(t.n, 0);
    arena_free(ar);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keys),
        cmocka_unit_test(test_edits),
        cmocka_unit_test(test_transliterations),
        cmocka_unit_test(test_distinct_people),
        cmocka_unit_test(test_steps),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
