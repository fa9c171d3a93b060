/*
 * counts.c - running figures: the things a sentence gives a figure for,
 * read from the words around a number; see counts.h.
 */
#include "counts.h"

#include <string.h>

#include <utf8proc.h>

#include "arena.h"
#include "data.h"
#include "text.h"

/* A figure counts a thing when the two stand in one clause at most this
 * many words apart: "killed at least 74 people" (3), "65 dead" (1). */
#define FIGURE_REACH 5
/* The things one language's list may name (bits of a mask). */
#define MAX_COUNTED 32

/* A word of data/counts/<lang>.txt: lowercased, a prefix when it ended in
 * '*', naming counted thing `thing` (0 to MAX_COUNTED - 1) or, -1, a figure. */
typedef struct count_word {
    const char *w;
    size_t len;
    int prefix;
    int thing;
} count_word;

struct counts_lang {
    const brief_allocator *a;
    arena *ar;     /* the words below */
    count_word *w;
    size_t n;
};

/* Longer words are no list word: they are not folded or compared. */
#define MAX_COUNT_WORD 64

/* s[0..len) in lower case in buf (MAX_COUNT_WORD bytes); its length, or 0
 * when it does not fit.  ASCII is folded byte by byte, the rest by code
 * point. */
static size_t fold_word(const char *s, size_t len, char *buf)
{
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (o >= MAX_COUNT_WORD) return 0;
            buf[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            i++;
            continue;
        }
        int32_t cp;
        i += text_decode(s + i, len - i, &cp);
        if (o + 4 > MAX_COUNT_WORD) return 0;
        o += (size_t)utf8proc_encode_char(utf8proc_tolower(cp), (utf8proc_uint8_t *)buf + o);
    }
    return o;
}

/* 1 when the folded word s[0..len) is the list word w, or begins with it
 * when w is a prefix. */
static int is_count_word(const char *s, size_t len, const count_word *w)
{
    return (len == w->len || (w->prefix && len > w->len)) && memcmp(s, w->w, w->len) == 0;
}

/* The words of data/counts/<language>.txt into cl (none when it has no
 * file). */
static brief_status load_words(counts_lang *cl, const char *language)
{
    size_t len;
    const char *bytes = language ? data_find_lang("counts", language, &len) : NULL;
    if (!bytes) return BRIEF_OK;
    size_t cap = 0;
    for (size_t i = 0; i < len; i++) cap += bytes[i] == ' ' || bytes[i] == '\n';
    cl->w = arena_alloc(cl->ar, (cap + 1) * sizeof *cl->w);
    if (!cl->w) return BRIEF_ENOMEM;
    data_lines it;
    const char *line;
    size_t n;
    int things = 0;
    data_lines_init(&it, bytes, len);
    while (data_lines_next(&it, &line, &n)) {
        int thing = -1;
        if (line[0] == '=') {
            line++;
            n--;
        } else if (things < MAX_COUNTED) {
            thing = things++;
        } else {
            continue;
        }
        for (size_t i = 0; i < n;) {
            while (i < n && line[i] == ' ') i++;
            size_t start = i;
            while (i < n && line[i] != ' ') i++;
            if (i == start || cl->n > cap) break;
            int prefix = line[i - 1] == '*';
            if (i - start == (size_t)prefix) continue; /* a lone '*' */
            char folded[MAX_COUNT_WORD];
            size_t fl = fold_word(line + start, i - start - (size_t)prefix, folded);
            if (!fl) continue;
            count_word *w = &cl->w[cl->n];
            if (!(w->w = arena_strndup(cl->ar, folded, fl))) return BRIEF_ENOMEM;
            w->prefix = prefix;
            w->len = fl;
            w->thing = thing;
            cl->n++;
        }
    }
    return BRIEF_OK;
}

brief_status counts_lang_new(const brief_allocator *a, const char *language, counts_lang **out)
{
    *out = NULL;
    counts_lang *cl = mem_malloc(a, sizeof *cl);
    if (!cl) return BRIEF_ENOMEM;
    memset(cl, 0, sizeof *cl);
    cl->a = a;
    cl->ar = arena_new(a);
    brief_status st = cl->ar ? load_words(cl, language) : BRIEF_ENOMEM;
    if (st != BRIEF_OK) {
        counts_lang_free(cl);
        return st;
    }
    *out = cl;
    return BRIEF_OK;
}

