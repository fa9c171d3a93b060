/*
 * story_quotes.h - the quotes of a story (brief_story_quotes), kept with
 * it for compose: found once per document, speakers given one name across
 * all the story's documents.
 */
#ifndef BRIEF_STORY_QUOTES_H
#define BRIEF_STORY_QUOTES_H

#include "story.h"

/* Analyzes the story, finds the quotes of documents not searched yet and
 * makes the speakers canonical across every document; fills st->quotes,
 * quotep, nquotes and quote_start (story.h).  Repeated after documents
 * are added.  Errors: BRIEF_ENOMEM and analysis's. */
brief_status story_quotes(brief_story *st);

#endif
