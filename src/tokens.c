/*
 * tokens.c - stage 4: words, case folding, stopwords, Snowball stems and
 * the vocabulary of interned stems.
 *
 * Word breaking is a simplified UAX #29 driven by Unicode general category
 * (utf8proc_category): a word is a run of letters (L*), marks (M*) and
 * numbers (Nd, Nl, No).  Inside a run we keep
 *   - an apostrophe (' or U+2019) between a letter or digit and a letter
 *     ("don't", "1990's"), except in French, Italian and Catalan, where it
 *     marks elision ("l'homme" -> "l" "homme");
 *   - a period between two single letters: acronyms stay whole and keep
 *     their inner periods ("U.S." -> "u.s", "e.g." -> "e.g"), so "u.s" never
 *     collides with the pronoun "us", while "end.The" still splits;
 *   - a period or comma between digits ("1,000", "3.5");
 *   - zero-width joiners and soft hyphens between word characters (they are
 *     dropped by folding).
 * Everything else (hyphens, dashes, slashes, symbols, emoji) separates
 * words.  Scripts written without spaces (Han, kana, Thai, Lao, Khmer,
 * Myanmar) have no dictionary here: each character with its marks is one
 * token, a crude but stable fallback.
 *
 * Folding is Unicode case folding plus NFC (utf8proc, into a stack buffer;
 * ASCII words take a byte-wise fast path), with U+2019 turned into ' and a
 * trailing possessive "'s" dropped.  Turkish maps I/İ to ı/i first.  The
 * stopword test is on the folded word; the stem (Snowball, libstemmer) is
 * what the vocabulary interns.  A stem reached from any stopword is marked
 * as a stop id, so the flag does not depend on the order words arrive in.
 *
 * Speed: each tok_lang caches raw spelling -> stem, stop flag and the id
 * it got in the last vocabulary used, so folding and stemming run once per
 * distinct spelling and the common path is one hash of the raw bytes and
 * one probe (about 100 MB/s of English news at -O2).  The cache, like the
 * Snowball stemmer, makes a tok_lang single-threaded.
 *
 * Language guess: the share of the first 20,000 words found in each
 * language's stopword list; one table of all lists (a bit per language)
 * is built once per process under call_once and only read afterwards.
 *
 * Limits: no dictionary segmentation for CJK/Thai; Turkish case rules are
 * the only locale-specific folding; words over 64 bytes are skipped;
 * closely related languages (Danish/Norwegian, Spanish/Catalan, Serbian
 * in Latin script vs. others) need more than a sentence to tell apart.
 */
#include "tokens.h"

#include <libstemmer.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

#include "data.h"
#include "strmap.h"
#include "text.h"

#ifndef __STDC_NO_THREADS__
#include <threads.h>
#else
#include <pthread.h>
#endif

#define MAX_WORD 64     /* raw bytes; longer runs are not words */
#define FOLD_CPS 512    /* code points a folded word may expand to */
#define FOLD_MAX 256    /* bytes of a folded word */
#define CACHE_MAX ((size_t)1 << 18) /* distinct spellings before a reset */
#define DETECT_WORDS 20000

static const char *const languages[] = {
    "arabic",     "armenian",  "basque",     "catalan",   "danish",
    "dutch",      "english",   "finnish",    "french",    "german",
    "greek",      "hindi",     "hungarian",  "indonesian", "irish",
    "italian",    "lithuanian", "nepali",    "norwegian", "porter",
    "portuguese", "romanian",  "russian",    "serbian",   "spanish",
    "swedish",    "tamil",     "turkish",    "yiddish",   NULL};

const char *const *tok_languages(void) { return languages; }

/* ---------------------------------------------------------------- words */

enum kind { K_SEP, K_LETTER, K_DIGIT, K_MARK, K_IDEO, K_APOS, K_PERIOD, K_COMMA, K_JOIN };

