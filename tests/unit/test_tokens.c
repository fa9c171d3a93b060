/*
 * test_tokens.c - stage 4: word breaking, folding, stopwords, stems,
 * interning and language detection.
 */
#include <utf8proc.h>

#include "harness.h"

#include "data.h"
#include "tokens.h"

/* Tokenizes text and renders the stems joined by spaces, stop ids marked
 * with '*', so expectations read as one literal. */
static char *render(const char *lang, const char *text)
{
    tok_lang *tl = NULL;
    assert_int_equal(tok_lang_new(NULL, lang, &tl), BRIEF_OK);
    vocab *v = vocab_new(NULL);
    arena *ar = arena_new(NULL);
    assert_non_null(v);
    assert_non_null(ar);
    uint32_t *ids = NULL;
    size_t n = 0, cap = 0;
    assert_int_equal(tok_text(tl, v, ar, text, strlen(text), &ids, &n, &cap), BRIEF_OK);
    size_t size = 1;
    for (size_t i = 0; i < n; i++) size += strlen(vocab_string(v, ids[i])) + 2;
    char *out = malloc(size), *p = out;
    assert_non_null(out);
    *p = '\0';
    for (size_t i = 0; i < n; i++) {
        p += sprintf(p, "%s%s%s", i ? " " : "", vocab_string(v, ids[i]),
                     vocab_is_stop(v, ids[i]) ? "*" : "");
    }
    arena_free(ar);
    vocab_free(v);
    tok_lang_free(tl);
    return out;
}

static void expect(const char *lang, const char *text, const char *want)
{
    char *got = render(lang, text);
    assert_string_equal(got, want);
    free(got);
}

/* The name flags of a text as a string of 0/1, one per word. */
static void expect_names(const char *text, const char *want)
{
    tok_lang *tl = NULL;
    assert_int_equal(tok_lang_new(NULL, "english", &tl), BRIEF_OK);
    vocab *v = vocab_new(NULL);
    arena *ar = arena_new(NULL);
    assert_non_null(v);
    assert_non_null(ar);
    uint32_t *ids = NULL;
    uint8_t *names = NULL;
    size_t n = 0, cap = 0;
    assert_int_equal(tok_text_names(tl, v, ar, text, strlen(text), &ids, &names, &n, &cap),
                     BRIEF_OK);
    char got[256];
    assert_true(n < sizeof got);
    for (size_t i = 0; i < n; i++) got[i] = names[i] ? '1' : '0';
    got[n] = '\0';
    assert_string_equal(got, want);
    arena_free(ar);
    vocab_free(v);
    tok_lang_free(tl);
}

static void test_name_flags(void **state)
{
    (void)state;
    /* First word, after a colon, a quotation mark or a sentence end: a
     * capital there says nothing. */
    expect_names("The Kremlin said: Talks with Zelensky.", "010001");
    expect_names("He said \u201cThe call\u201d was Peskov's. Then it ended", "000001000");
    expect_names("\u00c9lys\u00e9e officials met \u00c9douard Philippe", "00011");
    expect_names("prices rose in the UK and NATO", "0000101");
    /* Enough words to grow the arrays several times, flags kept in step. */
    char big[2048] = "start";
    for (int i = 0; i < 100; i++) strcat(big, i % 3 ? " word" : " Name");
    char want[128] = "0";
    for (int i = 0; i < 100; i++) strcat(want, i % 3 ? "0" : "1");
    expect_names(big, want);
}

static void test_stems_and_stopwords(void **state)
{
    (void)state;
    expect("english", "The runners were running quickly", "the* runner were* run quick");
    expect("english", "She also said it would rain", "she* also* said it* would* rain");
    expect("porter", "The runners were running", "the* runner were* run");
}

static void test_apostrophes(void **state)
{
    (void)state;
    expect("english", "I don't know", "i* don't* know");
    expect("english", "I don\xE2\x80\x99t know", "i* don't* know"); /* U+2019 */
    expect("english", "Obama's plan and Obama\xE2\x80\x99s plan",
           "obama plan and* obama plan");
    expect("english", "the dogs' bones", "the* dog bone");
    expect("english", "in the 1990's", "in* the* 1990");
    expect("english", "'quoted'", "quot");
    /* French elision splits, the article is a stopword. */
    expect("french", "l'énergie qu'il", "l* énerg qu* il*");
    expect("italian", "dell'anno", "dell* anno");
    /* Turkish: suffixes after the apostrophe of a name are dropped. */
    expect("turkish", "Ankara'da Ankara", "ankar ankar");
}

