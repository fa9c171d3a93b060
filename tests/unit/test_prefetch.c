/* Unit tests: prefetch.c - files read ahead on threads give the story and
 * the page list exactly what reading them one by one gives, messages and
 * order included; order of asking is enforced. */
#include "harness.h"

#define NFILES 24

/* A folder of invented inputs: articles, a page, a list of links (passed
 * over: found in a folder), a binary file. */
static char *make_folder(void)
{
    char *dir = harness_temp_dir();
    for (int i = 0; i < NFILES; i++) {
        char name[32], body[1024];
        snprintf(name, sizeof name, "a%02d.txt", i);
        snprintf(body, sizeof body,
                 "Harbour news %d\n\nThe ferry from Skarvik left %d minutes late on Monday. "
                 "Passengers on pier %d waited in the rain, the operator said.\n", i, i + 5, i);
        if (i == 5)
            snprintf(body, sizeof body, "Links\n\nhttps://tern.example/1\nhttps://tern.example/2\n"
                                        "https://tern.example/3\n");
        if (i == 9)
            snprintf(body, sizeof body,
                     "<!doctype html><html><head><title>Dam opens</title></head><body><article>"
                     "<h1>Dam opens</h1><p>The sluices of the Orvelle dam were opened on Tuesday "
                     "after the lake rose by a metre in a week of rain.</p><p>Farmers below the "
                     "dam moved their cattle to higher fields, the council said in a statement."
                     "</p><p>The water board expects the lake to fall again by the weekend, when "
                     "the rain is forecast to stop.</p></article></body></html>");
        char *path = harness_path_in(dir, name);
        FILE *f = fopen(path, "wb");
        assert_non_null(f);
        if (i == 13) fwrite("\x7f" "ELF\0\0\0\1\2\3", 1, 10, f);
        else fputs(body, f);
        fclose(f);
        free(path);
    }
    return dir;
}

/* Every document name, then every failure message, of reading paths
 * through a prefetch of `threads` threads into a story. */
static char *story_trace(brief_ctx *ctx, const brief_paths *paths, unsigned threads)
{
    brief_story *st;
    assert_int_equal(brief_story_new(ctx, &st), BRIEF_OK);
    brief_prefetch *pf;
    assert_int_equal(brief_prefetch_new(ctx, paths, threads, &pf), BRIEF_OK);
    size_t cap = 65536, len = 0;
    char *out = malloc(cap);
    assert_non_null(out);
    out[0] = '\0';
    for (size_t i = 0; i < brief_paths_count(paths); i++) {
        brief_status s = brief_story_add_prefetched(st, pf, i);
        len += (size_t)snprintf(out + len, cap - len, "%zu %d %s\n", i, (int)s,
                                s == BRIEF_OK ? "" : brief_story_errmsg(st));
    }
    for (size_t i = 0; i < brief_story_doc_count(st); i++)
        len += (size_t)snprintf(out + len, cap - len, "%s|%s\n", brief_story_doc(st, i)->name,
                                brief_story_doc(st, i)->title ? brief_story_doc(st, i)->title : "");
    brief_prefetch_free(pf);
    brief_story_free(st);
    return out;
}

