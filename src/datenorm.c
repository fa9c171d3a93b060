/*
 * datenorm.c - RFC 5322 / RFC 822 and ISO 8601 / W3C-DTF dates to one
 * ISO 8601 form (datenorm.h).  A small recursive-descent reader over
 * [s, s+len): every read checks the end first, so any bytes are safe.
 *
 * References: RFC 5322 section 3.3 (with the obsolete forms of 4.3:
 * two- and three-digit years, zone names); W3C "Date and Time Formats"
 * (the ISO 8601 profile RSS 1.0's dc:date and Atom use, RFC 3339).
 */
#include "datenorm.h"

#include <stdio.h>
#include <string.h>

typedef struct cur {
    const char *p, *e;
} cur;

typedef struct when {
    int year, month, day;      /* month, day 0 when not given */
    int has_time, hour, min, sec;
    int zone;                  /* 0: none, 1: Z, 2: offset */
    int off_min;               /* signed offset in minutes */
} when;

static int at_end(const cur *c) { return c->p >= c->e; }
static int peek(const cur *c) { return at_end(c) ? -1 : (unsigned char)*c->p; }
static int is_digit(int ch) { return ch >= '0' && ch <= '9'; }
static int is_alpha(int ch) { return (ch | 32) >= 'a' && (ch | 32) <= 'z'; }
static int is_space(int ch)
{
    return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n';
}

static void skip_space(cur *c)
{
    while (is_space(peek(c))) c->p++;
}

/* Exactly n digits (n <= 4); -1 when not there. */
static int digits(cur *c, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        int ch = peek(c);
        if (!is_digit(ch)) return -1;
        v = v * 10 + (ch - '0');
        c->p++;
    }
    return v;
}

/* 1 to max digits; *n receives how many. */
static int some_digits(cur *c, int max, int *n)
{
    int v = 0;
    *n = 0;
    while (*n < max && is_digit(peek(c))) {
        v = v * 10 + (*c->p - '0');
        c->p++;
        (*n)++;
    }
    return *n ? v : -1;
}