/* Scripts written without spaces between words. */
static int is_unspaced(int32_t c)
{
    return (c >= 0x0E00 && c <= 0x0EFF)     /* Thai, Lao */
        || (c >= 0x1000 && c <= 0x109F)     /* Myanmar */
        || (c >= 0x1780 && c <= 0x17FF)     /* Khmer */
        || (c >= 0x3040 && c <= 0x30FF)     /* Hiragana, Katakana */
        || (c >= 0x31F0 && c <= 0x31FF)
        || (c >= 0x3400 && c <= 0x4DBF)     /* Han */
        || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFF66 && c <= 0xFF9F)     /* halfwidth Katakana */
        || (c >= 0x20000 && c <= 0x3FFFF);
}

/* Kind of the code point at t[i] (i < len); *n receives its byte length. */
static enum kind kind_at(const unsigned char *t, size_t len, size_t i, size_t *n)
{
    unsigned char c = t[i];
    if (c < 0x80) {
        *n = 1;
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return K_LETTER;
        if (c >= '0' && c <= '9') return K_DIGIT;
        if (c == '\'') return K_APOS;
        if (c == '.') return K_PERIOD;
        if (c == ',') return K_COMMA;
        return K_SEP;
    }
    /* Invalid UTF-8 (ingest repairs it) is one U+FFFD per byte: a
     * separator. */
    int32_t cp;
    *n = text_decode((const char *)t + i, len - i, &cp);
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
        return is_unspaced(cp) ? K_IDEO : K_LETTER;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
        return K_MARK;
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return K_DIGIT;
    default:
        break;
    }
    if (cp == 0x2019) return K_APOS;
    if (cp == 0x200C || cp == 0x200D || cp == 0x00AD || cp == 0x2060) return K_JOIN;
    return K_SEP;
}

static int is_wordish(enum kind k) { return k == K_LETTER || k == K_DIGIT || k == K_MARK; }

/*
 * Finds the next word at or after *pos: sets [*ws, *we), *ascii (all bytes
 * ASCII) and advances *pos past it.  Returns 0 at the end of the text.
 */
static int next_word(const unsigned char *t, size_t len, size_t *pos, int split_apos,
                     size_t *ws, size_t *we, int *ascii)
{
    size_t i = *pos, n;
    while (i < len) {
        enum kind k = kind_at(t, len, i, &n);
        if (k == K_IDEO) {
            size_t e = i + n, m;
            while (e < len) {
                enum kind k2 = kind_at(t, len, e, &m);
                if (k2 != K_MARK && k2 != K_JOIN) break;
                e += m;
            }
            *ws = i; *we = e; *ascii = 0; *pos = e;
            return 1;
        }
        if (!is_wordish(k)) {
            i += n;
            continue;
        }
        int all_ascii = t[i] < 0x80;
        enum kind prev = k == K_DIGIT ? K_DIGIT : K_LETTER;
        size_t seg = prev == K_LETTER; /* letters since the last inner period */
        size_t e = i + n;
        while (e < len) {
            size_t n1, n2;
            k = kind_at(t, len, e, &n);
            if (k == K_LETTER) {
                prev = K_LETTER;
                seg++;
            } else if (k == K_DIGIT) {
                prev = K_DIGIT;
                seg = 2;
            } else if (k == K_MARK) {
                /* belongs to the previous character */
            } else if (k == K_JOIN) {
                if (e + n >= len || !is_wordish(kind_at(t, len, e + n, &n1))) break;
            } else if (k == K_APOS) {
                if (split_apos || e + n >= len || kind_at(t, len, e + n, &n1) != K_LETTER)
                    break;
                seg = 2; /* "o'r.x" is no acronym */
            } else if (k == K_PERIOD || k == K_COMMA) {
                if (e + n >= len) break;
                enum kind k1 = kind_at(t, len, e + n, &n1);
                if (prev == K_DIGIT && k1 == K_DIGIT) {
                    /* 1,000 and 3.5 */
                } else if (k == K_PERIOD && prev == K_LETTER && seg == 1 && k1 == K_LETTER &&
                           (e + n + n1 >= len ||
                            !is_wordish(kind_at(t, len, e + n + n1, &n2)))) {
                    seg = 0;
                } else {
                    break;
                }
            } else {
                break;
            }
            if (t[e] >= 0x80) all_ascii = 0;
            e += n;
        }
        *ws = i; *we = e; *ascii = all_ascii; *pos = e;
        return 1;
    }
    *pos = len;
    return 0;
}

