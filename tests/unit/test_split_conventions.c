/*
 * test_split_conventions.c - split.c on conventions of German, French and
 * Spanish writing: abbreviations set with inner spaces ("z. B.", "EE.
 * UU."), Roman numerals as ordinals, sentence adverbs that open a sentence
 * with no stop before it, elided starters ("L'équipe").  Every case is
 * invented for the test.
 */
#include "harness.h"

#include "arena.h"
#include "clean.h"
#include "split.h"

static split_lang *de, *fr, *es;

static int setup(void **state)
{
    (void)state;
    if (split_lang_new(NULL, "german", &de) != BRIEF_OK) return -1;
    if (split_lang_new(NULL, "french", &fr) != BRIEF_OK) return -1;
    return split_lang_new(NULL, "spanish", &es) == BRIEF_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    split_lang_free(de);
    split_lang_free(fr);
    split_lang_free(es);
    return 0;
}

/* Splits text as one BODY block with sl and compares the sentences, white
 * space folded, with the NULL-ended list of expected ones. */
static void expect(const split_lang *sl, const char *text, ...)
{
    arena *ar = arena_new(NULL);
    assert_non_null(ar);
    block b = { 0, strlen(text), BLOCK_BODY, 1 };
    span *sp = NULL;
    size_t n = 0;
    assert_int_equal(split_sentences(ar, sl, text, &b, 1, &sp, &n), BRIEF_OK);
    va_list ap;
    va_start(ap, text);
    size_t i = 0;
    int bad = 0;
    const char *want;
    while ((want = va_arg(ap, const char *)) != NULL) {
        char *got = i < n ? harness_fold(text + sp[i].start, sp[i].end - sp[i].start) : NULL;
        if (!got || strcmp(got, want) != 0) {
            fprintf(stderr, "input: %s\n  sentence %zu\n  want [%s]\n  got  [%s]\n",
                    text, i, want, got ? got : "(none)");
            bad = 1;
        }
        free(got);
        i++;
    }
    va_end(ap);
    if (i != n) {
        fprintf(stderr, "input: %s\n  %zu sentences, %zu expected\n", text, n, i);
        bad = 1;
    }
    arena_free(ar);
    if (bad) fail();
}

#define EXPECT(sl, text, ...) expect(sl, text, __VA_ARGS__, NULL)

/* "z. B.", "u. a.", "EE. UU.", "a. a. O.": an abbreviation listed solid,
 * set with a space after each inner period, is one abbreviation. */
static void test_spaced_abbreviations(void **state)
{
    (void)state;
    /* the inner periods never end a sentence, even before a capital */
    EXPECT(es, "La gira por EE. UU. empezó en Boston. Luego siguió.",
           "La gira por EE. UU. empezó en Boston.", "Luego siguió.");
    EXPECT(es, "Los EE. UU. Barack y Michelle viajaron juntos.",
           "Los EE. UU. Barack y Michelle viajaron juntos.");
    EXPECT(de, "Im Korb lagen u. a. Äpfel und Nüsse. Dann kam Regen.",
           "Im Korb lagen u. a. Äpfel und Nüsse.", "Dann kam Regen.");
    EXPECT(de, "Das steht a. a. O. Seite vier.", "Das steht a. a. O. Seite vier.");
    /* the last period is read as the whole entry's: an ordinary
     * abbreviation ends a sentence before a starter, not before a noun */
    EXPECT(de, "Es gab Brot, Käse u. a. Die Gäste blieben lange.",
           "Es gab Brot, Käse u. a.", "Die Gäste blieben lange.");
    EXPECT(es, "El plan viene de EE. UU. La firma fue ayer.",
           "El plan viene de EE. UU.", "La firma fue ayer.");
    EXPECT(de, "Die Stadt wurde 15 v. Chr. Sitz eines Lagers.",
           "Die Stadt wurde 15 v. Chr. Sitz eines Lagers.");
    /* parts that make no entry stay plain periods */
    EXPECT(es, "Ganó el equipo de Ana. Ya. Luego todos cenaron.",
           "Ganó el equipo de Ana.", "Ya.", "Luego todos cenaron.");
    /* "M." is the French title (Monsieur) before a name */
    EXPECT(fr, "Le bail fut signé par M. Le Goff hier. Puis il partit.",
           "Le bail fut signé par M. Le Goff hier.", "Puis il partit.");
}

