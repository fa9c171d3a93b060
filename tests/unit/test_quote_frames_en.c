/* Unit tests: English frames of direct quotes and their speakers
 * (quote_marks, quote_speaker), each a convention of news writing shown
 * on an invented case. */
#include "harness.h"

#include "speaker_fixture.h"

/* Quote i of the n quotes of t is said by `who` (NULL: nobody). */
static void expect_nth(const char *t, size_t n, size_t i, const char *who)
{
    speaker_expect(ql, t, n, i, who);
}

/* The one quote of t is said by `who` (NULL: nobody). */
static void expect(const char *t, const char *who)
{
    expect_nth(t, 1, 0, who);
}

/* Quote i of t reads `text`. */
static void expect_text(const char *t, size_t n, size_t i, const char *text)
{
    arena *ar = arena_new(NULL);
    size_t got = 0;
    quote *q = speakers(ar, ql, t, &got);
    if (got != n) print_message("%zu quotes in: %s\n", got, t);
    assert_int_equal(got, n);
    assert_string_equal(q[i].text, text);
    arena_free(ar);
}

/* A frame relayed by a source is the source's account, also when the
 * quote is its own sentence and the frame opens the next. */
static void test_relayed_next_sentence(void **state)
{
    (void)state;
    expect("The talks went on. “The dam holds.” Ana Lopez said at a hearing, according to the "
           "Harbor Gazette.",
           "Harbor Gazette");
    expect("The talks went on. “The dam holds.” Ana Lopez said at a hearing.", "Ana Lopez");
}

/* Marks copy writes wrongly: a closing mark opening, an opening mark
 * closing, straight marks of paragraphs joined into one line. */
static void test_reversed_and_reopened_marks(void **state)
{
    (void)state;
    /* ”…”: the closing mark for both, where a quote opens */
    expect("The talks went on. ”We open in May,” Ana Lopez said.", "Ana Lopez");
    /* “…?“: the opening mark for both, where none can open */
    expect_text("The talks went on. “Are we open?“ Omar Diaz asked. “No, we open in May,” "
                "Ana Lopez said.",
                2, 0, "Are we open?");
    expect_nth("The talks went on. “Are we open?“ Omar Diaz asked. “No, we open in May,” "
               "Ana Lopez said.",
               2, 1, "Ana Lopez");
    /* a straight mark after a sentence's end while one is open opens the
     * next paragraph's quote, joined into the line */
    expect_text("\"We open in May. \"Then we celebrate,\" said Ana Lopez.", 2, 1,
                "Then we celebrate,");
    expect_nth("\"We open in May. \"Then we celebrate,\" said Ana Lopez.", 2, 1, "Ana Lopez");
    /* but not inside a sentence: a title quoted inside the quote */
    expect_text("\"We call it \"the gate\" here,\" said Ana Lopez.", 1, 0, "We call it");
}

/* Transcripts: each turn opens with its speaker's label in capitals. */
static void test_transcript_labels(void **state)
{
    (void)state;
    /* a label of several words, a title before the name */
    expect("The hearing went on.\n\n\"SEN. ANA LOPEZ: The dam will hold all winter.\"",
           "Ana Lopez");
    /* resolved to the name the text gives in full */
    expect("Ana Lopez spoke to the board.\n\n\"LOPEZ: The dam will hold all winter.\"",
           "Ana Lopez");
    /* paragraphs of a transcript, each opening a mark: each turn is a
     * quote of its own, its label's */
    const char *t = "Omar Diaz asked Ana Lopez about the dam.\n\n"
                    "\"DIAZ: Will the dam hold?\n\n"
                    "\"LOPEZ: It will hold all winter.\n\n"
                    "\"DIAZ: Thank you.\"";
    expect_nth(t, 3, 0, "Omar Diaz");
    expect_nth(t, 3, 1, "Ana Lopez");
    expect_text(t, 3, 1, "LOPEZ: It will hold all winter.");
    expect_nth(t, 3, 2, "Omar Diaz");
    /* a paragraph reopening without a label goes on in the same quote */
    expect_text("Ana Lopez spoke.\n\n\"LOPEZ: It will hold all winter.\n\n\"And in spring.\"",
                1, 0, "LOPEZ: It will hold all winter. And in spring.");
    /* a label naming a role or a word the text writes in lowercase names
     * no one */
    expect("The hall was full.\n\n\"AUDIENCE MEMBER: Will the dam hold?\"", NULL);
    expect("An update came at noon.\n\n\"UPDATE: The dam holds.\"", NULL);
}

