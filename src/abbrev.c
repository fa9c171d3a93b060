/*
 * abbrev.c - the abbreviation lexicon of the sentence splitter: the
 * entries of data/abbrev/common.txt and data/abbrev/<language>.txt (syntax
 * in common.txt) in one strmap keyed by the case-folded entry, each key
 * leading to the spellings that fold to it; see abbrev_flags() for the
 * case rules.
 */
#include "abbrev.h"

#include <string.h>
#include <utf8proc.h>

#include "data.h"
#include "strmap.h"
#include "text.h"

#define FOLD_MAX (ABBREV_TOKEN_MAX * 4)

/* One spelling of an entry ("Ill", "ill" fold to one key). */
typedef struct entry {
    const char *orig;   /* as written, final period removed; points into
                           the compiled-in data (static) */
    size_t orig_len;
    unsigned flags;
    int orig_has_upper;
    uint32_t next;      /* the next spelling of the same key + 1; 0: none */
} entry;

struct split_lang {
    const brief_allocator *a;
    arena *ar;          /* everything below */
    strmap keys;        /* folded entry -> its first spelling + 1 */
    entry *v;           /* the spellings */
    size_t n, cap;
    int ordinals;
    int titlecase;
    int colonlower;
    /* The folded lengths of the suffix entries ("-str." -> 3): compounds
     * abbreviated by their last part ("Lindenstr. 5"). */
    size_t suffix_len[ABBREV_MAX_SUFFIX_LENS];
    size_t nsuffix_len;
};

static size_t fold(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        int32_t c;
        size_t len = text_decode(s + i, n - i, &c);
        i += len;
        c = utf8proc_tolower(c);
        utf8proc_uint8_t buf[4];
        utf8proc_ssize_t m = utf8proc_encode_char(c, buf);
        if (m <= 0 || o + (size_t)m > cap) return (size_t)-1;
        memcpy(out + o, buf, (size_t)m);
        o += (size_t)m;
    }
    return o;
}

/* 1 when some code point of s[0..n) is of the case `is` tests. */
static int has_case(const char *s, size_t n, int (*is)(int32_t))
{
    for (size_t i = 0; i < n;) {
        int32_t c;
        size_t len = text_decode(s + i, n - i, &c);
        if (is(c)) return 1;
        i += len;
    }
    return 0;
}

/* The flags of the suffix entries the folded token key[0..kn) ends with,
 * two letters or more before them (a compound, not the suffix alone). */
static unsigned suffix_flags(const split_lang *sl, const char *key, size_t kn)
{
    unsigned flags = 0;
    char probe[FOLD_MAX + 1];
    for (size_t i = 0; i < sl->nsuffix_len; i++) {
        size_t sn = sl->suffix_len[i];
        if (sn + 2 > kn) continue;
        probe[0] = '-';
        memcpy(probe + 1, key + kn - sn, sn);
        uint32_t k = strmap_find(&sl->keys, probe, sn + 1);
        if (k == STRMAP_NONE) continue;
        for (uint32_t j = strmap_get(&sl->keys, k); j; j = sl->v[j - 1].next)
            flags |= sl->v[j - 1].flags;
    }
    return flags;
}

/* See abbrev.h for the case rules. */
unsigned abbrev_flags(const split_lang *sl, const char *tok, size_t n)
{
    if (!sl || n == 0 || n > ABBREV_TOKEN_MAX) return 0;
    char key[FOLD_MAX];
    size_t kn = fold(tok, n, key, sizeof key);
    if (kn == (size_t)-1) return 0;
    uint32_t k = strmap_find(&sl->keys, key, kn);
    if (k == STRMAP_NONE) return sl->nsuffix_len ? suffix_flags(sl, key, kn) : 0;
    unsigned flags = 0;
    int tok_lower = -1;
    for (uint32_t j = strmap_get(&sl->keys, k); j; j = sl->v[j - 1].next) {
        const entry *en = &sl->v[j - 1];
        int ok = en->orig_len == n && memcmp(en->orig, tok, n) == 0;
        if (!ok && !en->orig_has_upper) ok = 1;
        if (!ok) {
            if (tok_lower < 0) tok_lower = has_case(tok, n, text_is_lower);
            ok = !tok_lower;
        }
        if (ok) flags |= en->flags;
    }
    return flags;
}