/* Where ordinals take a period (German), a Roman numeral with one is an
 * ordinal; where they do not (Spanish), its period is a full stop. */
static void test_roman_numerals(void **state)
{
    (void)state;
    EXPECT(de, "Friedrich II. König von Preußen ritt aus. Es regnete.",
           "Friedrich II. König von Preußen ritt aus.", "Es regnete.");
    EXPECT(de, "Im XIX. Jahrhundert wuchs die Stadt.",
           "Im XIX. Jahrhundert wuchs die Stadt.");
    EXPECT(de, "Das Schloss gehörte Ludwig XIV. Der Garten kam später.",
           "Das Schloss gehörte Ludwig XIV.", "Der Garten kam später.");
    /* no Roman numeral without I, V or X: a record, a currency */
    EXPECT(de, "Sie kaufte eine CD. Musik lief den ganzen Tag.",
           "Sie kaufte eine CD.", "Musik lief den ganzen Tag.");
    EXPECT(es, "La torre es del siglo XIV. Restos de muralla la rodean.",
           "La torre es del siglo XIV.", "Restos de muralla la rodean.");
}

/* A sentence adverb or connective capitalised right after a word with no
 * stop, before a comma or a lowercase word, opens a new sentence; after an
 * article, a preposition or a conjunction it opens a title. */
static void test_openers(void **state)
{
    (void)state;
    EXPECT(de, "Wir warteten am Bahnhof Leider kam kein Zug.",
           "Wir warteten am Bahnhof", "Leider kam kein Zug.");
    EXPECT(es, "El barco llegó del puerto Asimismo, el tren salió tarde.",
           "El barco llegó del puerto", "Asimismo, el tren salió tarde.");
    EXPECT(fr, "La salle était pleine Cependant personne ne parlait.",
           "La salle était pleine", "Cependant personne ne parlait.");
    /* after an abbreviation an opener is a starter */
    EXPECT(es, "Nació en el año 40 a. C. Posteriormente fue cónsul.",
           "Nació en el año 40 a. C.", "Posteriormente fue cónsul.");
    /* a title after a preposition or an article, a name after it, capitals */
    EXPECT(fr, "Elle a joué dans Enfin seuls au théâtre.",
           "Elle a joué dans Enfin seuls au théâtre.");
    EXPECT(es, "Actuó en Ahora sí con su hermana.", "Actuó en Ahora sí con su hermana.");
    EXPECT(de, "Wir sahen den Film Leider Nein im Kino.",
           "Wir sahen den Film Leider Nein im Kino.");
    EXPECT(de, "Das Schild sagte LEIDER geschlossen heute.",
           "Das Schild sagte LEIDER geschlossen heute.");
}

/* An elided starter ("L'", "Qu'") written with either apostrophe is the
 * starter: after an abbreviation, and after a semicolon, it opens a
 * sentence. */
static void test_elided_starters(void **state)
{
    (void)state;
    EXPECT(fr, "Le fort date de 52 av. J.-C. L'armée le quitta vite.",
           "Le fort date de 52 av. J.-C.", "L'armée le quitta vite.");
    EXPECT(fr, "Le fort date de 52 av. J.-C. Qu\u2019en reste-t-il ?",
           "Le fort date de 52 av. J.-C.", "Qu\u2019en reste-t-il ?");
    EXPECT(fr, "Le moulin ferma en mai; L'usine suivit en juin.",
           "Le moulin ferma en mai;", "L'usine suivit en juin.");
    /* lowercase after the semicolon: one sentence; a name is no elision */
    EXPECT(fr, "Le moulin ferma en mai; l'usine suivit en juin.",
           "Le moulin ferma en mai; l'usine suivit en juin.");
    EXPECT(fr, "Le fort date de 52 av. J.-C. O Neill le fouilla.",
           "Le fort date de 52 av. J.-C. O Neill le fouilla.");
}

