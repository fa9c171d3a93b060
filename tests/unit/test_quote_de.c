/* Unit tests: the German conventions of the quotes stage (issue 11):
 * frames and voices of German news writing, each case invented. */
#include "harness.h"

#include "speaker_fixture.h"

static quotes_lang *de;

static int setup_de(void **state)
{
    if (setup(state)) return -1;
    return quotes_lang_new(NULL, "german", &de) == BRIEF_OK ? 0 : -1;
}

static int teardown_de(void **state)
{
    quotes_lang_free(de);
    return teardown(state);
}

/* Quote number i (from 0) of t is said by `who` (NULL: nobody); t holds
 * n quotes. */
static void expect_nth(const char *t, size_t n, size_t i, const char *who)
{
    speaker_expect(de, t, n, i, who);
}

static void expect(const char *t, const char *who)
{
    expect_nth(t, 1, 0, who);
}

/* A role chain before the name after a post-quote verb: an adjectival
 * noun of command is a role, a preposition of circumstance after the
 * name ends it. */
static void test_role_chains(void **state)
{
    (void)state;
    expect("„Wir bleiben wachsam“, sagte der Oberkommandierende der Truppen im Norden, General "
           "Timo Rasch heute anlässlich einer Pressekonferenz.",
           "Timo Rasch");
    expect("„Wir bleiben wachsam“, sagte der Oberbefehlshaber der Truppen, General Timo Rasch "
           "angesichts der Lage.",
           "Timo Rasch");
}

/* Relative clauses put the verb last: a named subject right after the
 * relative pronoun speaks; else, for a partial quote the clause's verb
 * of speech or view closes, the phrase the pronoun refers to. */
static void test_relative_clauses(void **state)
{
    (void)state;
    expect("Timo Rasch wurde im Mai gewählt. Die Zahl sank unter die Marke, die Timo Rasch in "
           "seiner ersten Amtszeit (2001 bis 2005) zum Ziel erklärt hatte: „Wir schaffen das.“",
           "Timo Rasch");
    /* a capital after the pronoun that the text names nowhere as a
     * person is a noun */
    expect("Die Zahl sank unter die Marke, die Kiel im Wahlkampf zum Ziel erklärt hatte: „Wir "
           "schaffen das.“",
           NULL);
    expect("Die Stadt baut. Kritik kommt von Timo Rasch, der diese Maßnahme als „Kapitulation“ "
           "bezeichnet.",
           "Timo Rasch");
    expect("Die Stadt baut. Kritik kommt vom Mieterverein Kiel, der die Maßnahme als "
           "„Kapitulation“ sieht.",
           "Kiel");
    expect("Timo Rasch baut. Das ist ein Plan, den Timo Rasch als „Kapitulation“ bezeichnet.",
           "Timo Rasch");
    /* a passive names who is called so, not who speaks */
    expect("Timo Rasch baut. Timo Rasch, der als „Zauderer“ bezeichnet wird, baut.", NULL);
    /* a verb of view alone is no verb of speech ("sieht X einen „…“"
     * keeps its subject after the verb) */
    expect("Nach dem Urteil der Kammer sieht Timo Rasch einen „Angriff auf alle“.", NULL);
}

/* A possessive and a noun of a thing opening a sentence, then a colon:
 * more words of the person the possessive means, who spoke last. */
static void test_possessive_colon(void **state)
{
    (void)state;
    const char *t = "Die Stadt baut. In einem Interview äußerte sich der Bauminister Timo Rasch jedoch "
                    "zuversichtlich: „Wir schaffen das.“ Seine Zuversicht gründet sich auf frühere "
                    "Erfahrungen: „Es ging immer gut.“";
    expect_nth(t, 2, 0, "Timo Rasch");
    expect_nth(t, 2, 1, "Timo Rasch");
    /* a noun of a person is someone else */
    expect_nth("Die Stadt baut. „Wir schaffen das“, sagte Timo Rasch. Sein Bruder sieht das "
               "anders: „Es ging nie gut.“",
               2, 1, NULL);
    /* ... and the possessor must be the one who spoke last */
    expect_nth("Die Stadt baut. Jana Holm kam. „Wir schaffen das“, sagte Timo Rasch. Seine "
               "Meinung zu Jana Holm: „Sie irrt.“",
               2, 1, "Timo Rasch");
}