static void test_acronyms_and_numbers(void **state)
{
    (void)state;
    expect("english", "The U.S. and us", "the* u.s and* us*");
    expect("english", "U.S.A. e.g. a.m.", "u.s.a e.g a.m");
    /* A period between longer words is a missing space, not an acronym. */
    expect("english", "ended.Then", "end then*");
    expect("english", "Ph.D", "ph d");
    expect("english", "1,000 people paid 3.5 dollars", "1,000 peopl paid 3.5 dollar");
    expect("english", "1,000,000.75 2,", "1,000,000.75 2");
    expect("english", "$1.13bn 76%", "1.13bn 76");
}

static void test_hyphens_and_symbols(void **state)
{
    (void)state;
    expect("english", "well-known cease\xE2\x80\x94" "fire", "well known ceas fire");
    expect("english", "and/or #tag @user", "and* or* tag user");
    /* Emoji and other symbols separate words and vanish. */
    expect("english", "hello \xF0\x9F\x98\x80 world\xF0\x9F\x91\x8D", "hello world");
    /* A soft hyphen inside a word is dropped; a zero-width space splits. */
    expect("english", "soft\xC2\xADhyphen zero\xE2\x80\x8Bwidth", "softhyphen zero width");
}

static void test_mixed_scripts(void **state)
{
    (void)state;
    expect("english", "Путин и Ελλάδα", "путин и ελλάδα");
    /* Han: one token per ideograph. */
    expect("english", "東京都 Tokyo", "東 京 都 tokyo");
    expect("russian", "Правительство объявило в четверг", "правительств объяв в* четверг");
    expect("greek", "Η ΑΘΗΝΑ και η Αθήνα", "η* αθην κα* η* αθην");
}

static void test_nfc_and_case(void **state)
{
    (void)state;
    /* Composed, decomposed and upper case é are one word. */
    expect("french", "café cafe\xCC\x81 CAFÉ", "caf caf caf");
    expect("german", "STRASSE Straße strasse", "strass strass strass");
    /* Both spellings of dass are stopwords. */
    expect("german", "daß dass", "dass* dass*");
    expect("turkish", "IRAK Irak İstanbul", "ırak ırak istanbul");
}

static void test_interning(void **state)
{
    (void)state;
    tok_lang *tl = NULL;
    assert_int_equal(tok_lang_new(NULL, "english", &tl), BRIEF_OK);
    assert_string_equal(tok_lang_name(tl), "english");
    vocab *v = vocab_new(NULL);
    arena *ar = arena_new(NULL);
    uint32_t *ids = NULL;
    size_t n = 0, cap = 0;
    const char *a = "Markets rallied", *b = "the market RALLIES";
    assert_int_equal(tok_text(tl, v, ar, a, strlen(a), &ids, &n, &cap), BRIEF_OK);
    assert_int_equal(tok_text(tl, v, ar, b, strlen(b), &ids, &n, &cap), BRIEF_OK);
    assert_int_equal(n, 5);
    assert_int_equal(ids[0], ids[3]);
    assert_int_equal(ids[1], ids[4]);
    assert_int_equal(vocab_size(v), 3);
    /* Ids are dense from 0. */
    assert_int_equal(ids[0], 0);
    assert_int_equal(ids[1], 1);
    assert_int_equal(ids[2], 2);
    assert_string_equal(vocab_string(v, ids[0]), "market");
    assert_int_equal(vocab_lookup(v, "market", 6), ids[0]);
    assert_int_equal(vocab_lookup(v, "rain", 4), UINT32_MAX);
    assert_true(vocab_is_stop(v, ids[2]));
    assert_false(vocab_is_stop(v, ids[0]));
    assert_null(vocab_string(v, 99));

    /* The same tok_lang feeding a second vocabulary gives that
     * vocabulary's own ids (the word cache must not leak old ids). */
    vocab *v2 = vocab_new(NULL);
    assert_int_equal(vocab_intern(v2, "zzz", 3, 0), 0);
    size_t n2 = 0, cap2 = 0;
    uint32_t *ids2 = NULL;
    assert_int_equal(tok_text(tl, v2, ar, a, strlen(a), &ids2, &n2, &cap2), BRIEF_OK);
    assert_int_equal(n2, 2);
    assert_string_equal(vocab_string(v2, ids2[0]), "market");
    assert_int_equal(ids2[0], 1);
    /* And back to the first. */
    n = 0;
    assert_int_equal(tok_text(tl, v, ar, a, strlen(a), &ids, &n, &cap), BRIEF_OK);
    assert_int_equal(ids[0], 0);

    /* vocab_intern keeps the first flag; tok_text lets stopwords win. */
    assert_int_equal(vocab_intern(v2, "own", 3, 0), 3);
    assert_false(vocab_is_stop(v2, 3));
    assert_int_equal(vocab_intern(v2, "own", 3, 1), 3);
    assert_false(vocab_is_stop(v2, 3));
    const char *c = "owned own";
    n2 = 0;
    assert_int_equal(tok_text(tl, v2, ar, c, strlen(c), &ids2, &n2, &cap2), BRIEF_OK);
    assert_int_equal(n2, 2);
    assert_int_equal(ids2[0], 3);
    assert_int_equal(ids2[1], 3);
    assert_true(vocab_is_stop(v2, 3));

    vocab_free(v2);
    vocab_free(v);
    arena_free(ar);
    tok_lang_free(tl);
}

