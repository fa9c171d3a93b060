/* quote_words.c - pass 2 of the quotes stage: tokens and noun phrases;
 * see quote_words.h. */
#include "quote_words.h"

#include <string.h>

#include "quote_marks.h"
#include "text.h"

/* ---- tokens ----------------------------------------------------------- */

static int push_tok(doc *d, size_t s, size_t e, int kind, uint32_t sent, uint32_t para)
{
    if (!ARENA_PUSH(d->ar, d->tk, d->nt, d->tcap)) return 0;
    tok *k = &d->tk[d->nt - 1];
    memset(k, 0, sizeof *k);
    k->s = s;
    k->e = e;
    k->kind = (uint8_t)kind;
    k->sent = sent;
    k->para = para;
    k->q = -1;
    return 1;
}

static int is_joiner(int32_t c)
{
    return c == '.' || c == '\'' || c == RSQ || c == '-' || c == 0x2010 || c == 0x2011;
}

/* The tokenizer walking the sentences. */
typedef struct tkz {
    doc *d;
    const qrec *q;
    size_t nq, qi;    /* the next quote that may start a token */
    uint32_t sent, para;
    int first;        /* no token yet in the sentence */
    int after_quote;  /* the sentence starts inside a quote already read */
} tkz;

/* End of the word whose first code point is t[s..s+l): letters and
 * digits, joined by a period, apostrophe or hyphen between two of them
 * ("U.S", "isn't"); *has_dot when a period joined. */
static size_t word_end(const char *t, size_t s, size_t l, size_t e, int *has_dot)
{
    size_t p = s + l;
    while (p < e) {
        size_t l2;
        int32_t c2 = cp_at(t, p, e, &l2);
        if (is_alnum_cp(c2)) {
            p += l2;
            continue;
        }
        size_t l3;
        int32_t c3 = cp_at(t, p + l2, e, &l3);
        /* "said.Lopez added": a period lost its space between a word in
         * lower case and a capitalised one ("U.S", "Ph.D" and "e.g" stay
         * one word) */
        if (c2 == '.' && is_upper_cp(c3) && t[p - 1] >= 'a' && t[p - 1] <= 'z' && l3 &&
            p + l2 + l3 < e && t[p + l2 + l3] >= 'a' && t[p + l2 + l3] <= 'z')
            break;
        if (is_joiner(c2) && is_alnum_cp(c3)) {
            if (c2 == '.') *has_dot = 1;
            p += l2;
            continue;
        }
        break;
    }
    return p;
}

/* Remembers a word seen in lowercase; 0 when out of memory. */
static int note_lowercase(doc *d, const char *w, size_t n)
{
    char buf[WORD_MAX];
    if (!lower_word(w, n, buf)) return 1;
    char *kcopy = arena_strndup(d->ar, buf, n);
    return kcopy && qmap_put(&d->lower, kcopy, n);
}

static int push_word(tkz *z, size_t s, size_t p);

/* Pushes the word whose first code point is t[s..s+l); *pp receives its
 * end.  0 when out of memory. */
static int tkz_word(tkz *z, size_t s, size_t l, size_t e, size_t *pp)
{
    doc *d = z->d;
    const char *t = d->t;
    int has_dot = 0;
    size_t p = word_end(t, s, l, e, &has_dot);
    /* "U.S.", "Ms." and the initial of "Perry L. Nouis" keep their final
     * period */
    if (p < e && t[p] == '.' &&
        (has_dot || (p - s == 1 && t[s] >= 'A' && t[s] <= 'Z') ||
         (word_class(d->ql, t + s, p + 1 - s) & (C_HONOR | C_ROLE | C_NAT | C_ORG))))
        p++;
    if (z->qi < z->nq && z->q[z->qi].os < p) p = z->q[z->qi].os; /* a mark right after a word */
    *pp = p;
    /* "dit-il", "a-t-elle": the verb, then its subject pronoun, as two
     * words, so that "« … », dit-il" reads as "said he" */
    size_t clitic = word_suffix_len(d->ql, SUF_ENCLITIC, t + s, p - s);
    if (clitic && clitic < p - s) {
        size_t pron = p;
        while (pron > p - clitic && t[pron - 1] != '-') pron--;
        return push_word(z, s, p - clitic) && push_word(z, pron, p);
    }
    /* "l'Élysée", "d'Ana Lopez": the elided article or preposition
     * before a capital is a word of its own, so that the name is one */
    size_t el = word_elision_len(d->ql, t + s, p - s);
    if (el) {
        size_t l2;
        if (is_upper_cp(cp_at(t, s + el, p, &l2))) return push_word(z, s, s + el) && push_word(z, s + el, p);
    }
    return push_word(z, s, p);
}