/* The listener after the name is no speaker; a preposition of source
 * opening the sentence is no part of the name. */
static void test_listener_and_source(void **state)
{
    (void)state;
    expect("Die Stadt baut. „Wir sind bereit“, sagte Timo Rasch dem Sender Nordfunk.",
           "Timo Rasch");
    expect("Die Stadt baut. „Wir sind bereit“, sagte Timo Rasch der Kieler Zeitung.",
           "Timo Rasch");
    expect("Die Stadt baut. Laut Timo Rasch ist die Brücke „marode“.", "Timo Rasch");
    expect("Die Stadt baut. Laut Timo Rasch: „Die Brücke ist marode.“", "Timo Rasch");
}

/* An article or a possessive after a named subject opens the object:
 * the verb second, the subject after it, then the object with the
 * partial quote. */
static void test_subject_before_object(void **state)
{
    (void)state;
    expect("Die Stadt baut. Zugleich forderte der Bauminister Timo Rasch einen „schnellen Bau“.",
           "Timo Rasch");
    expect("Die Stadt baut. Dabei lobte die Bauministerin Jana Holm ihre „tapferen Helfer“.",
           "Jana Holm");
    /* a predicate closing the clause before the colon */
    expect("Die Stadt baut. Im Interview zeigte sich der Bauminister Timo Rasch zuversichtlich: "
           "„Wir schaffen das.“",
           "Timo Rasch");
}

/* „…" closed by a straight mark: a quote, unless a curly closer follows
 * in the block (a straight pair nested inside). */
static void test_mixed_marks(void **state)
{
    (void)state;
    expect("Die Stadt baut. „Wir bleiben wachsam\", sagte Timo Rasch.", "Timo Rasch");
    arena *ar = arena_new(NULL);
    size_t n = 0;
    const char *t = "Die Stadt baut. „Er nannte das \"Unsinn\" und ging“, sagte Timo Rasch.";
    quote *q = speakers(ar, de, t, &n);
    assert_int_equal(n, 1);
    assert_string_equal(q[0].text, "Er nannte das \"Unsinn\" und ging");
    arena_free(ar);
}

/* Verbs of speech and of a stated view German news frames quotes with,
 * beyond "sagte": feelings and hopes ("freute sich"), the reflexive
 * predicate ("zeigte sich X überzeugt"), plurals, separable verbs. */
static void test_more_frame_verbs(void **state)
{
    (void)state;
    expect("Die Stadt baut. „Wir schaffen das“, hofft Timo Rasch.", "Timo Rasch");
    expect("Die Stadt baut. „Wir schaffen das“, freute sich Timo Rasch nach dem Spiel.",
           "Timo Rasch");
    expect("Die Stadt baut. „Das ist bitter“, bedauerte Timo Rasch.", "Timo Rasch");
    expect("Die Stadt baut. „Wir schaffen das“, zeigte sich Timo Rasch überzeugt.", "Timo Rasch");
    expect("Die Stadt baut. „Die Beweise reichen nicht“, begründete Richter Timo Rasch das Urteil.",
           "Timo Rasch");
    expect("Die Stadt baut. „Ich war zu schnell“, gab Timo Rasch an.", "Timo Rasch");
    expect("Die Stadt baut. „Wir arbeiten daran“, teilten die Stadtwerke Kiel mit.", "Kiel");
    expect("Die Stadt baut. „Wir arbeiten daran“, warnten Timo Rasch und Jana Holm.", NULL);
}

/* A verb of quoting: the one quoted (its object, or the passive's
 * subject) speaks, the medium that quotes only relays; no object, no
 * speaker. */
static void test_cite(void **state)
{
    (void)state;
    expect("Die Stadt baut. „Es war schrecklich“, zitierte die Zeitung einen Polizisten.", NULL);
    expect("Die Stadt baut. Die Agentur zitierte Timo Rasch mit den Worten: „Wir handeln jetzt.“",
           "Timo Rasch");
    expect("Die Stadt baut. „Wir handeln jetzt“, zitiert der Sender den Bürgermeister Timo Rasch.",
           "Timo Rasch");
    expect("Die Stadt baut. „Wir handeln jetzt“, zitierte die Zeitung Timo Rasch.", "Timo Rasch");
    expect("Die Stadt baut. Die Zeitung zitierte aus dem Brief: „Wir handeln jetzt.“", NULL);
    expect_nth("Die Stadt baut. In der „Kieler Post“ wurde Timo Rasch mit den Worten zitiert: "
               "„Wir handeln jetzt.“",
               2, 1, "Timo Rasch");
    expect_nth("Die Stadt baut. Der Chef der Grünen, Timo Rasch, wird von der „Kieler Post“ mit "
               "den Worten zitiert: „Wir handeln jetzt.“",
               2, 1, "Timo Rasch");
}