/* More distinct spellings than the word cache holds: it starts over, and
 * ids stay those of the vocabulary. */
static void test_cache_reset(void **state)
{
    (void)state;
    const size_t words = 300000;
    char *text = malloc(words * 12);
    assert_non_null(text);
    size_t len = 0;
    for (size_t i = 0; i < words; i++) len += (size_t)sprintf(text + len, "x%zu ", i);
    tok_lang *tl = NULL;
    assert_int_equal(tok_lang_new(NULL, "english", &tl), BRIEF_OK);
    vocab *v = vocab_new(NULL);
    arena *ar = arena_new(NULL);
    uint32_t *a = NULL, *b = NULL;
    size_t na = 0, ca = 0, nb = 0, cb = 0;
    assert_int_equal(tok_text(tl, v, ar, text, len, &a, &na, &ca), BRIEF_OK);
    assert_int_equal(tok_text(tl, v, ar, text, len, &b, &nb, &cb), BRIEF_OK);
    assert_int_equal(na, words);
    assert_int_equal(nb, words);
    assert_int_equal(vocab_size(v), words);
    for (size_t i = 0; i < words; i++) {
        if (a[i] != i || b[i] != i) fail_msg("word %zu: ids %u %u", i, a[i], b[i]);
    }
    assert_string_equal(vocab_string(v, 299999), "x299999");
    arena_free(ar);
    vocab_free(v);
    tok_lang_free(tl);
    free(text);
}

static void test_long_and_broken_input(void **state)
{
    (void)state;
    char longw[200];
    memset(longw, 'a', 100);
    strcpy(longw + 100, " short");
    expect("english", longw, "short");
    /* Exactly 64 bytes is still a word. */
    memset(longw, 'b', 64);
    longw[64] = '\0';
    char *got = render("english", longw);
    assert_int_equal(strlen(got), 64);
    free(got);
    /* Invalid UTF-8 separates words and never stalls. */
    expect("english", "bad\xFF\xFEtext \xC3", "bad text");
    expect("english", "", "");
    expect("english", " ... --- !!! ", "");
}

static void test_stopword_sets(void **state)
{
    (void)state;
    tok_lang *tl = NULL;
    assert_int_equal(tok_lang_new(NULL, "english", &tl), BRIEF_OK);
    assert_true(tok_is_stopword(tl, "the", 3));
    assert_true(tok_is_stopword(tl, "would", 5));
    assert_true(tok_is_stopword(tl, "don't", 5));
    assert_false(tok_is_stopword(tl, "said", 4));
    assert_false(tok_is_stopword(tl, "market", 6));
    assert_false(tok_is_stopword(tl, "The", 3)); /* takes folded words */
    tok_lang_free(tl);
    assert_int_equal(tok_lang_new(NULL, "german", &tl), BRIEF_OK);
    assert_true(tok_is_stopword(tl, "und", 3));
    assert_true(tok_is_stopword(tl, "dass", 4)); /* "daß" folds to it */
    tok_lang_free(tl);
    assert_int_equal(tok_lang_new(NULL, "porter", &tl), BRIEF_OK);
    assert_true(tok_is_stopword(tl, "the", 3));
    tok_lang_free(tl);
}

