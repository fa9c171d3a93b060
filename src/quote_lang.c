/* quote_lang.c - a language's word lists for the quotes stage; see
 * quote_lang.h.  The lists live in the language's own arena. */
#include "quote_lang.h"

#include <string.h>

#include "arena.h"
#include "data.h"
#include "quote_map.h"

typedef struct entry {
    const char *s; /* borrowed from the language file */
    size_t n;
} entry;

typedef struct entry_list {
    entry *e;
    size_t n, cap;
} entry_list;

struct quotes_lang {
    const brief_allocator *a;
    arena *ar;
    strmap words;                  /* lowercase word -> C_* bits */
    int borrowed;                  /* another language's lists */
    unsigned traits;               /* TRAIT_* */
    uint32_t classes;              /* C_* bits of the words loaded */
    entry_list suffix[SUF_LISTS];
    entry_list according;
    entry_list agent;
    entry_list quoted_as;
    entry_list phrasal;
};

enum { S_WORDS, S_SUFFIX, S_PHRASE, S_AGENT, S_QUOTED_AS, S_PHRASAL, S_TRAIT };

typedef struct section {
    const char *name;
    int kind;      /* S_* */
    uint32_t arg;  /* the class bit (S_WORDS) or the list (S_SUFFIX) */
} section;

static const section sections[] = {
    {"[speech]", S_WORDS, C_SPEECH},     {"[report]", S_WORDS, C_REPORT},
    {"[pronoun]", S_WORDS, C_PRON},      {"[role]", S_WORDS, C_ROLE},
    {"[honorific]", S_WORDS, C_HONOR},   {"[nation]", S_WORDS, C_NAT},
    {"[org]", S_WORDS, C_ORG},           {"[lead]", S_WORDS, C_LEAD},
    {"[skip]", S_WORDS, C_SKIP},         {"[notname]", S_WORDS, C_NOTNAME},
    {"[conj]", S_WORDS, C_CONJ},         {"[prep]", S_WORDS, C_PREP},
    {"[sub]", S_WORDS, C_SUB},           {"[male]", S_WORDS, C_MALE},
    {"[female]", S_WORDS, C_FEMALE},     {"[article]", S_WORDS, C_ARTICLE},
    {"[definite]", S_WORDS, C_DEFINITE}, {"[of]", S_WORDS, C_OF},
    {"[invert]", S_WORDS, C_INVERT},     {"[possessive]", S_WORDS, C_POSSDET},
    {"[fused-article]", S_WORDS, C_FUSED}, {"[subjunctive]", S_WORDS, C_SUBJ},
    {"[according-after]", S_WORDS, C_SOURCE_AFTER},
    {"[impersonal]", S_WORDS, C_IMPERS},
    {"[speech-noun]", S_WORDS, C_SPNOUN},
    {"[relative]", S_WORDS, C_REL},      {"[view]", S_WORDS, C_VIEW},
    {"[absolute]", S_WORDS, C_ABSOLUTE},
    {"[judge]", S_WORDS, C_JUDGE},       {"[from]", S_WORDS, C_FROM},
    {"[cite]", S_WORDS, C_CITE},         {"[demonstrative]", S_WORDS, C_DEMO},
    {"[possessive-suffix]", S_SUFFIX, SUF_POSSESSIVE},
    {"[adjective-suffix]", S_SUFFIX, SUF_ADJECTIVE},
    {"[gerund-suffix]", S_SUFFIX, SUF_GERUND},
    {"[role-suffix]", S_SUFFIX, SUF_ROLE},
    {"[enclitic-suffix]", S_SUFFIX, SUF_ENCLITIC},
    {"[elision-prefix]", S_SUFFIX, SUF_ELISION},
    {"[abstract-suffix]", S_SUFFIX, SUF_ABSTRACT},
    {"[according]", S_PHRASE, 0},
    {"[agent]", S_AGENT, 0},
    {"[quoted-as]", S_QUOTED_AS, 0},
    {"[phrasal]", S_PHRASAL, 0},
    {"[traits]", S_TRAIT, 0},
};

static const section *find_section(const char *line, size_t n)
{
    for (size_t i = 0; i < sizeof sections / sizeof sections[0]; i++)
        if (strlen(sections[i].name) == n && memcmp(sections[i].name, line, n) == 0)
            return &sections[i];
    return NULL;
}

static int push_entry(arena *ar, entry_list *l, const char *s, size_t n)
{
    if (!ARENA_PUSH(ar, l->e, l->n, l->cap)) return 0;
    l->e[l->n - 1].s = s;
    l->e[l->n - 1].n = n;
    return 1;
}

static const struct {
    const char *name;
    unsigned bit;
} trait_names[] = {{"nouns-capitalised", TRAIT_NOUN_CAPS},
                 {"verb-second", TRAIT_V2},
                 {"speaker-over-relay", TRAIT_RELAY_SPEAKER},
                 {"subject-dropped", TRAIT_PRO_DROP}};

/* 0 when s[0..n) names no trait. */
static unsigned find_trait(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof trait_names / sizeof trait_names[0]; i++)
        if (strlen(trait_names[i].name) == n && memcmp(trait_names[i].name, s, n) == 0)
            return trait_names[i].bit;
    return 0;
}