/* Pushes the word t[s..p) with its classes; 0 when out of memory. */
static int push_word(tkz *z, size_t s, size_t p)
{
    doc *d = z->d;
    const char *t = d->t;
    if (!push_tok(d, s, p, T_WORD, z->sent, z->para)) return 0;
    tok *k = &d->tk[d->nt - 1];
    int32_t c0;
    text_decode(t + s, p - s, &c0);
    k->cap = (uint8_t)is_upper_cp(c0);
    k->first = (uint8_t)z->first;
    z->first = 0;
    size_t n = p - s;
    k->poss = (uint8_t)word_ends_with(d->ql, SUF_POSSESSIVE, t + s, n);
    k->cls = word_class(d->ql, t + s, n);
    if (!k->cls && n > 3 && n < WORD_MAX && memcmp(t + s + n - 3, "\xE2\x80\x99", 3) == 0) {
        /* "l’": the lists write the elided word with a straight apostrophe */
        char buf[WORD_MAX];
        memcpy(buf, t + s, n - 3);
        buf[n - 3] = '\'';
        k->cls = word_class(d->ql, buf, n - 2);
    }
    /* "Außenminister", "SPD-Parteichef": a compound ending in a role word
     * is a role */
    if (k->cap && !(k->cls & C_ROLE) && word_ends_with(d->ql, SUF_ROLE, t + s, n))
        k->cls |= C_ROLE;
    /* "SPD-Vorsitzende", "EU-Kommissar", "FNV-voorzitter": a capitalised
     * compound joined by a hyphen is a role when its last part is one */
    if (k->cap && !(k->cls & C_ROLE)) {
        size_t h = n;
        while (h > 0 && t[s + h - 1] != '-') h--;
        if (h > 1 && h < n && (word_class(d->ql, t + s + h, n - h) & C_ROLE)) k->cls |= C_ROLE;
    }
    if (k->cap && !k->first) return qmap_put(&d->midcap, t + s, n) != NULL;
    return k->cap || note_lowercase(d, t + s, n);
}

static int punct_kind(int32_t c)
{
    if (c == ',') return T_COMMA;
    if (c == ':') return T_COLON;
    if (c == '.' || c == '!' || c == '?' || c == 0x2026) return T_END;
    if (c == 0x2015 || c == 0x2014 || c == 0x2013 || c == 0x2012 || c == '-' || c == '_')
        return T_DASH;
    if (c == ';' || c == '(' || c == ')' || c == '[' || c == ']') return T_OTHER;
    return 0;
}

/* Tokens of one sentence from *pp to its end (or past it, to the end of a
 * quote that starts inside); *pp receives where it stopped.  0 when out
 * of memory. */
/* `dem „Hamburger Abendblatt“`, `laut „Frankfurter Rundschau“`: where
 * nouns are capitalised, a quote of two to four words that all open with
 * a capital, with no punctuation, right after a definite article or a
 * preposition, is the name of a paper, a show or a work; its words are
 * read as the phrase's words, not as a quote in the frame.  One word may
 * be words someone said ("sprach von „Trickserei“", "einen „Plan B“"),
 * so it is a name only in the listener's place. */