/* A name used as a modifier before a role and the subject's own name:
 * the subject is the person the role names. */
static void test_name_as_modifier(void **state)
{
    (void)state;
    expect("The vote was close. Senator Ana Lopez won. Lopez campaign manager Omar Diaz was "
           "blunt: “The race is over.”",
           "Omar Diaz");
    expect("On Monday, Lopez campaign manager Omar Diaz released a memo titled “The Facts on the "
           "Race.”",
           "Omar Diaz");
    /* a verb in -s after the name is no modifier: the subject quotes */
    expect("The vote was close. Senator Ana Lopez won. Lopez quotes former aide Omar Diaz: “The "
           "race is over.”",
           "Ana Lopez");
}

/* A possessive and a noun of something said frame the possessor's
 * words, before the quote or after it. */
static void test_possessive_speech_noun(void **state)
{
    (void)state;
    expect("Ana Lopez spoke last. Her statement read: “The dam holds.”", "Ana Lopez");
    expect("Ana Lopez spoke last. Lopez's reply was blunt: “The dam holds.”", "Ana Lopez");
    expect("Ana Lopez spoke last. Lopez's motto for her aides was, “The dam holds.”",
           "Ana Lopez");
    expect("Ana Lopez spoke last. “The dam holds,” Lopez's statement said.", "Ana Lopez");
    expect("Ana Lopez spoke last. “The dam holds,” Lopez's statement read.", "Ana Lopez");
    /* another name between the noun and the quote may be whose words
     * they are */
    expect("Ana Lopez spoke last. Her reply to Omar Diaz was, “The dam holds.”", NULL);
    /* no noun of something said: the possessive announces nothing */
    expect("Ana Lopez spoke last. Lopez's car was parked outside, “The dam holds.”", NULL);
}

/* Reported speech: a gerund after a preposition and a name has that
 * name for its subject ("with X telling …"), not the sentence's. */
static void test_gerund_with_subject(void **state)
{
    (void)state;
    expect("Omar Diaz spoke first. The vote showed how the board responds, with Senator Ana "
           "Lopez telling reporters she viewed Diaz as “directly responsible” for it.",
           "Ana Lopez");
    /* after another preposition a name is where the words were given,
     * not who gave them, even when it looks like a person's name */
    expect("Omar Diaz asked her during a Harbor Watch chat. Ana Lopez replied to Diaz on Harbor "
           "Watch writing, “Yes, I will.”",
           "Ana Lopez");
    /* no name after the preposition: the sentence's speaker */
    expect("Omar Diaz said the board responds, with reporters telling him the plan was “directly "
           "responsible” for it.",
           "Omar Diaz");
}

/* A quote ending its sentence as the object of the subject's verb: a
 * body or a place named between does not take the words. */
static void test_object_quote_past_names(void **state)
{
    (void)state;
    expect("Ana Lopez spoke on Monday. Lopez filed a request with the State Department in May for "
           "“records of the dam.”",
           "Ana Lopez");
    /* another person named between may be whose words they are */
    expect("Ana Lopez spoke on Monday. Lopez filed a request with Omar Diaz for “records of the "
           "dam.”",
           NULL);
}

/* An opening phrase with no comma, then the subject: a verb of speech
 * joined to another verb keeps the subject ("At one point X turned and
 * said"); a preposition's own object and a clause's subject are not it. */
static void test_opening_phrase_without_comma(void **state)
{
    (void)state;
    expect("Omar Diaz chaired the board. At one point Diaz turned to the clerk and said, “Read "
           "the motion again.”",
           "Omar Diaz");
    expect("Omar Diaz chaired the board. Later that night Diaz looked at the room and said, “We "
           "are done here.”",
           "Omar Diaz");
    /* "In Lisbon Diaz" is a place and a name, not an opening phrase */
    expect("Omar Diaz chaired the board. In Lisbon Diaz turned and said, “We are done here.”",
           NULL);
    /* a possessive is no subject: "the timing of Diaz's plan" */
    expect("Omar Diaz chaired the board. The timing of Diaz’s plan did not surprise the clerk: "
           "“We saw it coming for a year.”",
           NULL);
}