static void test_every_language(void **state)
{
    (void)state;
    /* A word of each language and its expected Snowball stem. */
    static const struct {
        const char *lang, *word, *stem;
    } cases[] = {
        {"english", "running", "run"},   {"porter", "running", "run"},
        {"german", "häuser", "haus"},    {"french", "continuellement", "continuel"},
        {"spanish", "corriendo", "corr"}, {"russian", "книги", "книг"},
        {"dutch", "lopen", "lop"},       {"swedish", "flickorna", "flick"},
    };
    size_t count = 0;
    char buf[128];
    for (const char *const *l = tok_languages(); *l; l++, count++) {
        tok_lang *tl = NULL;
        assert_int_equal(tok_lang_new(NULL, *l, &tl), BRIEF_OK);
        assert_string_equal(tok_lang_name(tl), *l);
        assert_ptr_equal(tok_lang_name(tl), *l);
        /* The stemmer runs on any word of the language's script. */
        assert_true(tok_stem(tl, "test", 4, buf, sizeof buf) > 0);
        for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
            if (strcmp(cases[i].lang, *l) != 0) continue;
            size_t n = tok_stem(tl, cases[i].word, strlen(cases[i].word), buf, sizeof buf);
            assert_int_equal(n, strlen(cases[i].stem));
            assert_string_equal(buf, cases[i].stem);
        }
        /* A buffer too small is refused, not overrun. */
        assert_int_equal(tok_stem(tl, "testing", 7, buf, 2), 0);
        assert_int_equal(tok_stem(tl, "", 0, buf, sizeof buf), 0);
        tok_lang_free(tl);
    }
    assert_int_equal(count, 29);
}

/* Every list exists, is non-empty, and holds lowercase NFC words (the
 * detector compares against them without folding). */
static void test_stopword_files(void **state)
{
    (void)state;
    for (const char *const *l = tok_languages(); *l; l++) {
        if (strcmp(*l, "porter") == 0) continue;
        char path[64];
        snprintf(path, sizeof path, "stopwords/%s.txt", *l);
        size_t len = 0;
        const char *bytes = data_find(path, &len);
        if (!bytes) fail_msg("missing %s", path);
        data_lines it;
        const char *w;
        size_t wl, entries = 0;
        data_lines_init(&it, bytes, len);
        while (data_lines_next(&it, &w, &wl)) {
            entries++;
            utf8proc_uint8_t *nfc = NULL;
            utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)w, (utf8proc_ssize_t)wl,
                                              &nfc, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
            assert_true(r > 0);
            if ((size_t)r != wl || memcmp(nfc, w, wl) != 0)
                fail_msg("%s: \"%.*s\" is not NFC", path, (int)wl, w);
            free(nfc);
            for (size_t i = 0; i < wl;) {
                utf8proc_int32_t cp;
                r = utf8proc_iterate((const utf8proc_uint8_t *)w + i, (utf8proc_ssize_t)(wl - i),
                                     &cp);
                assert_true(r > 0);
                if (utf8proc_tolower(cp) != cp)
                    fail_msg("%s: \"%.*s\" is not lowercase", path, (int)wl, w);
                if (cp == ' ') fail_msg("%s: \"%.*s\" has a space", path, (int)wl, w);
                i += (size_t)r;
            }
        }
        if (entries < 40) fail_msg("%s: only %zu entries", path, entries);
    }
}

static void test_unknown_language(void **state)
{
    (void)state;
    tok_lang *tl = (tok_lang *)&tl;
    assert_int_equal(tok_lang_new(NULL, "klingon", &tl), BRIEF_ELANG);
    assert_null(tl);
    assert_int_equal(tok_lang_new(NULL, "", &tl), BRIEF_ELANG);
    assert_int_equal(tok_lang_new(NULL, NULL, &tl), BRIEF_ELANG);
    assert_int_equal(tok_lang_new(NULL, "English", &tl), BRIEF_ELANG);
    assert_int_equal(tok_lang_new(NULL, "english", NULL), BRIEF_EINVAL);
    tok_lang_free(NULL);
    vocab_free(NULL);
}

