/* quote_speaker.c - pass 3 of the quotes stage: speakers; see
 * quote_speaker.h. */
#include "quote_speaker.h"

#include <string.h>

#include "quote_lang.h"
#include "quote_marks.h"
#include "quote_resolve.h"
#include "quote_words.h"
#include "text.h"

static int is_verb(const doc *d, size_t i, uint32_t mask)
{
    return i < d->nt && d->tk[i].kind == T_WORD && !d->tk[i].cap && (d->tk[i].cls & mask);
}

static int is_pron(const doc *d, size_t i)
{
    return i < d->nt && d->tk[i].kind == T_WORD && (d->tk[i].cls & C_PRON);
}

/* Back from token v past at most 4 adverbs and auxiliaries (not below
 * lo): "Zelensky on Saturday accused". */
static size_t skip_back(const doc *d, size_t v, size_t lo)
{
    size_t j = v;
    for (int n = 0; j > lo && n < 4 && has_class(d, j - 1, C_SKIP) && !is_pron(d, j - 1); n++)
        j--;
    return j;
}

/* Token i is the punctuation mark ch ('(' or ')'). */
static int is_mark(const doc *d, size_t i, char ch)
{
    return d->tk[i].kind == T_OTHER && d->t[d->tk[i].s] == ch;
}

/* Past at most 4 adverbs and auxiliaries from token i. */
static size_t skip_fwd(const doc *d, size_t i, size_t hi)
{
    for (int n = 0; i < hi && n < 4 && d->tk[i].kind == T_WORD && (d->tk[i].cls & C_SKIP) &&
                    !(d->tk[i].cls & (C_SPEECH | C_REPORT));
         n++)
        i++;
    return i;
}

/* ---- the subject of a sentence ---------------------------------------- */

/* Where the subject of tokens [a, b) may start: past quotes, commas,
 * conjunctions, a leading subordinate clause or adverbial ("In
 * response,"). */
static size_t subject_start(const doc *d, size_t a, size_t b)
{
    size_t i = a;
    while (i < b && (d->tk[i].kind == T_QUOTE || d->tk[i].kind == T_COMMA ||
                     d->tk[i].kind == T_DASH))
        i++;
    while (i < b && (d->tk[i].cls & C_CONJ)) i++;
    if (i < b && d->tk[i].kind == T_WORD && (d->tk[i].cls & C_SUB)) {
        /* "While Hamilton, president of Loral, said …, Kelly is more
         * pessimistic": the clause may hold commas, the subject follows
         * the last one that a name or pronoun comes after */
        size_t last = b;
        for (size_t j = i; j < b && j - i < QUOTES_WINDOW; j++)
            if (d->tk[j].kind == T_COMMA && j + 1 < b &&
                (np_word(d, j + 1) || is_pron(d, j + 1) || is_det(d, j + 1)))
                last = j;
        if (last < b) i = last + 1;
    } else if (i < b && d->tk[i].kind == T_WORD &&
               ((d->tk[i].cls & (C_LEAD | C_PREP | C_OF)) || is_gerund(d, i) ||
                /* "Asked about the vote, Lopez …": a participle of speech
                 * opening the sentence */
                (d->tk[i].first && (d->tk[i].cls & (C_SPEECH | C_REPORT)) && i + 1 < b &&
                 d->tk[i + 1].kind == T_WORD && !d->tk[i + 1].cap))) {
        /* "In response,", "Of Carson,", "Speaking to reporters,": the
         * subject follows the opening phrase */
        size_t j = i + 1;
        /* (a phrase with no comma ends before the verb of a name in it:
         * "At one point Ana Lopez turned and said, …" keeps its subject;
         * "As reported by the Gazette," is a phrase) */
        int named = 0;
        while (j < b && j - i < 15 && d->tk[j].kind != T_COMMA && d->tk[j].kind != T_QUOTE &&
               !(named && is_verb(d, j, C_SPEECH | C_REPORT) && !d->tk[j - 1].poss &&
                 !is_det(d, j - 1) && !has_class(d, j - 1, C_POSSDET | C_PREP))) {
            if (name_word(d, j) && !d->tk[j].poss) named = 1;
            j++;
        }
        if (j < b && d->tk[j].kind == T_COMMA) i = j + 1;
    }
    while (i < b && (d->tk[i].kind == T_QUOTE || d->tk[i].kind == T_COMMA)) i++;
    return i;
}

/* The last comma of at most two short phrases opening tokens [i, b)
 * that hold no name, verb of speech, quote or other mark ("Hours later,",
 * "On Thursday, after a long wait,"); b when there is none. */
static size_t opening_phrase_end(const doc *d, size_t i, size_t b)
{
    size_t end = b;
    for (int hop = 0; hop < 2; hop++) {
        size_t j = i;
        np p;
        /* a place after a preposition may be named ("Here in Dunmore,") */
        while (j < b && j - i < 12 && d->tk[j].kind == T_WORD &&
               (!name_word(d, j) || (j > i && has_class(d, j - 1, C_PREP))) &&
               !(d->tk[j].cls & (C_SPEECH | C_REPORT | C_PRON)))
            j++;
        if (j == i || j >= b || d->tk[j].kind != T_COMMA) break;
        end = j;
        i = j + 1;
        if (np_fwd(d, i, b, &p)) break;
    }
    return end;
}

/* "Mr. Abdallah Fazul", "his wife Amina Fazul": a full name with a
 * gendered honorific or role is evidence of that person's sex.  A surname
 * alone ("Mrs. Fazul") is left out: it resolves to the fullest form,
 * maybe her husband's. */
static void note_full_name_sex(doc *d, const np *p, const spk *s)
{
    if (s->found != 1 || p->b - p->na < 2) return;
    uint32_t g = 0;
    for (size_t k = p->a; k < p->na; k++) g |= d->tk[k].cls & (C_MALE | C_FEMALE);
    if (g != (C_MALE | C_FEMALE)) note_sex(d, s, g);
}

/* In a verb-second language, a verb of speech right after one or two
 * lowercase-or-opening words that name no one ("Unterdessen lobte",
 * "Gestern sagte"); b when there is none. */
static size_t v2_verb_after_adverb(const doc *d, size_t i, size_t b)
{
    if (!quote_lang_trait(d->ql, TRAIT_V2)) return b;
    for (size_t v = i + 1; v < b && v <= i + 2; v++) {
        if (is_verb(d, v, C_SPEECH | C_REPORT)) return v;
        if (d->tk[v].kind != T_WORD || name_word(d, v) || d->tk[v].cap) return b;
    }
    return b;
}

/* The subject right after a verb-second finite verb, in tokens [a, b):
 * a named person, or a role whose apposition names one ("brachte die
 * Sprecherin der Partei, Jana Holm, zum Ausdruck:").  1 with the person
 * in *out; 0 when no noun phrase starts there; -1 when one does but names
 * no person. */
static int person_after_verb(const doc *d, size_t a, size_t b, spk *out)
{
    np p;
    if (!np_fwd(d, skip_fwd(d, a, b), b, &p)) return 0;
    if (p.na == p.b && p.has_role && p.b < b && d->tk[p.b].kind == T_COMMA) {
        np q;
        if (!np_fwd(d, p.b + 1, b, &q)) return -1;
        p = q;
    }
    /* "hatte Jana Holm Gutes zu berichten": a capital right before "zu"
     * and an infinitive closing the clause is the infinitive's object */
    if (p.b - p.na >= 2 && p.b + 2 < b && has_class(d, p.b, C_PREP) &&
        d->tk[p.b + 1].kind == T_WORD && !d->tk[p.b + 1].cap && !is_det(d, p.b + 1) &&
        (d->tk[p.b + 2].kind == T_END || d->tk[p.b + 2].kind == T_COMMA))
        p.b--;
    if (p.na >= p.b) return -1;
    spk s = spk_from_np(d, &p);
    if (s.found != 1 || !s.person) return -1;
    *out = s;
    return 1;
}

/* "Wie der Sender berichtet, gab Timo Rasch …": in a verb-second
 * language a sentence opening with a subordinate clause has its finite
 * verb right after the clause's comma and its subject after that verb;
 * the named person there, in *out. */
static int v2_subject_after_clause(const doc *d, size_t a, size_t b, spk *out)
{
    if (!quote_lang_trait(d->ql, TRAIT_V2)) return 0;
    size_t i = a;
    while (i < b && d->tk[i].kind == T_QUOTE) i++;
    if (i >= b || d->tk[i].kind != T_WORD || !(d->tk[i].cls & C_SUB)) return 0;
    for (size_t j = i + 1; j + 1 < b && j - i < 30; j++) {
        if (d->tk[j].kind == T_QUOTE || d->tk[j].kind == T_COLON) return 0;
        if (d->tk[j].kind != T_COMMA) continue;
        const tok *v = &d->tk[j + 1];
        /* a relative pronoun or an article opens no main clause */
        if (v->kind != T_WORD || v->cap ||
            (v->cls & (C_ARTICLE | C_PRON | C_SUB | C_PREP | C_CONJ | C_POSSDET)))
            continue;
        return person_after_verb(d, j + 2, b, out) == 1;
    }
    return 0;
}

/* "Zu seiner neuen Aufgabe wird Timo Rasch … zitiert:", "Nach dem Spiel
 * in Kiel sagte Jana Holm …": in a verb-second language a sentence
 * opening with a prepositional phrase (token i) has its finite verb right
 * after the phrase (the first lowercase word after a noun that
 * continues no phrase) and its subject after the verb; the named person
 * there, in *out. */
static int v2_subject_after_phrase(const doc *d, size_t i, size_t b, spk *out)
{
    if (!quote_lang_trait(d->ql, TRAIT_V2) || !has_class(d, i, C_PREP | C_FUSED)) return 0;
    for (size_t z = i + 2; z + 1 < b && z - i < 10; z++) {
        const tok *t = &d->tk[z];
        if (t->kind != T_WORD) return 0;
        if (t->cap || !d->tk[z - 1].cap) continue;
        /* (the phrase goes on: "des Vereins und seiner Aufgabe") */
        if (t->cls & (C_PREP | C_FUSED | C_ARTICLE | C_OF | C_POSSDET | C_CONJ)) continue;
        if (t->cls & (C_SUB | C_PRON)) return 0;
        return person_after_verb(d, z + 1, b, out) == 1;
    }
    return 0;
}

/* The sentence subject of tokens [a, b): after a leading adverbial, the
 * first noun phrase or pronoun. */
static int describes(const doc *d, size_t i);
static int statement_source(const doc *d, size_t i, size_t hi, spk *out, size_t *end);
static int impersonal_before(const doc *d, size_t v, size_t a, spk *out);

/* "Lopez campaign manager Ana Diaz released …": the name p opening a
 * subject is a modifier when describing words ending in a role and a
 * name follow it (before token b); p becomes that name's phrase. */
static void name_as_modifier(const doc *d, size_t b, np *p)
{
    if (p->na >= p->b || p->det || d->tk[p->b - 1].poss || p->b >= b) return;
    /* ("Lopez quotes former aide Ana Diaz:": a word in -s right after the
     * name may be the verb of its present tense, not a modifier) */
    const tok *w = &d->tk[p->b];
    if (w->kind == T_WORD && w->e - w->s > 2 && d->t[w->e - 1] == 's' && d->t[w->e - 2] != 's')
        return;
    size_t j = p->b;
    while (j < b && j - p->b < 4 && describes(d, j)) j++;
    np q;
    if (j > p->b && has_class(d, j - 1, C_ROLE) && np_fwd(d, j, b, &q) && q.na < q.b) *p = q;
}

static spk main_subject(const spk_ctx *c, size_t a, size_t b)
{
    doc *d = c->d;
    spk none = {0};
    size_t i = subject_start(d, a, b);
    if (i >= b) return none;
    spk after;
    if (v2_subject_after_clause(d, a, b, &after)) return after;
    if (is_pron(d, i)) {
        /* "He" opening a sentence about the person just named: evidence
         * of their sex for later pronouns. */
        spk s = pronoun(c, i);
        note_sex(d, &s, d->tk[i].cls & (C_MALE | C_FEMALE));
        return s;
    }
    {
        /* "A statement from the Harbor Board said …", "… read:": the
         * statement's source speaks */
        spk s;
        size_t e;
        if (statement_source(d, i, b, &s, &e)) {
            size_t v0 = skip_fwd(d, e, b);
            if (is_verb(d, v0, C_SPEECH) ||
                (v0 + 1 < b && d->tk[v0].kind == T_WORD && !d->tk[v0].cap && !d->tk[v0].cls &&
                 d->tk[v0 + 1].kind == T_COLON))
                return s;
        }
    }
    np p;
    size_t v = b;
    if (np_fwd(d, i, b, &p)) {
        /* the subject opens the sentence */
    } else if (quote_lang_trait(d->ql, TRAIT_V2) && i + 1 < b && has_class(d, i, C_SKIP) &&
               !is_pron(d, i) && np_fwd(d, i + 1, b, &p)) {
        /* "Auch der Minister will …": a particle before the subject, one
         * first place with it before the verb */
    } else if ((v = v2_verb_after_adverb(d, i, b)) < b &&
               np_fwd(d, skip_fwd(d, v + 1, b), b, &p)) {
        /* "Unterdessen lobte die Ministerin, Ana Lopez, den Plan": an
         * adverb in first place, the verb second, then the subject */
    } else if (v2_subject_after_phrase(d, i, b, &after)) {
        return after;
    } else {
        /* "Hours later, Ana Lopez …", "On Monday, after a long wait, Ana
         * Lopez …": an opening phrase of no list, then the named subject */
        size_t n = opening_phrase_end(d, i, b);
        if (n < b && n + 1 < b && np_fwd(d, n + 1, b, &p) && p.na < p.b) {
            spk s = spk_from_np(d, &p);
            if (s.found == 1 && s.person) return s;
        }
        /* "At one point Ana Lopez turned …", "Later that day Lopez
         * wrote …": a short opening phrase of lowercase words with no
         * comma, then a person's name and a lowercase verb */
        if (n == b && has_class(d, i, C_PREP | C_LEAD)) {
            size_t j = i + 1;
            while (j < b && j - i < 6 && d->tk[j].kind == T_WORD && !d->tk[j].cap &&
                   !(d->tk[j].cls & (C_SPEECH | C_REPORT | C_PRON | C_CONJ | C_SUB)))
                j++;
            /* (the opener's own words come first: "In Iowa Lopez" is no
             * name after a phrase, "As Lopez spoke" a clause's subject) */
            int obj = j > i + 1 && !has_class(d, j - 1, C_PREP) && !is_det(d, j - 1);
            if (obj && j < b && np_fwd(d, j, b, &p) && p.na == p.a && p.na < p.b &&
                !d->tk[p.b - 1].poss &&
                p.b < b && d->tk[p.b].kind == T_WORD && !d->tk[p.b].cap &&
                !has_class(d, p.b, C_OF | C_PREP)) {
                spk s = spk_from_np(d, &p);
                if (s.found == 1 && s.person) return s;
            }
        }
        return none;
    }
    name_as_modifier(d, b, &p);
    spk s = spk_from_np(d, &p);
    note_full_name_sex(d, &p, &s);
    if (s.found != 1 && p.na == p.b && p.has_role) {
        /* "Trump's envoy for the conflict, Steve Witkoff, ..." */
        for (size_t j = p.b; j < b && j < p.b + 8; j++) {
            if (d->tk[j].kind != T_COMMA) continue;
            np q;
            if (np_fwd(d, j + 1, b, &q) && q.na < q.b) return spk_from_np(d, &q);
            break;
        }
    }
    return s.found ? s : none;
}