/* "sagte der Minister": a definite article and a role word refer back to
 * the person named last whose role ends in it; a party's role to the
 * person named last; else no one. */
static void test_role_antecedent(void **state)
{
    (void)state;
    expect("Bundesbauminister Timo Rasch hat einen Plan. „Wir bauen mehr“, sagte der Minister.",
           "Timo Rasch");
    expect("Kiel (dpa) - Bundesbauminister Timo Rasch hat einen Plan. „Wir bauen mehr“, sagte der "
           "SPD-Politiker am Dienstag in Kiel.",
           "Timo Rasch");
    expect("Bauministerin Jana Holm hat einen Plan. „Wir bauen mehr“, sagte der Minister.", NULL);
    expect("Die Stadt hat einen Plan. „Wir bauen mehr“, sagte der Minister.", NULL);
}

/* A quote opening the text or standing alone, then a word that stands for
 * it before the inverted verb: "„…“ Das sagte X", "„…“ – das sagte X",
 * "„…“ Mit diesen Worten eröffnete X …"; a noun there is no such word. */
static void test_demonstrative_frame(void **state)
{
    (void)state;
    expect("„Wir bauen mehr.“ Das sagte Bauminister Timo Rasch am Montag in Kiel.", "Timo Rasch");
    expect("„Wir bauen mehr“ – das sagte Bauminister Timo Rasch am Montag.", "Timo Rasch");
    expect("„Wir bauen mehr.“ Mit diesen Worten eröffnete Bauminister Timo Rasch die Messe.",
           "Timo Rasch");
    expect("Die Stadt wächst. „Wir bauen mehr.“ Dies erklärte Timo Rasch.", "Timo Rasch");
    expect("„Wir bauen mehr.“ Das Motto stammt von Timo Rasch.", NULL);
}

/* More sources of a view ("Nach Aussage von X", "Aus Sicht von X"),
 * having it said ("ließ X mitteilen", not "ließ sich … stechen"), and a
 * pronoun after the inverted verb before a colon, when it stands for the
 * person named last. */
static void test_sources_and_pronouns(void **state)
{
    (void)state;
    expect("Die Stadt baut. Nach Aussage von Timo Rasch sind die Pläne „unsozial“.", "Timo Rasch");
    expect("Die Stadt baut. Aus Sicht von Timo Rasch sind die Pläne „unsozial“.", "Timo Rasch");
    expect("Der Verein ist pleite. „Wir haben alles versucht“, ließ Präsident Timo Rasch mitteilen.",
           "Timo Rasch");
    expect("Die Stadt baut. Jana Holm ist mutig. Sie ließ sich das Motto „Nur Mut“ stechen.", NULL);
    expect_nth("Die Stadt baut. „Das ist unsozial“, sagte Jana Holm. Weiter sagte sie: „Wir "
               "stimmen dagegen.“",
               2, 1, "Jana Holm");
    expect_nth("Die Stadt baut. „Das ist gut“, sagte Jana Holm. Dagegen hält die Ministerin Ute "
               "Kern nichts davon. Im Radio sagte sie: „Das ist schlecht.“",
               2, 1, NULL);
}

/* "hieß es" with a noun of a statement issued and whose it is: after the
 * quote ("hieß es in einer Mitteilung von X") and before the colon ("In
 * einer Mitteilung von X hieß es:"); a place or an unnamed body names no
 * one. */
static void test_statement_issued(void **state)
{
    (void)state;
    expect("Die Firma baut ab. „Wir bedauern das“, hieß es in einer Mitteilung von Nordstahl.",
           "Nordstahl");
    expect("Die Firma baut ab. In einer Mitteilung von Nordstahl hieß es: „Wir bedauern das.“",
           "Nordstahl");
    expect("Die Firma baut ab. In einer Erklärung von Timo Rasch hieß es: „Wir bedauern das.“",
           "Timo Rasch");
    expect("Die Firma baut ab. In der Erklärung des Vorstands hieß es: „Wir bedauern das.“", NULL);
    expect("Die Firma baut ab. In Kiel hieß es: „Wir bedauern das.“", NULL);
}