/* 0 when out of memory. */
static int add_entry(quotes_lang *ql, const section *sec, const char *s, size_t n)
{
    if (sec->kind == S_SUFFIX) return push_entry(ql->ar, &ql->suffix[sec->arg], s, n);
    if (sec->kind == S_PHRASE) return push_entry(ql->ar, &ql->according, s, n);
    if (sec->kind == S_AGENT) return push_entry(ql->ar, &ql->agent, s, n);
    if (sec->kind == S_QUOTED_AS) return push_entry(ql->ar, &ql->quoted_as, s, n);
    if (sec->kind == S_PHRASAL) return push_entry(ql->ar, &ql->phrasal, s, n);
    uint32_t *v = qmap_put(&ql->words, s, n);
    if (!v) return 0;
    *v |= sec->arg;
    ql->classes |= sec->arg;
    return 1;
}

static brief_status parse_lines(quotes_lang *ql, const char *bytes, size_t len)
{
    data_lines it;
    data_lines_init(&it, bytes, len);
    const char *line;
    size_t n;
    const section *sec = NULL;
    while (data_lines_next(&it, &line, &n)) {
        if (line[0] == '[') {
            if (!(sec = find_section(line, n))) return BRIEF_EFORMAT;
            continue;
        }
        if (!sec || n > WORD_MAX) return BRIEF_EFORMAT;
        if (sec->kind == S_TRAIT) {
            unsigned t = find_trait(line, n);
            if (!t) return BRIEF_EFORMAT;
            ql->traits |= t;
            continue;
        }
        if (!add_entry(ql, sec, line, n)) return BRIEF_ENOMEM;
    }
    return BRIEF_OK;
}

brief_status quote_lang_parse(const brief_allocator *a, const char *bytes, size_t len,
                              quotes_lang **out)
{
    *out = NULL;
    quotes_lang *ql = mem_malloc(a, sizeof *ql);
    if (!ql) return BRIEF_ENOMEM;
    memset(ql, 0, sizeof *ql);
    ql->a = a;
    ql->ar = arena_new(a);
    if (!ql->ar) {
        mem_free(a, ql);
        return BRIEF_ENOMEM;
    }
    strmap_init_arena(&ql->words, ql->ar, NULL);
    brief_status st = parse_lines(ql, bytes, len);
    if (st != BRIEF_OK) {
        quote_lang_destroy(ql);
        return st;
    }
    *out = ql;
    return BRIEF_OK;
}

void quote_lang_destroy(quotes_lang *ql)
{
    if (!ql) return;
    const brief_allocator *a = ql->a;
    arena_free(ql->ar);
    mem_free(a, ql);
}

size_t lower_word(const char *w, size_t n, char *buf)
{
    if (n >= WORD_MAX) return 0;
    for (size_t i = 0; i < n; i++) {
        char c = w[i];
        buf[i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    buf[n] = '\0';
    return n;
}

uint32_t word_class(const quotes_lang *ql, const char *w, size_t n)
{
    char buf[WORD_MAX];
    if (!lower_word(w, n, buf)) return 0;
    const uint32_t *v = qmap_get(&ql->words, buf, n);
    return v ? *v : 0;
}

void quote_lang_set_borrowed(quotes_lang *ql)
{
    ql->borrowed = 1;
}

int quote_lang_borrowed(const quotes_lang *ql)
{
    return ql->borrowed;
}

uint32_t quote_lang_classes(const quotes_lang *ql)
{
    return ql->classes;
}

int quote_lang_trait(const quotes_lang *ql, unsigned t)
{
    return (ql->traits & t) != 0;
}

size_t word_suffix_len(const quotes_lang *ql, int list, const char *w, size_t n)
{
    const entry_list *l = &ql->suffix[list];
    for (size_t i = 0; i < l->n; i++)
        if (n > l->e[i].n && memcmp(w + n - l->e[i].n, l->e[i].s, l->e[i].n) == 0)
            return l->e[i].n;
    return 0;
}

size_t word_elision_len(const quotes_lang *ql, const char *w, size_t n)
{
    const entry_list *l = &ql->suffix[SUF_ELISION];
    for (size_t i = 0; i < l->n; i++) {
        size_t stem = l->e[i].n - 1; /* the entry less its apostrophe */
        if (!stem || n <= stem + 1) continue;
        size_t k = 0;
        while (k < stem && (w[k] | 0x20) == l->e[i].s[k]) k++;
        if (k < stem) continue;
        if (w[stem] == '\'') return stem + 1;
        if (n > stem + 3 && memcmp(w + stem, "\xE2\x80\x99", 3) == 0) return stem + 3;
    }
    return 0;
}

int word_ends_with(const quotes_lang *ql, int list, const char *w, size_t n)
{
    return word_suffix_len(ql, list, w, n) > 0;
}

const char *according_phrase(const quotes_lang *ql, size_t i, size_t *n)
{
    if (i >= ql->according.n) return NULL;
    *n = ql->according.e[i].n;
    return ql->according.e[i].s;
}

const char *agent_phrase(const quotes_lang *ql, size_t i, size_t *n)
{
    if (i >= ql->agent.n) return NULL;
    *n = ql->agent.e[i].n;
    return ql->agent.e[i].s;
}

const char *quoted_as_phrase(const quotes_lang *ql, size_t i, size_t *n)
{
    if (i >= ql->quoted_as.n) return NULL;
    *n = ql->quoted_as.e[i].n;
    return ql->quoted_as.e[i].s;
}

const char *phrasal_verb(const quotes_lang *ql, size_t i, size_t *n)
{
    if (i >= ql->phrasal.n) return NULL;
    *n = ql->phrasal.e[i].n;
    return ql->phrasal.e[i].s;
}