/* ---- speech verbs and frames ------------------------------------------ */

/* Where a phrase ends at token j, within [.., hi): the frame is over (its
 * end, a comma, a parenthesis, a dash), the person's place follows ("of
 * the New York delegation") or a circumstance ("in a statement", "when
 * asked"). */
static int frame_ends(const doc *d, size_t j, size_t hi)
{
    if (j >= hi) return 1;
    uint8_t k = d->tk[j].kind;
    return k == T_COMMA || k == T_END || k == T_OTHER || k == T_DASH ||
           has_class(d, j, C_OF | C_PREP | C_SUB);
}

/* Before token v, past what may stand between a name and its verb: a
 * parenthesis of up to 8 tokens ("Maria Olsen (D-Ore.) said") and an age
 * between commas ("Lena Fox, 33, said"). */
static size_t before_insert(const doc *d, size_t v, size_t lo)
{
    size_t j = v;
    if (j > lo + 1 && is_mark(d, j - 1, ')')) {
        size_t k = j - 1;
        while (k > lo && j - k < 9 && !is_mark(d, k, '(')) k--;
        if (k > lo && is_mark(d, k, '(')) j = k;
    }
    if (j > lo + 3 && d->tk[j - 1].kind == T_COMMA && d->tk[j - 3].kind == T_COMMA &&
        d->tk[j - 2].kind == T_WORD && d->t[d->tk[j - 2].s] >= '0' && d->t[d->tk[j - 2].s] <= '9')
        j -= 3;
    return j;
}

/* In a verb-second language, the verb of speech at token v closes its
 * clause (an auxiliary may follow: "betont hatte,"). */
static int v2_clause_final(const doc *d, size_t v)
{
    if (!quote_lang_trait(d->ql, TRAIT_V2)) return 0;
    size_t n = v + 1;
    if (n < d->nt && d->tk[n].kind == T_WORD && (d->tk[n].cls & C_SKIP) &&
        d->tk[n].sent == d->tk[v].sent)
        n++;
    return n >= d->nt || d->tk[n].sent != d->tk[v].sent || d->tk[n].kind == T_COMMA ||
           d->tk[n].kind == T_END || d->tk[n].kind == T_COLON;
}

/* "wie der Minister Timo Rasch am Montag in Kiel erklärte,", "zumal
 * Timo Rasch betont hatte,": a German subordinate clause puts its verb
 * last and its subject right after the subordinator that opens it (at a
 * sentence's start or after a comma or quote), whatever circumstances
 * stand between; the named subject of the clause the verb at token v
 * closes, in *out. */
static int subordinate_subject(const doc *d, size_t v, size_t lo, spk *out)
{
    if (!v2_clause_final(d, v)) return 0;
    for (size_t u = v; u-- > lo && v - u < 30;) {
        const tok *k = &d->tk[u];
        if (k->sent != d->tk[v].sent || k->kind == T_QUOTE || k->kind == T_COLON) return 0;
        if (k->kind != T_WORD || !(k->cls & C_SUB)) continue;
        if (!k->first && !(u > 0 && (d->tk[u - 1].kind == T_COMMA || d->tk[u - 1].kind == T_QUOTE)))
            continue;
        np p;
        if (!np_fwd(d, u + 1, v, &p)) return 0;
        if (p.na == p.b && p.has_role && p.b < v && d->tk[p.b].kind == T_COMMA) {
            /* "wie die Sprecherin des Amts, Jana Holm, erklärte" */
            np q;
            if (!np_fwd(d, p.b + 1, v, &q)) return 0;
            p = q;
        }
        if (p.na >= p.b) return 0;
        spk s = spk_from_np(d, &p);
        if (s.found != 1) return 0;
        *out = s;
        return 1;
    }
    return 0;
}

/* German relative clauses put the verb last: ", die Timo Rasch im
 * Wahlkampf zum Ziel erklärt hatte:" has its named subject right after
 * the relative pronoun, which follows a comma; the relative pronoun
 * opening the clause the verb at token v closes (or, when v is
 * (size_t)-1, the clause tokens [.., hi) are in), and that named subject
 * in *out when there is one. Returns the pronoun's token, or (size_t)-1. */
static size_t relative_open(const doc *d, size_t hi, size_t lo)
{
    for (size_t u = hi; u-- > lo && hi - u < 24;) {
        const tok *k = &d->tk[u];
        if (k->sent != d->tk[hi - 1].sent || k->kind == T_QUOTE || k->kind == T_COLON ||
            k->kind == T_END)
            return (size_t)-1;
        if (k->kind == T_COMMA) return (size_t)-1;
        if (k->kind == T_WORD && (k->cls & C_REL) && u > lo && d->tk[u - 1].kind == T_COMMA)
            return u;
    }
    return (size_t)-1;
}

static int relative_named_subject(const doc *d, size_t u, size_t hi, spk *out)
{
    np p;
    if (is_det(d, u + 1)) {
        /* ", die der Minister Timo Rasch … erklärt hatte" */
        if (!np_fwd(d, u + 1, hi, &p) || p.na >= p.b) return 0;
    } else {
        /* ", die Timo Rasch …": the article's place makes the capitals
         * nouns to the word lists; a person the text names elsewhere */
        size_t j = u + 1;
        while (j < hi && j - u <= 4 && d->tk[j].kind == T_WORD && d->tk[j].cap &&
               !(d->tk[j].cls & (C_NOTNAME | C_PREP | C_CONJ | C_SKIP | C_PRON | C_ARTICLE)))
            j++;
        if (j == u + 1 || j >= hi || d->tk[j].cap) return 0;
        p = (np){.a = u + 1, .b = j, .na = u + 1};
        while (p.na < p.b && (d->tk[p.na].cls & (C_ROLE | C_HONOR | C_NAT))) p.na++, p.has_role = 1;
        if (p.na >= p.b) return 0;
    }
    spk s = spk_from_np(d, &p);
    if (s.found != 1 || !s.person) return 0;
    *out = s;
    return 1;
}

static int relative_subject(const doc *d, size_t v, size_t lo, spk *out)
{
    if (!quote_lang_trait(d->ql, TRAIT_V2) || !v2_clause_final(d, v) || v <= lo) return 0;
    size_t u = relative_open(d, v, lo);
    return u != (size_t)-1 && relative_named_subject(d, u, v, out);
}

/* A verb of quoting at v ("zitierte", "zitiert"): the one quoted is its
 * object, the last phrase after it that no preposition opens, when the
 * subject that relays stands before the verb or between ("Die Zeitung
 * zitierte X mit den Worten:", "„…“, zitiert der Sender X."); a name
 * after a noun right after the verb is apposed to it ("zitierte die
 * Zeitung X"); of a participle closing the clause, the passive's subject
 * before it ("X wurde mit den Worten zitiert:").  With no object ("Die
 * Zeitung zitierte aus dem Brief:") the words are someone else's: no
 * speaker.  1 and the speaker (maybe none) in *out when v is such a
 * verb. */
static int cited_speaker(const doc *d, size_t v, size_t lo, spk *out)
{
    if (!has_class(d, v, C_CITE)) return 0;
    spk none = {0};
    *out = none;
    size_t a = v;
    while (a > lo && d->tk[a - 1].kind == T_WORD && d->tk[a - 1].sent == d->tk[v].sent) a--;
    size_t e = v + 1;
    while (e < d->nt && d->tk[e].kind == T_WORD && d->tk[e].sent == d->tk[v].sent) e++;
    np before, after;
    size_t nb = 0, na = 0;
    for (size_t i = a; i < e;) {
        np p;
        if (i == v) {
            i++;
        } else if (has_class(d, i, C_PREP | C_FUSED)) {
            /* the phrase the preposition opens: its article, adjectives
             * and capitalised words ("in der Kieler Post") */
            size_t j = i + 1;
            if (j < e && j != v && is_det(d, j)) {
                j++;
                size_t m = j;
                while (m < e && m != v && m - j < 2 && describes(d, m)) m++;
                if (m < e && m != v && d->tk[m].cap) j = m;
            }
            while (j < e && j != v && d->tk[j].kind == T_WORD && d->tk[j].cap && !is_det(d, j))
                j++;
            i = j > i + 1 ? j : i + 1;
        } else if (np_fwd(d, i, i < v ? v : e, &p)) {
            if (i < v) {
                before = p;
                nb++;
            } else {
                after = p;
                na++;
            }
            i = p.b;
        } else {
            i++;
        }
    }
    /* "X, der Chef, wird von der „Post“ mit den Worten zitiert:": the
     * subject before what the clause holds */
    if (!na && !nb && e == v + 1) return 0;
    np *w = NULL;
    if (na && (nb || after.a > v + 1)) {
        w = &after;
    } else if (na && after.det && after.na > after.a + 1 && after.na < after.b &&
               np_fwd(d, after.na, after.b, &after)) {
        w = &after;
    } else if (!na && nb && e == v + 1) {
        w = &before;
    }
    if (w) {
        spk s = spk_from_np(d, w);
        if (s.found) *out = s;
    }
    return 1;
}

/* The speaker of the speech verb at token v: the phrase right before it
 * (over adverbs and auxiliaries: "Zelensky on Saturday accused"), a
 * pronoun, or, when the verb has no subject of its own ("…, stating",
 * "who led the team, said"), the sentence subject. */
static spk verb_subject(const spk_ctx *c, size_t v, size_t lo)
{
    const doc *d = c->d;
    spk none = {0};
    {
        spk s;
        if (cited_speaker(d, v, lo, &s)) return s;
        if (impersonal_before(d, v, subject_start(d, lo, v), &s)) return s;
    }
    size_t j = skip_back(d, v, lo);
    np p;
    {
        /* "The Gazette quoted Ana Lopez as saying", "quoted the mayor, Ana
         * Lopez, as saying": the person quoted, not who quoted her */
        size_t w = 0, a = v;
        while (a > lo && v - a < 3 && (w = quoted_as_at(d, a)) == 0) a--;
        if (w && a + w == v + 1 && a > lo + 1) {
            size_t n = a - 1;
            if (d->tk[n].kind == T_COMMA && n > lo + 1) n--;
            if (np_back(d, n, lo, &p, 0) && p.na < p.b) {
                spk s = spk_from_np(d, &p);
                if (s.found == 1) return s;
            }
        }
    }
    if (j > lo + 1 && d->tk[j - 1].kind == T_COMMA) {
        /* "One resident, Valentina, noted": a name between commas; "die
         * Sprecherin, Ana Lopez (SPD), erklärte": with its party */
        size_t n = before_insert(d, j - 1, lo);
        np ap;
        if (n > lo && name_word(d, n - 1) && np_back(d, n - 1, lo, &ap, 0) && ap.a > lo + 1 &&
            d->tk[ap.a - 1].kind == T_COMMA &&
            ((d->tk[ap.a - 2].cls & C_ROLE) || spk_from_np(d, &ap).person)) {
            if (n == j - 1) {
                j--; /* but not "in Porto, Portugal, said" */
            } else {
                spk s = spk_from_np(d, &ap);
                if (s.found == 1) return s;
            }
        }
    }
    if (!is_gerund(d, v) && j > lo + 2 && d->tk[j - 1].kind == T_COMMA) {
        /* "Ana Lopez, in a bid to end the row, wrote, …": a name, then a
         * phrase set off by commas that opens in lowercase, then the verb */
        size_t u = j - 2;
        while (u > lo && j - u < 20 && d->tk[u].kind != T_COMMA && d->tk[u].kind != T_END &&
               d->tk[u].kind != T_QUOTE)
            u--;
        np ap;
        if (u > lo && u + 1 < j - 1 && d->tk[u].kind == T_COMMA && d->tk[u + 1].kind == T_WORD &&
            !d->tk[u + 1].cap && name_word(d, u - 1) && np_back(d, u - 1, lo, &ap, 0) &&
            ap.na < ap.b) {
            spk s = spk_from_np(d, &ap);
            if (s.found == 1 && s.person) return s;
        }
    }
    if (is_gerund(d, v) && j > lo && d->tk[j - 1].kind == T_COMMA) {
        /* "Mateen left early, Nefzi said, adding, …": the gerund's subject
         * is that of the speech verb before it */
        for (size_t u = j - 1; u-- > lo && j - u < 12;) {
            if (d->tk[u].kind == T_QUOTE || d->tk[u].kind == T_END) break;
            if (is_verb(d, u, C_SPEECH) && !is_gerund(d, u)) {
                spk s = verb_subject(c, u, lo);
                if (s.found) return s;
                break;
            }
        }
    }
    if (quote_lang_trait(d->ql, TRAIT_V2) && has_class(d, v, C_INVERT)) {
        /* "Dazu sagte der Minister Ana Lopez:", "Der Zeitung sagte Ana
         * Lopez:": in a verb-second language a name right after the
         * finite verb is its subject */
        size_t f = skip_fwd(d, v + 1, d->nt);
        /* ("X sagte der Nachrichtenagentur Y:": a person named opening
         * the clause right before the verb is its subject, the phrase
         * after it the listener) */
        np b;
        size_t st = subject_start(d, lo, v);
        if (!(j > lo && np_back(d, j - 1, lo, &b, 0) && b.a == st && b.na < b.b &&
              spk_from_np(d, &b).person) &&
            np_fwd(d, f, d->nt, &p) && p.na < p.b && d->tk[p.a].sent == d->tk[v].sent) {
            spk s = spk_from_np(d, &p);
            if (s.found == 1) return s;
        }
        /* "Weiter sagte sie:": a pronoun right after the verb, a verb of
         * the singular (no "-en" of the plural, "sagten sie") */
        const tok *vk = &d->tk[v];
        if (f < d->nt && d->tk[f].sent == vk->sent && is_pron(d, f) && f + 1 < d->nt &&
            (d->tk[f + 1].kind == T_COLON || d->tk[f + 1].kind == T_COMMA) &&
            !(vk->e - vk->s > 2 && memcmp(d->t + vk->e - 2, "en", 2) == 0)) {
            /* (only when the person it stands for is the one named last:
             * "Dagegen hält Jana Holm nichts davon. Im Radio sagte sie:"
             * is not the voice before) */
            spk s = pronoun(c, f), n = nearest_person(d, f);
            if (s.found == 1 && n.found == 1 && s.name && n.name && strcmp(s.name, n.name) == 0)
                return s;
            return none;
        }
    }
    if (j > lo && is_pron(d, j - 1)) return pronoun(c, j - 1);
    if (j > lo + 1 && is_mark(d, j - 1, ')')) {
        /* "Speaker of the House Rep. Ana Lopez (D-Ore.) said": the name
         * before the party, however long the title before it */
        size_t n = before_insert(d, j, lo);
        if (n < j && n > lo && np_back(d, n - 1, lo, &p, 0) && p.na < p.b) {
            spk s = spk_from_np(d, &p);
            if (s.found == 1) return s;
        }
    }
    {
        /* German: the verb closes a relative clause with a named subject
         * of its own ("die X zum Ziel erklärt hatte:"), or a subordinate
         * clause whose subject is a person named right after the
         * subordinator ("Wie Timo Rasch der Zeitung sagte,": the phrase
         * right before the verb is the listener) */
        spk s;
        if (relative_subject(d, v, lo, &s)) return s;
        if (quote_lang_trait(d->ql, TRAIT_V2) && subordinate_subject(d, v, lo, &s) &&
            s.found == 1 && s.person)
            return s;
    }
    if (j > lo && d->tk[j - 1].kind != T_COMMA && !np_back(d, j - 1, lo, &p, 0)) {
        /* German: the verb closes a subordinate clause ("wie X am Montag
         * erklärte,") */
        spk s;
        if (subordinate_subject(d, v, lo, &s)) return s;
    }
    /* "with Prime Minister Keir Starmer accusing": a gerund's subject may
     * follow a preposition */
    if (j > lo && np_back(d, j - 1, lo, &p, is_gerund(d, v) && j == v)) {
        spk s = spk_from_np(d, &p);
        /* "Lopez replied on Facebook writing, "…"": after a preposition,
         * a phrase that names no person is where she spoke, not who */
        if (p.a > lo && has_class(d, p.a - 1, C_PREP) && c->cur.found == 1 && c->cur.person &&
            (!s.person || (is_gerund(d, v) && j == v && !has_class(d, p.a - 1, C_ABSOLUTE))))
            return c->cur;
        return s.found ? s : none;
    }
    /* "But, said Alun Michael, a senior official, ``…''": only verbs that
     * take no object invert ("told CNN" names the listener) */
    /* (the name closes the frame: "Ana Brook, the chair, said Wendt is
     * to blame" reports what Brook said of Wendt) */
    if (has_class(d, v, C_INVERT) && (j <= lo || d->tk[j - 1].kind == T_COMMA) &&
        np_fwd(d, v + 1, d->nt, &p) && p.na < p.b && frame_ends(d, p.b, d->nt))
        return spk_from_np(d, &p);
    if (j > lo + 1 && has_class(d, j - 1, C_CONJ)) {
        /* "Lopez said the club will meet, but said, "…"": a verb joined
         * by a conjunction shares the subject of the verb before it */
        for (size_t u = j - 1; u-- > lo && j - u < QUOTES_WINDOW;) {
            if (d->tk[u].kind == T_QUOTE || d->tk[u].kind == T_END) break;
            if (is_verb(d, u, C_SPEECH) && !is_gerund(d, u)) {
                spk s = verb_subject(c, u, lo);
                if (s.found) return s;
                break;
            }
        }
    }
    return c->cur;
}

