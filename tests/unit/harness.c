/* harness.c - what the unit tests share; see harness.h. */
#include "harness.h"

#include "arena.h"

const char *const harness_sample_names[HARNESS_NSAMPLES] = {
    "000_f795227b996e3a8e", "001_78cb06b8d0c22452", "002_12618d03758870d6",
    "003_2568b1da092f9e54", "004_4640584081bb822a",
};

const char *const harness_sample_paths[HARNESS_NSAMPLES] = {
    "samples/000_f795227b996e3a8e.txt", "samples/001_78cb06b8d0c22452.txt",
    "samples/002_12618d03758870d6.txt", "samples/003_2568b1da092f9e54.txt",
    "samples/004_4640584081bb822a.txt",
};

char *harness_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) fail_msg("cannot read test input %s (run from the repository root)", path);
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    assert_non_null(buf);
    for (;;) {
        n += fread(buf + n, 1, cap - n - 1, f);
        if (n < cap - 1) break;
        buf = realloc(buf, cap *= 2);
        assert_non_null(buf);
    }
    assert_false(ferror(f));
    fclose(f);
    buf[n] = '\0';
    if (len) *len = n;
    return buf;
}

char *harness_slurpf(size_t *len, const char *fmt, ...)
{
    char path[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(path, sizeof path, fmt, ap);
    va_end(ap);
    assert_true(n >= 0 && (size_t)n < sizeof path);
    return harness_slurp(path, len);
}

char *harness_fold(const char *s, size_t len)
{
    char *out = malloc(len + 1);
    assert_non_null(out);
    size_t o = 0;
    int space = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = 1;
            continue;
        }
        if (space && o > 0) out[o++] = ' ';
        space = 0;
        out[o++] = c;
    }
    out[o] = '\0';
    return out;
}

int harness_arena_setup(void **state)
{
    *state = arena_new(NULL);
    return *state ? 0 : -1;
}

int harness_arena_teardown(void **state)
{
    arena_free(*state);
    return 0;
}

/* 1 when the next malloc/realloc call through h may succeed. */
static int may_allocate(harness_alloc *h)
{
    h->calls++;
    if (h->fail_at && h->calls == h->fail_at) return 0;
    if (h->left == 0) return 0;
    if (h->left > 0) h->left--;
    return 1;
}

static void *counted_malloc(void *ud, size_t n)
{
    harness_alloc *h = ud;
    void *p = may_allocate(h) ? malloc(n) : NULL;
    if (p) {
        h->mallocs++;
        h->live++;
    }
    return p;
}

static void *counted_realloc(void *ud, void *p, size_t n)
{
    harness_alloc *h = ud;
    void *q = may_allocate(h) ? realloc(p, n) : NULL;
    if (q && !p) h->live++;
    return q;
}

static void counted_free(void *ud, void *p)
{
    harness_alloc *h = ud;
    if (p) h->live--;
    free(p);
}

brief_allocator harness_allocator(harness_alloc *h)
{
    brief_allocator a = {counted_malloc, counted_realloc, counted_free, h};
    return a;
}

brief_story *harness_story_new(brief_ctx **ctx, const char *language)
{
    brief_config cfg;
    brief_config_init(&cfg);
    if (language) cfg.language = language;
    assert_int_equal(brief_ctx_new(&cfg, ctx), BRIEF_OK);
    brief_story *st = NULL;
    assert_int_equal(brief_story_new(*ctx, &st), BRIEF_OK);
    return st;
}

void harness_story_free(brief_story *st, brief_ctx *ctx)
{
    brief_story_free(st);
    brief_ctx_free(ctx);
}