/* Abbreviations of each language's standard lists, and accented
 * capitals among the starters. */
static void test_language_abbreviations(void **state)
{
    (void)state;
    /* "Fr.": Frau before a name, Freitag before a number; a starter
     * after it opens a sentence */
    EXPECT(de, "Wir trafen Fr. Albers im Flur. Sie lachte.",
           "Wir trafen Fr. Albers im Flur.", "Sie lachte.");
    EXPECT(de, "Offen ist Mo. bis Fr. 9 bis 17 Uhr.", "Offen ist Mo. bis Fr. 9 bis 17 Uhr.");
    EXPECT(de, "Der Markt ist bis Fr. Die Halle schließt danach.",
           "Der Markt ist bis Fr.", "Die Halle schließt danach.");
    EXPECT(de, "Das Heft ist hrsg. von Anna Berg. Es kostet wenig.",
           "Das Heft ist hrsg. von Anna Berg.", "Es kostet wenig.");
    EXPECT(de, "Er sprach bzgl. Miete und Strom. Dann ging er.",
           "Er sprach bzgl. Miete und Strom.", "Dann ging er.");
    EXPECT(fr, "Le bourg compte 800 hab. Rouen est à une heure.",
           "Le bourg compte 800 hab. Rouen est à une heure.");
    EXPECT(fr, "Le bourg compte 800 hab. Le marché a lieu le jeudi.",
           "Le bourg compte 800 hab.", "Le marché a lieu le jeudi.");
    EXPECT(es, "La ermita es del s. XII y tiene un pórtico. Ése fue su año.",
           "La ermita es del s. XII y tiene un pórtico.", "Ése fue su año.");
    EXPECT(es, "El barco salió a las 9 a. m. Ésa fue la última vez.",
           "El barco salió a las 9 a. m.", "Ésa fue la última vez.");
    EXPECT(es, "El barco salió a las 9 a. m. Rumbo a Cádiz iba lleno.",
           "El barco salió a las 9 a. m.", "Rumbo a Cádiz iba lleno.");
    EXPECT(fr, "Il est né en 12 av. J.-C. À Rome il étudia.",
           "Il est né en 12 av. J.-C.", "À Rome il étudia.");
    /* more of each language's standard list: no end before a name or a
     * noun; "chap." announces a number; "MwSt." closes its phrase */
    EXPECT(es, "La publicó la ed. Sudamericana en 1967.", "La publicó la ed. Sudamericana en 1967.");
    EXPECT(es, "Vive en la Rep. Dominicana desde 2001.", "Vive en la Rep. Dominicana desde 2001.");
    EXPECT(es, "Lo firmó el Ldo. Pérez ayer.", "Lo firmó el Ldo. Pérez ayer.");
    EXPECT(fr, "Il a salué le Col. Martin hier.", "Il a salué le Col. Martin hier.");
    EXPECT(fr, "Voir le chap. 3. Une liste y est donnée.", "Voir le chap. 3.",
           "Une liste y est donnée.");
    EXPECT(de, "Sie ist stellv. Vorsitzende des Vereins.", "Sie ist stellv. Vorsitzende des Vereins.");
    EXPECT(de, "Alle Preise inkl. MwSt. Versand kostet extra.", "Alle Preise inkl. MwSt.",
           "Versand kostet extra.");
}

/* German writes "ich" and "wir" in lowercase inside a sentence; Spanish,
 * which drops the subject, opens sentences on a verb or a clitic. */