/* 1 and the speaker in *out when p names one. */
static int found_in(const doc *d, const np *p, spk *out)
{
    spk s = spk_from_np(d, p);
    if (!s.found) return 0;
    *out = s;
    return 1;
}

/* A word that may describe the person named after it: lowercase, and no
 * preposition, conjunction, pronoun or verb of speech ("his campaign
 * manager", "city council member", but not "on Tuesday", "that"). */
static int describes(const doc *d, size_t i)
{
    const tok *k = &d->tk[i];
    if (k->kind != T_WORD || k->cap) return 0;
    if (k->cls & (C_PREP | C_CONJ | C_SUB | C_SPEECH | C_REPORT | C_LEAD)) return 0;
    return !(k->cls & C_PRON) || (k->cls & C_POSSDET);
}

/* `said his campaign manager Jeff Morton`, `said Clinton campaign manager
 * Robby Mook`: an inverting verb's speaker after up to eight describing
 * words, names among them as modifiers, the last name closing the frame. */
static int described_after(const spk_ctx *c, size_t v, size_t hi, spk *out)
{
    const doc *d = c->d;
    if (!has_class(d, v, C_INVERT)) return 0;
    size_t i = v + 1;
    while (i < hi && i - v <= 8) {
        if (describes(d, i)) {
            i++;
            continue;
        }
        np p;
        if (!np_fwd(d, i, hi, &p)) {
            /* "Republican strategist": a capital qualifying the noun */
            if (d->tk[i].kind != T_WORD || !d->tk[i].cap) return 0;
            i++;
            continue;
        }
        if (frame_ends(d, p.b, hi)) return i > v + 1 && p.na < p.b && found_in(d, &p, out);
        if (!describes(d, p.b)) return 0;
        i = p.b;
    }
    return 0;
}

/* `"…," city council member Anna Lindqvist said`: the first speech verb
 * of the frame from token i, and the name right before it (over adverbs,
 * a parenthesis or an age), whatever describes the name before that. */
static int name_before_verb(const spk_ctx *c, size_t i, size_t hi, spk *out)
{
    const doc *d = c->d;
    size_t v = i;
    int paren = 0; /* "(D-Ore.)": its period ends nothing */
    while (v < hi && v - i < 12 && d->tk[v].kind != T_QUOTE &&
           (d->tk[v].kind != T_END || paren) && !is_verb(d, v, C_SPEECH)) {
        if (d->tk[v].kind == T_OTHER) paren = is_mark(d, v, '(');
        v++;
    }
    if (v >= hi || v == i || !is_verb(d, v, C_SPEECH)) return 0;
    size_t j = before_insert(d, skip_back(d, v, i), i);
    np p;
    if (j <= i || !name_word(d, j - 1) || !np_back(d, j - 1, i, &p, 0) || p.na >= p.b) return 0;
    /* only descriptions between the frame's start and the name */
    for (size_t k = i; k < p.a; k++)
        if (!describes(d, k) && !np_word(d, k) && !is_det(d, k)) return 0;
    return found_in(d, &p, out);
}

/* `the group's president, Ana Lopez,`, `the top Democrat on the panel,
 * Ana Lopez,`: a description opening with an article or a possessive at
 * token i, holding a role word and no verb, pronoun or clause, up to a
 * comma (at most 10 tokens); then the name apposed to it, closed by a
 * comma. The name's phrase in *q. */
static int described_apposed(const doc *d, size_t i, size_t hi, np *q)
{
    if (i >= hi || !(is_det(d, i) || has_class(d, i, C_POSSDET))) return 0;
    int role = 0;
    size_t j = i + 1;
    for (; j < hi && j - i < 10 && d->tk[j].kind == T_WORD; j++) {
        const tok *k = &d->tk[j];
        if (k->cls & (C_SPEECH | C_REPORT | C_SUB | C_CONJ | C_REL)) return 0;
        if ((k->cls & C_PRON) && !(k->cls & C_POSSDET)) return 0;
        if (k->cls & C_ROLE) role = 1;
    }
    if (!role || j >= hi || d->tk[j].kind != T_COMMA) return 0;
    return np_fwd(d, j + 1, hi, q) && q->na < q->b && !q->det && q->b < hi &&
           d->tk[q->b].kind == T_COMMA;
}

/* `"…," Ada Brennan, co-founder of the Harbor Trust, said`: a name opening
 * the frame, an apposition between commas, then the speech verb. */
static int name_apposition_verb(const spk_ctx *c, size_t i, size_t hi, spk *out)
{
    const doc *d = c->d;
    np p;
    int apposed = 0;
    /* `"…," farm delegate Olaf Brink, wearing a hat, said`: describing
     * words before the name */
    size_t n0 = i;
    while (n0 < hi && n0 - i < 4 && describes(d, n0) && !is_det(d, n0) &&
           !has_class(d, n0, C_POSSDET))
        n0++;
    if (n0 > i && np_fwd(d, n0, hi, &p) && p.na < p.b && !p.det) i = n0;
    np q;
    size_t cm;
    if (described_apposed(d, i, hi, &q)) {
        /* `"…," the group's president, Ana Lopez, said` */
        p = q;
        cm = q.b;
        apposed = 1;
        goto verb;
    }
    if (!np_fwd(d, i, hi, &p)) return 0;
    if (p.b < hi && d->tk[p.b - 1].poss) {
        /* `"…," Lopez's campaign manager, Rick Wendt, said`, `Lopez's
         * neighbor, Ana Hill,`: the role after a possessive name (the
         * name apposed to it below) */
        size_t j = p.b;
        /* ("chief of staff": "of" inside the role) */
        while (j < hi && j - p.b < 6 &&
               (describes(d, j) || (j > p.b && has_class(d, j, C_OF) && describes(d, j + 1))))
            j++;
        if (j == p.b) return 0;
        p.b = j;
        p.na = j;
        p.has_role = 1;
    }
    if (p.na == p.b && p.has_role && p.b < hi && has_class(d, p.b, C_OF)) {
        /* `the chief of staff, Ana Lopez,`: the body a role is of */
        size_t j = p.b + 1;
        if (j < hi && is_det(d, j)) j++;
        while (j < hi && j - p.b < 6 && (describes(d, j) || np_word(d, j))) j++;
        if (j > p.b + 1 && j < hi && d->tk[j].kind == T_COMMA) p.b = p.na = j;
    }
    cm = p.b; /* the comma opening the apposition */
    if (p.na < p.b && cm < hi && has_class(d, cm, C_OF)) {
        /* `"…," Rep. Ana Lopez of Oregon, the panel's chair, said`: the
         * person's place after the name */
        size_t j = cm + 1;
        if (j < hi && is_det(d, j)) j++;
        size_t s0 = j;
        while (j < hi && j - s0 < 5 && np_word(d, j) && d->tk[j].cap) j++;
        if (j > s0 && j < hi && d->tk[j].kind == T_COMMA) cm = j;
    }
    if (cm >= hi || d->tk[cm].kind != T_COMMA) return 0;
    if (p.na == p.b && p.has_role) {
        /* `"…," the campaign manager, Jeff Weimer, said`: a role, then
         * the name apposed to it */
        if (!np_fwd(d, p.b + 1, hi, &q) || q.na >= q.b || q.det || q.b >= hi ||
            d->tk[q.b].kind != T_COMMA)
            return 0;
        p = q;
        cm = q.b;
        apposed = 1;
    } else if (!np_word(d, i) || p.na >= p.b) {
        return 0;
    }
verb:;
    int paren = 0;
    for (size_t v = cm + 1; v < hi && v - cm < 25; v++) {
        uint8_t k = d->tk[v].kind;
        /* an abbreviation's period ("R-Ky.,") ends nothing either */
        int abbrev = k == T_END && v + 1 < hi && d->tk[v + 1].kind == T_COMMA;
        /* (a few words quoted inside the apposition, between words:
         * `X, wearing "Vote Lopez" pins, said`) */
        int inner = k == T_QUOTE && d->tk[v - 1].kind == T_WORD && v + 1 < hi &&
                    d->tk[v + 1].kind == T_WORD && !d->tk[v + 1].cap;
        if ((k == T_QUOTE && !inner) || (k == T_END && !paren && !abbrev)) return 0;
        if (k == T_OTHER) paren = is_mark(d, v, '(');
        if (!is_verb(d, v, C_SPEECH)) continue;
        /* "one of the states suing": after an article, a noun */
        if (is_det(d, v - 1) || has_class(d, v - 1, C_POSSDET) || d->tk[v - 1].poss) continue;
        size_t j = skip_back(d, v, cm);
        return d->tk[j - 1].kind == T_COMMA && (j - 1 > cm || apposed) && found_in(d, &p, out);
    }
    return 0;
}

/* `said the head of the harbour board, Ada Brennan.`: after a phrase that
 * names no one, from token i, an apposition with the name closes the
 * frame (within 12 tokens, before any sentence end, quote or verb of
 * speech). */
static int role_apposition(const doc *d, size_t i, size_t hi, spk *out)
{
    for (size_t j = i; j < hi && j - i < 12; j++) {
        uint8_t k = d->tk[j].kind;
        if (k == T_END || k == T_QUOTE || k == T_COLON || is_verb(d, j, C_SPEECH)) return 0;
        if (k != T_COMMA) continue;
        np q;
        if (!np_fwd(d, j + 1, hi, &q) || q.na >= q.b || q.det) return 0;
        /* "…, General Ada Brenner heute auf einer Pressekonferenz.": in a
         * verb-second language an adverb may follow the apposed name */
        size_t e = q.b;
        if (quote_lang_trait(d->ql, TRAIT_V2) && e < hi && d->tk[e].kind == T_WORD &&
            !d->tk[e].cap && has_class(d, e, C_SKIP))
            e = skip_fwd(d, e, hi);
        if (!frame_ends(d, e, hi) && !is_mark(d, e, '(')) return 0;
        spk s = spk_from_np(d, &q);
        if (s.found != 1 || !s.person) return 0;
        *out = s;
        return 1;
    }
    return 0;
}

/* `released by the Harbor Board`, `asked by Ana Lopez`: the agent of a
 * passive of issuing or asking ([agent], at token i), named right after
 * it and closing the frame, issued the words quoted. */
static int agent_of(const doc *d, size_t i, size_t hi, spk *out, size_t *end)
{
    size_t na = agent_at(d, i);
    if (!na) return 0;
    /* "asked by talk show host Ana Lopez": describing words, then a name */
    size_t j = i + na;
    while (j < hi && j - i - na < 4 && describes(d, j) && !is_det(d, j)) j++;
    np p;
    spk s;
    if (!np_fwd(d, j, hi, &p) || (j > i + na && p.na >= p.b) || !frame_ends(d, p.b, hi) ||
        !found_in(d, &p, &s) || s.found != 1)
        return 0;
    *out = s;
    *end = p.b;
    return 1;
}

/* Tokens [i, e) are a clause set off by commas that opens in lowercase
 * (`asked by Ana Lopez, who backs the plan, "…"`): a relative clause or
 * an apposition describing the name before i, at most 20 tokens. */
static int clause_to(const doc *d, size_t i, size_t e)
{
    if (e <= i + 1 || e - i > 20 || d->tk[i].kind != T_COMMA || d->tk[i + 1].kind != T_WORD ||
        d->tk[i + 1].cap)
        return 0;
    for (size_t j = i + 1; j < e; j++)
        if (d->tk[j].kind == T_END || d->tk[j].kind == T_QUOTE || d->tk[j].kind == T_COLON)
            return 0;
    return 1;
}

/* `"…," in a statement released by X`: a phrase of a few words with no
 * verb of speech, from token i, leading to a passive's agent. */
static int agent_after(const doc *d, size_t i, size_t hi, spk *out)
{
    for (size_t j = i; j < hi && j - i < 8; j++) {
        uint8_t k = d->tk[j].kind;
        if (k != T_WORD || is_verb(d, j, C_SPEECH)) return 0;
        size_t end;
        if (agent_at(d, j)) return agent_of(d, j, hi, out, &end);
    }
    return 0;
}

/* `a statement from the Harbor Board`, `the joint statement released by
 * Ana Lopez`: from token i, an article, at most two describing words, a
 * noun of something said ([speech-noun]) and the source after [from] or a
 * passive's agent; the source in *out, the token after it in *end. */
static int statement_source_of(const doc *d, size_t i, size_t hi, spk *out, size_t *end,
                               uint32_t preps)
{
    size_t j = i;
    if (j < hi && is_det(d, j)) j++;
    for (int n = 0; j < hi && n < 2 && describes(d, j) && !has_class(d, j, C_SPNOUN); n++) j++;
    if (j >= hi || d->tk[j].kind != T_WORD || d->tk[j].cap || !has_class(d, j, C_SPNOUN))
        return 0;
    j++;
    if (agent_at(d, j)) return agent_of(d, j, hi, out, end);
    if (!has_class(d, j, preps)) return 0;
    j++;
    /* "from campaign manager Ana Lopez" */
    while (j < hi && j - i < 12 && describes(d, j) && !is_det(d, j)) j++;
    np p;
    spk s;
    if (!np_fwd(d, j, hi, &p) || !found_in(d, &p, &s) || s.found != 1) return 0;
    *out = s;
    *end = p.b;
    return 1;
}

