/*
 * charset.h - bytes in a named character set to UTF-8, through iconv:
 * the charsets mail parts and feeds declare (windows-1252, ISO-8859-x,
 * KOI8-R, Shift_JIS...) that the readers do not decode themselves.
 */
#ifndef BRIEF_CHARSET_H
#define BRIEF_CHARSET_H

#include <stddef.h>

#include "arena.h"
#include "brief.h"

/* Whether `name` (any case) is UTF-8 or US-ASCII, which need no
 * conversion (US-ASCII bytes are UTF-8; stray 8-bit bytes are left for
 * ingest to repair).  NULL is not. */
int charset_is_utf8(const char *name);

/*
 * The charset to read text labelled `name` in: the superset the label is
 * used for in practice (ISO-8859-1 -> WINDOWS-1252: text so labelled has
 * its curly quotes, dashes and euro signs in 0x80-0x9F, which ISO-8859-1
 * leaves to control codes no text holds; ISO-8859-9 -> WINDOWS-1254,
 * TIS-620 -> WINDOWS-874, GB2312 -> GBK, EUC-KR -> CP949), else `name`.
 * charset_to_utf8 applies it.
 */
const char *charset_superset(const char *name);

/*
 * Converts in[0..len) from the charset `name` (a MIME / IANA name as iconv
 * knows it, read as its charset_superset) to UTF-8 in a NUL-terminated arena copy *out of *out_len
 * bytes.  A sequence invalid in that charset becomes U+FFFD and the
 * conversion goes on after its first byte.  Errors: BRIEF_EINVAL when
 * iconv does not know the name (nothing is allocated), BRIEF_ELIMIT when
 * len > BRIEF_MAX_INPUT_BYTES, BRIEF_ENOMEM.  Cost: linear in len.
 */
brief_status charset_to_utf8(arena *ar, const char *name, const char *in, size_t len,
                             char **out, size_t *out_len);

#endif