/* ------------------------------------------------------------- folding */

static utf8proc_int32_t turkish_map(utf8proc_int32_t c, void *data)
{
    (void)data;
    if (c == 'I') return 0x0131;
    if (c == 0x0130) return 'i';
    return c;
}

/*
 * Case-folds and NFC-composes w[0..len) into out (at least FOLD_MAX bytes),
 * U+2019 becoming '.  Returns the length, 0 when the result is empty, too
 * long or not valid UTF-8.
 */
static size_t fold_word(const char *w, size_t len, int ascii, int turkish, char *out)
{
    if (ascii && turkish && memchr(w, 'I', len)) ascii = 0;
    if (ascii) {
        if (len >= FOLD_MAX) return 0;
        for (size_t i = 0; i < len; i++) {
            unsigned char c = (unsigned char)w[i];
            out[i] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
        }
        return len;
    }
    /* One spare slot: utf8proc_reencode writes a terminating NUL. */
    utf8proc_int32_t buf[FOLD_CPS + 1];
    const utf8proc_option_t opt =
        UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE;
    utf8proc_ssize_t n = utf8proc_decompose_custom(
        (const utf8proc_uint8_t *)w, (utf8proc_ssize_t)len, buf, FOLD_CPS, opt,
        turkish ? turkish_map : NULL, NULL);
    if (n <= 0 || n > FOLD_CPS) return 0;
    n = utf8proc_reencode(buf, n, opt);
    if (n <= 0) return 0;
    const unsigned char *s = (const unsigned char *)buf;
    size_t o = 0;
    for (utf8proc_ssize_t i = 0; i < n; i++) {
        if (o >= FOLD_MAX - 1) return 0;
        if (s[i] == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && s[i + 2] == 0x99) {
            out[o++] = '\'';
            i += 2;
        } else {
            out[o++] = (char)s[i];
        }
    }
    return o;
}

/* ------------------------------------------------------------ tok_lang */

/* A cached spelling: the raw bytes and the stem live in the entry, so a
 * hit touches one slot and one entry. */
typedef struct centry {
    uint64_t serial; /* vocabulary `id` belongs to; 0: none yet */
    uint32_t id, stemhash;
    uint16_t rawlen, stemlen;
    unsigned char is_stop, skip;
    char bytes[];    /* raw spelling, then the stem */
} centry;

/* Entries sit back to back in one buffer and slots hold 32-bit offsets,
 * so the index of 20,000 words stays small enough for the CPU cache.  Not
 * a strmap: a hit here reads one slot and one entry, raw bytes and stem
 * inline, where a strmap entry points at its key elsewhere; this is the
 * hottest lookup of a run.  It hashes with strmap_hash all the same, so
 * the stem's hash it keeps serves vocab_intern_h. */
typedef struct cslot {
    uint32_t hash;
    uint32_t off; /* offset + 1 into cbuf; 0: empty */
} cslot;

struct tok_lang {
    const brief_allocator *a;
    const char *name;
    struct sb_stemmer *stemmer;
    arena *ar; /* stopwords */
    strmap stop; /* folded stopwords, in ar */
    int split_apos, turkish;
    char *cbuf; /* cache entries, 8-byte aligned */
    size_t cbuf_len, cbuf_cap;
    cslot *cslot;
    size_t cn, cmask;
};

/* A stem's id is its entry number in `stems`; the value is the stop
 * flag. */
struct vocab {
    const brief_allocator *a;
    arena *ar;     /* the stems' bytes */
    strmap stems;  /* tables from the allocator */
    uint64_t serial;
};

static int known_stemmer(const char *name)
{
    for (const char **l = sb_stemmer_list(); *l; l++)
        if (strcmp(*l, name) == 0) return 1;
    return 0;
}