/* An age for the noun after a definite article refers back to the person
 * named before ("sagte die 48-Jährige"); compounds of professions are
 * roles, not part of the name ("Klimaforscherin X", "Nationalspieler X"). */
static void test_age_and_professions(void **state)
{
    (void)state;
    expect("Die Stadt baut. Jana Holm hat den Plan kritisiert. „Das ist unsozial“, sagte die "
           "48-Jährige.",
           "Jana Holm");
    expect("Die Stadt baut. „Das ist unsozial“, sagte die 48-Jährige.", NULL);
    expect("Die Studie ist neu. „Das Eis schmilzt“, sagte Klimaforscherin Jana Holm.", "Jana Holm");
    expect("Das Spiel ist aus. „Wir waren besser“, sagte Nationalspieler Timo Rasch.", "Timo Rasch");
}

/* The name of a paper or a show in quote marks after a definite article
 * or a preposition ("dem „Kieler Morgenblatt“") is a phrase of the
 * frame, nobody's quote; one word may still be someone's words ("sprach
 * von „Trickserei“").  "X sagte laut Y:" is X's, Y only relays. */
static void test_titles_and_relays(void **state)
{
    (void)state;
    expect_nth("Die Stadt baut. Timo Rasch sagte dem „Kieler Morgenblatt“: „Wir bauen.“", 2, 0, NULL);
    expect_nth("Die Stadt baut. Timo Rasch sagte dem „Kieler Morgenblatt“: „Wir bauen.“", 2, 1,
               "Timo Rasch");
    expect_nth("Die Stadt baut. „Wir bauen“, sagte Timo Rasch der „Kieler Rundschau“.", 2, 1, NULL);
    expect("Die Stadt baut. Timo Rasch sprach von „Trickserei“.", "Timo Rasch");
    /* one word where the listener stands, before the frame's verb or
     * colon; an object is still someone's words */
    expect_nth("Die Stadt baut. Wie Timo Rasch der „Zeit“ sagte, sei das „unsozial“.", 2, 1,
               "Timo Rasch");
    expect("Die Stadt baut. Timo Rasch lobte das „Sondervermögen“.", "Timo Rasch");
    expect("Die Stadt baut. Timo Rasch sagte laut Nordfunk: „Wir bauen.“", "Timo Rasch");
    expect("Die Stadt baut. Laut Timo Rasch: „Die Brücke ist marode.“", "Timo Rasch");
    expect("Die Stadt baut. „Wir bauen mehr“, sagte Wirtschaftssenator Timo Rasch.", "Timo Rasch");
}

/* The listener after the name or before the verb is no speaker ("sagte X
 * unserer Redaktion", "X sagte der Nachrichtenagentur Y:"); "so die
 * Einschätzung von X" is X's; a noun of something said opening the
 * sentence is no name ("Scharfe Kritik kam …:", "Harte Worte fand X:"). */
static void test_listeners_and_nouns(void **state)
{
    (void)state;
    expect("Die Stadt baut. „Das ist unsozial“, sagte Jana Holm unserer Redaktion.", "Jana Holm");
    expect("Die Stadt baut. Jana Holm sagte der Nachrichtenagentur Nordpress: „Das ist unsozial.“",
           "Jana Holm");
    expect("Die Stadt baut. Der Nachrichtenagentur Nordpress sagte Jana Holm: „Das ist unsozial.“",
           "Jana Holm");
    expect("Die Stadt baut. „Die Lage ist ernst“, so die Einschätzung von Jana Holm.", "Jana Holm");
    expect("Die Stadt baut. Scharfe Kritik kam am Montag: „Das ist unsozial.“", NULL);
    expect("Die Stadt baut. Harte Worte fand Jana Holm: „Das ist unsozial.“", "Jana Holm");
}

/* "Und weiter: „…“": joining words alone before a colon go on in the
 * voice before; a name there is another voice. */