static int statement_source(const doc *d, size_t i, size_t hi, spk *out, size_t *end)
{
    return statement_source_of(d, i, hi, out, end, C_FROM);
}

/* `"…" That was the promise from Ana Lopez.`, `"…" Those were the words
 * of Ana Lopez on Tuesday.`: a sentence opening with a demonstrative (a
 * capitalised word of [notname]) right after a quote standing alone, in
 * its paragraph or opening the next when the quote is all of its own,
 * names the source of the words: a noun of something said and the
 * source after [from] or [of], a person (or a body) named, within the
 * first 8 tokens. */
static int demonstrative_source(const doc *d, size_t k, spk *out)
{
    size_t ns = k + 1;
    while (ns < d->nt && d->tk[ns].sent == d->tk[k].sent) {
        if (d->tk[ns].kind != T_END) return 0;
        ns++;
    }
    if (ns >= d->nt || d->tk[ns].kind != T_WORD || !d->tk[ns].cap || !d->tk[ns].first ||
        !(d->tk[ns].cls & C_NOTNAME) || (d->tk[ns].cls & (C_PRON | C_ROLE | C_ORG)))
        return 0;
    if (d->tk[ns].para != d->tk[k].para) {
        /* (the quote is its paragraph) */
        if (k > 0 && d->tk[k - 1].para == d->tk[k].para) return 0;
    }
    size_t hi = ns;
    while (hi < d->nt && d->tk[hi].sent == d->tk[ns].sent) hi++;
    for (size_t j = ns + 1; j < hi && j - ns <= 8; j++) {
        if (d->tk[j].kind == T_QUOTE || d->tk[j].kind == T_COMMA) return 0;
        size_t e;
        spk s;
        if (is_det(d, j) && statement_source_of(d, j, hi, &s, &e, C_FROM | C_OF) &&
            frame_ends(d, e, hi) && (s.person || s.org)) {
            *out = s;
            return 1;
        }
    }
    return 0;
}

/* Where nouns are capitalised: a noun of something said and whose it is,
 * from token i (an article and lowercase adjectives first): "einer
 * Mitteilung von X", "der Erklärung des Verbands X", the source a person
 * or a body named; its end in *end. */
static int noun_said_of(const doc *d, size_t i, size_t hi, spk *out, size_t *end)
{
    if (!quote_lang_trait(d->ql, TRAIT_NOUN_CAPS)) return 0;
    size_t j = i;
    if (j < hi && is_det(d, j)) j++;
    for (int n = 0; j < hi && n < 2 && describes(d, j); n++) j++;
    if (j >= hi || d->tk[j].kind != T_WORD || !d->tk[j].cap || !has_class(d, j, C_SPNOUN))
        return 0;
    j++;
    if (j < hi && has_class(d, j, C_OF)) j++;
    else if (!(j < hi && is_det(d, j) && !d->tk[j].cap)) return 0;
    np p;
    spk s;
    if (!np_fwd(d, j, hi, &p) || p.na >= p.b || !found_in(d, &p, &s) || s.found != 1) return 0;
    *out = s;
    *end = p.b;
    return 1;
}

/* `„…“, heißt es in der Erklärung des Verbands.`, `hieß es vom Minister
 * Timo Rasch.`: a verb of speech at token v with an empty subject
 * ([impersonal]) and a preposition after it: the phrase the preposition
 * opens, up to the frame's end, is the source when it ends in a
 * person's full name. */
static int impersonal_source(const doc *d, size_t v, size_t hi, spk *out)
{
    size_t e = v + 1;
    if (!has_class(d, e, C_IMPERS) || d->tk[e].cap) return 0;
    size_t pp = skip_fwd(d, e + 1, hi);
    if (pp >= hi || !has_class(d, pp, C_PREP | C_FUSED | C_OF)) return 0;
    size_t a = pp + 1;
    if (a < hi && is_det(d, a)) a++;
    size_t z = a;
    while (z < hi && z - a < 12 && d->tk[z].kind == T_WORD && !has_class(d, z, C_SUB)) z++;
    if (z == a || z - a >= 12 || (z < hi && d->tk[z].kind != T_COMMA && d->tk[z].kind != T_END))
        return 0;
    np p;
    if (np_back(d, z - 1, a, &p, 1) && p.na < p.b && p.b - p.na >= 2) {
        spk s = spk_from_np(d, &p);
        if (s.found == 1 && s.person) {
            *out = s;
            return 1;
        }
    }
    /* "hieß es in einer Mitteilung von Siemens": a body named as whose
     * the words are */
    spk s;
    size_t end;
    if (noun_said_of(d, pp + 1, z, &s, &end) && end == z) {
        *out = s;
        return 1;
    }
    return 0;
}

/* "In einer Mitteilung von X hieß es:": the verb of speech at v with its
 * empty subject after it, the sentence opening (at a) with a preposition
 * and a noun of something said and whose it is, right before the verb. */
static int impersonal_before(const doc *d, size_t v, size_t a, spk *out)
{
    if (v + 1 >= d->nt || !has_class(d, v + 1, C_IMPERS) || d->tk[v + 1].cap || a + 2 >= v ||
        !has_class(d, a, C_PREP | C_FUSED))
        return 0;
    spk s;
    size_t end;
    if (!noun_said_of(d, a + 1, v, &s, &end) || skip_fwd(d, end, v) != v) return 0;
    *out = s;
    return 1;
}

/* The person of the possessive name at token w ("Lopez's"), named in
 * full in the document ("Ana Lopez"), in *out. */
static int possessive_person(const doc *d, size_t w, spk *out)
{
    const tok *k = &d->tk[w];
    if (k->kind != T_WORD || !k->poss || !k->cap) return 0;
    size_t n = k->e - k->s;
    n -= word_suffix_len(d->ql, SUF_POSSESSIVE, d->t + k->s, n);
    const uint32_t *l = n ? qmap_get(&d->bylast, d->t + k->s, n) : NULL;
    if (!l || d->nm_words[*l - 1] < 2) return 0;
    out->name = d->nm_name[*l - 1];
    out->role = d->nm_role[*l - 1];
    out->person = 1;
    out->org = 0;
    out->found = 1;
    return 1;
}

/* `her statement`, `Lopez's reply`, `Ana Lopez's brief response` from
 * token i (before hi): a possessive (a determiner, or the name of a
 * person the document names in full) and a noun of something said
 * ([speech-noun]), at most two describing words between.  The
 * possessor, a person, in *out; the token after the noun, or 0. */
static size_t possessive_speech_noun(const spk_ctx *c, size_t i, size_t hi, spk *out)
{
    const doc *d = c->d;
    size_t j = i;
    spk s = {0};
    if (j < hi && has_class(d, j, C_POSSDET)) {
        s = pronoun(c, j);
    } else {
        /* "Ana Lopez's": the first name before the possessive surname */
        while (j < hi && j - i < 3 && name_word(d, j) && !d->tk[j].poss) j++;
        if (j >= hi || !possessive_person(d, j, &s)) return 0;
    }
    if (s.found != 1 || !s.person) return 0;
    size_t n = j + 1;
    while (n < hi && n - j <= 2 && describes(d, n) && !has_class(d, n, C_SPNOUN)) n++;
    if (n >= hi || !has_class(d, n, C_SPNOUN) || d->tk[n].cap) return 0;
    *out = s;
    return n + 1;
}

/* `"…," her statement read.`, `"…," Lopez's reply went.`: a possessive
 * and a noun of something said, then one verb, closing the frame at
 * token i. */
static int possessive_frame(const spk_ctx *c, size_t i, size_t hi, spk *out)
{
    const doc *d = c->d;
    spk s;
    size_t v = possessive_speech_noun(c, i, hi, &s);
    if (!v || v >= hi || d->tk[v].kind != T_WORD || d->tk[v].cap ||
        has_class(d, v, C_PREP | C_CONJ | C_SUB | C_PRON | C_ARTICLE | C_POSSDET | C_OF))
        return 0;
    if (v + 1 < hi && !frame_ends(d, v + 1, hi) && !is_verb(d, v, C_SPEECH)) return 0;
    *out = s;
    return 1;
}

/* `Her statement read: "…"`, `Lopez's reply to the board was blunt,
 * "…"`: a sentence whose subject (from token st) is a possessive and a
 * noun of something said announces the possessor's words, quoted at
 * token k after a colon or a comma; the words between name no one else
 * (no capital, quote or sentence end, at most 15 tokens). */
static int possessive_announces(const spk_ctx *c, size_t st, size_t k, spk *out)
{
    const doc *d = c->d;
    if (k < st + 3 || (d->tk[k - 1].kind != T_COLON && d->tk[k - 1].kind != T_COMMA)) return 0;
    spk s;
    size_t e = possessive_speech_noun(c, st, k, &s);
    if (!e || k - 1 - e > 15) return 0;
    for (size_t i = e; i + 1 < k; i++) {
        const tok *t = &d->tk[i];
        if (t->kind == T_QUOTE || t->kind == T_END || t->kind == T_COLON ||
            (t->kind == T_WORD && t->cap))
            return 0;
    }
    *out = s;
    return 1;
}

/* `said X`, `X said`, `he said`, `according to X` starting at token i. */
static int frame_at(const spk_ctx *c, size_t i, size_t hi, spk *out)
{
    const doc *d = c->d;
    np p;
    if (i >= hi) return 0;
    if (possessive_frame(c, i, hi, out)) return 1;
    {
        /* `"…," a statement from the Harbor Board said.`, `"…," read a
         * statement from the board.`: the statement's source */
        spk s;
        size_t e;
        if (statement_source(d, i, hi, &s, &e) && is_verb(d, skip_fwd(d, e, hi), C_SPEECH)) {
            *out = s;
            return 1;
        }
        if (d->tk[i].kind == T_WORD && !d->tk[i].cap &&
            !has_class(d, i, C_PREP | C_CONJ | C_SUB | C_SKIP | C_PRON | C_ARTICLE) &&
            statement_source(d, i + 1, hi, &s, &e) && frame_ends(d, e, hi) &&
            !has_class(d, e, C_PREP | C_OF | C_SUB)) {
            *out = s;
            return 1;
        }
        /* `"…," was Lopez's reply.`, `"…," came her answer.`: one verb,
         * then a possessive and a noun of something said, closing the
         * frame */
        if (d->tk[i].kind == T_WORD && !d->tk[i].cap &&
            !has_class(d, i, C_PREP | C_CONJ | C_SUB | C_PRON | C_ARTICLE | C_POSSDET) &&
            (e = possessive_speech_noun(c, i + 1, hi, &s)) && frame_ends(d, e, hi) &&
            !has_class(d, e, C_PREP | C_OF | C_SUB)) {
            *out = s;
            return 1;
        }
    }
    if (quote_lang_trait(d->ql, TRAIT_V2) && d->tk[i].kind == T_WORD && !d->tk[i].cap &&
        has_class(d, i, C_SKIP) && !has_class(d, i, C_SPEECH | C_REPORT)) {
        /* "„…“, hatte X am Montag erklärt", "„…“, wird X in der Zeitung
         * zitiert": an auxiliary, the named subject, and the participle
         * of speech closing the clause; "„…“, ist sich X sicher": a
         * reflexive and one word of a view closing it */
        size_t f = skip_fwd(d, i + 1, hi);
        np p0;
        if (np_fwd(d, f, hi, &p0) && p0.na < p0.b) {
            size_t z = p0.b;
            while (z < hi && z - p0.b < 12 && d->tk[z].kind == T_WORD) z++;
            if (frame_ends(d, z, hi) && z > p0.b &&
                (is_verb(d, z - 1, C_SPEECH) || has_class(d, z - 1, C_CITE) ||
                 (f > i + 1 && z == p0.b + 1 && !d->tk[z - 1].cap &&
                  !has_class(d, z - 1, C_PREP | C_SKIP | C_CONJ)))) {
                spk s0 = spk_from_np(d, &p0);
                if (s0.found == 1) {
                    *out = s0;
                    return 1;
                }
            }
        }
    }
    /* "„…“ – das sagte X": in a verb-second language a word standing for
     * the quote, then the inverted verb, which opens the frame */
    if (quote_lang_trait(d->ql, TRAIT_V2) && has_class(d, i, C_DEMO) && i + 1 < hi &&
        is_verb(d, i + 1, C_SPEECH) && has_class(d, i + 1, C_INVERT))
        i++;
    /* "„…“, so urteilte X": in a verb-second language the verb may follow
     * "so", the frame's first word; the verb then opens the frame */
    if (quote_lang_trait(d->ql, TRAIT_V2) && is_verb(d, i, C_SPEECH) && i + 1 < hi &&
        is_verb(d, i + 1, C_SPEECH | C_REPORT) && has_class(d, i + 1, C_INVERT))
        i++;
    /* "« … », a déclaré X", "«…», ha dicho X": a compound tense puts the
     * auxiliary before the inverted participle; "a-t-il dit": and the
     * subject pronoun between them (a verb-second language puts the
     * subject between the two: "„…“, hat X gesagt") */
    if (!quote_lang_trait(d->ql, TRAIT_V2) && !is_verb(d, i, C_SPEECH) && i < hi &&
        !d->tk[i].cap) {
        size_t f = skip_fwd(d, i, hi);
        if (f > i && f < hi && is_pron(d, f) && f + 1 < hi && is_verb(d, f + 1, C_SPEECH) &&
            has_class(d, f + 1, C_INVERT)) {
            *out = pronoun(c, f);
            return 1;
        }
        if (f > i && f < hi && is_verb(d, f, C_SPEECH) && has_class(d, f, C_INVERT)) i = f;
    }
    if (is_verb(d, i, C_SPEECH)) {
        /* `"…," telling Channel 5 that …`: a gerund's subject is the
         * sentence's; the phrase after it is its object, the listener */
        if (is_gerund(d, i)) return 0;
        if (cited_speaker(d, i, i, out)) return 1;
        if (impersonal_source(d, i, hi, out)) return 1;
        /* past adverbs and reflexives: "äußerte sich der Minister" */
        size_t f = skip_fwd(d, i + 1, hi);
        if (is_pron(d, f) && f < hi) {
            *out = pronoun(c, f);
            return 1;
        }
        int has_np = np_fwd(d, f, hi, &p);
        /* "„…“, sagte der 61-Jährige": an age for the noun, after a
         * definite article, closing the frame (the person it means is
         * found in spk_from_np) */
        if (!has_np && f + 1 < hi && has_class(d, f, C_DEFINITE) &&
            d->tk[f + 1].kind == T_WORD && d->t[d->tk[f + 1].s] >= '0' &&
            d->t[d->tk[f + 1].s] <= '9' && frame_ends(d, f + 2, hi)) {
            np ag = {f, f + 2, f + 2, 1, 0, 0, 0};
            spk s = spk_from_np(d, &ag);
            if (s.found == 1) {
                *out = s;
                return 1;
            }
        }
        /* "„…“, warnten Timo Rasch und Jana Holm": two people after the
         * verb, no one voice */
        if (has_np && p.na < p.b && p.b + 1 < hi && has_class(d, p.b, C_CONJ) &&
            np_word(d, p.b + 1) && d->tk[p.b + 1].cap)
            return 0;
        /* "«…», añadió.", "«…», ha aggiunto in un'intervista": where the
         * subject pronoun is dropped, a verb with no subject after it is
         * the voice of the sentences before */
        if (!has_np && quote_lang_trait(d->ql, TRAIT_PRO_DROP) && frame_ends(d, f, hi)) {
            *out = pronoun(c, i);
            return 1;
        }
        if (has_np && p.na == p.b && role_apposition(d, p.b, hi, out)) return 1;
        /* "said the group's president, Ana Lopez.": a description no
         * phrase reads, then the name apposed to it */
        if (!has_np && f < hi && has_class(d, f, C_POSSDET | C_ARTICLE) &&
            role_apposition(d, f, hi, out))
            return 1;
        if (has_np && frame_ends(d, p.b, hi) && found_in(d, &p, out)) return 1;
        /* "„…“, sagte Timo Rasch dem Sender NDR": where nouns are
         * capitalised, an article after the name opens another phrase
         * (the listener, an object): the name is the speaker */
        if (has_np && p.na < p.b && quote_lang_trait(d->ql, TRAIT_NOUN_CAPS) && p.b < hi &&
            d->tk[p.b].kind == T_WORD && has_class(d, p.b, C_ARTICLE | C_POSSDET) &&
            found_in(d, &p, out))
            return 1;
        /* "„…“, so die Einschätzung von X": a noun of something said and
         * whose it is */
        {
            spk ns;
            size_t end;
            if (noun_said_of(d, f, hi, &ns, &end) && frame_ends(d, end, hi)) {
                *out = ns;
                return 1;
            }
        }
        if (described_after(c, i, hi, out)) return 1;
        return has_np && found_in(d, &p, out);
    }
    size_t na = according_at(d, i);
    if (na) {
        int has_np = np_fwd(d, i + na, hi, &p);
        /* "nach den Worten der Sprecherin der Fraktion, Ana Lopez,": a
         * role, then the name apposed to it */
        if ((!has_np || p.na == p.b) && role_apposition(d, i + na, hi, out)) return 1;
        /* "according to a court filing released by X": the filing's
         * agent */
        if (has_np && p.na == p.b && agent_after(d, p.b, hi, out)) return 1;
        if (has_np) return found_in(d, &p, out);
    }
    if (has_class(d, i, C_SUB) && quote_lang_trait(d->ql, TRAIT_V2) && i >= 2 &&
        d->tk[i - 1].kind == T_COMMA && d->tk[i - 2].kind == T_QUOTE) {
        /* "„…“, wie Jana Holm in Kiel zitiert wird.": the clause's verb
         * last, its subject right after the subordinator (a clause right
         * after the quote only: a later one frames other words) */
        for (size_t v = i + 1; v < hi && v - i < 15; v++) {
            if (d->tk[v].kind == T_QUOTE || d->tk[v].kind == T_COMMA || d->tk[v].kind == T_END)
                break;
            if (is_verb(d, v, C_SPEECH)) {
                if (subordinate_subject(d, v, i, out)) return 1;
                break;
            }
        }
    }
    if (is_pron(d, i)) {
        size_t j = skip_fwd(d, i + 1, hi);
        if (!is_verb(d, j, C_SPEECH)) return 0;
        *out = pronoun(c, i);
        return 1;
    }
    /* `"…," as Lopez put it.`, `"…," as she said`: a sentence opener
     * that is no preposition or subordinator, lowercase, before a frame
     * with its own subject */
    if (d->tk[i].kind == T_WORD && !d->tk[i].cap && has_class(d, i, C_LEAD) &&
        !has_class(d, i, C_PREP | C_SUB | C_SPEECH | C_REPORT) && i + 1 < hi &&
        (is_pron(d, i + 1) || np_word(d, i + 1)) && frame_at(c, i + 1, hi, out))
        return 1;
    if (np_fwd(d, i, hi, &p) && is_verb(d, skip_fwd(d, p.b, hi), C_SPEECH)) {
        *out = spk_from_np(d, &p);
        return 1;
    }
    return name_apposition_verb(c, i, hi, out) || name_before_verb(c, i, hi, out);
}

