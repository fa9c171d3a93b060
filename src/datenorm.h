/*
 * datenorm.h - the dates feeds, mail and pages write, normalised to one
 * ISO 8601 form, so the date-aware grouping (cluster_day_in reads the
 * leading YYYY-MM-DD) and the outputs see one shape whatever the source.
 *
 * Read: RFC 5322 / RFC 822 dates as in RSS pubDate and mail Date headers
 * ("Tue, 03 Nov 2026 08:15:00 +0100", the weekday optional, two-digit
 * years, zone names UT/GMT/EST...PDT, comments in parentheses), and ISO
 * 8601 / W3C-DTF as in Atom, dc:date and HTML (YYYY, YYYY-MM,
 * YYYY-MM-DD, then "T" or a space and hh:mm[:ss[.fraction]], then Z or
 * +hh:mm / +hhmm).  The time is kept as written, in its own zone (not
 * converted to UTC), so the day is the day the source gave.
 */
#ifndef BRIEF_DATENORM_H
#define BRIEF_DATENORM_H

#include <stddef.h>

/* The longest result and its NUL: "YYYY-MM-DDThh:mm:ss+hh:mm". */
#define DATENORM_MAX 26

/*
 * Normalises the date s[0..len) into out: "YYYY", "YYYY-MM",
 * "YYYY-MM-DD", "YYYY-MM-DDThh:mm:ss", each with "Z" or "+hh:mm" after the
 * time when a zone was given (RFC 822 "-0000" and unknown zone letters
 * give none).  Returns 1, or 0 when s is not a date in either form or a
 * field is out of range (month 13, 31 April, 25:00, years outside
 * 1000-9999); out is then "".  Leading and trailing white space is
 * ignored; nothing else may follow the date.  Cost: linear in len.
 */
int datenorm(const char *s, size_t len, char out[DATENORM_MAX]);

/*
 * Finds the first calendar day written in running text s[0..len), as a
 * page shows its date to a reader ("Published on 5 March 2024", "Mar. 5,
 * 2024", "18th Dec 2025", "5. März 2024", "15 de diciembre de 2025",
 * "12.12.2025", "2024-03-05", "2024/3/5"), into out as YYYY-MM-DD.
 * Month names: English (and its three-letter forms), French, German,
 * Spanish, Italian, Portuguese and Dutch, whole or cut short with a
 * period ("janv.", "déc."), any case of ASCII letters.  Numeric
 * dates: year first (ISO order), or day first with periods (the European
 * order); with slashes or dashes the order is known only when one of the
 * first two numbers is over 12 (15/12/2025 is day first, 12/15/2025 month
 * first), else the date is not read.  Returns 1 and sets *at (when not
 * NULL) to the offset where the date starts, or 0 (out "") when there is
 * none.  Cost: linear in len.
 */
int datenorm_find(const char *s, size_t len, char out[DATENORM_MAX], size_t *at);

#endif