static void test_detection(void **state)
{
    (void)state;
    static const struct {
        const char *lang, *text;
    } cases[] = {
        {"english", "The government said on Thursday that it would present a new bill on "
                    "energy, but the opposition argued that it was not enough."},
        {"german", "Der Bundestag hat am Donnerstag über das neue Gesetz abgestimmt, das die "
                   "Regierung im Frühjahr vorgelegt hatte. Die Opposition kritisierte, dass "
                   "die Pläne nicht weit genug gehen."},
        {"french", "Le gouvernement a annoncé jeudi qu'il allait présenter un nouveau projet "
                   "de loi sur l'énergie. Les syndicats ont critiqué une réforme qui, selon "
                   "eux, ne va pas assez loin."},
        {"spanish", "El presidente del Gobierno anunció el lunes que el país aumentará la "
                    "inversión en energía renovable, una medida que la oposición considera "
                    "insuficiente."},
        {"russian", "Правительство объявило в четверг, что новый закон о бюджете будет "
                    "принят до конца года. Оппозиция заявила, что это не решит проблем "
                    "страны."},
        {"greek", "Η κυβέρνηση ανακοίνωσε την Πέμπτη ότι το νέο νομοσχέδιο για την ενέργεια "
                  "θα κατατεθεί στη Βουλή μέσα στον επόμενο μήνα, ενώ η αντιπολίτευση "
                  "δήλωσε ότι δεν είναι αρκετό."},
        {"italian", "Il governo ha annunciato giovedì che presenterà un nuovo disegno di legge "
                    "sull'energia, che secondo l'opposizione non è sufficiente."},
        {"portuguese", "O governo anunciou na quinta-feira que vai apresentar um novo projeto "
                       "de lei sobre a energia, que a oposição considera insuficiente."},
        {"dutch", "De regering heeft donderdag aangekondigd dat zij een nieuw wetsvoorstel "
                  "over energie zal indienen, wat volgens de oppositie niet genoeg is."},
        {"serbian", "Влада је у четвртак објавила да ће нови закон о енергији бити "
                    "представљен у скупштини, али опозиција каже да то није довољно."},
        {"arabic", "أعلنت الحكومة يوم الخميس أن مشروع القانون الجديد بشأن الطاقة سيقدم إلى "
                   "البرلمان قريبا، لكن المعارضة قالت إن ذلك غير كاف."},
        {"norwegian", "Regjeringen kunngjorde torsdag at den vil legge fram et nytt "
                      "lovforslag om energi. Forslaget ble møtt med kritikk fra opposisjonen, "
                      "som mener at det ikke går langt nok. Statsministeren sa at hun har "
                      "tillit til at Stortinget vil vedta forslaget før sommeren, men at det "
                      "er behov for mer arbeid etter valget."},
        {"danish", "Regeringen meddelte torsdag, at den vil fremlægge et nyt lovforslag om "
                   "energi. Forslaget blev mødt med kritik fra oppositionen, som mener, at det "
                   "ikke går langt nok."},
        {"catalan", "El govern va anunciar dijous que presentarà un nou projecte de llei sobre "
                    "l'energia, però l'oposició diu que no és suficient i que cal fer-hi més."},
        {"finnish", "Hallitus ilmoitti torstaina, että se aikoo antaa uuden energiaa koskevan "
                    "lakiesityksen, mutta oppositio sanoo, ettei se ole riittävä."},
        {"hungarian", "A kormány csütörtökön bejelentette, hogy új energiatörvényt nyújt be, de "
                      "az ellenzék szerint ez nem elég, és többre van szükség."},
        {"romanian", "Guvernul a anunțat joi că va prezenta un nou proiect de lege privind "
                     "energia, dar opoziția spune că nu este suficient."},
        {"indonesian", "Pemerintah mengumumkan pada hari Kamis bahwa rancangan undang-undang "
                       "energi yang baru akan segera diajukan ke parlemen, namun oposisi "
                       "mengatakan itu tidak cukup."},
        {"hindi", "सरकार ने गुरुवार को घोषणा की कि ऊर्जा पर नया विधेयक जल्द ही संसद में पेश "
                  "किया जाएगा, लेकिन विपक्ष का कहना है कि यह पर्याप्त नहीं है।"},
        {"armenian", "Կառավարությունը հինգշաբթի հայտարարեց, որ նոր օրինագիծ կներկայացնի "
                     "էներգետիկայի մասին, սակայն ընդդիմությունը ասում է, որ դա բավարար չէ և "
                     "որ պետք է ավելին անել։"},
        {"yiddish", "די רעגירונג האָט דאָנערשטיק געמאָלדן אַז זי וועט פֿאָרלייגן אַ נײַעם "
                    "געזעץ וועגן ענערגיע, אָבער די אָפּאָזיציע זאָגט אַז דאָס איז ניט גענוג."},
        {"turkish", "Hükümet perşembe günü enerji konusunda yeni bir yasa tasarısı "
                    "sunacağını açıkladı, ancak muhalefet bunun yeterli olmadığını söyledi."},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *got = tok_detect_language(cases[i].text, strlen(cases[i].text), "english");
        if (strcmp(got, cases[i].lang) != 0)
            fail_msg("detected %s for %s", got, cases[i].lang);
    }
    /* No evidence: the fallback comes back unchanged. */
    const char *ja = "政府は木曜日、新しいエネルギー法案を発表した。";
    assert_string_equal(tok_detect_language(ja, strlen(ja), "english"), "english");
    assert_string_equal(tok_detect_language("", 0, "german"), "german");
    assert_string_equal(tok_detect_language("12 34 56 78 90 11", 17, "french"), "french");
    /* Names returned are the static ones of tok_languages(). */
    const char *de = cases[1].text;
    const char *got = tok_detect_language(de, strlen(de), "english");
    int found = 0;
    for (const char *const *l = tok_languages(); *l; l++) found |= *l == got;
    assert_true(found);
}