static int title_quote(const tkz *z, const qrec *r, size_t end)
{
    const doc *d = z->d;
    if (!quote_lang_trait(d->ql, TRAIT_NOUN_CAPS) || !d->nt || r->ncuts) return 0;
    const tok *pv = &d->tk[d->nt - 1];
    if (pv->kind != T_WORD || pv->sent != z->sent || !(pv->cls & (C_ARTICLE | C_FUSED | C_PREP)))
        return 0;
    size_t words = 0;
    for (size_t p = r->oe; p < r->cs;) {
        size_t l;
        int32_t c = cp_at(d->t, p, r->cs, &l);
        if (!l) return 0;
        if (text_is_space(c)) {
            p += l;
            continue;
        }
        if (!is_upper_cp(c) || ++words > 4) return 0;
        while (p < r->cs) {
            c = cp_at(d->t, p, r->cs, &l);
            if (!l || text_is_space(c)) break;
            if (!is_alnum_cp(c) && c != '-' && c != '\'' && c != '&') return 0;
            p += l;
        }
    }
    if (words >= 2) return (pv->cls & (C_DEFINITE | C_FUSED | C_PREP)) != 0;
    /* one word where a listener stands: after a definite article, before
     * the frame's colon or its verb of speech ("Wie X der „Zeit“ sagte",
     * "X sagte dem „Spiegel“: „…“") */
    if (!(pv->cls & C_DEFINITE)) return 0;
    size_t q = r->ce;
    while (q < end && (d->t[q] == ' ' || d->t[q] == '\t')) q++;
    if (q < end && d->t[q] == ':') return 1;
    size_t w = q;
    while (w < end && w - q < WORD_MAX && is_alnum_cp(cp_at(d->t, w, end, NULL))) {
        size_t l;
        cp_at(d->t, w, end, &l);
        w += l ? l : 1;
    }
    return w > q && (word_class(d->ql, d->t + q, w - q) & C_SPEECH) &&
           !is_upper_cp(cp_at(d->t, q, end, NULL));
}

static int tkz_sentence(tkz *z, size_t e, size_t *pp)
{
    doc *d = z->d;
    size_t p = *pp;
    /* `"… years. The port is a mess," Will wrote.`: the words after a
     * quote that runs over sentences do not open one */
    z->first = !z->after_quote;
    while (p < e) {
        while (z->qi < z->nq && z->q[z->qi].os < p && z->q[z->qi].ce <= p) z->qi++;
        if (z->qi < z->nq && z->q[z->qi].os <= p) {
            const qrec *r = &z->q[z->qi];
            if (r->ce <= e && title_quote(z, r, e)) {
                z->qi++;
                size_t w = r->oe;
                while (w < r->cs) {
                    size_t l;
                    int32_t c = cp_at(d->t, w, r->cs, &l);
                    if (!l) l = 1;
                    if (is_alnum_cp(c)) {
                        if (!tkz_word(z, w, l, r->cs, &w)) return 0;
                    } else {
                        w += l;
                    }
                }
                p = r->ce;
                continue;
            }
            if (!push_tok(d, r->os, r->ce, T_QUOTE, z->sent, z->para)) return 0;
            d->tk[d->nt - 1].q = (int32_t)z->qi;
            p = r->ce;
            z->qi++;
            z->first = 0;
            continue;
        }
        size_t l;
        int32_t c = cp_at(d->t, p, e, &l);
        if (!l) l = 1;
        if (text_is_space(c)) {
            p += l;
            continue;
        }
        if (is_alnum_cp(c)) {
            if (!tkz_word(z, p, l, e, &p)) return 0;
            continue;
        }
        int kind = punct_kind(c);
        if (kind && !push_tok(d, p, p + l, kind, z->sent, z->para)) return 0;
        p += l;
        z->first = 0;
    }
    *pp = p;
    return 1;
}

static size_t phrase_at(const doc *d, size_t i, const char *ph, size_t n);

static int word_eq(const doc *d, size_t i, const char *w, size_t n);

/* "fügte der Minister am Abend hinzu": in a verb-second language the
 * particle of a separable verb ph[0..n) (two words) ends the clause the
 * verb at token i opens (within 15 tokens, before a comma, colon, dash,
 * quote or the sentence's end). */
static int separable_at(const doc *d, size_t i, const char *ph, size_t n)
{
    const char *sp = memchr(ph, ' ', n);
    if (!sp || memchr(sp + 1, ' ', n - (size_t)(sp + 1 - ph)) ||
        !word_eq(d, i, ph, (size_t)(sp - ph)))
        return 0;
    size_t last = i;
    for (size_t j = i + 1; j < d->nt && j - i <= 15 && d->tk[j].sent == d->tk[i].sent; j++) {
        uint8_t k = d->tk[j].kind;
        if (k != T_WORD && k != T_OTHER) break;
        if (k == T_WORD) last = j;
    }
    return last > i + 1 && word_eq(d, last, sp + 1, n - (size_t)(sp + 1 - ph));
}