static void test_joined_colon(void **state)
{
    (void)state;
    expect_nth("Die Stadt baut. „Das ist unsozial“, sagte Jana Holm. Und weiter: „Wir stimmen "
               "dagegen.“",
               2, 1, "Jana Holm");
    expect_nth("Die Stadt baut. „Das ist unsozial“, sagte Jana Holm. Timo Rasch: „Wir stimmen "
               "dagegen.“",
               2, 1, "Timo Rasch");
}

/* A compound tense after the quote: the auxiliary, the named subject,
 * circumstances, the participle of speech last; a reflexive and a word of
 * a view ("ist sich X sicher"); not any participle. */
static void test_compound_frames(void **state)
{
    (void)state;
    expect("Die Stadt baut. „Das ist unsozial“, hatte Jana Holm am Montag erklärt.", "Jana Holm");
    expect("Die Stadt baut. „Das ist unsozial“, wird Jana Holm in der Zeitung zitiert.",
           "Jana Holm");
    expect("Die Stadt baut. „Das ist unsozial“, ist sich Jana Holm sicher.", "Jana Holm");
    expect("Die Stadt baut. „Das ist unsozial“, hatte Jana Holm im Mai gewusst.", NULL);
    expect("Die Stadt baut. „Das ist unsozial“, war Jana Holm in Kiel.", NULL);
}

/* »…«: the reversed guillemets of German books and papers; French « … »
 * stays as it was. */
static void test_reversed_guillemets(void **state)
{
    (void)state;
    expect("Die Stadt baut. »Wir bleiben wachsam«, sagte Timo Rasch.", "Timo Rasch");
    expect("Die Stadt baut. Timo Rasch sagte: »Wir bleiben wachsam.« Dann ging er.", "Timo Rasch");
    arena *ar = arena_new(NULL);
    size_t n = 0;
    speakers(ar, de, "Start » Nachrichten » Welt", &n);
    assert_int_equal(n, 0);
    arena_free(ar);
}

/* Professions as roles: "so der dänische Schriftsteller X" frames the
 * reported speech that goes on in the next sentence. */
static void test_professions(void **state)
{
    (void)state;
    const char *t = "Die Stadt baut. Doch sei es, so der dänische Schriftsteller Timo Rasch in "
                    "einem Blog, ein Fehler gewesen. Deshalb müsse „die Stadt neu planen“.";
    expect(t, "Timo Rasch");
}

/* A medium reports what a named person said in a subordinate clause:
 * the person's verb, closing the clause, is the nearer voice. */
static void test_subordinate_voice(void **state)
{
    (void)state;
    expect("Die Stadt baut. Die Zeitung berichtet, dass Timo Rasch die Kinder gefragt habe, was "
           "sie „vorhaben“.",
           "Timo Rasch");
    /* no person in the clause: the medium's voice stays */
    expect("Die Stadt baut. Jana Holm berichtet, dass die Stadt die Kinder gefragt habe, was sie "
           "„vorhaben“.",
           "Jana Holm");
    /* "Wie X der Zeitung sagte,": the phrase before the verb is the
     * listener; the subject stands right after the subordinator */
    expect("Die Stadt baut. Wie Timo Rasch der Kieler Zeitung sagte, sei die Brücke „marode“.",
           "Timo Rasch");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_role_chains),
        cmocka_unit_test(test_relative_clauses),
        cmocka_unit_test(test_possessive_colon),
        cmocka_unit_test(test_listener_and_source),
        cmocka_unit_test(test_subject_before_object),
        cmocka_unit_test(test_mixed_marks),
        cmocka_unit_test(test_professions),
        cmocka_unit_test(test_reversed_guillemets),
        cmocka_unit_test(test_more_frame_verbs),
        cmocka_unit_test(test_cite),
        cmocka_unit_test(test_role_antecedent),
        cmocka_unit_test(test_demonstrative_frame),
        cmocka_unit_test(test_sources_and_pronouns),
        cmocka_unit_test(test_statement_issued),
        cmocka_unit_test(test_age_and_professions),
        cmocka_unit_test(test_titles_and_relays),
        cmocka_unit_test(test_listeners_and_nouns),
        cmocka_unit_test(test_joined_colon),
        cmocka_unit_test(test_compound_frames),
        cmocka_unit_test(test_subordinate_voice),
    };
    return cmocka_run_group_tests(tests, setup_de, teardown_de);
}
