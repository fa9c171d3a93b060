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

#endif