/* The name ending at token n opens a clause joined by a comma or a
 * conjunction ("…, and Ana Lopez says"), not one another verb reports
 * ("said that Ana Lopez called"). */
static int joined_clause(const doc *d, size_t n, size_t lo)
{
    np p;
    if (!np_back(d, n, lo, &p, 0) || p.a <= lo) return 0;
    if (d->tk[p.a - 1].kind == T_COMMA || has_class(d, p.a - 1, C_CONJ) ||
        (d->tk[p.a - 1].kind == T_OTHER && d->t[d->tk[p.a - 1].s] == ';'))
        return 1;
    /* "…," while Diaz called it "…"", "on Monday when Diaz called it":
     * a subordinator, not inside what a verb reports ("said that while
     * Diaz called it", "went on to say that, because Diaz called it":
     * a small word before it, or before its comma, right after the
     * verb: the complementizer) */
    size_t u = p.a - 1;
    if (!has_class(d, u, C_SUB) || u < lo + 2) return 0;
    size_t w = d->tk[u - 1].kind == T_COMMA ? u - 2 : u - 1;
    return w <= lo || d->tk[w].kind != T_WORD || d->tk[w].cap || is_pron(d, w) ||
           !is_verb(d, w - 1, C_SPEECH | C_REPORT);
}

/* The gerund at token v has a name ending at token n right after a
 * preposition before it: "…, with Senator Ana Lopez telling reporters
 * …" (an absolute phrase, [absolute], the name its subject), "Lopez
 * replied on Harbor Watch writing …" (after other prepositions the
 * sentence's subject: verb_subject decides). */
static int gerund_with_subject(const doc *d, size_t v, size_t n, size_t lo)
{
    np p;
    if (!is_gerund(d, v) || !np_back(d, n, lo, &p, 1) || p.a <= lo || p.na >= p.b) return 0;
    return has_class(d, p.a - 1, C_PREP) && spk_from_np(d, &p).person;
}

/* The speaker of reported speech before token k: the sentence's first
 * speech verb, unless a later one has a pronoun of its own ("what he
 * called"). */
static spk reported_speaker(const spk_ctx *c, size_t lo, size_t k)
{
    const doc *d = c->d;
    spk none = {0};
    size_t first = (size_t)-1, pro = (size_t)-1, named = (size_t)-1;
    spk rel = {0}, sub = {0};
    size_t rel_i = (size_t)-1, lastv = (size_t)-1, sub_i = (size_t)-1;
    for (size_t i = lo; i < k; i++) {
        if (!is_verb(d, i, C_SPEECH | C_REPORT)) continue;
        if (i > lo && (is_det(d, i - 1) || has_class(d, i - 1, C_POSSDET) || d->tk[i - 1].poss))
            continue; /* "the call", "his warning": a noun */
        /* (past auxiliaries: "and Lopez has called Diaz "…"") */
        size_t j = skip_back(d, i, lo);
        if (j > lo + 2 && has_class(d, j - 1, C_REL) && d->tk[j - 2].kind == T_COMMA &&
            name_word(d, j - 3)) {
            /* "Lopez answered Diaz, who had said it was "…"": the
             * person the relative clause is about (the nearest voice) */
            np p;
            if (np_back(d, j - 3, lo, &p, 1) && p.na < p.b) {
                spk s = spk_from_np(d, &p);
                if (s.found == 1 && s.person) rel = s, rel_i = i;
            }
        }
        spk ss;
        if (first != (size_t)-1 && subordinate_subject(d, i, lo, &ss) && ss.person)
            sub = ss, sub_i = i; /* "Die Zeitung berichtet, dass X … genannt habe" */
        lastv = i;
        if (first == (size_t)-1) first = i;
        else if (j > lo && is_pron(d, j - 1)) pro = i;
        else if (j > lo && name_word(d, j - 1) &&
                 (joined_clause(d, j - 1, lo) || gerund_with_subject(d, i, j - 1, lo)))
            named = i;
    }
    if (rel.found == 1 && rel_i == lastv) return rel; /* the last verb's */
    /* German: a later verb closing a subordinate clause whose subject is
     * a named person ("berichtet, dass Timo Rasch den Plan „mutig“
     * genannt habe") is the nearer voice */
    if (sub_i != (size_t)-1 && sub_i == lastv && sub.found == 1) return sub;
    if (pro != (size_t)-1 && (named == (size_t)-1 || pro > named))
        return pronoun(c, skip_back(d, pro, lo) - 1);
    if (named != (size_t)-1) {
        /* "X accused Y of …, and Z says he's "…"": the nearer verb with a
         * name of its own (not inside what the first one reports: "X said
         * that Z called …") */
        spk s = verb_subject(c, named, lo);
        if (s.found == 1) return s;
    }
    if (pro != (size_t)-1) return pronoun(c, skip_back(d, pro, lo) - 1);
    if (first != (size_t)-1) return verb_subject(c, first, lo);
    return none;
}

/* A person's name (with what describes it) right before the colon that
 * announces the quote at token k. */
static int name_before_colon(const spk_ctx *c, size_t k, size_t a, spk *out)
{
    const doc *d = c->d;
    np p;
    if (k < a + 2 || !name_word(d, k - 2) || !np_back(d, k - 2, a, &p, 0) || p.na >= p.b)
        return 0;
    spk s = spk_from_np(d, &p);
    if (s.found != 1 || !s.person) return 0;
    *out = s;
    return 1;
}

/* The quote at token k ends in a sentence's final mark inside its
 * closing marks ("…?”, "….'"). */
static int quote_ends_sentence(const doc *d, size_t k)
{
    const unsigned char *u = (const unsigned char *)d->t;
    size_t p = d->tk[k].e, s = d->tk[k].s;
    while (p > s) {
        if (u[p - 1] == '"' || u[p - 1] == '\'') {
            p--;
        } else if (p - s >= 3 && u[p - 3] == 0xE2 && u[p - 2] == 0x80 && u[p - 1] >= 0x98 &&
                   u[p - 1] <= 0x9F) {
            p -= 3;
        } else {
            break;
        }
    }
    return p > s && (u[p - 1] == '.' || u[p - 1] == '?' || u[p - 1] == '!');
}

/* A quote among tokens [j, ae) right after a comma or colon. */
static int quote_follows(const doc *d, size_t j, size_t ae)
{
    for (size_t i = j + 1; i < ae; i++)
        if (d->tk[i].kind == T_QUOTE &&
            (d->tk[i - 1].kind == T_COMMA || d->tk[i - 1].kind == T_COLON))
            return 1;
    return 0;
}

/* `"…," Lopez said, according to the Harbor Gazette`: a frame the
 * reporter did not witness, relayed by a source; the quote is that
 * source's account (attribution goes to whom the text cites for it, as
 * in "according to X, "…""), so the source named after the frame from
 * token j, within [j, ae), stands for the quote.  s when there is none. */
static spk relayed_by(const spk_ctx *c, size_t j, size_t ae, spk s)
{
    const doc *d = c->d;
    /* (a language may give the quote to the person the frame names) */
    if (quote_lang_trait(d->ql, TRAIT_RELAY_SPEAKER) && s.person) return s;
    for (size_t i = j + 1; i < ae; i++) {
        if (d->tk[i].kind == T_QUOTE || d->tk[i].kind == T_END) break;
        size_t na = according_at(d, i);
        if (!na) continue;
        np p;
        spk r;
        if (np_fwd(d, i + na, ae, &p) && frame_ends(d, p.b, ae) && found_in(d, &p, &r) &&
            r.found == 1)
            return r;
        break;
    }
    return s;
}

/* "Jede Schuld weist Timo Rasch von sich: „…“": in a verb-second
 * language a sentence announcing a quote with a colon, with no subject
 * found before its verb, may have its subject right after the finite
 * verb (a lowercase word after a capitalised one, not an article,
 * preposition or conjunction); that person, named, in *out. */
static int v2_colon_subject(const doc *d, size_t a, size_t k, spk *out)
{
    if (!quote_lang_trait(d->ql, TRAIT_V2)) return 0;
    for (size_t u = a + 1; u + 1 < k && u - a < 25; u++) {
        const tok *t = &d->tk[u];
        if (t->kind == T_QUOTE) return 0;
        /* (the first words end in a noun: "Schuld weist", not "nach
         * fünf Jahren") */
        if (t->kind != T_WORD || t->cap || d->tk[u - 1].kind != T_WORD || !d->tk[u - 1].cap ||
            (t->cls & (C_ARTICLE | C_PREP | C_CONJ | C_SUB | C_PRON | C_POSSDET | C_FUSED |
                       C_SKIP)))
            continue;
        int r = person_after_verb(d, u + 1, k, out);
        if (r == 0) continue;
        return r == 1;
    }
    return 0;
}

/* "Das Fazit von Jana Holm fiel knapp aus: „…“": a sentence announcing a
 * quote with a colon whose subject is a noun of what was said
 * ([speech-noun]) with "von" and a name after it: that person, in
 * *out. */
static int speech_noun_of(const doc *d, size_t a, size_t k, spk *out)
{
    size_t i = subject_start(d, a, k);
    if (i < k && is_det(d, i)) i++;
    for (size_t n = 0; i < k && n < 2 && d->tk[i].kind == T_WORD && !d->tk[i].cap; n++) i++;
    if (i + 2 >= k || !has_class(d, i, C_SPNOUN) || !d->tk[i].cap || !has_class(d, i + 1, C_OF))
        return 0;
    np p;
    if (!np_fwd(d, i + 2, k, &p) || p.na >= p.b) return 0;
    spk s = spk_from_np(d, &p);
    if (s.found != 1) return 0;
    *out = s;
    return 1;
}

/* `Der Minister Ada Brenner hatte die Zustimmung „…“ bekanntgegeben.`:
 * in a verb-second language a verb of speech closes the clause (a
 * participle after an auxiliary, a separable verb's joined form) a few
 * words after a partial quote; the quote is the sentence subject's when
 * that is a person. */
static int v2_clause_end_verb(const spk_ctx *c, size_t nx, size_t ae, spk *out)
{
    const doc *d = c->d;
    if (!quote_lang_trait(d->ql, TRAIT_V2) || c->cur.found != 1 || !c->cur.person) return 0;
    for (size_t i = nx; i < ae && i - nx < 4; i++) {
        if (d->tk[i].kind != T_WORD) return 0;
        if (!is_verb(d, i, C_SPEECH | C_REPORT)) continue;
        if (i + 1 < ae && d->tk[i + 1].kind != T_END) return 0;
        *out = c->cur;
        return 1;
    }
    return 0;
}

/* `Kritik kommt vom Mieterverein Kiel, der den Plan als „Kapitulation“
 * bezeichnet.`: in a verb-second language a partial quote inside a
 * relative clause whose verb of speech or report closes it a few words
 * after the quote is the voice of the clause's named subject (", den
 * Timo Rasch als „…“ bezeichnet") or else of the phrase the relative
 * pronoun refers to, right before its comma. */
static int relative_voice(const doc *d, size_t k, size_t a, size_t nx, size_t ae, spk *out)
{
    if (!quote_lang_trait(d->ql, TRAIT_V2) || k <= a + 2) return 0;
    size_t u = relative_open(d, k, a);
    if (u == (size_t)-1 || u < a + 2) return 0;
    size_t v = (size_t)-1;
    for (size_t i = nx; i < ae && i - nx < 4; i++) {
        if (d->tk[i].kind != T_WORD) return 0;
        /* (the verb last of all: not a passive, "der als „…“
         * bezeichnet wird", which names who is called so) */
        if (is_verb(d, i, C_SPEECH | C_REPORT | C_JUDGE) && i + 1 < ae &&
            (d->tk[i + 1].kind == T_END || d->tk[i + 1].kind == T_COMMA)) {
            v = i;
            break;
        }
    }
    if (v == (size_t)-1) return 0;
    if (relative_named_subject(d, u, k, out)) return 1;
    np p;
    if (!np_back(d, u - 2, a, &p, 1) || p.b != u - 1) return 0;
    spk s = spk_from_np(d, &p);
    if (s.found != 1 || !s.name) return 0;
    *out = s;
    return 1;
}