/* "Rubio shot back": the verb of a phrasal verb of speech, followed by its
 * particle (or, separable, with it at its clause's end), is a verb of
 * speech that may invert. */
static void mark_phrasal(doc *d)
{
    const char *ph;
    size_t n;
    if (!phrasal_verb(d->ql, 0, &n)) return;
    int v2 = quote_lang_trait(d->ql, TRAIT_V2);
    for (size_t i = 0; i < d->nt; i++) {
        if (d->tk[i].kind != T_WORD || d->tk[i].cap) continue;
        for (size_t k = 0; (ph = phrasal_verb(d->ql, k, &n)) != NULL; k++)
            if (phrase_at(d, i, ph, n) > 1 || (v2 && separable_at(d, i, ph, n))) {
                d->tk[i].cls |= C_SPEECH | C_INVERT;
                break;
            }
    }
}

/* About how many tokens the sentences hold: their word starts and marks
 * of punctuation.  The array is made at that size once, where growing it
 * by doubling left every outgrown copy in the arena (a 3 MB document: 40
 * MB of tokens for 22 MB used). */
static size_t tokens_expected(const char *t, const span *spans, size_t ns)
{
    size_t n = 0, last = 0;
    for (size_t si = 0; si < ns; si++) {
        size_t i = spans[si].start > last ? spans[si].start : last;
        int in_word = 0;
        for (; i < spans[si].end; i++) {
            unsigned char c = (unsigned char)t[i];
            int word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c >= 0x80;
            n += word && !in_word;
            n += !word && c != ' ' && c != '\n' && c != '\t';
            in_word = word;
        }
        if (spans[si].end > last) last = spans[si].end;
    }
    return n + n / 16 + 8;
}

int tokenize(doc *d, const qrec *q, size_t nq, const span *spans, size_t ns)
{
    if (!d->tk && ns) {
        size_t want = tokens_expected(d->t, spans, ns);
        if (want < SIZE_MAX / sizeof *d->tk && (d->tk = arena_alloc(d->ar, want * sizeof *d->tk)))
            d->tcap = want;
    }
    tkz z;
    memset(&z, 0, sizeof z);
    z.d = d;
    z.q = q;
    z.nq = nq;
    size_t cursor = 0;
    for (size_t si = 0; si < ns; si++) {
        size_t p = spans[si].start > cursor ? spans[si].start : cursor;
        z.sent = (uint32_t)si;
        z.para = spans[si].para;
        z.after_quote = spans[si].start < cursor;
        if (!tkz_sentence(&z, spans[si].end, &p)) return 0;
        if (p > cursor) cursor = p;
    }
    mark_phrasal(d);
    return 1;
}

/* ---- word tests ------------------------------------------------------- */

int has_class(const doc *d, size_t i, uint32_t mask)
{
    return i < d->nt && (d->tk[i].cls & mask);
}

int is_det(const doc *d, size_t i)
{
    return has_class(d, i, C_ARTICLE);
}

int is_gerund(const doc *d, size_t i)
{
    if (i >= d->nt || d->tk[i].kind != T_WORD) return 0;
    size_t n = d->tk[i].e - d->tk[i].s;
    return n > 4 && word_ends_with(d->ql, SUF_GERUND, d->t + d->tk[i].s, n);
}

/* Case-insensitive (ASCII) comparison of a word token with w[0..n). */
static int word_eq(const doc *d, size_t i, const char *w, size_t n)
{
    if (i >= d->nt) return 0;
    const tok *k = &d->tk[i];
    if (k->kind != T_WORD || k->e - k->s != n) return 0;
    for (size_t j = 0; j < n; j++) {
        char c = d->t[k->s + j];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != w[j]) return 0;
    }
    return 1;
}

/* The number of words of phrase ph[0..n) matched from token i, or 0. */
static size_t phrase_at(const doc *d, size_t i, const char *ph, size_t n)
{
    size_t words = 0, a = 0;
    while (a < n) {
        size_t b = a;
        while (b < n && ph[b] != ' ' && ph[b] != '\t') b++;
        if (!word_eq(d, i + words, ph + a, b - a)) return 0;
        words++;
        a = b;
        while (a < n && (ph[a] == ' ' || ph[a] == '\t')) a++;
    }
    return words;
}