static brief_status lang_add(split_lang *sl, const char *orig, size_t n,
                             unsigned flags)
{
    char key[FOLD_MAX];
    size_t kn = fold(orig, n, key, sizeof key);
    if (n == 0 || kn == (size_t)-1) return BRIEF_EFORMAT;
    uint32_t k = strmap_put(&sl->keys, key, kn, NULL);
    if (k == STRMAP_NONE) return BRIEF_ENOMEM;
    uint32_t *first = strmap_value(&sl->keys, k);
    for (uint32_t j = *first; j; j = sl->v[j - 1].next) {
        entry *en = &sl->v[j - 1];
        if (en->orig_len == n && memcmp(en->orig, orig, n) == 0) {
            en->flags |= flags; /* the same entry in two files */
            return BRIEF_OK;
        }
    }
    if (sl->n == sl->cap) return BRIEF_EFORMAT; /* more entries than lines */
    sl->v[sl->n] = (entry){orig, n, flags, has_case(orig, n, text_is_upper), *first};
    *first = (uint32_t)++sl->n;
    return BRIEF_OK;
}

static int field_is(const char *s, size_t n, const char *word)
{
    return strlen(word) == n && memcmp(s, word, n) == 0;
}

/* One line of a data file: `entry [class]`.  When sl is NULL only counts. */
static brief_status lang_line(split_lang *sl, const char *line, size_t len)
{
    const unsigned char *u = (const unsigned char *)line;
    size_t a = 0;
    while (a < len && !text_is_space_byte(u[a])) a++;
    size_t b = a;
    while (b < len && text_is_space_byte(u[b])) b++;
    size_t c = b;
    while (c < len && !text_is_space_byte(u[c])) c++;
    const char *cls = line + b;
    size_t cls_len = c - b;
    if (cls_len > 0 && cls[0] == '#') cls_len = 0;

    if (line[0] == '@') {
        if (field_is(line, a, "@ordinals")) {
            if (sl) sl->ordinals = 1;
            return BRIEF_OK;
        }
        if (field_is(line, a, "@titlecase")) {
            if (sl) sl->titlecase = 1;
            return BRIEF_OK;
        }
        if (field_is(line, a, "@colonlower")) {
            if (sl) sl->colonlower = 1;
            return BRIEF_OK;
        }
        return BRIEF_EFORMAT;
    }
    int abbrev = line[a - 1] == '.';
    unsigned flags;
    if (cls_len == 0) flags = abbrev ? ABBREV_PLAIN : ABBREV_STARTER;
    else if (abbrev && field_is(cls, cls_len, "title")) flags = ABBREV_TITLE;
    else if (abbrev && field_is(cls, cls_len, "number")) flags = ABBREV_NUMBER;
    else if (abbrev && field_is(cls, cls_len, "final")) flags = ABBREV_FINAL;
    else if (!abbrev && field_is(cls, cls_len, "speech")) flags = ABBREV_SPEECH;
    else if (!abbrev && field_is(cls, cls_len, "qualifier")) flags = ABBREV_QUALIFIER;
    else if (!abbrev && field_is(cls, cls_len, "conj")) flags = ABBREV_CONJ;
    else if (!abbrev && field_is(cls, cls_len, "pronoun"))
        flags = ABBREV_PRONOUN | ABBREV_STARTER;
    else if (!abbrev && field_is(cls, cls_len, "opener"))
        flags = ABBREV_OPENER | ABBREV_STARTER;
    else if (!abbrev && field_is(cls, cls_len, "nonfinal")) flags = ABBREV_NONFINAL;
    else if (!abbrev && field_is(cls, cls_len, "ordinal")) flags = ABBREV_ORDINAL;
    else return BRIEF_EFORMAT;
    size_t n = abbrev ? a - 1 : a;
    if (n == 0 || n > ABBREV_TOKEN_MAX) return BRIEF_EFORMAT;
    if (line[0] == '-') {
        /* a suffix: an abbreviation of a compound's last part */
        if (!abbrev || n < 2) return BRIEF_EFORMAT;
        if (sl) {
            char key[FOLD_MAX];
            size_t sn = fold(line + 1, n - 1, key, sizeof key);
            if (sn == (size_t)-1) return BRIEF_EFORMAT;
            size_t i = 0;
            while (i < sl->nsuffix_len && sl->suffix_len[i] != sn) i++;
            if (i == sl->nsuffix_len) {
                if (i == ABBREV_MAX_SUFFIX_LENS) return BRIEF_EFORMAT;
                sl->suffix_len[sl->nsuffix_len++] = sn;
            }
        }
    }
    return sl ? lang_add(sl, line, n, flags) : BRIEF_OK;
}