static brief_status load_stopwords(tok_lang *tl, const char *file)
{
    char path[64];
    size_t flen = 0;
    snprintf(path, sizeof path, "stopwords/%s.txt", file);
    const char *bytes = data_find(path, &flen);
    if (!bytes) return BRIEF_ELANG;
    data_lines it;
    const char *line;
    size_t llen, count = 0;
    data_lines_init(&it, bytes, flen);
    while (data_lines_next(&it, &line, &llen)) count++;
    strmap_init_arena(&tl->stop, tl->ar, tl->ar);
    if (!strmap_reserve(&tl->stop, count)) return BRIEF_ENOMEM;
    data_lines_init(&it, bytes, flen);
    while (data_lines_next(&it, &line, &llen)) {
        char buf[FOLD_MAX];
        int ascii = 1;
        for (size_t i = 0; i < llen; i++) ascii &= (unsigned char)line[i] < 0x80;
        size_t n = fold_word(line, llen, ascii, tl->turkish, buf);
        if (n && strmap_put(&tl->stop, buf, n, NULL) == STRMAP_NONE) return BRIEF_ENOMEM;
    }
    return BRIEF_OK;
}

brief_status tok_lang_new(const brief_allocator *a, const char *language, tok_lang **out)
{
    if (!out) return BRIEF_EINVAL;
    *out = NULL;
    if (!language) return BRIEF_ELANG;
    const char *name = NULL;
    for (const char *const *l = languages; *l; l++)
        if (strcmp(*l, language) == 0) name = *l;
    if (!name || !known_stemmer(name)) return BRIEF_ELANG;

    tok_lang *tl = mem_malloc(a, sizeof *tl);
    if (!tl) return BRIEF_ENOMEM;
    memset(tl, 0, sizeof *tl);
    tl->a = a;
    tl->name = name;
    tl->split_apos = !strcmp(name, "french") || !strcmp(name, "italian") ||
                     !strcmp(name, "catalan");
    tl->turkish = !strcmp(name, "turkish");
    brief_status st = BRIEF_ENOMEM;
    tl->ar = arena_new(a);
    if (!tl->ar) goto fail;
    /* Known name, so NULL can only mean out of memory. */
    tl->stemmer = sb_stemmer_new(name, "UTF_8");
    if (!tl->stemmer) goto fail;
    st = load_stopwords(tl, strcmp(name, "porter") == 0 ? "english" : name);
    if (st != BRIEF_OK) goto fail;
    *out = tl;
    return BRIEF_OK;
fail:
    tok_lang_free(tl);
    return st;
}

void tok_lang_free(tok_lang *tl)
{
    if (!tl) return;
    if (tl->stemmer) sb_stemmer_delete(tl->stemmer);
    arena_free(tl->ar);
    mem_free(tl->a, tl->cbuf);
    mem_free(tl->a, tl->cslot);
    mem_free(tl->a, tl);
}

const char *tok_lang_name(const tok_lang *tl) { return tl ? tl->name : NULL; }

int tok_is_stopword(const tok_lang *tl, const char *w, size_t len)
{
    if (!tl || !w) return 0;
    return strmap_find(&tl->stop, w, len) != STRMAP_NONE;
}

size_t tok_stem(tok_lang *tl, const char *word, size_t len, char *buf, size_t bufsize)
{
    if (!tl || !word || !buf || len == 0 || len > INT32_MAX) return 0;
    const sb_symbol *s = sb_stemmer_stem(tl->stemmer, (const sb_symbol *)word, (int)len);
    if (!s) return 0;
    int n = sb_stemmer_length(tl->stemmer);
    if (n <= 0 || (size_t)n >= bufsize) return 0;
    memcpy(buf, s, (size_t)n);
    buf[n] = '\0';
    return (size_t)n;
}

/* --------------------------------------------------------------- vocab */

static atomic_uint_fast64_t vocab_serials = 1;