/* The words of the first phrase of a list (read by `phrase`) at token i. */
static size_t listed_phrase_at(const doc *d, size_t i,
                               const char *(*phrase)(const quotes_lang *, size_t, size_t *))
{
    size_t n, words;
    const char *ph;
    for (size_t k = 0; (ph = phrase(d->ql, k, &n)) != NULL; k++)
        if ((words = phrase_at(d, i, ph, n)) > 0) return words;
    return 0;
}

size_t according_at(const doc *d, size_t i) { return listed_phrase_at(d, i, according_phrase); }

size_t agent_at(const doc *d, size_t i) { return listed_phrase_at(d, i, agent_phrase); }

size_t quoted_as_at(const doc *d, size_t i) { return listed_phrase_at(d, i, quoted_as_phrase); }

/* "…," Will wrote: a capitalised auxiliary or preposition inside a
 * sentence, right before a speech verb, is someone's name. */
static int name_before_speech(const doc *d, size_t i)
{
    const tok *k = &d->tk[i];
    if (k->first || !(k->cls & (C_SKIP | C_PREP)) || (k->cls & (C_PRON | C_ROLE | C_ORG)))
        return 0;
    const tok *v = i + 1 < d->nt ? &d->tk[i + 1] : NULL;
    return v && v->kind == T_WORD && !v->cap && (v->cls & C_SPEECH) && v->sent == k->sent;
}

/* In a language that capitalises its nouns, "der Eröffnung", "seiner
 * langen Amtszeit": a capital after an article or a possessive, over at
 * most three lowercase words (adjectives, numbers), is a common noun. */
static int noun_after_article(const doc *d, size_t i)
{
    if (!quote_lang_trait(d->ql, TRAIT_NOUN_CAPS)) return 0;
    for (size_t j = i, n = 0; j > 0 && n < 4; j--, n++) {
        const tok *p = &d->tk[j - 1];
        if (p->kind != T_WORD || p->sent != d->tk[i].sent) return 0;
        if (p->cls & (C_ARTICLE | C_POSSDET | C_FUSED)) return 1;
        if (p->cap || (p->cls & (C_SPEECH | C_REPORT | C_PREP | C_CONJ | C_SUB | C_PRON)))
            return 0;
    }
    return 0;
}

/* "Young said …", "Price, who chairs the panel, said": a word opening the
 * sentence that is also a common word ("young", "price") is the surname
 * of a person the text has named in full, when a verb of speech or an
 * apposition's comma follows it. */
static int surname_speaks(const doc *d, size_t i)
{
    const tok *k = &d->tk[i];
    const uint32_t *l = qmap_get(&d->bylast, d->t + k->s, k->e - k->s);
    if (!l || d->nm_words[*l - 1] < 2 || i + 1 >= d->nt) return 0;
    size_t j = i + 1;
    while (j < d->nt && j - i <= 2 && d->tk[j].kind == T_WORD && !d->tk[j].cap &&
           (d->tk[j].cls & C_SKIP) && !(d->tk[j].cls & (C_SPEECH | C_REPORT)))
        j++;
    const tok *v = j < d->nt ? &d->tk[j] : NULL;
    if (!v || v->sent != k->sent) return 0;
    if (v->kind == T_COMMA) return j == i + 1;
    return v->kind == T_WORD && !v->cap && (v->cls & (C_SPEECH | C_REPORT));
}