/* `Für den Minister Ada Brenner ist die Lage „alarmierend“.`: a sentence
 * opening with [view] and a person (describing words before the name),
 * the verb second right after the name, gives that person's view; the
 * quote at token k after the verb is the person's. */
static int view_of(const doc *d, size_t a, size_t k, spk *out)
{
    if (!has_class(d, a, C_VIEW) || !d->tk[a].cap) return 0;
    for (size_t z = a + 2; z < k && z - a < 12; z++) {
        const tok *t = &d->tk[z];
        if (t->kind != T_WORD) return 0;
        if (t->cap || !d->tk[z - 1].cap) continue;
        /* the lowercase word after a capital: the verb, when no word of
         * a phrase goes on */
        if (t->cls & (C_PREP | C_CONJ | C_SUB | C_OF | C_ARTICLE | C_FUSED)) return 0;
        np p;
        if (!np_back(d, z - 1, a + 1, &p, 0) || p.na >= p.b) return 0;
        for (size_t i = a + 1; i < p.a; i++)
            if (!describes(d, i) && !is_det(d, i)) return 0;
        spk s = spk_from_np(d, &p);
        if (s.found != 1 || !s.person) return 0;
        *out = s;
        return 1;
    }
    return 0;
}

/* `Pour la ministre Ada Brenner, la situation est « grave ».`, `Para el
 * alcalde, Luis Mora, «…»`: where the verb is not second, a sentence
 * opening with [view] and a person set off by a comma gives that
 * person's view; the quote at token k comes after the comma. */
static int view_comma(const doc *d, size_t a, size_t k, spk *out)
{
    if (!has_class(d, a, C_VIEW) || !d->tk[a].cap) return 0;
    size_t z = a + 1;
    while (z < k && z - a < 12 && d->tk[z].kind == T_WORD) z++;
    if (z >= k || z == a + 1 || d->tk[z].kind != T_COMMA) return 0;
    np p;
    if (!np_back(d, z - 1, a + 1, &p, 0)) return 0;
    /* "Pour le ministre de l'Intérieur, Ada Brenner, …": a role of an
     * office, then the name apposed to it */
    int office = 0;
    for (size_t i = a + 1; i < p.a; i++) {
        if (has_class(d, i, C_ROLE | C_OF)) office = 1;
        else if (!describes(d, i) && !is_det(d, i)) return 0;
    }
    spk s = spk_from_np(d, &p);
    if (office || p.na == p.b || s.found != 1 || !s.person) return role_apposition(d, z, k, out);
    *out = s;
    return 1;
}

/* The speaker of the quote at token k (record r) of the sentence
 * starting at token a; tokens [nx, ae) follow it. */
static spk attribute(const spk_ctx *c, const qrec *r, size_t k, size_t a, size_t nx, size_t ae)
{
    const doc *d = c->d;
    spk s = {0};
    /* 1. after the quote: `"…," X said`, `"…" said X`, `…, he insisted` */
    for (size_t i = nx; i < ae; i++) {
        if (i != nx && d->tk[i].kind != T_COMMA) continue;
        size_t j = i;
        while (j < ae && (d->tk[j].kind == T_COMMA || d->tk[j].kind == T_DASH)) j++;
        /* `"…?" Diaz then writes back, "…"`: a frame of the next
         * sentence that leads on to a quote of its own is that quote's */
        if (j < ae && (d->tk[j].first || (j == nx && d->tk[j].cap && quote_ends_sentence(d, k))) &&
            quote_follows(d, j, ae))
            break;
        if (frame_at(c, j, ae, &s)) return s.found == 1 ? relayed_by(c, j, ae, s) : s;
        if (j == nx && agent_after(d, j, ae, &s)) return s;
    }
    np p;
    /* `"…," Diaz began.`: a quote ending in a comma (or a question or an
     * exclamation), then a person's name and one verb the lists do not
     * hold, ending the sentence: a frame all the same (where the lists
     * hold verbs of speech, and the verb is not the one that comes first
     * after a quote, as in German) */
    if ((quote_lang_classes(d->ql) & C_SPEECH) && !quote_lang_borrowed(d->ql) &&
        !quote_lang_trait(d->ql, TRAIT_V2) && nx + 1 < ae && np_fwd(d, nx, ae, &p) &&
        p.na < p.b && !p.det &&
        p.b < ae && d->tk[p.b].kind == T_WORD && !d->tk[p.b].cap &&
        !has_class(d, p.b, C_PREP | C_CONJ | C_SUB | C_PRON | C_ARTICLE | C_SKIP | C_OF) &&
        (p.b + 1 >= ae || d->tk[p.b + 1].kind == T_END)) {
        int32_t lastc = inner_edge(d->t, r->oe, r->cs, 1);
        spk f;
        if ((lastc == ',' || lastc == '?' || lastc == '!') && found_in(d, &p, &f) && f.found == 1 &&
            f.person)
            return f;
    }
    /* `"…" – Bernie Sanders.`: a name after a dash, closing the frame (or
     * before a parenthesis: `"…" — Ana Lopez (@analopez) May 5, 2016`, a
     * post's byline) */
    if (nx < ae && d->tk[nx].kind == T_DASH && np_fwd(d, nx + 1, ae, &p) && p.na < p.b &&
        (p.b >= ae || d->tk[p.b].kind == T_END || d->tk[p.b].kind == T_COMMA ||
         d->tk[p.b].kind == T_QUOTE || is_mark(d, p.b, '(')) &&
        found_in(d, &p, &s))
        return s;
    size_t lo = k > a + QUOTES_WINDOW ? k - QUOTES_WINDOW : a;
    /* `Ana Lopez: "…"` opening the sentence: a transcript's, a post's
     * voice; `… turnout rose - Ana Lopez: "…"`: a digest's source after a
     * dash */
    if (k > a + 1 && d->tk[k - 1].kind == T_COLON && np_back(d, k - 2, a, &p, 0) &&
        (p.a == subject_start(d, a, k) ||
         (p.a > a && (d->tk[p.a - 1].kind == T_DASH || has_class(d, p.a - 1, C_CONJ)))) &&
        p.na < p.b && found_in(d, &p, &s))
        return s;
    /* `…, and the minister Ana Lopez: "…"`: one voice of a list of them
     * (the conjunction above); `Ana Lopez ("…") and …`: a quote in
     * brackets right after the name */
    if (k > a + 1 && is_mark(d, k - 1, '(') && name_word(d, k - 2) &&
        np_back(d, k - 2, a, &p, 0) && p.na < p.b && found_in(d, &p, &s) && s.person)
        return s;
    /* `Said Ana Lopez: "…"`, `Continued Ana Lopez, "…"`: an inverting verb
     * opening the sentence */
    size_t st = subject_start(d, a, k);
    if (k > a + 2 && (d->tk[k - 1].kind == T_COLON || d->tk[k - 1].kind == T_COMMA) &&
        st < k && d->tk[st].cap && has_class(d, st, C_INVERT) && np_fwd(d, st + 1, k, &p) &&
        p.b == k - 1 && p.na < p.b && found_in(d, &p, &s))
        return s;
    /* `X was asked by Y, "…"`, `In a statement released by Y: "…"`: the
     * agent named right before the quote's comma or colon */
    if (k > a + 2 && (d->tk[k - 1].kind == T_COMMA || d->tk[k - 1].kind == T_COLON))
        for (size_t i = k - 1; i-- > lo && k - i < 12 + 20;) {
            if (d->tk[i].kind == T_END || d->tk[i].kind == T_QUOTE) break;
            if (d->tk[i].kind != T_WORD) continue;
            size_t end;
            if (agent_at(d, i) && agent_of(d, i, k - 1, &s, &end) &&
                (end == k - 1 || clause_to(d, end, k - 1)))
                return s;
        }
    /* 2. according to X, "…" (where the person who spoke comes before the
     * relay, "X sagte laut Y: „…“", a verb of speech with a person for
     * its subject right before the source: that person's) */
    for (size_t i = k; i-- > lo;)
        if (according_at(d, i) && frame_at(c, i, k, &s)) {
            size_t v = i;
            while (v > lo && has_class(d, v - 1, C_SKIP)) v--;
            if (quote_lang_trait(d->ql, TRAIT_RELAY_SPEAKER) && v > lo &&
                is_verb(d, v - 1, C_SPEECH) && !d->tk[v - 1].cap) {
                spk sv = verb_subject(c, v - 1, lo);
                if (sv.found == 1 && sv.person) return sv;
            }
            return s;
        }
    /* `Holm zufolge ist die Brücke „marode“`: a source before the word
     * that follows it */
    for (size_t i = k; i-- > lo + 1;)
        if (is_verb(d, i, C_SOURCE_AFTER) && np_back(d, i - 1, lo, &p, 0) && p.na < p.b &&
            found_in(d, &p, &s))
            return s;
    if (quote_lang_trait(d->ql, TRAIT_V2) ? view_of(d, a, k, &s) : view_comma(d, a, k, &s))
        return s;
    if (possessive_announces(c, st, k, &s)) return s;
    {
        /* `In Lopez's words, "…"`, `In her view, "…"`: a preposition
         * opening the sentence, then a possessive and a noun of something
         * said, right before the quote's comma */
        size_t p0 = a;
        while (p0 < k && (d->tk[p0].kind == T_QUOTE || has_class(d, p0, C_CONJ))) p0++;
        spk o;
        if (k > p0 + 3 && d->tk[k - 1].kind == T_COMMA && has_class(d, p0, C_PREP) &&
            possessive_speech_noun(c, p0 + 1, k, &o) == k - 1)
            return o;
    }
    /* 3. X said: "…" / X told CNN: "…" */
    size_t j = k;
    size_t reach = 1;
    if (j > lo && (d->tk[j - 1].kind == T_COMMA || d->tk[j - 1].kind == T_COLON)) {
        j--;
        /* "told CNN:"; in a verb-second language "sagte der Minister Ana
         * Lopez:" */
        reach = quote_lang_trait(d->ql, TRAIT_V2) ? 8 : 4;
    }
    for (size_t n = 0; j > lo && n < reach; n++, j--)
        if (is_verb(d, j - 1, C_SPEECH)) return verb_subject(c, j - 1, lo);
    /* `Rubio fired back: "…"`: a quote the sentence announces with a colon
     * is its subject's, when that is a person (which lists of another
     * language cannot tell from a capitalised noun) */
    if (k > a && d->tk[k - 1].kind == T_COLON && c->cur.found == 1 &&
        !quote_lang_borrowed(d->ql)) {
        /* `The poll did not surprise pollster Ana Lopez: "…"`: a person
         * named right before the colon, when the subject is none; an
         * organisation announcing ("The Harbor Board was firm in its
         * findings: "…"") speaks for itself */
        if (c->cur.person) return c->cur;
        if (!name_before_colon(c, k, a, &s)) return c->cur;
        return s;
    }
    if (k > a + 1 && d->tk[k - 1].kind == T_COLON && c->cur.found != 1 &&
        !quote_lang_borrowed(d->ql) && name_before_colon(c, k, a, &s))
        return s;
    if (k > a + 1 && d->tk[k - 1].kind == T_COLON && speech_noun_of(d, a, k, &s)) return s;
    if (k > a + 2 && d->tk[k - 1].kind == T_COLON && quote_lang_trait(d->ql, TRAIT_V2)) {
        /* "Seine Antwort: „…“", "Ihre Bilanz fiel knapp aus: „…“": a
         * possessive and a noun of what was said opening the sentence
         * announce the words of the person the possessive means */
        if (st + 1 < k && d->tk[st].cap && has_class(d, st, C_POSSDET) &&
            has_class(d, st + 1, C_SPNOUN)) {
            spk o = pronoun(c, st);
            if (o.found == 1 && o.person) return o;
        }
    }
    if (k > a + 1 && d->tk[k - 1].kind == T_COLON && c->cur.found == 0 &&
        v2_colon_subject(d, a, k, &s))
        return s;
    /* 4. reported speech */
    if (relative_voice(d, k, a, nx, ae, &s)) return s;
    s = reported_speaker(c, lo, k);
    if (s.found == 0) v2_clause_end_verb(c, nx, ae, &s);
    return s;
}

/* ---- quotes, sentence by sentence ------------------------------------- */

/* The first token past the sentence starting at token a. */
static size_t sentence_end(const doc *d, size_t a)
{
    size_t b = a;
    while (b < d->nt && d->tk[b].sent == d->tk[a].sent) b++;
    return b;
}

/* The subject of the sentence [a, b) found (c->cur) is a person, and not
 * a phrase a subordinator or a preposition opens ("Als Beispiel"). */
static int subject_is_person(const spk_ctx *c, size_t a, size_t b)
{
    size_t i = subject_start(c->d, a, b);
    if (c->cur.found != 1 || !c->cur.person || i >= b) return 0;
    /* "Beim Treffen hatte Jana Holm Gutes zu berichten.": in a
     * verb-second language the subject after a leading phrase's verb */
    spk s;
    if (has_class(c->d, i, C_PREP) && v2_subject_after_phrase(c->d, i, b, &s)) return 1;
    return !has_class(c->d, i, C_SUB | C_PREP | C_LEAD | C_CONJ);
}

typedef struct walk {
    spk_ctx c;
    const qrec *q;
    quote *qv;
    const span *spans;
    spk prev;            /* the speaker of the last quote */
    uint32_t prev_para;  /* its paragraph */
    size_t prev_end;     /* the token after its frame's words */
    size_t prev_k;       /* its token */
    size_t sent_a;       /* the first token of the sentence before */
    spk sent_cur;        /* that sentence's subject */
    spk reported;        /* the voice a sentence in the subjunctive of
                            reported speech goes on in: the person who
                            spoke, or was the subject, in the sentence
                            before (or in the run of such sentences) */
    int subj;            /* the current sentence is in that subjunctive */
    int narrated;        /* a sentence of narration with no voice of its
                            own came since the last quote's speaker */
    int other_subject;   /* one of them was about another named person */
} walk;

/* `"…"` ending its paragraph, then a paragraph `- Ana Lopez.`: a byline
 * of the quote after a dash (the quote at token k). */
static int after_dash_mark(const doc *d, size_t i)
{
    /* the splitter leaves a list item's marker out of its sentence */
    size_t p = d->tk[i].s;
    while (p > 0 && (d->t[p - 1] == ' ' || d->t[p - 1] == '\t')) p--;
    int32_t c = cp_before(d->t, p, 0);
    return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2015;
}

static spk dash_paragraph(const doc *d, size_t k)
{
    spk s = {0};
    size_t nx = k + 1;
    np p;
    if (nx >= d->nt || d->tk[nx].para == d->tk[k].para) return s;
    size_t from = d->tk[nx].kind == T_DASH ? nx + 1 : nx;
    if (from == nx && !after_dash_mark(d, nx)) return s;
    if (!np_fwd(d, from, d->nt, &p) || p.na >= p.b || d->tk[p.a].para != d->tk[nx].para)
        return s;
    if (p.b < d->nt && d->tk[p.b].para == d->tk[nx].para && d->tk[p.b].kind != T_END &&
        d->tk[p.b].kind != T_COMMA)
        return s;
    spk f = spk_from_np(d, &p);
    return f.found == 1 ? f : s;
}