vocab *vocab_new(const brief_allocator *a)
{
    vocab *v = mem_malloc(a, sizeof *v);
    if (!v) return NULL;
    memset(v, 0, sizeof *v);
    v->a = a;
    v->serial = (uint64_t)atomic_fetch_add(&vocab_serials, 1);
    v->ar = arena_new(a);
    if (v->ar) strmap_init(&v->stems, a, v->ar);
    if (!v->ar || !strmap_reserve(&v->stems, 512)) {
        vocab_free(v);
        return NULL;
    }
    return v;
}

void vocab_free(vocab *v)
{
    if (!v) return;
    strmap_free(&v->stems);
    arena_free(v->ar);
    mem_free(v->a, v);
}

size_t vocab_size(const vocab *v) { return v ? strmap_count(&v->stems) : 0; }

int vocab_reserve(vocab *v, size_t n) { return v && strmap_reserve(&v->stems, n); }

const char *vocab_string(const vocab *v, uint32_t id)
{
    return v && id < strmap_count(&v->stems) ? strmap_key(&v->stems, id, NULL) : NULL;
}

int vocab_is_stop(const vocab *v, uint32_t id)
{
    return v && id < strmap_count(&v->stems) && strmap_get(&v->stems, id);
}

uint32_t vocab_lookup(const vocab *v, const char *s, size_t len)
{
    if (!v || !s) return UINT32_MAX;
    return strmap_find(&v->stems, s, len);
}

/* h: strmap_hash(s, len), which the tokenizer's cache keeps per stem. */
static uint32_t vocab_intern_h(vocab *v, const char *s, size_t len, uint32_t h, int is_stop)
{
    int added;
    uint32_t id = strmap_put_hashed(&v->stems, s, len, h, &added);
    if (added) *strmap_value(&v->stems, id) = is_stop != 0;
    return id;
}

uint32_t vocab_intern(vocab *v, const char *s, size_t len, int is_stop)
{
    if (!v || !s) return UINT32_MAX;
    return vocab_intern_h(v, s, len, strmap_hash(s, len), is_stop);
}

/* Stop wins: a stem any stopword reaches is a stop id ("own" from "own"
 * and "owned"), whichever word came first. */
static void vocab_mark_stop(vocab *v, uint32_t id)
{
    if (v && id < strmap_count(&v->stems)) *strmap_value(&v->stems, id) = 1;
}

/* ------------------------------------------------------------ tok_text */

static void cache_reset(tok_lang *tl)
{
    tl->cn = 0;
    tl->cbuf_len = 0;
    memset(tl->cslot, 0, (tl->cmask + 1) * sizeof *tl->cslot);
}

static centry *cache_find(const tok_lang *tl, const char *raw, size_t len, uint32_t h)
{
    if (!tl->cslot) return NULL;
    for (size_t i = h & tl->cmask;; i = (i + 1) & tl->cmask) {
        const cslot *s = &tl->cslot[i];
        if (!s->off) return NULL;
        if (s->hash == h) {
            centry *e = (centry *)(void *)(tl->cbuf + s->off - 1);
            if (e->rawlen == len && memcmp(e->bytes, raw, len) == 0) return e;
        }
    }
}

/* What analysis of a new spelling found. */
typedef struct analysis {
    char stem[FOLD_MAX];
    size_t stemlen;
    int is_stop, skip;
} analysis;

/* Adds raw (not yet cached) with its analysis; NULL when out of memory,
 * leaving the cache as it was. */
