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