static void test_first_person_and_verbs(void **state)
{
    (void)state;
    EXPECT(de, "Der Service war langsam Ich warte nicht gern.",
           "Der Service war langsam", "Ich warte nicht gern.");
    EXPECT(de, "Die Suppe kam kalt Wir bestellten neu.",
           "Die Suppe kam kalt", "Wir bestellten neu.");
    /* a capital after it: a title or a name */
    EXPECT(de, "Sie sangen laut Wir Kinder vom Bahnhof Zoo mit.",
           "Sie sangen laut Wir Kinder vom Bahnhof Zoo mit.");
    /* a finite auxiliary or modal: German capitalises a verb only to
     * open a sentence; before a capital it is a name or a title */
    EXPECT(de, "Die Lieferung kam pünktlich Kann ich nur weiterempfehlen.",
           "Die Lieferung kam pünktlich", "Kann ich nur weiterempfehlen.");
    EXPECT(de, "Der Salat war welk (leider) War aber günstig.",
           "Der Salat war welk (leider)", "War aber günstig.");
    EXPECT(de, "Ihr Album War Games erschien im Mai.", "Ihr Album War Games erschien im Mai.");
    EXPECT(de, "Das Essen war gut Aber der Kellner war mürrisch.",
           "Das Essen war gut", "Aber der Kellner war mürrisch.");
    EXPECT(de, "Der Laden liegt am Markt Immer wieder gerne.", "Der Laden liegt am Markt",
           "Immer wieder gerne.");
    /* nominalised after an article, an adjective or a conjunction */
    EXPECT(de, "Sie sagte ohne Wenn und Aber zu.", "Sie sagte ohne Wenn und Aber zu.");
    EXPECT(de, "Er lobte ihr sportliches Können sehr.", "Er lobte ihr sportliches Können sehr.");
    EXPECT(es, "El museo abrió en la plaza Mayor Fue un éxito rotundo.",
           "El museo abrió en la plaza Mayor", "Fue un éxito rotundo.");
    EXPECT(es, "La obra ganó el premio Se trata de su tercera novela.",
           "La obra ganó el premio", "Se trata de su tercera novela.");
    /* after a preposition, a title */
    EXPECT(es, "Cantó en Es la vida con su hermana.", "Cantó en Es la vida con su hermana.");
}

/* French and Spanish go on in lowercase after a colon: a capitalised
 * pronoun or opener after one opens a sentence, unless a speech verb
 * announces it; German writes a capital after a colon inside a sentence. */
static void test_colons(void **state)
{
    (void)state;
    EXPECT(fr, "Le village compte trois fermes : Elles vendent du lait.",
           "Le village compte trois fermes :", "Elles vendent du lait.");
    EXPECT(es, "El parque tiene dos lagos: Además, hay un bosque.",
           "El parque tiene dos lagos:", "Además, hay un bosque.");
    /* speech, a lowercase clause, a name, a plain starter: one sentence */
    EXPECT(fr, "Le maire a dit : Il faut attendre.", "Le maire a dit : Il faut attendre.");
    EXPECT(es, "Lo explicó así: ella no quería ir.", "Lo explicó así: ella no quería ir.");
    EXPECT(es, "Hay dos opciones: Madrid o Sevilla.", "Hay dos opciones: Madrid o Sevilla.");
    EXPECT(fr, "Le menu du jour : Les moules et le flan.",
           "Le menu du jour : Les moules et le flan.");
    EXPECT(de, "Die Regel ist einfach: Er zahlt zuerst.",
           "Die Regel ist einfach: Er zahlt zuerst.");
}

/* French demonstrative and indefinite pronouns, which are no articles,
 * open a sentence after a word with no stop. */