int name_word(const doc *d, size_t i)
{
    const tok *k = &d->tk[i];
    if (k->kind != T_WORD || !k->cap) return 0;
    if (noun_after_article(d, i)) return 0;
    /* "Scharfe Kritik kam von X:", "Harte Worte fand X:": where nouns are
     * capitalised, a noun of something said is no name, nor is the word
     * opening the sentence before it */
    int caps = quote_lang_trait(d->ql, TRAIT_NOUN_CAPS);
    if (caps && (k->cls & C_SPNOUN)) return 0;
    if (caps && k->first && i + 1 < d->nt && d->tk[i + 1].kind == T_WORD && d->tk[i + 1].cap &&
        (d->tk[i + 1].cls & C_SPNOUN))
        return 0;
    if (k->cls & (C_NOTNAME | C_LEAD | C_CONJ | C_SKIP | C_PRON | C_ROLE | C_NAT | C_ORG | C_HONOR))
        return name_before_speech(d, i);
    /* "… Exchange Happened Between Ana Lopez": a preposition in Title
     * Case inside a sentence is a headline's, not a name's */
    if ((k->cls & C_PREP) && !k->first && !(k->cls & C_OF)) return name_before_speech(d, i);
    if ((k->cls & (C_SPEECH | C_REPORT)) && i + 1 < d->nt) {
        /* "Ana Lopez Explains The Vote", "Lopez Says He …": a headline in
         * Title Case, its verb before an article or a pronoun, is no
         * part of a name */
        const tok *n = &d->tk[i + 1];
        if (n->kind == T_WORD && n->cap && n->sent == k->sent &&
            (n->cls & (C_ARTICLE | C_PRON | C_NOTNAME)))
            return 0;
    }
    if (k->first) {
        /* "Officials said": a capital that is only the sentence's start */
        char buf[WORD_MAX];
        size_t n = lower_word(d->t + k->s, k->e - k->s, buf);
        if (k->cls & (C_SPEECH | C_REPORT)) return 0;
        int next_cap = i + 1 < d->nt && d->tk[i + 1].kind == T_WORD && d->tk[i + 1].cap;
        if (n && qmap_get(&d->lower, buf, n) && !next_cap && !surname_speaks(d, i)) return 0;
        /* "Hours later, …": a name alone at a sentence's start is written
         * inside a sentence somewhere too (in full, or later) */
        if (!next_cap && !k->poss && !qmap_get(&d->midcap, d->t + k->s, k->e - k->s)) return 0;
    }
    return 1;
}

int np_word(const doc *d, size_t i)
{
    if (i >= d->nt) return 0;
    const tok *k = &d->tk[i];
    if (k->kind != T_WORD) return 0;
    if (name_word(d, i)) return 1;
    if (k->cls & (C_PRON | C_NOTNAME | C_LEAD | C_CONJ | C_SKIP)) {
        /* "Foreign", "State", "Kremlin" are fine capitalised */
        if (!(k->cap && (k->cls & (C_ROLE | C_ORG | C_NAT)) && !(k->cls & C_PRON))) return 0;
    }
    if (k->cls & (C_ROLE | C_ORG | C_HONOR)) return 1;
    if ((k->cls & C_NAT) && k->cap) return 1;
    return 0;
}

/* ---- noun phrases ----------------------------------------------------- */

/* A word the document also writes in lowercase ("house", "majority"):
 * a common word, not a given name. */
static int seen_lower(const doc *d, size_t i)
{
    char buf[WORD_MAX];
    size_t n = lower_word(d->t + d->tk[i].s, d->tk[i].e - d->tk[i].s, buf);
    return n && qmap_get(&d->lower, buf, n);
}

/* A word in capitals only ("CNN", "GOP"): an acronym, no given name. */
static int all_caps(const doc *d, size_t i)
{
    size_t n = 0;
    for (size_t j = d->tk[i].s; j < d->tk[i].e; j++) {
        unsigned char c = (unsigned char)d->t[j];
        if (c >= 'a' && c <= 'z') return 0;
        if (c >= 'A' && c <= 'Z') n++;
        if (c == '.') return 0; /* an initial ("J.D.") */
    }
    return n > 1;
}

/* "Rep. Steve King", "John Bishop": a capitalised role word ending the
 * phrase [a, b) right after one to three given names (capitalised words
 * the document never writes in lowercase, after nothing but titles) is a
 * surname (after a title or opening the phrase); so is such a word alone right before a verb of speech inside
 * a sentence ("King said"), as news writes a title alone in lowercase
 * ("the judge said"). Where nouns are capitalised neither holds. Returns
 * where the name starts, or b. */