/* After the quote: the name with its place ("of Oregon") before an
 * apposition, and a description with a role before the apposed name. */
static void test_apposed_after_place_and_description(void **state)
{
    (void)state;
    expect("“The levee will hold,” Rep. Ana Lopez of Oregon, the ranking member, said.",
           "Ana Lopez");
    expect("“The levee will hold,” the board’s longtime chairman, Omar Diaz, said.", "Omar Diaz");
    expect("“The levee will hold,” the top engineer on the project, Omar Diaz, told reporters.",
           "Omar Diaz");
    expect("“The levee will hold,” said the board’s chairman, Omar Diaz.", "Omar Diaz");
    /* no role in the description: nothing says who the name is */
    expect("“The levee will hold,” the old wooden bridge, Omar Diaz, said.", NULL);
}

/* A statement's source speaks through it: "a statement from X said",
 * "read a statement from X", before the quote and after it; a listener
 * ("a statement to X") is no source. */
static void test_statement_from(void **state)
{
    (void)state;
    expect("“The pier stays shut,” read a statement from the Port Authority.", "the Port Authority");
    expect("“The pier stays shut,” a brief statement from the Port Authority said.",
           "the Port Authority");
    expect("A statement from the Port Authority said: “The pier stays shut.”", "the Port Authority");
    expect("Ana Lopez runs the port. A statement from Lopez read: “The pier stays shut.”",
           "Ana Lopez");
    expect("“The pier stays shut,” said a statement to the Port Authority.", NULL);
}

/* A run of speech ends at narration about another named person: the
 * quote standing alone after it is given to no one; narration about the
 * speaker herself does not end it. */
static void test_run_ends_at_other_subject(void **state)
{
    (void)state;
    expect_nth("Ana Lopez and Omar Diaz met. “The dam holds,” Lopez said. Diaz shook his head. "
               "“It leaks every spring.”",
               2, 1, NULL);
    expect_nth("Ana Lopez and Omar Diaz met. “The dam holds,” Lopez said. Lopez smiled. “It has "
               "held for years.”",
               2, 1, "Ana Lopez");
}

/* Narration that names its source after an inverted verb or "according
 * to" is that person's: a "he said" after it means them, not the person
 * the sentence before was about. */
static void test_unquoted_sources(void **state)
{
    (void)state;
    expect("Ana Lopez ran the mill for years. The mill lost money, said Omar Diaz, the union "
           "chief. “We saw it coming,” he said.",
           "Omar Diaz");
    expect("Ana Lopez ran the mill for years. The mill lost money, according to Omar Diaz, the "
           "union chief. “We saw it coming,” he said.",
           "Omar Diaz");
    /* a document is no person: the pronoun keeps its antecedent */
    expect("Ana Lopez ran the mill for years. The mill lost money, according to the Harbor "
           "Report. “We saw it coming,” she said.",
           "Ana Lopez");
}

/* Reported speech in a clause joined by a subordinator or a semicolon
 * is its own subject's: "…, while Diaz called it "…"". */
static void test_reported_after_subordinator(void **state)
{
    (void)state;
    expect_nth("Ana Lopez and Omar Diaz met. Lopez called the levee “sound as a bell,” while Diaz "
               "called it “a sieve.”",
               2, 1, "Omar Diaz");
    expect_nth("Ana Lopez and Omar Diaz met. Lopez called the levee “sound as a bell”; Diaz "
               "called it “a sieve.”",
               2, 1, "Omar Diaz");
    expect_nth("Ana Lopez and Omar Diaz met. Lopez called the levee “sound as a bell,” while Diaz "
               "called it “a sieve.”",
               2, 0, "Ana Lopez");
    /* inside what a verb reports, the words stay the reporter's */
    expect("Ana Lopez and Omar Diaz met. Lopez went on to say that, because Diaz called the "
           "levee “a sieve,” the board must act.",
           "Ana Lopez");
}

/* A participle of speech opening the sentence is a phrase before the
 * subject ("Asked about the levee, Lopez …"): the subject after it
 * announces the quote with its colon. */
