/* Unit tests: quote_groups.c (which quotes render one statement). */
#include "harness.h"

#include "arena.h"
#include "quote_groups.h"

static void test_same_statement(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* One cut standing in the other, whatever the case and punctuation. */
    assert_true(quote_same_statement(ar, "the ferry will run again in May",
                                     "The ferry will run again in May, once the pier is mended."));
    /* Two translations sharing 7 of their 10 words. */
    assert_true(quote_same_statement(ar, "we agreed to keep the harbour open to all boats",
                                     "we agreed to leave the harbour open to every boat"));
    /* Sharing half the shorter one's words is not enough (4 of 8). */
    assert_false(quote_same_statement(ar, "the council will meet the fishermen next month",
                                      "the fishermen will sail from the island whatever happens"));
    /* Below 4 words only the whole quote counts. */
    assert_true(quote_same_statement(ar, "not this year", "Not this year, perhaps the next"));
    assert_false(quote_same_statement(ar, "not this year", "this year, not the next"));
    arena_free(ar);
}

/* Groups by the index against the rule applied to every earlier leader. */
static void brute_groups(arena *ar, const char *const *text, const size_t *words, size_t n,
                         size_t *group)
{
    for (size_t i = 0; i < n; i++) {
        group[i] = i;
        if (words[i] < 3) continue;
        for (size_t j = 0; j < i; j++)
            if (words[j] >= 3 && group[j] == j && quote_same_statement(ar, text[i], text[j])) {
                group[i] = j;
                break;
            }
    }
}

/* Random quotes over a small vocabulary with a few common words, many of
 * them cuts and rewordings of earlier ones, so that matches of every kind
 * occur: the index must find exactly the groups of the plain rule. */
static void test_index_finds_what_the_rule_finds(void **state)
{
    (void)state;
    static const char *const vocab[] = {"the", "the", "the", "a", "of", "to", "and", "we",
                                        "harbour", "ferry", "pier", "council", "storm",
                                        "boats", "will", "open", "close", "Monday", "mended",
                                        "fishermen", "tide", "lamp", "island", "not"};
    enum { N = 400, NV = sizeof vocab / sizeof vocab[0] };
    arena *ar = arena_new(NULL);
    char *text[N];
    size_t words[N], got[N], want[N];
    srand(7);
    for (size_t i = 0; i < N; i++) {
        char buf[512] = "";
        size_t len = 0, nw;
        if (i > 0 && rand() % 2) {
            /* A cut or a rewording of an earlier quote. */
            const char *base = text[(size_t)rand() % i];
            size_t from = 0, bw = harness_words(base), keep = 0;
            const char *p = base;
            if (bw > 2 && rand() % 2) from = (size_t)rand() % (bw / 2);
            for (size_t k = 0; *p && len + 40 < sizeof buf; k++) {
                const char *e = strchr(p, ' ');
                size_t wl = e ? (size_t)(e - p) : strlen(p);
                if (k >= from) {
                    const char *wd = rand() % 5 == 0 ? vocab[rand() % NV] : NULL;
                    len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%.*s", keep ? " " : "",
                                            wd ? (int)strlen(wd) : (int)wl, wd ? wd : p);
                    keep++;
                }
                p = e ? e + 1 : p + wl;
            }
        } else {
            nw = 1 + (size_t)rand() % 14;
            for (size_t k = 0; k < nw; k++)
                len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", k ? " " : "",
                                        vocab[rand() % NV]);
        }
        if (rand() % 7 == 0) len += (size_t)snprintf(buf + len, sizeof buf - len, ", he said.");
        text[i] = arena_strdup(ar, buf);
        assert_non_null(text[i]);
        words[i] = harness_words(buf);
    }
    assert_int_equal(quote_groups_find(ar, (const char *const *)text, words, N, got), BRIEF_OK);
    brute_groups(ar, (const char *const *)text, words, N, want);
    size_t joined = 0;
    for (size_t i = 0; i < N; i++) {
        assert_int_equal(got[i], want[i]);
        joined += got[i] != i;
    }
    assert_true(joined > N / 10); /* the test met matches */
    arena_free(ar);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_statement),
        cmocka_unit_test(test_index_finds_what_the_rule_finds),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
