/* quote_resolve.c - names, short names and pronouns in one document; see
 * quote_resolve.h. */
#include "quote_resolve.h"

#include <string.h>

#include "quote_words.h"
#include "text.h"

static char norole_[1];
#define NOROLE norole_

/* The title before a name ("UK Prime Minister"), NULL when the words
 * before it hold no role word ("Ukraine's"), NOROLE when out of memory. */
static char *role_text(const doc *d, const np *p)
{
    size_t ra = p->a + (size_t)p->det;
    int any = 0;
    for (size_t i = ra; i < p->na; i++) any |= (d->tk[i].cls & C_ROLE) != 0;
    if (!any) return NULL;
    char *r = words_text(d, ra, p->na, 1);
    if (!r) return NOROLE;
    if (!*r) return NULL;
    return r;
}

/* Capitals mark a title ("Russian President"), so they score above a
 * description ("Russian counterpart"). */
static size_t role_score(const char *r)
{
    size_t caps = 0;
    for (const char *s = r; *s; s++)
        if ((s == r || s[-1] == ' ') && *s >= 'A' && *s <= 'Z') caps++;
    return caps * 100 + strlen(r);
}

/* A new entry of the name table for name (np words long); its index + 1,
 * or 0 when out of memory. */
static uint32_t name_add(doc *d, char *name, size_t words)
{
    if (!ARENA_PUSH(d->ar, d->nm_name, d->nnm, d->nmcap)) return 0;
    size_t n2 = d->nnm - 1, n3 = n2, n4 = n2;
    if (!ARENA_PUSH(d->ar, d->nm_role, n2, d->rcap) ||
        !ARENA_PUSH(d->ar, d->nm_words, n3, d->wcap) ||
        !ARENA_PUSH(d->ar, d->nm_occ, n4, d->ocap)) {
        d->nnm--;
        return 0;
    }
    size_t e = d->nnm - 1;
    d->nm_name[e] = name;
    d->nm_role[e] = NULL;
    d->nm_words[e] = words;
    d->nm_occ[e] = 0;
    return (uint32_t)(e + 1);
}

/* Records the name part of a phrase in the document's table; returns its
 * entry index + 1, or 0 when out of memory. */
static uint32_t name_register(doc *d, const np *p)
{
    char *name = words_text(d, p->na, p->b, 0);
    if (!name) return 0;
    uint32_t *v = qmap_put(&d->byname, name, strlen(name));
    if (!v) return 0;
    if (!*v && !(*v = name_add(d, name, p->b - p->na))) return 0;
    size_t e = *v - 1;
    d->nm_occ[e]++;
    char *role = role_text(d, p);
    if (role == NOROLE) return 0;
    if (role && (!d->nm_role[e] || role_score(role) > role_score(d->nm_role[e])))
        d->nm_role[e] = role;
    const tok *last = &d->tk[p->b - 1];
    uint32_t *l = qmap_put(&d->bylast, d->t + last->s, last->e - last->s);
    if (!l) return 0;
    if (!*l || d->nm_words[*l - 1] < d->nm_words[e]) *l = *v;
    return *v;
}

brief_status collect_names(doc *d)
{
    for (size_t i = 0; i < d->nt;) {
        np p;
        if (!np_word(d, i) || !np_fwd(d, i, d->nt, &p)) {
            i++;
            continue;
        }
        if (p.na < p.b && !name_register(d, &p)) return BRIEF_ENOMEM;
        i = p.b;
    }
    return BRIEF_OK;
}

/* The entry a name resolves to: the fullest form with its last word. */
static size_t name_resolve(const doc *d, const np *p)
{
    char *name = words_text(d, p->na, p->b, 0);
    if (!name) return (size_t)-1;
    uint32_t *v = qmap_get(&d->byname, name, strlen(name));
    if (!v) return (size_t)-1;
    size_t e = *v - 1;
    const tok *last = &d->tk[p->b - 1];
    uint32_t *l = qmap_get(&d->bylast, d->t + last->s, last->e - last->s);
    if (l && *l - 1 != e) {
        size_t f = *l - 1;
        const char *full = d->nm_name[f];
        size_t fl = strlen(full), nl = strlen(name);
        /* "Starmer" -> "Keir Starmer"; "Keir Starmer" never -> "Tom Starmer" */
        if (d->nm_words[e] == 1 ||
            (fl > nl && full[fl - nl - 1] == ' ' && strcmp(full + fl - nl, name) == 0))
            e = f;
    }
    return e;
}