static centry *cache_add(tok_lang *tl, const char *raw, size_t len, uint32_t h,
                         const analysis *an)
{
    if (tl->cn >= CACHE_MAX) cache_reset(tl);
    if (!tl->cslot || (tl->cn + 1) * 2 > tl->cmask + 1) {
        size_t size = tl->cslot ? (tl->cmask + 1) * 2 : 4096;
        cslot *slot = mem_malloc(tl->a, size * sizeof *slot);
        if (!slot) return NULL;
        memset(slot, 0, size * sizeof *slot);
        for (size_t k = 0; tl->cslot && k <= tl->cmask; k++) {
            if (!tl->cslot[k].off) continue;
            size_t i = tl->cslot[k].hash & (size - 1);
            while (slot[i].off) i = (i + 1) & (size - 1);
            slot[i] = tl->cslot[k];
        }
        mem_free(tl->a, tl->cslot);
        tl->cslot = slot;
        tl->cmask = size - 1;
    }
    size_t need = (sizeof(centry) + len + an->stemlen + 7) & ~(size_t)7;
    if (tl->cbuf_len + need > tl->cbuf_cap) {
        size_t cap = tl->cbuf_cap ? tl->cbuf_cap * 2 : (size_t)64 << 10;
        while (cap < tl->cbuf_len + need) cap *= 2;
        if (cap > UINT32_MAX) return NULL; /* cannot happen below CACHE_MAX */
        char *buf = mem_realloc(tl->a, tl->cbuf, cap);
        if (!buf) return NULL;
        tl->cbuf = buf;
        tl->cbuf_cap = cap;
    }
    size_t off = tl->cbuf_len;
    centry *e = (centry *)(void *)(tl->cbuf + off);
    tl->cbuf_len += need;
    memset(e, 0, sizeof *e);
    memcpy(e->bytes, raw, len);
    memcpy(e->bytes + len, an->stem, an->stemlen);
    e->rawlen = (uint16_t)len;
    e->stemlen = (uint16_t)an->stemlen;
    e->stemhash = strmap_hash(an->stem, an->stemlen);
    e->is_stop = (unsigned char)an->is_stop;
    e->skip = (unsigned char)an->skip;
    size_t i = h & tl->cmask;
    while (tl->cslot[i].off) i = (i + 1) & tl->cmask;
    tl->cslot[i] = (cslot){h, (uint32_t)off + 1};
    tl->cn++;
    return e;
}

/* Folds, tests and stems a spelling not seen before. */
static brief_status analyse(tok_lang *tl, const char *raw, size_t len, int ascii, analysis *an)
{
    char buf[FOLD_MAX];
    size_t n = fold_word(raw, len, ascii, tl->turkish, buf);
    if (tl->turkish) {
        /* Turkish writes suffixes of proper names after an apostrophe
         * ("Ankara'da"): the name is the word. */
        char *q = memchr(buf, '\'', n);
        if (q) n = (size_t)(q - buf);
    }
    if (n > 2 && buf[n - 2] == '\'' && buf[n - 1] == 's') n -= 2;
    an->stemlen = 0;
    an->is_stop = 0;
    an->skip = n == 0;
    if (an->skip) return BRIEF_OK;
    an->is_stop = tok_is_stopword(tl, buf, n);
    const sb_symbol *s = (const sb_symbol *)buf;
    int sl = (int)n;
    /* Acronyms and decimals are not inflected, and the English stemmer
     * would turn "u.s" into "u.". */
    if (!memchr(buf, '.', n)) {
        s = sb_stemmer_stem(tl->stemmer, (const sb_symbol *)buf, (int)n);
        if (!s) return BRIEF_ENOMEM;
        sl = sb_stemmer_length(tl->stemmer);
        if (sl <= 0) { /* a stemmer that strips a word to nothing keeps it */
            s = (const sb_symbol *)buf;
            sl = (int)n;
        }
    }
    if ((size_t)sl >= sizeof an->stem) {
        an->skip = 1;
        return BRIEF_OK;
    }
    memcpy(an->stem, s, (size_t)sl);
    an->stemlen = (size_t)sl;
    return BRIEF_OK;
}

/* 1 if the word at t[ws..) starts with an upper-case or title-case letter. */
static int starts_upper(const unsigned char *t, size_t len, size_t ws)
{
    if (t[ws] < 0x80) return t[ws] >= 'A' && t[ws] <= 'Z';
    int32_t cp;
    text_decode((const char *)t + ws, len - ws, &cp); /* U+FFFD when invalid */
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

/* 1 if a capital at ws says nothing: the text's first word, or a word
 * after a sentence end, a colon or a quotation mark (the last non-space
 * byte before it: '.', '!', '?', ':', '"', '\'' or the last byte of a curly
 * quotation mark). */
static int capital_expected(const unsigned char *t, size_t ws)
{
    size_t i = ws;
    while (i > 0 && text_is_space_byte(t[i - 1])) i--;
    if (i == 0) return 1;
    unsigned char c = t[i - 1];
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\'') return 1;
    /* U+201C/U+201D/U+2018/U+2019 end in 0x9C, 0x9D, 0x98, 0x99 after E2 80 */
    return i >= 3 && t[i - 3] == 0xE2 && t[i - 2] == 0x80 &&
           (c == 0x9C || c == 0x9D || c == 0x98 || c == 0x99);
}

