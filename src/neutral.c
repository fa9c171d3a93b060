/* neutral.c - loaded wording, first person and claims; see neutral.h. */
#include "neutral.h"

#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "data.h"
#include "strmap.h"
#include "text.h"

#define MAX_WORD 32

/* A prefix entry ("slam*"): a handful per language, tried in turn. */
typedef struct prefix {
    const char *word; /* in the arena */
    size_t len;
    unsigned flag;
} prefix;

struct neutral_lang {
    const brief_allocator *a;
    arena *ar;      /* everything below */
    strmap words;   /* whole words -> NEUTRAL_* flags */
    prefix *pre;
    size_t npre;
};

/* One line of the list, `flag word` or `flag prefix*`; others are
 * skipped.  BRIEF_ENOMEM is the only error. */
static brief_status add_line(neutral_lang *nl, const char *line, size_t n)
{
    const char *sp = memchr(line, ' ', n);
    if (!sp) return BRIEF_OK;
    size_t kl = (size_t)(sp - line);
    unsigned flag = kl == 6 && memcmp(line, "loaded", 6) == 0  ? NEUTRAL_LOADED
                    : kl == 5 && memcmp(line, "first", 5) == 0 ? NEUTRAL_FIRST
                    : kl == 5 && memcmp(line, "claim", 5) == 0 ? NEUTRAL_CLAIM
                                                               : 0;
    const char *w = sp + 1;
    size_t wl = n - kl - 1;
    if (!flag || wl == 0 || wl >= MAX_WORD) return BRIEF_OK;
    if (w[wl - 1] == '*') {
        prefix *p = &nl->pre[nl->npre];
        if (!(p->word = arena_strndup(nl->ar, w, wl - 1))) return BRIEF_ENOMEM;
        p->len = wl - 1;
        p->flag = flag;
        nl->npre++;
        return BRIEF_OK;
    }
    uint32_t i = strmap_put(&nl->words, w, wl, NULL);
    if (i == STRMAP_NONE) return BRIEF_ENOMEM;
    *strmap_value(&nl->words, i) |= flag;
    return BRIEF_OK;
}

brief_status neutral_lang_new(const brief_allocator *a, const char *language,
                              neutral_lang **out)
{
    *out = NULL;
    neutral_lang *nl = mem_malloc(a, sizeof *nl);
    if (!nl) return BRIEF_ENOMEM;
    memset(nl, 0, sizeof *nl);
    nl->a = a;
    nl->ar = arena_new(a);
    if (!nl->ar) {
        neutral_lang_free(nl);
        return BRIEF_ENOMEM;
    }
    strmap_init_arena(&nl->words, nl->ar, nl->ar);
    size_t len;
    const char *bytes = data_find_lang("neutral", language, &len);
    data_lines it;
    const char *line;
    size_t n, count = 0;
    data_lines_init(&it, bytes, len);
    while (data_lines_next(&it, &line, &n)) count++;
    nl->pre = arena_alloc(nl->ar, (count ? count : 1) * sizeof *nl->pre);
    brief_status st = nl->pre && strmap_reserve(&nl->words, count) ? BRIEF_OK : BRIEF_ENOMEM;
    data_lines_init(&it, bytes, len);
    while (st == BRIEF_OK && data_lines_next(&it, &line, &n)) st = add_line(nl, line, n);
    if (st != BRIEF_OK) {
        neutral_lang_free(nl);
        return st;
    }
    *out = nl;
    return BRIEF_OK;
}

void neutral_lang_free(neutral_lang *nl)
{
    if (!nl) return;
    arena_free(nl->ar);
    mem_free(nl->a, nl);
}

static int word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'' || c == '-' ||
           c >= 0x80;
}

static unsigned lookup(const neutral_lang *nl, const char *w, size_t n)
{
    char low[MAX_WORD];
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (m + 1 >= MAX_WORD) return 0;
        unsigned char c = (unsigned char)w[i];
        /* A curly apostrophe (U+2019) matches the list's straight one. */
        if (c == 0xE2 && i + 2 < n && (unsigned char)w[i + 1] == 0x80 &&
            (unsigned char)w[i + 2] == 0x99) {
            low[m++] = '\'';
            i += 2;
            continue;
        }
        low[m++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    uint32_t i = strmap_find(&nl->words, low, m);
    unsigned flags = i == STRMAP_NONE ? 0 : strmap_get(&nl->words, i);
    for (size_t k = 0; k < nl->npre; k++) {
        const prefix *p = &nl->pre[k];
        if (m >= p->len && memcmp(low, p->word, p->len) == 0) flags |= p->flag;
    }
    return flags;
}

unsigned neutral_check(const neutral_lang *nl, const char *s, size_t len)
{
    if (!nl || (!strmap_count(&nl->words) && !nl->npre)) return 0;
    unsigned flags = 0;
    int quoted = 0;
    for (size_t i = 0; i < len;) {
        const unsigned char *u = (const unsigned char *)s + i;
        /* Quotation marks toggle; an apostrophe inside a word does not. */
        size_t mark = text_quote_mark(s + i, len - i);
        if (mark) {
            quoted = !quoted;
            i += mark;
            continue;
        }
        if (!word_byte(u[0]) || u[0] == '\'' || u[0] == '-') {
            i++;
            continue;
        }
        size_t j = i;
        while (j < len && word_byte((unsigned char)s[j]) && !text_quote_mark(s + j, len - j))
            j++;
        if (!quoted) flags |= lookup(nl, s + i, j - i);
        i = j;
    }
    return flags;
}