/* The English samples shipped with brief are recognised as English. */
static void test_detection_samples(void **state)
{
    (void)state;
    for (size_t i = 0; i < HARNESS_NSAMPLES; i++) {
        size_t len;
        char *text = harness_slurp(harness_sample_paths[i], &len);
        assert_string_equal(tok_detect_language(text, len, "german"), "english");
        free(text);
    }
}

static void test_out_of_memory(void **state)
{
    (void)state;
    harness_alloc budget = {.left = -1};
    const brief_allocator fa = harness_allocator(&budget);
    /* Enough distinct words to force the cache and vocabulary to grow. */
    size_t len = 0;
    char *text = malloc(200000);
    assert_non_null(text);
    for (int i = 0; i < 20000; i++) len += (size_t)sprintf(text + len, "w%d ", i);
    int ok = 0;
    for (int limit = 0; limit < 200 && !ok; limit++) {
        budget.left = limit;
        tok_lang *tl = NULL;
        brief_status st = tok_lang_new(&fa, "english", &tl);
        if (st != BRIEF_OK) {
            assert_int_equal(st, BRIEF_ENOMEM);
            assert_null(tl);
            continue;
        }
        vocab *v = vocab_new(&fa);
        arena *ar = arena_new(&fa);
        if (v && ar) {
            uint32_t *ids = NULL;
            size_t n = 0, cap = 0;
            st = tok_text(tl, v, ar, text, len, &ids, &n, &cap);
            if (st == BRIEF_OK) {
                assert_int_equal(n, 20000);
                assert_int_equal(vocab_size(v), 20000);
                ok = 1;
            } else {
                assert_int_equal(st, BRIEF_ENOMEM);
                /* After a failure the same objects still work. */
                budget.left = -1;
                n = 0;
                assert_int_equal(tok_text(tl, v, ar, text, len, &ids, &n, &cap), BRIEF_OK);
                assert_int_equal(n, 20000);
            }
        }
        arena_free(ar);
        vocab_free(v);
        tok_lang_free(tl);
    }
    assert_true(ok);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stems_and_stopwords),
        cmocka_unit_test(test_name_flags),
        cmocka_unit_test(test_apostrophes),
        cmocka_unit_test(test_acronyms_and_numbers),
        cmocka_unit_test(test_hyphens_and_symbols),
        cmocka_unit_test(test_mixed_scripts),
        cmocka_unit_test(test_nfc_and_case),
        cmocka_unit_test(test_interning),
        cmocka_unit_test(test_cache_reset),
        cmocka_unit_test(test_long_and_broken_input),
        cmocka_unit_test(test_stopword_sets),
        cmocka_unit_test(test_every_language),
        cmocka_unit_test(test_stopword_files),
        cmocka_unit_test(test_unknown_language),
        cmocka_unit_test(test_detection),
        cmocka_unit_test(test_detection_samples),
        cmocka_unit_test(test_out_of_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