brief_status tok_text_names(tok_lang *tl, vocab *v, arena *ar, const char *text, size_t len,
                            uint32_t **ids, uint8_t **names, size_t *n, size_t *cap)
{
    if (!tl || !v || !ar || (!text && len) || !ids || !n || !cap) return BRIEF_EINVAL;
    const unsigned char *t = (const unsigned char *)text;
    size_t pos = 0, ws, we;
    int ascii;
    while (next_word(t, len, &pos, tl->split_apos, &ws, &we, &ascii)) {
        size_t wl = we - ws;
        if (wl > MAX_WORD) continue;
        const char *raw = text + ws;
        uint32_t h = strmap_hash(raw, wl);
        centry *e = cache_find(tl, raw, wl, h);
        if (!e) {
            analysis an;
            brief_status st = analyse(tl, raw, wl, ascii, &an);
            if (st != BRIEF_OK) return st;
            e = cache_add(tl, raw, wl, h, &an);
            if (!e) return BRIEF_ENOMEM;
        }
        if (e->skip) continue;
        if (e->serial != v->serial) {
            uint32_t id = vocab_intern_h(v, e->bytes + e->rawlen, e->stemlen, e->stemhash,
                                         e->is_stop);
            if (id == UINT32_MAX) return BRIEF_ENOMEM;
            if (e->is_stop) vocab_mark_stop(v, id);
            e->id = id;
            e->serial = v->serial;
        }
        if (*n == *cap) {
            /* Not ARENA_PUSH: it stores NULL over *ids on failure, and the
             * caller's array must survive an out-of-memory error.  The
             * flags grow with the ids: same count, same capacity. */
            size_t c = *cap;
            uint32_t *grown = arena_reserve(ar, *ids, sizeof **ids, &c, *n + 1);
            if (!grown) return BRIEF_ENOMEM;
            if (names) {
                size_t cn = *cap;
                uint8_t *g = arena_reserve(ar, *names, 1, &cn, c);
                if (!g) return BRIEF_ENOMEM;
                *names = g;
            }
            *ids = grown;
            *cap = c;
        }
        if (names) (*names)[*n] = (uint8_t)(starts_upper(t, len, ws) && !capital_expected(t, ws));
        (*ids)[(*n)++] = e->id;
    }
    return BRIEF_OK;
}

brief_status tok_text(tok_lang *tl, vocab *v, arena *ar, const char *text, size_t len,
                      uint32_t **ids, size_t *n, size_t *cap)
{
    return tok_text_names(tl, v, ar, text, len, ids, NULL, n, cap);
}

/* ----------------------------------------------------- language guess */

/*
 * One map of every stopword of every language to a bit per language, in
 * static storage and with keys pointing into the compiled-in lists
 * (already lowercase NFC), so it needs no allocation and is built once per
 * process.  The lists hold about 5,000 words.
 */
#define DET_SLOTS 16384
static strmap_slot det_slots[DET_SLOTS];
static strmap_entry det_entries[DET_SLOTS / 2];
static strmap det_words;
static const char *det_names[32];
static size_t det_count;

/* Ties (a sentence of Spanish is also good Catalan) go to the language
 * more news is written in: the order of this list. */
static const char *const det_order[] = {
    "english",   "spanish",  "french",     "german",     "portuguese", "russian",
    "italian",   "arabic",   "dutch",      "turkish",    "indonesian", "hindi",
    "swedish",   "greek",    "romanian",   "hungarian",  "danish",     "norwegian",
    "finnish",   "serbian",  "catalan",    "lithuanian", "tamil",      "nepali",
    "armenian",  "basque",   "irish",      "yiddish",    NULL};