void counts_lang_free(counts_lang *cl)
{
    if (!cl) return;
    arena_free(cl->ar);
    mem_free(cl->a, cl);
}

static int digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* The bytes of the letter, digit or mark at s[0..len), 0 for anything
 * else; *dash set when it is a dash, which sets off a clause as a comma
 * does ("the storm — which killed 60 —"). */
static size_t word_char(const char *s, size_t len, int *dash)
{
    unsigned char c = (unsigned char)s[0];
    *dash = 0;
    if (c < 0x80) return digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    int32_t cp;
    size_t n = text_decode(s, len, &cp);
    utf8proc_category_t cat = utf8proc_category(cp);
    *dash = cat == UTF8PROC_CATEGORY_PD;
    return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO) ? n : 0;
}

/* A number in digits ("74", "10,000", "1.7"), not a year ("in 1978"):
 * four bare digits from 1800 to 2199 read as a year. */
static int figure_in_digits(const char *s, size_t len)
{
    size_t digits = 0;
    for (size_t i = 0; i < len; i++) {
        if (!digit((unsigned char)s[i]) && s[i] != ',' && s[i] != '.') return 0;
        digits += (size_t)digit((unsigned char)s[i]);
    }
    if (digits == 4 && len == 4 &&
        ((s[0] == '1' && (s[1] == '8' || s[1] == '9')) || (s[0] == '2' && s[1] <= '1')))
        return 0;
    return digits > 0;
}

uint32_t counts_things(const counts_lang *cw, const char *s, size_t len)
{
    if (!cw || !cw->n) return 0;
    uint32_t mask = 0;
    /* The word numbers (from 1) of the last figure and of the last word
     * of each thing in the current clause; 0: none. */
    size_t figure_at = 0, thing_at[MAX_COUNTED] = {0}, k = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        int dash;
        size_t cl = word_char(s + i, len - i, &dash);
        if (!cl) {
            /* A hyphen joins two words; spaced or doubled ("--") it is a
             * dash. */
            if (c == '-') {
                unsigned char before = i > 0 ? (unsigned char)s[i - 1] : ' ';
                int next_dash;
                dash = !(before >= 0x80 || word_char(s + i - 1, 1, &next_dash)) ||
                       i + 1 >= len || !word_char(s + i + 1, len - i - 1, &next_dash);
            }
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || dash) {
                figure_at = 0;
                memset(thing_at, 0, sizeof thing_at);
            }
            i += c < 0x80 ? 1 : text_decode(s + i, len - i, &(int32_t){0});
            continue;
        }
        size_t start = i;
        /* A word runs on through an apostrophe between letters and a
         * comma or point between digits ("10,000"); a hyphen parts words,
         * so "thirty-one" holds "thirty". */
        while (i < len) {
            unsigned char d = (unsigned char)s[i];
            if ((cl = word_char(s + i, len - i, &dash)) != 0) i += cl;
            else if ((d == ',' || d == '.') && i + 1 < len && digit((unsigned char)s[i + 1]) &&
                     digit((unsigned char)s[i - 1]))
                i++;
            else if (d == '\'' && i + 1 < len && word_char(s + i + 1, len - i - 1, &dash))
                i++;
            else
                break;
        }
        size_t wl = i - start;
        k++;
        int figure = figure_in_digits(s + start, wl);
        uint32_t things = 0;
        char folded[MAX_COUNT_WORD];
        size_t fl = figure ? 0 : fold_word(s + start, wl, folded);
        for (size_t m = 0; fl && m < cw->n; m++)
            if (is_count_word(folded, fl, &cw->w[m])) {
                if (cw->w[m].thing < 0) figure = 1;
                else things |= (uint32_t)1 << cw->w[m].thing;
            }
        if (figure) {
            figure_at = k;
            for (int t = 0; t < MAX_COUNTED; t++)
                if (thing_at[t] && k - thing_at[t] <= FIGURE_REACH) mask |= (uint32_t)1 << t;
        }
        for (int t = 0; t < MAX_COUNTED; t++)
            if (things & ((uint32_t)1 << t)) {
                thing_at[t] = k;
                if (figure_at && k - figure_at <= FIGURE_REACH) mask |= (uint32_t)1 << t;
            }
    }
    return mask;
}
