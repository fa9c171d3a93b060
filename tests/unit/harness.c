/* harness.c - what the unit tests share; see harness.h. */
#include "harness.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

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

/* The length of the white space harness_fold folds at s[0..len); 0: none. */
static size_t space_len(const char *s, size_t len)
{
    if (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r') return 1;
    if (len >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0) return 2;
    return 0;
}

char *harness_fold(const char *s, size_t len)
{
    char *out = malloc(len + 1);
    assert_non_null(out);
    size_t o = 0;
    int space = 0;
    for (size_t i = 0; i < len;) {
        size_t sp = space_len(s + i, len - i);
        if (sp) {
            space = 1;
            i += sp;
            continue;
        }
        if (space && o > 0) out[o++] = ' ';
        space = 0;
        out[o++] = s[i++];
    }
    out[o] = '\0';
    return out;
}

size_t harness_words(const char *s)
{
    size_t n = 0;
    for (int in = 0; *s; s++) {
        n += *s != ' ' && !in;
        in = *s != ' ';
    }
    return n;
}

/* A mkstemp/mkdtemp template under $TMPDIR (or /tmp); malloc'd. */
static char *temp_template(void)
{
    const char *base = getenv("TMPDIR");
    if (!base || !*base) base = "/tmp";
    size_t n = strlen(base) + sizeof "/brief-test-XXXXXX";
    char *path = malloc(n);
    assert_non_null(path);
    snprintf(path, n, "%s/brief-test-XXXXXX", base);
    return path;
}

char *harness_temp_file(const char *bytes, size_t len)
{
    char *path = temp_template();
    int fd = mkstemp(path);
    if (fd < 0) fail_msg("cannot make a temporary file %s", path);
    assert_int_equal(write(fd, bytes, len), (ssize_t)len);
    assert_int_equal(close(fd), 0);
    return path;
}

char *harness_temp_dir(void)
{
    char *path = temp_template();
    if (!mkdtemp(path)) fail_msg("cannot make a temporary folder %s", path);
    return path;
}

char *harness_path_in(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    assert_non_null(p);
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

/* 1 for the names a folder lists that are not entries: "." and "..". */
static int dot_or_dotdot(const char *name)
{
    return strcmp(name, ".") == 0 || strcmp(name, "..") == 0;
}

void harness_remove_tree(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) fail_msg("cannot open the temporary folder %s", dir);
    for (struct dirent *de; (de = readdir(d)) != NULL;) {
        if (dot_or_dotdot(de->d_name)) continue;
        char *p = harness_path_in(dir, de->d_name);
        struct stat sb;
        if (lstat(p, &sb) == 0 && S_ISDIR(sb.st_mode)) harness_remove_tree(p);
        else unlink(p);
        free(p);
    }
    closedir(d);
    rmdir(dir);
}

void harness_write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (!f) fail_msg("cannot write test input %s", path);
    assert_true(fputs(text, f) >= 0);
    assert_int_equal(fclose(f), 0);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char *harness_listing(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) fail_msg("cannot list %s", dir);
    char **names = NULL;
    size_t n = 0, size = 1;
    for (struct dirent *de; (de = readdir(d)) != NULL;) {
        if (dot_or_dotdot(de->d_name)) continue;
        names = realloc(names, (n + 1) * sizeof *names);
        assert_non_null(names);
        names[n] = strdup(de->d_name);
        assert_non_null(names[n]);
        size += strlen(names[n++]) + 1;
    }
    closedir(d);
    if (n) qsort(names, n, sizeof *names, by_name);
    char *out = malloc(size);
    assert_non_null(out);
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (i) out[o++] = ' ';
        size_t len = strlen(names[i]);
        memcpy(out + o, names[i], len);
        o += len;
        free(names[i]);
    }
    out[o] = '\0';
    free(names);
    return out;
}

void harness_expect_listing(const char *dir, const char *want)
{
    char *got = harness_listing(dir);
    assert_string_equal(got, want);
    free(got);
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
        h->bytes += n;
    }
    return p;
}

static void *counted_realloc(void *ud, void *p, size_t n)
{
    harness_alloc *h = ud;
    void *q = may_allocate(h) ? realloc(p, n) : NULL;
    if (q && !p) h->live++;
    if (q) h->bytes += n;
    return q;
}

static void counted_free(void *ud, void *p)
{
    harness_alloc *h = ud;
    if (p) {
        h->frees++;
        h->live--;
    }
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

void harness_story_add(brief_story *st, const char *name, const char *text)
{
    assert_int_equal(brief_story_add_text(st, name, text, strlen(text)), BRIEF_OK);
}