static void det_build(void)
{
    strmap_init_fixed(&det_words, det_slots, DET_SLOTS, det_entries, DET_SLOTS / 2, NULL);
    for (const char *const *l = det_order; *l && det_count < 32; l++) {
        char path[64];
        size_t flen;
        snprintf(path, sizeof path, "stopwords/%s.txt", *l);
        const char *bytes = data_find(path, &flen);
        if (!bytes) continue;
        uint32_t bit = (uint32_t)1 << det_count;
        for (const char *const *m = languages; *m; m++)
            if (strcmp(*m, *l) == 0) det_names[det_count] = *m; /* the static name */
        det_count++;
        data_lines it;
        const char *w;
        size_t wl;
        data_lines_init(&it, bytes, flen);
        while (data_lines_next(&it, &w, &wl)) {
            uint32_t i = strmap_put(&det_words, w, wl, NULL);
            if (i == STRMAP_NONE) return; /* full: lists outgrew DET_SLOTS */
            *strmap_value(&det_words, i) |= bit;
        }
    }
}

#ifndef __STDC_NO_THREADS__
static once_flag det_once = ONCE_FLAG_INIT;
static void det_init(void) { call_once(&det_once, det_build); }
#else
static pthread_once_t det_once = PTHREAD_ONCE_INIT;
static void det_init(void) { pthread_once(&det_once, det_build); }
#endif

static uint32_t det_lookup(const char *w, size_t wl)
{
    uint32_t i = strmap_find(&det_words, w, wl);
    return i == STRMAP_NONE ? 0 : strmap_get(&det_words, i);
}

/* Lowercases code point by code point: the lists are lowercase NFC and so,
 * after ingest, is the text, so no full fold is needed for a guess. */
static size_t lower_word(const unsigned char *w, size_t len, int ascii, char *out)
{
    size_t o = 0;
    if (ascii) {
        for (size_t i = 0; i < len; i++)
            out[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] | 0x20 : w[i]);
        return len;
    }
    for (size_t i = 0; i < len;) {
        int32_t cp;
        i += text_utf8_next((const char *)w + i, len - i, &cp);
        if (cp < 0) return 0;
        if (o + 4 > FOLD_MAX) return 0;
        o += (size_t)utf8proc_encode_char(utf8proc_tolower(cp), (utf8proc_uint8_t *)out + o);
    }
    return o;
}

const char *tok_detect_language(const char *text, size_t len, const char *fallback)
{
    if (!text) return fallback;
    det_init();
    size_t hits[32] = {0}, words = 0, pos = 0, ws, we;
    int ascii;
    const unsigned char *t = (const unsigned char *)text;
    /* Apostrophes split here so elisions count: "l'état" -> "l", "état". */
    while (words < DETECT_WORDS && next_word(t, len, &pos, 1, &ws, &we, &ascii)) {
        if (we - ws > MAX_WORD) continue;
        char buf[FOLD_MAX];
        size_t n = lower_word(t + ws, we - ws, ascii, buf);
        words++;
        if (!n) continue;
        uint32_t m = det_lookup(buf, n);
        for (size_t k = 0; m; k++, m >>= 1)
            if (m & 1) hits[k]++;
    }
    if (words < 5) return fallback;
    if (det_count == 0) return fallback;
    size_t best = 0, second = SIZE_MAX;
    for (size_t k = 1; k < det_count; k++)
        if (hits[k] > hits[best]) best = k;
    for (size_t k = 0; k < det_count; k++)
        if (k != best && (second == SIZE_MAX || hits[k] > hits[second])) second = k;
    if (hits[best] * 100 < words * 8) return fallback;
    /* A near tie (Danish/Norwegian, Spanish/Catalan on a short text) is no
     * evidence against the fallback when the fallback is one of the two. */
    if (second != SIZE_MAX && hits[second] * 20 >= hits[best] * 19 && fallback &&
        strcmp(det_names[second], fallback) == 0)
        return fallback;
    return det_names[best];
}