/* The speaker the name part of p names. */
static spk person_from_np(const doc *d, const np *p)
{
    spk s = {0};
    size_t e = name_resolve(d, p);
    if (e == (size_t)-1) return s;
    s.name = d->nm_name[e];
    s.role = role_text(d, p);
    if (s.role == NOROLE) return s;
    if (!s.role || (d->nm_role[e] && role_score(d->nm_role[e]) > role_score(s.role)))
        s.role = d->nm_role[e];
    s.person = d->nm_words[e] >= 2 || p->has_role || d->nm_role[e] != NULL;
    if (!s.person) s.role = NULL;
    s.found = 1;
    return s;
}

/* The role r ends in the word w[0..n) (any case): "Bundesinnenminister"
 * ends in "Minister". */
static int role_ends_in(const char *r, const char *w, size_t n)
{
    size_t rl = strlen(r);
    if (!n || rl < n || (rl > n && ((unsigned char)r[rl - n] & 0xC0) == 0x80)) return 0;
    size_t m = 0;
    while (m < n && w[m] != ' ') m++;
    if (m < n) return 0;
    char buf[WORD_MAX + 1];
    if (n > WORD_MAX) return 0;
    memcpy(buf, w, n);
    buf[n] = 0;
    return text_equal_nocase(r + rl - n, buf);
}

/* "„…“, sagte der Minister": where nouns are capitalised, a definite
 * article and one role word refer back to the person named last before
 * (within about three sentences) whose role ends in that word
 * ("Bundesgesundheitsminister X"); a party's role ("der SPD-Politiker",
 * an acronym before the hyphen) to the person named last.  none when
 * there is no such person. */
static spk role_antecedent(const doc *d, const np *p)
{
    spk none = {0};
    if (!quote_lang_trait(d->ql, TRAIT_NOUN_CAPS) || p->b != p->a + 2 || !p->det ||
        !(d->tk[p->a].cls & C_DEFINITE))
        return none;
    const tok *w = &d->tk[p->a + 1];
    const char *ws = d->t + w->s;
    size_t wn = w->e - w->s, caps = 0, h = 0;
    while (h < wn && ws[h] >= 'A' && ws[h] <= 'Z') h++, caps++;
    int party = caps >= 2 && h < wn && ws[h] == '-';
    /* "sagte der 61-Jährige": an age for a noun, a person named before */
    size_t dg = 0;
    while (dg < wn && ws[dg] >= '0' && ws[dg] <= '9') dg++;
    if (dg && dg + 2 < wn && ws[dg] == '-' && (ws[dg + 1] == 'J' || ws[dg + 1] == 'j')) party = 1;
    else if (!w->cap) return none;
    size_t lo = p->a > 80 ? p->a - 80 : 0;
    for (size_t j = p->a; j-- > lo;) {
        if (!name_word(d, j) || (j + 1 < d->nt && name_word(d, j + 1))) continue;
        np q;
        if (!np_back(d, j, lo, &q, 1) || q.na >= q.b) continue;
        spk s = person_from_np(d, &q);
        if (s.found != 1 || !s.person || !s.name) continue;
        if (party) return s;
        if (s.role && role_ends_in(s.role, ws, wn)) return s;
        j = q.a;
    }
    return none;
}