static size_t role_surname(const doc *d, const np *p)
{
    size_t r = p->b - 1;
    const tok *k = &d->tk[r];
    if (quote_lang_trait(d->ql, TRAIT_NOUN_CAPS) || p->det || k->kind != T_WORD || !k->cap ||
        k->poss || !(k->cls & C_ROLE) || (k->cls & (C_HONOR | C_ORG | C_NAT)) ||
        d->t[k->e - 1] == '.')
        return p->b;
    size_t g = r;
    while (g > p->a && r - g < 3 && name_word(d, g - 1) && !d->tk[g - 1].poss &&
           !seen_lower(d, g - 1) && !all_caps(d, g - 1))
        g--;
    if (g < r) {
        /* (the given names open the phrase or follow a title: "New York
         * Congressman Pete King") */
        if (g > p->a && (!(d->tk[g - 1].cls & (C_ROLE | C_HONOR)) || (d->tk[g - 1].cls & C_ORG)))
            return p->b;
        return g;
    }
    const tok *v = r + 1 < d->nt ? &d->tk[r + 1] : NULL;
    if (r == p->a && !k->first && v && v->kind == T_WORD && !v->cap && (v->cls & C_SPEECH) &&
        v->sent == k->sent && (r == 0 || !(d->tk[r - 1].cls & (C_ARTICLE | C_POSSDET))))
        return r;
    return p->b;
}

static void np_analyze(const doc *d, np *p)
{
    p->det = is_det(d, p->a);
    p->has_org = p->has_role = 0;
    size_t na = p->b;
    while (na > p->a && name_word(d, na - 1) && !d->tk[na - 1].poss) na--;
    if (na == p->b) na = role_surname(d, p);
    /* "president of Loral Space Communications": the name after "of" is
     * where the person works, not who they are */
    if (na > p->a && na < p->b && has_class(d, na - 1, C_OF)) na = p->b;
    p->na = na;
    for (size_t i = p->a; i < p->b; i++) {
        if (d->tk[i].cls & C_ORG) p->has_org = 1;
        if (i < na && (d->tk[i].cls & (C_ROLE | C_HONOR))) p->has_role = 1;
    }
    p->role_last = na == p->b && p->b > p->a && (d->tk[p->b - 1].cls & C_ROLE) &&
                   !(d->tk[p->b - 1].cls & C_ORG);
}

/* "of" inside a title or an organisation ("Secretary of State",
 * "Ministry of Foreign Affairs"), never after a name ("Fidel Castro of
 * Cuba" is Fidel Castro). */
static int of_inside(const doc *d, size_t i)
{
    return has_class(d, i, C_OF) && i > 0 && np_word(d, i - 1) && !name_word(d, i - 1) &&
           np_word(d, i + 1) && d->tk[i + 1].cap && d->tk[i + 1].sent == d->tk[i].sent;
}

/* The capitals of tokens [s, j) qualify the common noun at j ("The Wye
 * River agreement says", "An Islamic militant group"): no phrase of its
 * own. */
static int qualifies_noun(const doc *d, size_t i, size_t s, size_t j)
{
    /* (where nouns are capitalised, an article or a possessive after the
     * capitals opens the next phrase: "forderte der Minister Timo Rasch
     * einen „…“") */
    if (quote_lang_trait(d->ql, TRAIT_NOUN_CAPS) && j < d->nt && d->tk[j].kind == T_WORD &&
        (d->tk[j].cls & (C_ARTICLE | C_POSSDET)))
        return 0;
    /* (... and a lowercase word closing the clause is a predicate:
     * "zeigte sich der Minister Timo Rasch zuversichtlich:") */
    if (quote_lang_trait(d->ql, TRAIT_NOUN_CAPS) && j + 1 < d->nt &&
        d->tk[j + 1].sent == d->tk[j].sent &&
        (d->tk[j + 1].kind == T_COLON || d->tk[j + 1].kind == T_COMMA))
        return 0;
    if (!(j < d->nt && d->tk[j].kind == T_WORD && !d->tk[j].cap &&
          !(d->tk[j].cls & (C_SPEECH | C_REPORT | C_SKIP | C_PREP | C_CONJ)) &&
          d->tk[j].sent == d->tk[s].sent))
        return 0;
    const tok *w = &d->tk[j - 1];
    size_t n = w->e - w->s;
    int adj = n > 3 && word_ends_with(d->ql, SUF_ADJECTIVE, d->t + w->s, n);
    return is_det(d, i) ? !(d->tk[j - 1].cls & (C_ORG | C_ROLE)) : (j - s == 1 && adj);
}