static int lang_name_ok(const char *s)
{
    if (!s || !*s || strlen(s) > 32) return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || *s == '_')) return 0;
    return 1;
}

/* Every line of the common file and the language's, given to lang_line
 * (which only checks them when sl is NULL); *count receives how many. */
static brief_status read_files(split_lang *sl, const char *const bytes[2], const size_t lens[2],
                               size_t *count)
{
    *count = 0;
    for (int f = 0; f < 2; f++) {
        data_lines it;
        const char *line;
        size_t len;
        data_lines_init(&it, bytes[f], lens[f]);
        while (data_lines_next(&it, &line, &len)) {
            brief_status st = lang_line(sl, line, len);
            if (st != BRIEF_OK) return st;
            (*count)++;
        }
    }
    return BRIEF_OK;
}

brief_status split_lang_new(const brief_allocator *a, const char *language,
                            split_lang **out)
{
    if (!out) return BRIEF_EINVAL;
    *out = NULL;
    const char *bytes[2] = { NULL, NULL };
    size_t lens[2] = { 0, 0 };
    bytes[0] = data_find("data/abbrev/common.txt", &lens[0]);
    if (lang_name_ok(language)) {
        char path[64];
        memcpy(path, "data/abbrev/", 12);
        size_t ln = strlen(language);
        memcpy(path + 12, language, ln);
        memcpy(path + 12 + ln, ".txt", 5);
        bytes[1] = data_find(path, &lens[1]);
    }

    size_t count = 0;
    brief_status st = read_files(NULL, bytes, lens, &count);
    if (st != BRIEF_OK) return st;

    split_lang *sl = mem_malloc(a, sizeof *sl);
    if (!sl) return BRIEF_ENOMEM;
    memset(sl, 0, sizeof *sl);
    sl->a = a;
    sl->ar = arena_new(a);
    if (sl->ar) {
        strmap_init_arena(&sl->keys, sl->ar, sl->ar);
        sl->v = arena_alloc(sl->ar, (count ? count : 1) * sizeof *sl->v);
        sl->cap = count;
    }
    if (!sl->ar || !sl->v || !strmap_reserve(&sl->keys, count)) {
        split_lang_free(sl);
        return BRIEF_ENOMEM;
    }
    if ((st = read_files(sl, bytes, lens, &count)) != BRIEF_OK) {
        split_lang_free(sl);
        return st;
    }
    *out = sl;
    return BRIEF_OK;
}

void split_lang_free(split_lang *sl)
{
    if (!sl) return;
    arena_free(sl->ar);
    mem_free(sl->a, sl);
}


int abbrev_ordinals(const split_lang *sl) { return sl && sl->ordinals; }
int abbrev_titlecase(const split_lang *sl) { return sl && sl->titlecase; }
int abbrev_colonlower(const split_lang *sl) { return sl && sl->colonlower; }