static void test_participle_opening(void **state)
{
    (void)state;
    expect("Ana Lopez runs the board. Asked about the levee, Lopez was blunt: “It will not last "
           "the winter.”",
           "Ana Lopez");
    expect("Ana Lopez runs the board. Questioned on the cost, Lopez shrugged: “It will not last "
           "the winter.”",
           "Ana Lopez");
}

/* A frame whose subject is a plain noun or a pronoun of no list ("city
 * officials said", "they said") is another voice, not the run of speech
 * before; two people joined by "and" are no one voice. */
static void test_other_voices(void **state)
{
    (void)state;
    expect_nth("Ana Lopez runs the board. “The dam holds,” Lopez said. “It always has,” city "
               "officials said.",
               2, 1, NULL);
    expect("Ana Lopez runs the board. Lopez was there. “It always has,” officials said Monday.",
           NULL);
    expect("Ana Lopez and Omar Diaz met. Lopez and Diaz agreed. “The dam holds,” they said.",
           NULL);
    /* a relative clause after the quote is no frame: the voice goes on */
    expect_nth("Ana Lopez runs the board. “The dam holds,” Lopez said. “It always has,” which "
               "explains the vote.",
               2, 1, "Ana Lopez");
}

/* A party's member is a role written as a title: "the Iowa Democrat" or
 * "the 61-year-old Republican" names no one, "Republican Ana Lopez" is
 * Ana Lopez. */
static void test_party_as_role(void **state)
{
    (void)state;
    expect("“The dam holds,” said one Iowa Democrat who asked not to be named.", NULL);
    expect("Ana Lopez runs the board. “The dam holds,” the 61-year-old Republican said.", NULL);
    expect("“The dam holds,” said Republican Ana Lopez of Oregon.", "Ana Lopez");
}

/* A surname that is also a title ("King", "Bishop", "Judge"): after a
 * given name, or alone before a verb of speech, it is the name; a title
 * with an article, an acronym or a place before it is none. */
static void test_role_word_surnames(void **state)
{
    (void)state;
    expect("“The levee will hold,” said Rep. Omar King (D-Ore.).", "Omar King");
    expect("“The levee will hold,” said Lena Bishop, a lawyer.", "Lena Bishop");
    expect("Harbor Trust Commissioner Lena Judge spoke. “The levee will hold,” Judge said.",
           "Lena Judge");
    expect("“The levee will hold,” said the bishop.", NULL);
    expect("“The levee will hold,” said a Harbor County Republican.", NULL);
    expect("“The levee will hold,” WKRP President said.", NULL);
}

/* A surname that is also a common word ("Young", "Price") opening the
 * sentence is the person named in full before, when a verb of speech or
 * an apposition follows it. */
static void test_common_word_surname_first(void **state)
{
    (void)state;
    expect("Sen. Omar Young met young voters. Young told them: “The levee will hold.”",
           "Omar Young");
    expect("Sen. Omar Young met young voters. Young, who chairs the panel, said: “The levee will "
           "hold.”",
           "Omar Young");
    /* the common word before a noun is none */
    expect("Sen. Omar Young met young voters. Young people there were skeptical: “The levee "
           "leaks.”",
           NULL);
}

/* Words given as someone's by a phrase of source before the quote: "In
 * X's words," "In the words of X," "To quote X," "X's take:". */
static void test_words_of(void **state)
{
    (void)state;
    expect("Ana Lopez runs the board. In Lopez’s words, “The levee is finished.”", "Ana Lopez");
    expect("Ana Lopez runs the board. In the words of Lopez, “the levee is finished.”",
           "Ana Lopez");
    expect("Ana Lopez runs the board. To quote Lopez, “The levee is finished.”", "Ana Lopez");
    expect("Ana Lopez runs the board. Lopez’s take: “The levee is finished.”", "Ana Lopez");
    /* a phrase after the noun may say whose words they are not */
    expect("Ana Lopez and Omar Diaz met. In Lopez’s view of Diaz, “The levee is finished.”", NULL);
}

/* A post quoted with its byline after a dash: the name before the
 * handle in parentheses. */
