/* neutral.c - loaded wording, first person and claims; see neutral.h. */
#include "neutral.h"

#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "data.h"
#include "text.h"

#define MAX_WORD 32

typedef struct entry {
    char word[MAX_WORD];
    size_t len;
    int prefix;     /* "slam*" */
    unsigned flag;
} entry;

struct neutral_lang {
    const brief_allocator *a;
    entry *e;
    size_t n;
};

brief_status neutral_lang_new(const brief_allocator *a, const char *language,
                              neutral_lang **out)
{
    *out = NULL;
    neutral_lang *nl = mem_malloc(a, sizeof *nl);
    if (!nl) return BRIEF_ENOMEM;
    memset(nl, 0, sizeof *nl);
    nl->a = a;
    size_t len;
    const char *bytes = data_find_lang("neutral", language, &len);
    if (bytes) {
        data_lines it;
        const char *line;
        size_t n, count = 0;
        data_lines_init(&it, bytes, len);
        while (data_lines_next(&it, &line, &n)) count++;
        nl->e = mem_malloc(a, (count ? count : 1) * sizeof *nl->e);
        if (!nl->e) {
            neutral_lang_free(nl);
            return BRIEF_ENOMEM;
        }
        data_lines_init(&it, bytes, len);
        while (data_lines_next(&it, &line, &n)) {
            const char *sp = memchr(line, ' ', n);
            if (!sp) continue;
            size_t kl = (size_t)(sp - line);
            unsigned flag = kl == 6 && memcmp(line, "loaded", 6) == 0  ? NEUTRAL_LOADED
                            : kl == 5 && memcmp(line, "first", 5) == 0 ? NEUTRAL_FIRST
                            : kl == 5 && memcmp(line, "claim", 5) == 0 ? NEUTRAL_CLAIM
                                                                       : 0;
            const char *w = sp + 1;
            size_t wl = n - kl - 1;
            if (!flag || wl == 0 || wl >= MAX_WORD) continue;
            entry *e = &nl->e[nl->n++];
            e->prefix = w[wl - 1] == '*';
            if (e->prefix) wl--;
            memcpy(e->word, w, wl);
            e->word[wl] = '\0';
            e->len = wl;
            e->flag = flag;
        }
    }
    *out = nl;
    return BRIEF_OK;
}

void neutral_lang_free(neutral_lang *nl)
{
    if (!nl) return;
    mem_free(nl->a, nl->e);
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
    n = m;
    unsigned flags = 0;
    for (size_t k = 0; k < nl->n; k++) {
        const entry *e = &nl->e[k];
        if (e->prefix ? (n >= e->len && memcmp(low, e->word, e->len) == 0)
                      : (n == e->len && memcmp(low, e->word, n) == 0))
            flags |= e->flag;
    }
    return flags;
}

unsigned neutral_check(const neutral_lang *nl, const char *s, size_t len)
{
    if (!nl || !nl->n) return 0;
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
