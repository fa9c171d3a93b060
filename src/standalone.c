/* standalone.c - sentences that cannot stand alone; see standalone.h. */
#include "standalone.h"

#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "data.h"
#include "split.h"
#include "text.h"

#define MAX_ENTRIES 256
#define MAX_ENTRY 40

struct standalone_lang {
    const brief_allocator *a;
    size_t n;
    char entry[MAX_ENTRIES][MAX_ENTRY];
    size_t len[MAX_ENTRIES];
};

brief_status standalone_lang_new(const brief_allocator *a, const char *language,
                                 standalone_lang **out)
{
    *out = NULL;
    standalone_lang *sl = mem_malloc(a, sizeof *sl);
    if (!sl) return BRIEF_ENOMEM;
    memset(sl, 0, sizeof *sl);
    sl->a = a;
    size_t len;
    const char *bytes = data_find_lang("standalone", language, &len);
    if (bytes) {
        data_lines it;
        const char *line;
        size_t n;
        data_lines_init(&it, bytes, len);
        while (data_lines_next(&it, &line, &n) && sl->n < MAX_ENTRIES) {
            if (n >= MAX_ENTRY) continue;
            memcpy(sl->entry[sl->n], line, n);
            sl->entry[sl->n][n] = '\0';
            sl->len[sl->n++] = n;
        }
    }
    *out = sl;
    return BRIEF_OK;
}

void standalone_lang_free(standalone_lang *sl)
{
    if (sl) mem_free(sl->a, sl);
}

static int ascii_lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int opens_with(const char *s, size_t len, const char *w, size_t wl)
{
    if (len < wl) return 0;
    for (size_t i = 0; i < wl; i++)
        if (ascii_lower((unsigned char)s[i]) != (unsigned char)w[i]) return 0;
    if (len == wl) return 1;
    unsigned char next = (unsigned char)s[wl];
    /* "It" must not match "Italy"; "it's" and "its" both count. */
    return !((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') ||
             (next >= '0' && next <= '9') || next >= 0x80);
}

/* Does one of the ',' entries (" however") stand in s set off by
 * punctuation: after a comma, and before a comma, semicolon, period or the
 * end ("The firm, however, said"; "..., however.")?  One pass over the
 * commas, each tried against the entries, where a search per entry read
 * the sentence once for each. */
static int set_off_any(const standalone_lang *sl, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (s[i] != ',') continue;
        for (size_t k = 0; k < sl->n; k++) {
            if (sl->entry[k][0] != ',') continue;
            const char *w = sl->entry[k] + 1;
            size_t wl = sl->len[k] - 1;
            if (i + 1 + wl > len || !opens_with(s + i + 1, len - i - 1, w, wl)) continue;
            size_t e = i + 1 + wl;
            if (e == len || s[e] == ',' || s[e] == ';' || s[e] == '.' || s[e] == '!') return 1;
        }
    }
    return 0;
}

double standalone_quote_share(const char *t, size_t len)
{
    size_t inside = 0;
    int open = 0;
    for (size_t i = 0; i < len;) {
        size_t mark = text_quote_mark(t + i, len - i);
        if (mark) open = !open;
        else if (open) inside++;
        i += mark ? mark : 1;
    }
    return len ? (double)inside / (double)len : 0;
}

/* Entries of the definite-description check (standalone_definite), not
 * openers: '=' a definite determiner, '<' a preposition that opens a
 * clause before one, '-' a word that ends a subject (a reporting verb). */
static int is_marked(char c) { return c == '=' || c == '<' || c == '-'; }

/* 1 when the word s[0..len) is listed with the mark. */
static int listed(const standalone_lang *sl, char mark, const char *s, size_t len)
{
    for (size_t k = 0; sl && k < sl->n; k++)
        if (sl->entry[k][0] == mark && sl->len[k] - 1 == len &&
            opens_with(s, len, sl->entry[k] + 1, len))
            return 1;
    return 0;
}

static int word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c >= 0x80 || c == '\'' || c == '-';
}

/* The next word at or after *i: its start and length, *i past it; 0 at a
 * punctuation mark or the end. */
static size_t next_word(const char *s, size_t len, size_t *i, size_t *start)
{
    while (*i < len && s[*i] == ' ') (*i)++;
    *start = *i;
    while (*i < len && word_byte((unsigned char)s[*i])) (*i)++;
    return *i - *start;
}

/* Words of a definite description looked at: "the cause of the fire". */
#define DEFINITE_WORDS 4

int standalone_definite(const standalone_lang *sl, const char *s, size_t len, size_t *np,
                        size_t *nplen)
{
    size_t i = 0, w, ws;
    while (i < len && !word_byte((unsigned char)s[i])) i++;
    w = next_word(s, len, &i, &ws);
    int clause = w && listed(sl, '<', s + ws, w);
    if (clause) w = next_word(s, len, &i, &ws);
    if (!w || !listed(sl, '=', s + ws, w)) return 0;
    size_t first = SIZE_MAX, last = 0;
    for (size_t k = 0; k < DEFINITE_WORDS; k++) {
        w = next_word(s, len, &i, &ws);
        if (!w || listed(sl, '-', s + ws, w)) break;
        unsigned char c = (unsigned char)s[ws];
        /* A capital or a figure names what is meant ("The February
         * meeting", "The 12 miners"): the reader needs nothing before. */
        if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80) return 0;
        if (first == SIZE_MAX) first = ws;
        last = ws + w;
    }
    if (first == SIZE_MAX) return 0;
    *np = first;
    *nplen = last - first;
    return clause ? STANDALONE_DEFINITE_CLAUSE : STANDALONE_DEFINITE_SUBJECT;
}

/* Tuned on DUC 2003 (standalone.h): 0.2 and 0.3 gave the same summaries,
 * 0.5 lost the gain. */
#define MAX_QUOTE_SHARE 0.3

standalone_reason standalone_check(const standalone_lang *sl, const char *s,
                                   size_t len, uint32_t flags, size_t words)
{
    if (flags & SPAN_IN_QUOTE) return STANDALONE_IN_QUOTE;
    if (flags & SPAN_QUESTION) return STANDALONE_QUESTION;
    /* Four words is the shortest news sentence that says something
     * ("Britain disagreed." is two and reads as a fragment out of context). */
    if ((flags & SPAN_UNFINISHED) || words < 4) return STANDALONE_FRAGMENT;
    /* Skip opening quote marks and brackets. */
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\'' || c == '`' || c == '(' || c == '[') { i++; continue; }
        if (len - i >= 3 && c == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0x9C || (unsigned char)s[i + 2] == 0x98)) {
            i += 3;
            continue;
        }
        if (len - i >= 2 && c == 0xC2 && (unsigned char)s[i + 1] == 0xAB) { i += 2; continue; }
        break;
    }
    for (size_t k = 0; sl && k < sl->n; k++)
        if (!is_marked(sl->entry[k][0]) && sl->entry[k][0] != ',' &&
            opens_with(s + i, len - i, sl->entry[k], sl->len[k]))
            return STANDALONE_DANGLING;
    if (sl && set_off_any(sl, s, len)) return STANDALONE_DANGLING;
    if (standalone_quote_share(s, len) >= MAX_QUOTE_SHARE) return STANDALONE_QUOTED;
    return STANDALONE_OK;
}