static void test_post_byline(void **state)
{
    (void)state;
    expect("The levee debate went on. “The levee will hold, trust me!” — Ana Lopez (@alopez) "
           "May 5, 2031",
           "Ana Lopez");
}

/* A quote standing alone, then a demonstrative naming whose words they
 * were ("That was the promise from X.", "Those were the words of X."),
 * also opening the next paragraph after a quote that is its own. */
static void test_demonstrative_source(void **state)
{
    (void)state;
    expect("The levee debate went on.\n\n“We will fix the levee this year.”\n\nThat was the "
           "promise from Mayor Ana Lopez on Tuesday.",
           "Ana Lopez");
    expect("The levee debate went on. “We will fix the levee this year.” Those were the words of "
           "Ana Lopez.",
           "Ana Lopez");
    /* no noun of something said: the sentence only mentions her */
    expect("The levee debate went on. “We will fix the levee this year.” That was the day of "
           "Ana Lopez.",
           NULL);
}

/* After the quote, one verb and a possessive noun of something said
 * close the frame: "was Lopez's reply", "came her answer". */
static void test_verb_then_possessive_noun(void **state)
{
    (void)state;
    expect("Ana Lopez runs the board. “Not this year,” was Lopez’s reply.", "Ana Lopez");
    expect("Ana Lopez runs the board. “Not this year,” came her answer.", "Ana Lopez");
    expect("Ana Lopez runs the board. “Not this year,” was the reply.", NULL);
}

/* "as X put it" after the quote: the opener before a frame with its own
 * subject. */
static void test_as_frame(void **state)
{
    (void)state;
    expect("Ana Lopez runs the board. The levee is “a sieve in a storm,” as Lopez put it on "
           "Tuesday.",
           "Ana Lopez");
    expect("Ana Lopez runs the board. “The levee is a sieve,” as Lopez said.", "Ana Lopez");
}

/* "For X, …" opening the sentence gives that person's view; a group
 * named so ("For many voters,") is no one. */
static void test_view_for(void **state)
{
    (void)state;
    expect("The levee vote came. For Ana Lopez, the answer is simple: “The levee must go.”",
           "Ana Lopez");
    expect("The levee vote came. For many voters, the answer is simple: “The levee must go.”",
           NULL);
}

/* "Y quoted X as saying": the person quoted speaks, not the outlet or
 * the person who quoted them; a role alone before "as" names no one. */
static void test_quoted_as_saying(void **state)
{
    (void)state;
    expect("The harbour talks stalled. The Tidewater Gazette quoted Ana Lopez as saying, "
           "“We will not sign this year.”",
           "Ana Lopez");
    expect("The harbour talks stalled. The agency quoted the mayor, Ana Lopez, as saying: "
           "“We will not sign this year.”",
           "Ana Lopez");
    expect("The harbour talks stalled. Omar Diaz cited Ana Lopez as saying, “Not this year.”",
           "Ana Lopez");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_relayed_next_sentence),
        cmocka_unit_test(test_reversed_and_reopened_marks),
        cmocka_unit_test(test_transcript_labels),
        cmocka_unit_test(test_name_as_modifier),
        cmocka_unit_test(test_possessive_speech_noun),
        cmocka_unit_test(test_gerund_with_subject),
        cmocka_unit_test(test_object_quote_past_names),
        cmocka_unit_test(test_opening_phrase_without_comma),
        cmocka_unit_test(test_apposed_after_place_and_description),
        cmocka_unit_test(test_statement_from),
        cmocka_unit_test(test_run_ends_at_other_subject),
        cmocka_unit_test(test_unquoted_sources),
        cmocka_unit_test(test_reported_after_subordinator),
        cmocka_unit_test(test_participle_opening),
        cmocka_unit_test(test_other_voices),
        cmocka_unit_test(test_party_as_role),
        cmocka_unit_test(test_role_word_surnames),
        cmocka_unit_test(test_common_word_surname_first),
        cmocka_unit_test(test_words_of),
        cmocka_unit_test(test_post_byline),
        cmocka_unit_test(test_demonstrative_source),
        cmocka_unit_test(test_verb_then_possessive_noun),
        cmocka_unit_test(test_as_frame),
        cmocka_unit_test(test_view_for),
        cmocka_unit_test(test_quoted_as_saying),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