/* The end of the words that follow the quote at token k: its sentence,
 * or the next one when the close mark r->cs is there or the next starts
 * in lowercase; k + 1 when none. */
static size_t words_after(const doc *d, const span *spans, const qrec *r, size_t k)
{
    size_t nx = k + 1, ae = nx;
    if (nx < d->nt && d->tk[nx].para == d->tk[k].para &&
        (d->tk[nx].sent == d->tk[k].sent || spans[d->tk[nx].sent].start <= r->cs ||
         !d->tk[nx].cap)) {
        while (ae < d->nt && ae - nx < QUOTES_WINDOW && d->tk[ae].sent == d->tk[nx].sent) ae++;
    }
    return ae;
}

/* Partial unless the quote stands as its own sentence(s) with only a
 * frame around it. */
static int is_partial(const doc *d, const qrec *r, size_t k, size_t a, size_t nx, size_t ae)
{
    int32_t first = inner_edge(d->t, r->oe, r->cs, 0);
    int32_t lastc = inner_edge(d->t, r->oe, r->cs, 1);
    int cap = is_upper_cp(first);
    int start_ok = k == a;
    if (!start_ok) {
        const tok *bt = &d->tk[k - 1];
        start_ok = bt->kind == T_COLON || (bt->kind == T_COMMA && cap) ||
                   (is_verb(d, k - 1, C_SPEECH) && cap) || (bt->kind == T_DASH && cap);
    }
    int ends = ae == nx || nx >= d->nt || d->tk[nx].kind == T_END ||
               d->tk[nx].sent != d->tk[k].sent;
    /* „…“, sagte X: German puts the comma of a frame after the mark */
    int comma_after = k == a && cap && nx < d->nt && d->tk[nx].kind == T_COMMA;
    int end_ok = ends || comma_after || lastc == ',' || lastc == '.' || lastc == '?' ||
                 lastc == '!' || lastc == 0x2026;
    return !(start_ok && end_ok);
}

/* `"… million." Zucker said during a discussion.`: a quote that is its
 * own sentence, and the next sentence of the paragraph, with no quote of
 * its own, opens with its frame. */
static spk frame_in_next(const spk_ctx *c, size_t k)
{
    const doc *d = c->d;
    spk s = {0};
    size_t ns = k + 1;
    while (ns < d->nt && d->tk[ns].sent == d->tk[k].sent) {
        if (d->tk[ns].kind != T_END) return s;
        ns++;
    }
    if (ns >= d->nt || d->tk[ns].para != d->tk[k].para) return s;
    size_t e = ns;
    while (e < d->nt && d->tk[e].sent == d->tk[ns].sent && e - ns < QUOTES_WINDOW) {
        /* the frame comes first: `"…?" Lopez said into the phone. "…"`
         * with the next quote in the frame's sentence */
        if (d->tk[e].kind == T_QUOTE) {
            if (e == ns || d->tk[e - 1].kind != T_END) return s;
            break;
        }
        e++;
    }
    if (quote_lang_trait(d->ql, TRAIT_V2) && ns + 2 < e) {
        spk f;
        /* `„…“ Das sagte X am Montag.`: a word standing for the quote,
         * then the inverted verb and its subject */
        if (d->tk[ns].cap && has_class(d, ns, C_DEMO) && is_verb(d, ns + 1, C_SPEECH) &&
            has_class(d, ns + 1, C_INVERT))
            return frame_at(c, ns + 1, e, &f) && f.found == 1 ? relayed_by(c, ns + 1, e, f) : s;
        /* `„…“ Mit diesen Worten eröffnete X die Sitzung.`: a preposition,
         * a word standing for the quote and a noun of something said,
         * then the finite verb and a person named as its subject */
        np p;
        if (ns + 4 < e && has_class(d, ns, C_PREP) && has_class(d, ns + 1, C_DEMO) &&
            !d->tk[ns + 1].cap && has_class(d, ns + 2, C_SPNOUN) &&
            d->tk[ns + 3].kind == T_WORD && !d->tk[ns + 3].cap &&
            np_fwd(d, skip_fwd(d, ns + 4, e), e, &p) && p.na < p.b) {
            f = spk_from_np(d, &p);
            if (f.found == 1 && f.person) return f;
        }
    }
    /* only a frame, not reported speech ("Smith said he would …"): what
     * follows its verb ends it or is a circumstance ("during a talk") */
    size_t v = ns;
    while (v < e && !is_verb(d, v, C_SPEECH)) v++;
    if (v >= e) return s;
    /* (one word may stand before the circumstance: "said quietly into
     * the phone") */
    size_t m = v + 1;
    if (m + 1 < e && d->tk[m].kind == T_WORD && !d->tk[m].cap &&
        !(d->tk[m].cls & (C_PRON | C_ARTICLE | C_POSSDET)) && has_class(d, m + 1, C_PREP))
        m++;
    if (m < e && d->tk[m].kind != T_END && d->tk[m].kind != T_COMMA &&
        !has_class(d, m, C_PREP | C_SKIP | C_LEAD | C_SUB))
        return s;
    spk f;
    /* (`"…." Lopez said, according to the Gazette.`: relayed there too) */
    return frame_at(c, ns, e, &f) && f.found == 1 ? relayed_by(c, ns, e, f) : s;
}

/* `"WALLER: The port stays open."`, `"SEN. ANA LOPEZ: …"`: a transcript's
 * turn opens with its speaker's name in capitals and a colon, inside the
 * quote marks (label_at); titles before the name are dropped, and the
 * name is resolved through the document's names ("Waller" -> "Ana
 * Waller") when the text names that person in full.  A label with a
 * word of a role, an organisation or no name ("AUDIENCE MEMBER",
 * "BREAKING NEWS") names no one. */
static spk transcript_label(const doc *d, const qrec *r)
{
    spk s = {0};
    size_t st, n = label_at(d->t, r->oe, r->cs, &st);
    if (!n) return s;
    char *name = arena_alloc(d->ar, n + 1);
    if (!name) return s;
    size_t o = 0, words = 0;
    for (size_t i = st; i < st + n;) {
        size_t e = i;
        while (e < st + n && d->t[e] != ' ') e++;
        uint32_t cls = word_class(d->ql, d->t + i, e - i);
        if (words == 0 && (cls & (C_HONOR | C_ROLE))) {
            i = e + 1; /* "SEN.", "GOV.", "MR.": a title before the name */
            continue;
        }
        if (cls & (C_ROLE | C_ORG | C_NOTNAME | C_PRON | C_ARTICLE | C_PREP | C_CONJ)) return s;
        /* ("UPDATE:", "WARNING:": a word the text writes in lowercase) */
        char low[WORD_MAX + 1];
        size_t ln = lower_word(d->t + i, e - i, low);
        if (ln && qmap_get(&d->lower, low, ln)) return s;
        if (o) name[o++] = ' ';
        for (size_t k = i; k < e; k++) {
            char ch = d->t[k];
            /* Title Case: a capital only first and after ' or - */
            if (k > i && ch >= 'A' && ch <= 'Z' && d->t[k - 1] != '-' && d->t[k - 1] != '\'')
                ch = (char)(ch - 'A' + 'a');
            name[o++] = ch;
        }
        words++;
        i = e + 1;
    }
    if (!words) return s;
    name[o] = '\0';
    const uint32_t *l = qmap_get(words == 1 ? &d->bylast : &d->byname, name, o);
    s.name = l ? d->nm_name[*l - 1] : name;
    s.person = 1;
    s.found = 1;
    return s;
}

/* The paragraph of token k runs over more than 12 sentences: text that
 * came without its paragraph breaks (a feed's body on one line), where
 * the paragraph no longer bounds a run of speech. */
static int unbroken_text(const doc *d, size_t k)
{
    /* Sentences are numbered in order, so a paragraph's are a run of
     * numbers; the walk stops at 13 of them either way, not at the
     * paragraph's ends (a one-line article is one paragraph, and this is
     * asked for each of its quotes). */
    uint32_t para = d->tk[k].para, lo = d->tk[k].sent, hi = lo;
    for (size_t i = k; i > 0 && d->tk[i - 1].para == para && hi - lo < 12; i--)
        lo = d->tk[i - 1].sent;
    for (size_t i = k + 1; i < d->nt && d->tk[i].para == para && hi - lo < 12; i++)
        hi = d->tk[i].sent;
    return hi - lo >= 12;
}

/* Tokens [nx, ae) after a quote hold a verb of speech or report with a
 * subject (a pronoun, a noun phrase) that is not the speaker `prev`: the
 * words of a frame the patterns could not read, maybe another voice's. */
static int other_voice_after(const spk_ctx *c, const spk *prev, size_t nx, size_t ae)
{
    const doc *d = c->d;
    np p;
    /* `"…," Diaz started.`: a name right after the quote, with a verb
     * the lists do not hold */
    if (nx < ae && np_fwd(d, nx, ae, &p) && p.na < p.b) {
        spk s = spk_from_np(d, &p);
        if (s.found != 1 || !s.name || !prev->name || strcmp(s.name, prev->name) != 0) return 1;
    }
    for (size_t v = nx; v < ae; v++) {
        if (!is_verb(d, v, C_SPEECH | C_REPORT)) continue;
        size_t j = skip_back(d, v, nx);
        if (j <= nx) return 1;
        if (is_pron(d, j - 1)) return 1;
        /* `"…," they said.`, `"…," officials said Monday.`: a subject of
         * no list right after the quote, the verb closing the frame (not
         * `"…," which explains a lot`) */
        size_t f0 = nx < ae && d->tk[nx].kind == T_COMMA ? nx + 1 : nx, f = f0;
        while (f < j && d->tk[f].kind == T_WORD && !d->tk[f].cap &&
               !has_class(d, f, C_PREP | C_CONJ | C_SUB | C_REL))
            f++;
        if (f == j && j > f0 && j - f0 <= 4 && frame_ends(d, skip_fwd(d, v + 1, ae), ae))
            return 1;
        if (!np_back(d, j - 1, nx, &p, 0)) continue;
        spk s = spk_from_np(d, &p);
        if (s.found != 1 || !s.name || !prev->name || strcmp(s.name, prev->name) != 0) return 1;
    }
    return 0;
}

/* `Lopez welcomed "the end of a long wait."`, `The board released a
 * memo titled "…"`: a quote ending its sentence as the object of a verb
 * that is none of speech, the sentence's subject named at its start.
 * The words are that subject's when only lowercase words (or one
 * apposition right after the subject) stand between: another name, a
 * clause or a second quote there may be whose words they are. */
static int object_quote(const spk_ctx *c, const qrec *r, size_t k, size_t a, size_t nx, size_t ae,
                        spk *out)
{
    const doc *d = c->d;
    if (c->cur.found != 1 || !c->cur.name || k <= a) return 0;
    if (nx < ae && d->tk[nx].kind != T_END) return 0;
    size_t st = subject_start(d, a, k);
    np p;
    if (st >= k || has_class(d, st, C_SUB | C_PREP | C_LEAD | C_CONJ) || !np_fwd(d, st, k, &p) ||
        p.na >= p.b)
        return 0;
    name_as_modifier(d, k, &p);
    spk s = spk_from_np(d, &p);
    if (s.found != 1 || !s.name || strcmp(s.name, c->cur.name) != 0) return 0;
    size_t i = p.b;
    if (i < k && d->tk[i].kind == T_COMMA) {
        size_t j = i + 1;
        while (j < k && j - i < 20 && d->tk[j].kind != T_COMMA && d->tk[j].kind != T_QUOTE) j++;
        if (j >= k || d->tk[j].kind != T_COMMA) return 0;
        i = j + 1;
    }
    if (i >= k || k - i > 12) return 0;
    /* `Lopez embraced the toll -- "I think it is fair."`: a whole
     * sentence quoted after a dash or a comma */
    size_t e = k;
    if (is_upper_cp(inner_edge(d->t, r->oe, r->cs, 0))) {
        if (e > i + 1 && d->tk[e - 1].kind == T_COMMA) e--;
        while (e > i + 1 && d->tk[e - 1].kind == T_DASH) e--;
    }
    for (; i < e; i++) {
        if (d->tk[i].kind != T_WORD || has_class(d, i, C_SUB)) return 0;
        if (!d->tk[i].cap) continue;
        /* "filed a request with the State Department for "…"": a
         * capitalised phrase there may name a place, a body or a day,
         * but not another person whose words they may be */
        np q;
        if (!np_fwd(d, i, e, &q) || d->tk[q.b - 1].poss || spk_from_np(d, &q).person) return 0;
        i = q.b - 1;
    }
    *out = s;
    return 1;
}

/* `Lopez's "we will fix it" promise`: a quote between the surname of a
 * person named in full in the document, in the possessive, and a noun of
 * something said ([speech-noun]) is that person's words (not so a title,
 * `Lopez's "Harbor Days"`, nor a description, `Lopez's "vulgar" rally`). */
static int possessor_of(const doc *d, size_t k, size_t a, spk *out)
{
    if (k <= a || d->tk[k - 1].kind != T_WORD || !d->tk[k - 1].poss || !d->tk[k - 1].cap ||
        k + 1 >= d->nt || d->tk[k + 1].sent != d->tk[k].sent || !has_class(d, k + 1, C_SPNOUN) ||
        d->tk[k + 1].cap)
        return 0;
    return possessive_person(d, k - 1, out);
}