static void test_same_as_one_by_one(void **state)
{
    (void)state;
    char *dir = make_folder();
    brief_config cfg;
    brief_config_init(&cfg);
    cfg.language = "english";
    brief_ctx *ctx;
    assert_int_equal(brief_ctx_new(&cfg, &ctx), BRIEF_OK);
    brief_paths *paths;
    assert_int_equal(brief_paths_new(NULL, &paths), BRIEF_OK);
    assert_int_equal(brief_paths_add(paths, dir), BRIEF_OK);
    assert_int_equal(brief_paths_count(paths), NFILES);

    char *one = story_trace(ctx, paths, 1);
    /* the list of links is passed over, the binary file refused, the page
     * read as its article */
    assert_non_null(strstr(one, "a list of links"));
    assert_non_null(strstr(one, "binary"));
    assert_non_null(strstr(one, "a09.txt|Dam opens\n"));
    for (unsigned threads = 2; threads <= 8; threads *= 2) {
        for (int round = 0; round < 3; round++) {
            char *many = story_trace(ctx, paths, threads);
            assert_string_equal(many, one);
            free(many);
        }
    }
    free(one);

    /* the page list the same way */
    brief_pages *p1, *p4;
    brief_prefetch *pf1, *pf4;
    assert_int_equal(brief_pages_new(ctx, &p1), BRIEF_OK);
    assert_int_equal(brief_pages_new(ctx, &p4), BRIEF_OK);
    assert_int_equal(brief_prefetch_new(ctx, paths, 1, &pf1), BRIEF_OK);
    assert_int_equal(brief_prefetch_new(ctx, paths, 4, &pf4), BRIEF_OK);
    for (size_t i = 0; i < NFILES; i++)
        assert_int_equal(brief_pages_add_prefetched(p1, pf1, i), brief_pages_add_prefetched(p4, pf4, i));
    brief_prefetch_free(pf4);
    brief_prefetch_free(pf1);
    assert_int_equal(brief_pages_count(p1), NFILES - 2);
    assert_int_equal(brief_pages_count(p4), NFILES - 2);
    for (size_t i = 0; i < brief_pages_count(p1); i++) {
        assert_string_equal(brief_pages_get(p1, i)->name, brief_pages_get(p4, i)->name);
        assert_string_equal(brief_pages_get(p1, i)->text, brief_pages_get(p4, i)->text);
    }
    brief_pages_free(p1);
    brief_pages_free(p4);

    brief_paths_free(paths);
    brief_ctx_free(ctx);
    harness_remove_tree(dir);
    free(dir);
}

/* Asking again, or going back, is refused; files passed over and a
 * prefetch freed early leave nothing behind (ASan and valgrind see). */
static void test_order_and_early_free(void **state)
{
    (void)state;
    char *dir = make_folder();
    brief_config cfg;
    brief_config_init(&cfg);
    brief_ctx *ctx;
    assert_int_equal(brief_ctx_new(&cfg, &ctx), BRIEF_OK);
    brief_paths *paths;
    assert_int_equal(brief_paths_new(NULL, &paths), BRIEF_OK);
    assert_int_equal(brief_paths_add(paths, dir), BRIEF_OK);
    brief_story *st;
    assert_int_equal(brief_story_new(ctx, &st), BRIEF_OK);
    brief_prefetch *pf;
    assert_int_equal(brief_prefetch_new(ctx, paths, 3, &pf), BRIEF_OK);
    assert_int_equal(brief_story_add_prefetched(st, pf, 2), BRIEF_OK);
    assert_int_equal(brief_story_add_prefetched(st, pf, 2), BRIEF_EINVAL);
    assert_int_equal(brief_story_add_prefetched(st, pf, 1), BRIEF_EINVAL);
    assert_int_equal(brief_story_add_prefetched(st, pf, 20), BRIEF_OK);
    assert_int_equal(brief_story_add_prefetched(st, pf, NFILES), BRIEF_EINVAL);
    assert_int_equal(brief_story_add_prefetched(NULL, pf, 21), BRIEF_EINVAL);
    assert_int_equal(brief_story_doc_count(st), 2);
    assert_prefix(brief_story_doc(st, 1)->name + strlen(dir), "/a20.txt");
    brief_prefetch_free(pf); /* workers may be mid-file */
    brief_prefetch_free(NULL);
    assert_int_equal(brief_prefetch_new(ctx, NULL, 2, &pf), BRIEF_EINVAL);
    assert_int_equal(brief_prefetch_new(ctx, paths, 2, NULL), BRIEF_EINVAL);
    assert_true(brief_prefetch_threads_default() >= 1);
    brief_story_free(st);
    brief_paths_free(paths);
    brief_ctx_free(ctx);
    harness_remove_tree(dir);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_as_one_by_one),
        cmocka_unit_test(test_order_and_early_free),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
