/*
 * extract.h - the article of a web page: its main text as paragraphs,
 * and what the page says about it (title, date, author, source, URL,
 * language).
 *
 * What pages declare is used before anything is guessed: JSON-LD objects
 * of an article type (articleBody, headline, datePublished, author,
 * publisher; @graph and arrays walked), Open Graph and article: meta
 * properties, <meta name=author|date|...>, rel=canonical, <html lang>,
 * <time datetime>.  The main text is found by scoring blocks, after
 * Readability (Arc90, 2009) and Kohlschütter et al., "Boilerplate
 * Detection using Shallow Text Features" (WSDM 2010): every paragraph
 * scores by its length and commas, and gives the score to its ancestors
 * (the parent all of it, the grandparent half, older ones less); a
 * container's score is scaled by the share of its text that is not link
 * text, raised by class and id names that say content (article, body,
 * content, entry, post, story, text) and by <article> and <main>, and
 * lowered by those of boilerplate (navigation, footers, comments, share
 * bars, cookie notices, ads, related and most-read lists, captions,
 * bylines).  The best container and the siblings that score near it are
 * the article; inside them, elements of boilerplate (by tag, role,
 * hiding, class and id) and link lists are left out.  Paragraphs,
 * headings, list items and block quotes come out one per paragraph.
 * When the page declares an articleBody that is much longer than what
 * the blocks gave, the articleBody is the text.
 *
 * The title is the page's h1 nearest the article (h1s in the page's
 * nav, aside or footer, h1s ending in a colon and h1s that are all a
 * link to the home page left out; a rubric before a separator or a
 * kicker line inside it dropped when the rest is a declared title),
 * unless it names the site or says something else than every declared
 * title (JSON-LD headline, og:title, twitter:title, <title>, each with
 * the site's name cut off: declared, else the application-name or the
 * home link's): then a heading the article marks itemprop=headline,
 * else the declared title a heading agrees with, else the declared
 * title.  The date is the day in the URL's path, else a date the
 * page labels "published", else a declared one (JSON-LD, article: and
 * <meta> names, itemprop) the page also shows, else the <time> nearest
 * the headline, else the modified date the page shows (not one shown
 * only in a <time> marked as an update), else a declared
 * one, else the date shown nearest the headline (pagemeta_date in pagemeta.c
 * gives the whole order).
 *
 * Every string is valid UTF-8 without control characters (white space
 * folded to single spaces inside a paragraph).
 */
#ifndef BRIEF_EXTRACT_H
#define BRIEF_EXTRACT_H

#include <stddef.h>

#include "arena.h"
#include "brief.h"

/* The article of one page; strings in the arena, NULL when unknown. */
typedef struct extract_page {
    const char *title;    /* headline, site name cut off */
    const char *text;     /* paragraphs, "\n\n" between them; never NULL */
    size_t text_len;
    size_t paragraphs;
    const char *source;   /* site name or publisher, else host of url */
    const char *url;      /* canonical, og:url or JSON-LD url */
    const char *date;     /* YYYY-MM-DD, with the time when JSON-LD or <time> gives it */
    const char *author;
    const char *lang;     /* as the page declares it, lower case */
    char encoding[40];    /* what the bytes were read as */
    int transcoded;       /* 1 when that was not UTF-8 */
    int guessed;          /* html_doc.h: no charset declared, not UTF-8 */
    size_t repaired;      /* html_doc.h: invalid UTF-8 read as U+FFFD */
} extract_page;

/* Pages with less text than this hold no article: an index, a login wall,
 * an error page; unless a last look finds two paragraphs of prose or more
 * (and this much text) in boxes that only their class left out (a
 * paywall's wrapper), outside what is never the article (navigation,
 * hidden parts, comments, related stories, cookie and login boxes). */
#define EXTRACT_MIN_TEXT 200

/*
 * Reads the HTML page bytes[0..len) into *out, in ar.  Errors: BRIEF_EEMPTY
 * (no article: less than EXTRACT_MIN_TEXT bytes of text left; *out is
 * still filled with what was found), BRIEF_ELIMIT (html_doc.h's nesting
 * limit), BRIEF_ENOMEM.  Cost: linear in len.
 */
brief_status extract_html(arena *ar, const char *bytes, size_t len, extract_page *out);

/* A date as the page writes it ("2024-03-05T10:00:00Z", "Tue, 5 Mar 2024
 * 10:00:00 GMT", "March 5, 2024", "5 March 2024") as YYYY-MM-DD, keeping
 * an ISO time when keep_time; NULL when it is none of those.  In ar. */
char *extract_date(arena *ar, const char *s, int keep_time);

/* The title without the site's name: "Headline | Site" -> "Headline" when
 * one side of the separator is the site name or starts with a label of
 * host (or, without a site name, a short last part after a longer
 * headline); then, in "Headline | Section | Site", the section's short
 * name too.  site and host may be NULL.  In ar. */
char *extract_title_cut(arena *ar, const char *title, const char *site, const char *host);

#endif