/* The quote at token k of the sentence starting at token a. */
static void speak_quote(walk *w, size_t k, size_t a)
{
    const doc *d = w->c.d;
    size_t qi = (size_t)d->tk[k].q;
    const qrec *r = &w->q[qi];
    quote *q = &w->qv[qi];
    size_t nx = k + 1, ae = words_after(d, w->spans, r, k);
    spk s = transcript_label(d, r);
    if (s.found != 1) s = attribute(&w->c, r, k, a, nx, ae);
    if (s.found != 1 && k == a && k > w->sent_a && d->tk[k - 1].kind == T_COLON &&
        d->tk[k - 1].para != d->tk[k].para) {
        /* `Stated Ana Lopez:` ending a paragraph, the quote opening the
         * next: the frame before the colon is the quote's, as if on one
         * line */
        spk cur = w->c.cur;
        w->c.cur = w->sent_cur;
        s = attribute(&w->c, r, k, w->sent_a, nx, ae);
        w->c.cur = cur;
    }
    /* a quote alone: its own sentence, or (paragraphs of quotes joined
     * into one line) right before or after another quote */
    int bare = (k == a || d->tk[k - 1].kind == T_QUOTE) &&
               (ae == nx || d->tk[nx].kind == T_END || d->tk[nx].kind == T_QUOTE);
    /* `"…," Lopez said. "…" Diaz agrees.`: a quote right after the words
     * that framed the one before goes on in that voice, before the next
     * sentence's frame is looked at */
    int goes_on = bare && w->prev.found == 1 && w->prev_end == k &&
                  w->prev_para == d->tk[k].para;
    if (s.found != 1 && bare && !goes_on) s = frame_in_next(&w->c, k);
    if (s.found != 1 && bare) {
        spk o;
        if (demonstrative_source(d, k, &o)) s = o;
    }
    if (s.found != 1 && (ae == nx || d->tk[nx].para != d->tk[k].para)) s = dash_paragraph(d, k);
    if (s.found != 1 && w->prev.found == 1 && k > a && w->prev_k < k && w->prev_k >= a &&
        k - w->prev_k <= QUOTES_WINDOW &&
        (d->tk[k - 1].kind == T_COMMA || d->tk[k - 1].kind == T_COLON)) {
        /* `"…," said Ana Lopez, the harbor chief, "and …"`: a quote the
         * frame of the quote before it in the sentence leads on to */
        int other = 0;
        for (size_t i = w->prev_k + 1; i < k; i++) other |= d->tk[i].kind == T_QUOTE;
        if (!other) s = w->prev;
    }
    if (s.found != 1 && bare && w->prev.found == 1 &&
        ((w->prev_para == d->tk[k].para &&
          (!w->narrated || (!unbroken_text(d, k) && !w->other_subject))) ||
         w->prev_end == k)) {
        /* `"…," Buffone said. "More words."`: the same voice goes on, in
         * its paragraph or in a paragraph of quote alone right after the
         * words that framed it (nothing between) */
        s = w->prev;
    }
    /* (`said Ana Lopez, the chair. ". . . We stay."`: an ellipsis opening
     * the quote keeps the splitter from ending the sentence before it) */
    int ellipsis = k > a && d->tk[k - 1].kind == T_END && w->prev_k >= a && w->prev_k < k;
    if (s.found != 1 && !bare && (k == a || d->tk[k - 1].kind == T_QUOTE || ellipsis) &&
        w->prev.found == 1 && (w->prev_end == k || ellipsis) && w->prev_para == d->tk[k].para &&
        !other_voice_after(&w->c, &w->prev, nx, ae)) {
        /* `"…," said Ana Lopez, the chair. "The rule hurts," which Lopez
         * blames on …`: a quote opening the sentence right after the
         * words that framed the one before, with words of no other voice
         * after it, goes on in that voice */
        s = w->prev;
    }
    if (s.found != 1 && k == a + 2 && d->tk[a + 1].kind == T_COMMA && is_gerund(d, a) &&
        has_class(d, a, C_SPEECH) && w->prev.found == 1 && w->prev_para == d->tk[k].para) {
        /* `Lopez called the report weak. Adding, "…"`: a gerund of speech
         * alone before the quote goes on in the voice before it */
        s = w->prev;
    }
    if (s.found != 1 && quote_lang_trait(d->ql, TRAIT_V2) && k > a + 2 &&
        d->tk[k - 1].kind == T_COLON && w->prev.found == 1 && w->prev.person && w->prev.name) {
        /* `„…“, sagte Timo Rasch. Seine Sorge gilt der Brücke: „…“`: a
         * sentence opening with a possessive and a noun of a thing (an
         * ending of [abstract-suffix], no role) announces, by its colon, more words of the
         * person it means, when that person spoke last */
        size_t st = subject_start(d, a, k);
        if (st + 1 < k && d->tk[st].cap && has_class(d, st, C_POSSDET) && d->tk[st + 1].cap &&
            d->tk[st + 1].kind == T_WORD &&
            word_ends_with(d->ql, SUF_ABSTRACT, d->t + d->tk[st + 1].s,
                           d->tk[st + 1].e - d->tk[st + 1].s) &&
            !has_class(d, st + 1, C_ROLE | C_ORG | C_HONOR | C_NAT | C_MALE | C_FEMALE)) {
            spk o = pronoun(&w->c, st);
            if (o.found == 1 && o.person && o.name && strcmp(o.name, w->prev.name) == 0) s = o;
        }
    }
    if (s.found != 1 && k > a && k - a <= 3 && d->tk[k - 1].kind == T_COLON && w->prev.found == 1 &&
        w->prev_para == d->tk[k].para) {
        /* `„…“, sagte X. Und weiter: „…“`: one or two words that join
         * (a conjunction, an adverb) and a colon go on in the voice
         * before */
        size_t i = a;
        while (i < k - 1 && has_class(d, i, C_CONJ | C_SKIP) && d->tk[i].kind == T_WORD) i++;
        if (i == k - 1) s = w->prev;
    }
    if (s.found != 1 && !possessor_of(d, k, a, &s)) object_quote(&w->c, r, k, a, nx, ae, &s);
    if (s.found != 1 && w->subj) {
        /* `Lopez lobte den Plan. Er sei „ein guter Anfang“.`: reported
         * speech in the subjunctive is its subject's when that is a
         * person, else it goes on in the voice before it */
        size_t st = subject_start(d, a, sentence_end(d, a));
        if (is_pron(d, st) && w->reported.found == 1) s = w->reported;
        else if (subject_is_person(&w->c, a, sentence_end(d, a))) s = w->c.cur;
        else if (w->reported.found == 1) s = w->reported;
    }
    q->partial = is_partial(d, r, k, a, nx, ae);
    if (s.found == 1 && s.name) {
        q->speaker = s.name;
        q->role = s.role;
        q->is_org = s.org;
        if (s.person) w->c.last = s;
    } else if (s.found == -1) {
        w->c.last = s;
    } else if (q->partial && w->prev.found == 1) {
        /* `"…," said Ana Lopez, host of the show "Harbor Talk." "…"`: a
         * title or a few words quoted in the narration, given to no one,
         * do not end the run of speech they stand in */
        return;
    }
    w->prev = s;
    w->narrated = 0;
    w->other_subject = 0;
    w->prev_para = d->tk[k].para;
    w->prev_end = ae;
    w->prev_k = k;
}

/* "Some satellites can hide, Ozkul said.": a speaker without a quote is
 * still the one a later "he said" means, and the voice a quote standing
 * alone right after goes on in ("Carter said the region mattered. "…"").
 * Returns that speaker: none when the sentence is narration. */
static spk note_unquoted_speaker(spk_ctx *c, size_t a, size_t b)
{
    const doc *d = c->d;
    spk voice = {0};
    for (size_t v = a; v < b; v++) {
        np p;
        if (!is_verb(d, v, C_SPEECH) || v == a) continue;
        if (np_back(d, v - 1, a, &p, 0)) {
            /* "Lopez and Diaz agreed.": two people, no one voice */
            if (p.a > a + 1 && has_class(d, p.a - 1, C_CONJ) && np_word(d, p.a - 2)) continue;
            spk s = spk_from_np(d, &p);
            if (s.found == 1 && s.person) c->last = s;
            else if (s.found == -1) c->last = s;
            voice = s;
        } else if (is_pron(d, v - 1)) {
            voice = pronoun(c, v - 1);
        } else if (d->tk[v - 1].kind == T_COMMA) {
            /* "Lopez's neighbor, Ana Hill, agreed.", "Ana Hill, a nurse,
             * agreed.": the name apposed before the verb */
            spk s;
            if (name_apposition_verb(c, subject_start(d, a, v), v + 1, &s) && s.found == 1) {
                if (s.person) c->last = s;
                voice = s;
            } else if (has_class(d, v, C_INVERT) && np_fwd(d, v + 1, b, &p) && p.na < p.b &&
                       !p.det && frame_ends(d, p.b, b)) {
                /* "The talks failed, said Omar Diaz, the union chief.":
                 * the speaker after the inverted verb */
                s = spk_from_np(d, &p);
                if (s.found == 1 && s.person) {
                    c->last = s;
                    voice = s;
                }
            }
        } else if (is_gerund(d, v) && c->cur.found == 1 && c->cur.person) {
            /* "Lopez distanced herself from the board by saying she would
             * stay.": the gerund's subject is the sentence's */
            voice = c->cur;
        }
    }
    for (size_t v = a; !voice.found && v < b; v++) {
        /* "The talks failed, according to Omar Diaz, the union chief.":
         * a person given as the source of a sentence spoke it */
        size_t na = according_at(d, v);
        np p;
        if (!na || v == a || d->tk[v - 1].kind != T_COMMA || !np_fwd(d, v + na, b, &p) ||
            p.na >= p.b || p.det || !frame_ends(d, p.b, b))
            continue;
        spk s = spk_from_np(d, &p);
        if (s.found == 1 && s.person) {
            c->last = s;
            voice = s;
        }
    }
    /* "Nach Ansicht von X ist noch nichts entschieden. „…“": in a
     * verb-second language a sentence opening with a source gives that
     * person's view; a quote right after goes on in it */
    size_t i = subject_start(d, a, b);
    spk s;
    if (!voice.found && quote_lang_trait(d->ql, TRAIT_V2) && i < b && according_at(d, i) &&
        frame_at(c, i, b, &s) && s.found == 1 && s.person) {
        c->last = s;
        voice = s;
    }
    return voice;
}

/* In a verb-second language, the person named right after the first
 * verb of speech of tokens [a, b) ("Dazu erklärte Ana Lopez, …"). */
static spk inverted_speaker(const spk_ctx *c, size_t a, size_t b)
{
    const doc *d = c->d;
    spk none = {0};
    if (!quote_lang_trait(d->ql, TRAIT_V2)) return none;
    for (size_t v = a; v < b; v++) {
        if (!is_verb(d, v, C_SPEECH | C_REPORT)) continue;
        np p;
        if (!np_fwd(d, skip_fwd(d, v + 1, b), b, &p) || p.na >= p.b) return none;
        spk s = spk_from_np(d, &p);
        return s.found == 1 && s.person ? s : none;
    }
    return none;
}

/* 1 when tokens [a, b) hold a finite verb of the subjunctive of reported
 * speech outside quotes. */
static int in_subjunctive(const doc *d, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (is_verb(d, i, C_SUBJ)) return 1;
    return 0;
}

/* The sentence of tokens [a, b). */
static void speak_sentence(walk *w, size_t a, size_t b)
{
    spk_ctx *c = &w->c;
    const doc *d = c->d;
    c->cur = main_subject(c, a, b);
    if ((c->cur.found == 1 && c->cur.person) || c->cur.found == -1) c->last = c->cur;
    w->subj = in_subjunctive(d, a, b);
    int spoken = 0;
    spk voiced = {0};
    for (size_t k = a; k < b; k++) {
        if (d->tk[k].kind != T_QUOTE) continue;
        speak_quote(w, k, a);
        const quote *q = &w->qv[d->tk[k].q];
        spoken |= q->speaker != NULL;
        if (q->speaker && w->prev.found == 1 && w->prev.person) voiced = w->prev;
    }
    spk voice = {0};
    if (!spoken) {
        /* narration ends a run of speech; reported speech may go on in a
         * quote.  Narration quoting words it gives to no one is narration
         * still ("What "go after them" means is unclear, since Marsh spoke
         * only in bromides.") */
        voice = note_unquoted_speaker(c, a, b);
        if (voice.found) {
            w->narrated = 0;
            w->other_subject = 0;
            w->prev = voice;
            w->prev_para = d->tk[a].para;
            w->prev_end = b;
        } else if (w->prev.found == 1 && c->cur.found == 1 && c->cur.person && c->cur.name &&
                   w->prev.name && strcmp(c->cur.name, w->prev.name) == 0) {
            /* `"…," Lopez said. She paused. "…"`: narration of the speaker
             * herself does not end her run of speech */
            w->prev_para = d->tk[a].para;
            w->prev_end = b;
        } else {
            w->narrated = 1;
            /* `"…," Lopez said. Diaz was not convinced. "…"`: narration
             * about another named person ends the run of speech, with
             * paragraphs or without */
            if (c->cur.found == 1 && c->cur.person && c->cur.name) w->other_subject = 1;
        }
    }
    /* the voice reported speech in the next sentence may go on in: who
     * spoke here, or the person this sentence is about; a sentence in the
     * subjunctive with no voice of its own keeps the one before */
    if (voiced.found != 1 && (!w->subj || w->reported.found != 1)) {
        voiced = voice;
        if (voiced.found != 1 || !voiced.person) {
            /* "Dazu erklärte Ana Lopez, …": the person a later "sie" means */
            voiced = inverted_speaker(c, a, b);
            if (voiced.found == 1) c->last = voiced;
        }
        if (voiced.found != 1 && subject_is_person(c, a, b)) voiced = c->cur;
    }
    if (voiced.found == 1 && voiced.person) w->reported = voiced;
    else if (!w->subj) w->reported = (spk){0};
    w->sent_a = a;
    w->sent_cur = c->cur;
}

/* The words of a quote as a key: ASCII letters and digits lowercased,
 * other ASCII and the curly quote marks and apostrophes dropped, other
 * UTF-8 kept, each run of dropped bytes one space; NULL when it is too
 * short to say the two quotes are one (a word or two recur by chance) or
 * out of memory. */
static char *words_key(arena *ar, const char *t, size_t *n)
{
    size_t len = strlen(t), k = 0, letters = 0;
    char *out = arena_alloc(ar, len + 1);
    if (!out) return NULL;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)t[i];
        int keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        if (c == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] == 0x80 &&
            (unsigned char)t[i + 2] >= 0x98 && (unsigned char)t[i + 2] <= 0x9F) {
            i += 2;
        } else if (keep || c >= 0x80) {
            out[k++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            letters++;
            continue;
        }
        if (k && out[k - 1] != ' ') out[k++] = ' ';
    }
    while (k && out[k - 1] == ' ') k--;
    out[k] = '\0';
    *n = k;
    return letters >= 24 ? out : NULL;
}

/* `Mayor Lopez: 'We Stay Open'` over a story with `"We stay open," Lopez
 * said`: the same words quoted twice (a headline, a pull quote, a summary
 * repeating the body's quote) are one voice's; a copy given to no one
 * takes the speaker of the copy that has one. */
static void same_words_same_voice(doc *d, quote *qv)
{
    size_t nq = 0;
    for (size_t i = 0; i < d->nt; i++)
        if (d->tk[i].kind == T_QUOTE && (size_t)d->tk[i].q + 1 > nq) nq = (size_t)d->tk[i].q + 1;
    strmap byw;
    strmap_init_arena(&byw, d->ar, NULL);
    char **keys = arena_calloc(d->ar, nq ? nq : 1, sizeof *keys);
    size_t *lens = arena_calloc(d->ar, nq ? nq : 1, sizeof *lens);
    if (!keys || !lens) {
        d->oom = 1;
        return;
    }
    for (size_t i = 0; i < nq; i++) {
        if (!qv[i].text) continue;
        keys[i] = words_key(d->ar, qv[i].text, &lens[i]);
        if (!keys[i] || !qv[i].speaker) continue;
        uint32_t *v = qmap_put(&byw, keys[i], lens[i]);
        if (!v) {
            d->oom = 1;
            return;
        }
        if (!*v) *v = (uint32_t)(i + 1);
    }
    for (size_t i = 0; i < nq; i++) {
        if (qv[i].speaker || !keys[i]) continue;
        const uint32_t *v = qmap_get(&byw, keys[i], lens[i]);
        if (!v) continue;
        const quote *o = &qv[*v - 1];
        qv[i].speaker = o->speaker;
        qv[i].role = o->role;
        qv[i].is_org = o->is_org;
    }
}

void find_speakers(doc *d, const qrec *q, quote *qv, const span *spans)
{
    walk w;
    memset(&w, 0, sizeof w);
    w.c.d = d;
    w.q = q;
    w.qv = qv;
    w.spans = spans;
    w.prev_para = UINT32_MAX;
    w.prev_end = (size_t)-1;
    w.prev_k = (size_t)-1;
    for (size_t a = 0; a < d->nt;) {
        size_t b = a;
        while (b < d->nt && d->tk[b].sent == d->tk[a].sent) b++;
        speak_sentence(&w, a, b);
        a = b;
    }
    same_words_same_voice(d, qv);
}