static void test_french_pronouns(void **state)
{
    (void)state;
    EXPECT(fr, "La route fut refaite en 1990 Cela prit deux ans.",
           "La route fut refaite en 1990", "Cela prit deux ans.");
    EXPECT(fr, "Le quai resta vide toute la nuit Rien ne bougeait.",
           "Le quai resta vide toute la nuit", "Rien ne bougeait.");
    /* a title after a preposition */
    EXPECT(fr, "Il a chanté sur Ça plane pour moi hier.",
           "Il a chanté sur Ça plane pour moi hier.");
}

/* German writes ordinals with a period; an ordinal stands in its noun
 * phrase (after a determiner and adjectives, or before a month), so a
 * number after a noun, a name or a bare preposition is a cardinal whose
 * period ends the sentence. */
static void test_ordinal_context(void **state)
{
    (void)state;
    EXPECT(de, "Er starb mit 85. Freunde trauern um ihn.", "Er starb mit 85.",
           "Freunde trauern um ihn.");
    EXPECT(de, "Das Team landete auf Platz 12. Trainer Roth blieb gelassen.",
           "Das Team landete auf Platz 12.", "Trainer Roth blieb gelassen.");
    EXPECT(de, "Die kommende 2. Liga startet im August.", "Die kommende 2. Liga startet im August.");
    EXPECT(de, "Ab 1. Januar gilt der neue Tarif.", "Ab 1. Januar gilt der neue Tarif.");
    EXPECT(de, "Er lief für den 1. FC Köln.", "Er lief für den 1. FC Köln.");
    EXPECT(de, "Im 12. und 13. Jahrhundert wuchs die Stadt.",
           "Im 12. und 13. Jahrhundert wuchs die Stadt.");
    /* an abbreviation before the number: its number, starter-gated */
    EXPECT(de, "Sie wohnt in Nr. 12. Hausnummern sind hier selten.",
           "Sie wohnt in Nr. 12. Hausnummern sind hier selten.");
}

/* The closed classes (possessives, determiners, prepositions,
 * conjunctions, finite auxiliaries) are written in lowercase inside a
 * sentence: capitalised after an ordinal or an abbreviation, one opens
 * the next sentence; a noun or a name after them does not. */
static void test_closed_class_starters(void **state)
{
    (void)state;
    EXPECT(de, "Sie wurde 3. Ihre Zeit war gut.", "Sie wurde 3.", "Ihre Zeit war gut.");
    EXPECT(de, "Der Umbau kostet 3 Mrd. Einige halten das für zu viel.",
           "Der Umbau kostet 3 Mrd.", "Einige halten das für zu viel.");
    EXPECT(de, "Die Pizza kam nach 40 Min. Bin trotzdem satt geworden.",
           "Die Pizza kam nach 40 Min.", "Bin trotzdem satt geworden.");
    EXPECT(de, "Sie belegte den 3. Platz im Lauf.", "Sie belegte den 3. Platz im Lauf.");
    EXPECT(de, "Der Umbau kostet 3 Mrd. Euro im Jahr.", "Der Umbau kostet 3 Mrd. Euro im Jahr.");
    EXPECT(fr, "Le hameau compte 300 hab. Quelques fermes subsistent.",
           "Le hameau compte 300 hab.", "Quelques fermes subsistent.");
    EXPECT(es, "La finca mide 20 ha aprox. Muchos turistas la visitan.",
           "La finca mide 20 ha aprox.", "Muchos turistas la visitan.");
    EXPECT(es, "La tienda está en la Avda. Libertad junto al río.",
           "La tienda está en la Avda. Libertad junto al río.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spaced_abbreviations),
        cmocka_unit_test(test_roman_numerals),
        cmocka_unit_test(test_openers),
        cmocka_unit_test(test_elided_starters),
        cmocka_unit_test(test_language_abbreviations),
        cmocka_unit_test(test_first_person_and_verbs),
        cmocka_unit_test(test_colons),
        cmocka_unit_test(test_french_pronouns),
        cmocka_unit_test(test_closed_class_starters),
        cmocka_unit_test(test_ordinal_context),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