spk spk_from_np(const doc *d, const np *p)
{
    spk s = {0};
    if (p->na < p->b) return person_from_np(d, p);
    if (p->role_last || (p->b == p->a + 2 && p->det && d->tk[p->a + 1].e > d->tk[p->a + 1].s &&
                         d->t[d->tk[p->a + 1].s] >= '0' && d->t[d->tk[p->a + 1].s] <= '9')) {
        s = role_antecedent(d, p);
        if (s.found == 1) return s;
        s.found = -1; /* "a Kremlin spokesman": someone, but unnamed */
        return s;
    }
    /* an organisation: capitals other than a definite article, and an
     * organisation word or an article ("the Kremlin") */
    int capw = 0;
    for (size_t i = p->a; i < p->b; i++) capw |= d->tk[i].cap && !(d->tk[i].cls & C_DEFINITE);
    if (capw && (p->has_org || p->det)) {
        char *t = words_text(d, p->a, p->b, 0);
        if (!t) return s;
        /* "The Kremlin" opening a sentence is "the Kremlin" */
        if (p->det && (d->tk[p->a].cls & C_DEFINITE) && t[0] >= 'A' && t[0] <= 'Z')
            t[0] = (char)(t[0] - 'A' + 'a');
        s.name = t;
        s.org = 1;
        s.found = 1;
    }
    return s;
}

/* Person s is known by the other sex than the bits g. */
static int other_sex(const doc *d, const spk *s, uint32_t g)
{
    if (!g || !s->person || !s->name) return 0;
    const uint32_t *known = qmap_get(&d->sex, s->name, strlen(s->name));
    return known && !(*known & g);
}

/* `Lopez turned to Diaz. "Are you in?" she asked. "Yes," he said.`: the
 * person named last before token i (within about two sentences) who is
 * not known by the other sex than the pronoun's, g; none when the nearest
 * such name is no person's or there is none. */
static spk nearest_of_sex(const doc *d, size_t i, uint32_t g, const spk *skip)
{
    spk none = {0};
    size_t lo = i > 60 ? i - 60 : 0;
    for (size_t j = i; j-- > lo;) {
        if (!name_word(d, j) || (j + 1 < d->nt && name_word(d, j + 1))) continue;
        np p;
        if (!np_back(d, j, lo, &p, 1) || p.na >= p.b) continue;
        spk s = spk_from_np(d, &p);
        if (s.found != 1 || !s.person || !s.name) continue;
        if (skip->name && strcmp(s.name, skip->name) == 0) continue;
        return other_sex(d, &s, g) ? none : s;
    }
    return none;
}

spk nearest_person(const doc *d, size_t i)
{
    spk none = {0};
    return nearest_of_sex(d, i, 0, &none);
}

spk pronoun(const spk_ctx *c, size_t i)
{
    spk none = {0}, s;
    if (c->cur.found == 1 && c->cur.person) s = c->cur;
    else if (c->cur.found == -1) return none; /* "A spokesman ... But he said" */
    else if (c->last.found == 1) s = c->last;
    else return none;
    uint32_t g = c->d->tk[i].cls & (C_MALE | C_FEMALE);
    if (other_sex(c->d, &s, g)) return nearest_of_sex(c->d, i, g, &s);
    return s;
}

void note_sex(doc *d, const spk *s, uint32_t g)
{
    if (!g || !s->person || !s->name || s->found != 1) return;
    uint32_t *v = qmap_put(&d->sex, s->name, strlen(s->name));
    if (v) *v |= g;
    else d->oom = 1;
}

brief_status people_list(const doc *d, quotes_person **out, size_t *n)
{
    quotes_person *pp = arena_calloc(d->ar, d->nnm ? d->nnm : 1, sizeof *pp);
    unsigned *m = arena_calloc(d->ar, d->nnm ? d->nnm : 1, sizeof *m);
    if (!pp || !m) return BRIEF_ENOMEM;
    for (size_t e = 0; e < d->nnm; e++) {
        const char *sp = strrchr(d->nm_name[e], ' ');
        const char *lastw = sp ? sp + 1 : d->nm_name[e];
        uint32_t *l = qmap_get(&d->bylast, lastw, strlen(lastw));
        if (l) m[*l - 1] += d->nm_occ[e];
    }
    size_t k = 0;
    for (size_t e = 0; e < d->nnm; e++) {
        if (!m[e]) continue;
        pp[k].name = d->nm_name[e];
        pp[k].role = d->nm_role[e];
        pp[k].mentions = m[e];
        k++;
    }
    *out = pp;
    *n = k;
    return BRIEF_OK;
}
