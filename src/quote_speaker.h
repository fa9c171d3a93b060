/*
 * quote_speaker.h - pass 3 of the quotes stage: who said each quote, and
 * whether it is a full quote or a few words inside reported speech;
 * private to the stage.
 *
 * Sentence by sentence, the main subject is tracked for pronouns, and
 * each quote tries, in order, the frames after it (`"…," X said`, `said
 * X`, `he said`), `according to X`, a speech verb right before it (`X
 * said: "…"`), and reported speech (the first speech verb of its sentence
 * and that verb's subject).  A bare quote right after an attributed one
 * in the same paragraph, or in a paragraph of its own right after the
 * words that framed it, keeps that voice.  Phrases that name someone
 * without a name ("a Foreign Office spokesman") block pronouns until a
 * name comes, so "But he said" after them stays NULL; the object of a
 * preposition ("a prosecutor in Manhattan") and a place after "of" are
 * never speakers.  No pattern, no speaker: never a guess from mere
 * proximity.  Every pattern looks at a bounded window of tokens
 * (QUOTES_WINDOW), so the cost stays linear.
 */
#ifndef BRIEF_QUOTE_SPEAKER_H
#define BRIEF_QUOTE_SPEAKER_H

#include <stddef.h>

#include "quote_internal.h"
#include "split.h"

/* Sets the speaker, role, is_org and partial of each quote qv[i] (whose
 * marks are q[i]) from the tokens and names of d; spans are the
 * sentences d was tokenized from.  A failed allocation is kept in
 * d->oom. */
void find_speakers(doc *d, const qrec *q, quote *qv, const span *spans);

#endif