static int accept(cur *c, char ch)
{
    if (peek(c) != (unsigned char)ch) return 0;
    c->p++;
    return 1;
}

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int month_days(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

static int valid(const when *w)
{
    if (w->year < 1000 || w->year > 9999) return 0;
    if (w->month && (w->month < 1 || w->month > 12)) return 0;
    if (w->day && (!w->month || w->day < 1 || w->day > month_days(w->year, w->month)))
        return 0;
    if (w->has_time && (!w->day || w->hour > 23 || w->min > 59 || w->sec > 60)) return 0;
    if (w->zone == 2 && (w->off_min <= -24 * 60 || w->off_min >= 24 * 60)) return 0;
    return 1;
}

/* hh:mm[:ss] into w; 0 when malformed. */
static int read_time(cur *c, when *w, int fraction)
{
    int n;
    w->hour = some_digits(c, 2, &n);
    if (w->hour < 0 || !accept(c, ':')) return 0;
    if ((w->min = digits(c, 2)) < 0) return 0;
    w->sec = 0;
    if (accept(c, ':') && (w->sec = digits(c, 2)) < 0) return 0;
    if (fraction && (peek(c) == '.' || peek(c) == ',')) {
        c->p++;
        if (!is_digit(peek(c))) return 0;
        while (is_digit(peek(c))) c->p++;
    }
    w->has_time = 1;
    return 1;
}

/* +hhmm, -hhmm, and (iso) +hh:mm, +hh; 0 when malformed. */
static int read_offset(cur *c, when *w, int iso)
{
    int sign = *c->p == '-' ? -1 : 1;
    c->p++;
    int h = digits(c, 2), m = 0;
    if (h < 0) return 0;
    if (iso && accept(c, ':')) {
        if ((m = digits(c, 2)) < 0) return 0;
    } else if (is_digit(peek(c))) {
        if ((m = digits(c, 2)) < 0) return 0;
    } else if (!iso) {
        return 0;
    }
    if (m > 59) return 0;
    w->off_min = sign * (h * 60 + m);
    /* RFC 5322: -0000 means the local zone is not known. */
    w->zone = (sign < 0 && h == 0 && m == 0 && !iso) ? 0 : 2;
    return 1;
}

static int read_iso(cur *c, when *w)
{
    if ((w->year = digits(c, 4)) < 0) return 0;
    if (!accept(c, '-')) return 1;
    if ((w->month = digits(c, 2)) < 0) return 0;
    if (!accept(c, '-')) return 1;
    if ((w->day = digits(c, 2)) < 0) return 0;
    int ch = peek(c);
    if (ch != 'T' && ch != 't' && ch != ' ') return 1;
    c->p++;
    if (!read_time(c, w, 1)) return 0;
    skip_space(c);
    ch = peek(c);
    if (ch == 'Z' || ch == 'z') {
        c->p++;
        w->zone = 1;
    } else if (ch == '+' || ch == '-') {
        if (!read_offset(c, w, 1)) return 0;
    }
    return 1;
}

/* A month name: its three-letter form, or the whole English name. */
static int read_month(cur *c)
{
    static const char *const names[12] = {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"};
    const char *start = c->p;
    while (is_alpha(peek(c))) c->p++;
    size_t n = (size_t)(c->p - start);
    if (n < 3) return 0;
    for (int m = 0; m < 12; m++) {
        size_t full = strlen(names[m]);
        if (n != 3 && n != full && !(m == 8 && n == 4)) continue; /* "Sept" */
        if (n > full) continue;
        size_t i = 0;
        while (i < n && (start[i] | 32) == names[m][i]) i++;
        if (i == n) return m + 1;
    }
    return 0;
}

/* RFC 822 zone names (section 5) and RFC 5322's obsolete ones. */
static int read_zone_name(cur *c, when *w)
{
    static const struct {
        const char *name;
        int off;
    } zones[] = {{"UT", 0},          {"UTC", 0},         {"GMT", 0},
                 {"Z", 0},           {"EST", -5 * 60},   {"EDT", -4 * 60},
                 {"CST", -6 * 60},   {"CDT", -5 * 60},   {"MST", -7 * 60},
                 {"MDT", -6 * 60},   {"PST", -8 * 60},   {"PDT", -7 * 60}};
    const char *start = c->p;
    while (is_alpha(peek(c))) c->p++;
    size_t n = (size_t)(c->p - start);
    for (size_t z = 0; z < sizeof zones / sizeof zones[0]; z++) {
        if (strlen(zones[z].name) != n) continue;
        size_t i = 0;
        while (i < n && (start[i] & ~32) == zones[z].name[i]) i++;
        if (i < n) continue;
        w->zone = zones[z].off == 0 ? 1 : 2;
        w->off_min = zones[z].off;
        return 1;
    }
    /* Military letters and other names: RFC 5322 reads them as -0000. */
    return n > 0 && n <= 5;
}

/* A comment, as RFC 5322 allows after the zone: "(CET)". */
static void skip_comment(cur *c)
{
    if (peek(c) != '(') return;
    const char *close = memchr(c->p, ')', (size_t)(c->e - c->p));
    if (close) c->p = close + 1;
}

static int read_rfc822(cur *c, when *w)
{
    if (is_alpha(peek(c))) { /* day of week: three letters or the name */
        while (is_alpha(peek(c))) c->p++;
        skip_space(c);
        accept(c, ',');
        skip_space(c);
    }
    int n;
    w->day = some_digits(c, 2, &n);
    if (w->day < 0) return 0;
    skip_space(c);
    accept(c, '-'); /* "03-Nov-2026", an old Usenet form */
    if (!(w->month = read_month(c))) return 0;
    skip_space(c);
    accept(c, '-');
    w->year = some_digits(c, 4, &n);
    if (w->year < 0 || n == 1) return 0;
    if (n == 2) w->year += w->year < 50 ? 2000 : 1900; /* RFC 5322 4.3 */
    else if (n == 3) w->year += 1900;
    skip_space(c);
    if (at_end(c) || !is_digit(peek(c))) return at_end(c) || peek(c) == '(';
    if (!read_time(c, w, 0)) return 0;
    skip_space(c);
    int ch = peek(c);
    if (ch == '+' || ch == '-') return read_offset(c, w, 0);
    if (is_alpha(ch)) return read_zone_name(c, w);
    return 1;
}

int datenorm(const char *s, size_t len, char out[DATENORM_MAX])
{
    out[0] = '\0';
    if (!s) return 0;
    cur c = {s, s + len};
    skip_space(&c);
    when w;
    memset(&w, 0, sizeof w);
    /* ISO starts with four digits and a dash or ends there; RFC 822 with a
     * weekday or a one- or two-digit day. */
    int iso = c.e - c.p >= 4 && is_digit(c.p[0]) && is_digit(c.p[1]) && is_digit(c.p[2]) &&
              is_digit(c.p[3]);
    if (!(iso ? read_iso(&c, &w) : read_rfc822(&c, &w))) return 0;
    skip_space(&c);
    skip_comment(&c);
    skip_space(&c);
    if (!at_end(&c) || !valid(&w)) return 0;

    int n;
    if (!w.month) n = snprintf(out, DATENORM_MAX, "%04d", w.year);
    else if (!w.day) n = snprintf(out, DATENORM_MAX, "%04d-%02d", w.year, w.month);
    else if (!w.has_time)
        n = snprintf(out, DATENORM_MAX, "%04d-%02d-%02d", w.year, w.month, w.day);
    else
        n = snprintf(out, DATENORM_MAX, "%04d-%02d-%02dT%02d:%02d:%02d", w.year, w.month,
                     w.day, w.hour, w.min, w.sec);
    if (n < 0 || n >= DATENORM_MAX) { /* cannot happen: fields are bounded */
        out[0] = '\0';
        return 0;
    }
    if (w.has_time && w.zone == 1) {
        memcpy(out + n, "Z", 2);
    } else if (w.has_time && w.zone == 2) {
        int a = w.off_min < 0 ? -w.off_min : w.off_min;
        snprintf(out + n, (size_t)(DATENORM_MAX - n), "%c%02d:%02d",
                 w.off_min < 0 ? '-' : '+', a / 60, a % 60);
    }
    return 1;
}

/* ---- dates in running text ---------------------------------------------- */

/* Month names of the languages datenorm_find reads, lower case. */
static const char *const month_names[][12] = {
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"},
    {"janvier", "f\xC3\xA9vrier", "mars", "avril", "mai", "juin", "juillet", "ao\xC3\xBBt",
     "septembre", "octobre", "novembre", "d\xC3\xA9""cembre"},
    {"januar", "februar", "m\xC3\xA4rz", "april", "mai", "juni", "juli", "august", "september",
     "oktober", "november", "dezember"},
    {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
     "octubre", "noviembre", "diciembre"},
    {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
     "settembre", "ottobre", "novembre", "dicembre"},
    {"janeiro", "fevereiro", "mar\xC3\xA7o", "abril", "maio", "junho", "julho", "agosto",
     "setembro", "outubro", "novembro", "dezembro"},
    {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
     "oktober", "november", "december"},
};

enum { TK_NUM, TK_MONTH, TK_WORD, TK_PUNCT };

typedef struct token {
    int kind;
    int value;      /* number, month 1-12, or the punctuation byte */
    int ndigits;
    size_t at;      /* offset in the text */
    char word[12];  /* TK_WORD: the word, lower case ASCII, cut */
} token;

static int word_byte(unsigned char c) { return is_alpha(c) || c >= 0x80; }

/* The month a word names: a whole name, an English three-letter form or
 * "sept", or (dotted) the start of a name, three letters or more. */
static int month_word(const char *w, size_t n, int dotted)
{
    char low[24];
    if (n < 3 || n >= sizeof low) return 0;
    for (size_t i = 0; i < n; i++) low[i] = (char)(is_alpha(w[i]) ? (w[i] | 32) : w[i]);
    for (size_t l = 0; l < sizeof month_names / sizeof month_names[0]; l++)
        for (int m = 0; m < 12; m++) {
            const char *name = month_names[l][m];
            size_t full = strlen(name);
            if (n > full || memcmp(low, name, n) != 0) continue;
            if (n == full || (l == 0 && (n == 3 || (m == 8 && n == 4))) || dotted) return m + 1;
        }
    return 0;
}

/* The words that may stand between a day, its month and its year. */
static int filler(const token *t)
{
    static const char *const w[] = {"of", "de", "del", "the", "st", "nd", "rd", "th", "er"};
    if (t->kind != TK_WORD) return 0;
    for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
        if (strcmp(t->word, w[i]) == 0) return 1;
    return 0;
}

static size_t tokenize(const char *s, size_t len, token *t, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < len && n < cap;) {
        unsigned char c = (unsigned char)s[i];
        if (is_space(c)) {
            i++;
            continue;
        }
        token *k = &t[n];
        memset(k, 0, sizeof *k);
        k->at = i;
        if (is_digit(c)) {
            int v = 0, nd = 0;
            while (i < len && is_digit((unsigned char)s[i])) {
                if (nd < 5) v = v * 10 + (s[i] - '0');
                nd++, i++;
            }
            k->kind = TK_NUM, k->value = v, k->ndigits = nd;
            /* "5th", "1st", "1er": an ordinal's letters belong to the number. */
            size_t e = i;
            while (e < len && is_alpha((unsigned char)s[e])) e++;
            if (e - i == 2 && strchr("snrt", s[i] | 32) && strchr("tdhr", s[i + 1] | 32)) i = e;
        } else if (word_byte(c)) {
            size_t b = i;
            while (i < len && word_byte((unsigned char)s[i])) i++;
            int dotted = i < len && s[i] == '.';
            k->value = month_word(s + b, i - b, dotted);
            k->kind = k->value ? TK_MONTH : TK_WORD;
            size_t w = i - b < sizeof k->word ? i - b : sizeof k->word - 1;
            for (size_t j = 0; j < w; j++)
                k->word[j] = (char)(is_alpha(s[b + j]) ? (s[b + j] | 32) : s[b + j]);
        } else {
            k->kind = TK_PUNCT, k->value = c;
            i++;
        }
        n++;
    }
    return n;
}

static int is_punct(const token *t, const char *set)
{
    return t->kind == TK_PUNCT && t->value && strchr(set, t->value) != NULL;
}

static int day_ok(int y, int m, int d)
{
    return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= month_days(y, m);
}

/* Skips punctuation from set and filler words; the next token's index. */
static size_t skip_glue(const token *t, size_t i, size_t n, const char *set)
{
    while (i < n && (is_punct(&t[i], set) || filler(&t[i]))) i++;
    return i;
}

/* A date starting at token i: 1 with y, m, d set. */
static int date_at(const token *t, size_t i, size_t n, int *y, int *m, int *d)
{
    const token *a = &t[i];
    /* Numbers: y-m-d, d.m.y, and d/m/y or m/d/y when a number says which. */
    if (a->kind == TK_NUM && i + 4 < n && t[i + 1].kind == TK_PUNCT &&
        t[i + 3].kind == TK_PUNCT && t[i + 3].value == t[i + 1].value &&
        t[i + 2].kind == TK_NUM && t[i + 4].kind == TK_NUM && is_punct(&t[i + 1], "-/.")) {
        int sep = t[i + 1].value, b = t[i + 2].value, c = t[i + 4].value;
        if (a->ndigits == 4 && t[i + 2].ndigits <= 2 && t[i + 4].ndigits <= 2) {
            *y = a->value, *m = b, *d = c;
            return day_ok(*y, *m, *d);
        }
        if (a->ndigits <= 2 && t[i + 2].ndigits <= 2 && t[i + 4].ndigits == 4) {
            *y = c;
            if (sep == '.' || a->value > 12) *d = a->value, *m = b;
            else if (b > 12) *m = a->value, *d = b;
            else return 0;
            return day_ok(*y, *m, *d);
        }
        return 0;
    }
    /* Month first: "March 5, 2024", "Mar. 5th 2024". */
    if (a->kind == TK_MONTH) {
        size_t k = skip_glue(t, i + 1, n, ".");
        if (k >= n || t[k].kind != TK_NUM || t[k].ndigits > 2) return 0;
        int day = t[k].value;
        k = skip_glue(t, k + 1, n, ",.");
        if (k >= n || t[k].kind != TK_NUM || t[k].ndigits != 4) return 0;
        *y = t[k].value, *m = a->value, *d = day;
        return day_ok(*y, *m, *d);
    }
    /* Day first: "5 March 2024", "5. März 2024", "18th of Dec, 2025",
     * "15 de diciembre de 2025". */
    if (a->kind == TK_NUM && a->ndigits <= 2) {
        size_t k = skip_glue(t, i + 1, n, ".");
        if (k >= n || t[k].kind != TK_MONTH) return 0;
        int mo = t[k].value;
        k = skip_glue(t, k + 1, n, ",.");
        if (k >= n || t[k].kind != TK_NUM || t[k].ndigits != 4) return 0;
        *y = t[k].value, *m = mo, *d = a->value;
        return day_ok(*y, *m, *d);
    }
    return 0;
}

int datenorm_find(const char *s, size_t len, char out[DATENORM_MAX], size_t *at)
{
    out[0] = '\0';
    if (!s) return 0;
    token t[48];
    size_t n = tokenize(s, len, t, sizeof t / sizeof t[0]);
    for (size_t i = 0; i < n; i++) {
        int y, m, d;
        if (!date_at(t, i, n, &y, &m, &d)) continue;
        snprintf(out, DATENORM_MAX, "%04d-%02d-%02d", y, m, d);
        if (at) *at = t[i].at;
        return 1;
    }
    return 0;
}