/* After an article at token j-1, past at most three lowercase words that
 * may qualify a noun ("der niedersächsische Finanzminister"), in a
 * language that capitalises its nouns (elsewhere "the former" has no
 * noun of its own to tell it from a verb); j when none. */
static size_t past_adjectives(const doc *d, size_t j, size_t hi)
{
    if (!quote_lang_trait(d->ql, TRAIT_NOUN_CAPS)) return j;
    size_t k = j;
    while (k < hi && k - j < 3 && d->tk[k].kind == T_WORD && !d->tk[k].cap &&
           !(d->tk[k].cls & (C_SPEECH | C_REPORT | C_PREP | C_CONJ | C_SUB | C_PRON | C_SKIP |
                             C_ARTICLE)))
        k++;
    return k > j && k < hi && np_word(d, k) ? k : j;
}

int np_fwd(const doc *d, size_t i, size_t hi, np *p)
{
    size_t j = i;
    if (j < hi && is_det(d, j)) j = past_adjectives(d, j + 1, hi);
    size_t s = j;
    while (j < hi && j - s < 10 && (np_word(d, j) || (j > s && of_inside(d, j))) &&
           d->tk[j].sent == d->tk[s].sent)
        j++;
    if (j == s || qualifies_noun(d, i, s, j)) return 0;
    p->a = i;
    p->b = j;
    np_analyze(d, p);
    return 1;
}

int np_back(const doc *d, size_t i, size_t lo, np *p, int prep_ok)
{
    if (!np_word(d, i)) return 0;
    size_t j = i;
    while (j > lo && i - j < 10 && d->tk[j - 1].sent == d->tk[i].sent &&
           (np_word(d, j - 1) || (j - 1 > lo && of_inside(d, j - 1))))
        j--;
    /* "Professor Michael Reisman of Yale said": the head is before "of" */
    if (j > lo + 1 && has_class(d, j - 1, C_OF) && name_word(d, j - 2) &&
        d->tk[j - 2].sent == d->tk[i].sent)
        return np_back(d, j - 2, lo, p, prep_ok);
    if (j > lo && is_det(d, j - 1)) {
        j--;
        /* "Speaker of the House Rep. Ana Lopez said": a capitalised title
         * joined by "of" to its body is one title, not a preposition */
        if (j > lo + 1 && has_class(d, j - 1, C_OF) && d->tk[j - 2].cap &&
            has_class(d, j - 2, C_ROLE) && d->tk[j - 2].sent == d->tk[i].sent)
            j -= 2;
    }
    if (!prep_ok && j > lo && (d->tk[j - 1].cls & C_PREP) && d->tk[j - 1].kind == T_WORD)
        return 0;
    p->a = j;
    p->b = i + 1;
    np_analyze(d, p);
    return 1;
}

char *words_text(const doc *d, size_t a, size_t b, int nohon)
{
    size_t cap = 0;
    for (size_t i = a; i < b; i++) cap += d->tk[i].e - d->tk[i].s + 1;
    char *s = arena_alloc(d->ar, cap + 1);
    if (!s) return NULL;
    size_t n = 0;
    for (size_t i = a; i < b; i++) {
        if (nohon && (d->tk[i].cls & C_HONOR)) continue;
        /* "l'Élysée" is two tokens of one word */
        if (n && d->tk[i].s != d->tk[i - 1].e) s[n++] = ' ';
        memcpy(s + n, d->t + d->tk[i].s, d->tk[i].e - d->tk[i].s);
        n += d->tk[i].e - d->tk[i].s;
    }
    s[n] = '\0';
    return s;
}

void doc_init(doc *d, arena *ar, const quotes_lang *ql, const char *t)
{
    memset(d, 0, sizeof *d);
    d->ar = ar;
    d->ql = ql;
    d->t = t;
    strmap_init_arena(&d->lower, ar, NULL);
    strmap_init_arena(&d->midcap, ar, NULL);
    strmap_init_arena(&d->byname, ar, NULL);
    strmap_init_arena(&d->bylast, ar, NULL);
    strmap_init_arena(&d->sex, ar, NULL);
}
