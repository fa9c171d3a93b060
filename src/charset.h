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
 * Converts in[0..len) from the charset `name` (a MIME / IANA name as iconv
 * knows it) to UTF-8 in a NUL-terminated arena copy *out of *out_len
 * bytes.  A sequence invalid in that charset becomes U+FFFD and the
 * conversion goes on after its first byte.  Errors: BRIEF_EINVAL when
 * iconv does not know the name (nothing is allocated), BRIEF_ELIMIT when
 * len > BRIEF_MAX_INPUT_BYTES, BRIEF_ENOMEM.  Cost: linear in len.
 */
brief_status charset_to_utf8(arena *ar, const char *name, const char *in, size_t len,
                             char **out, size_t *out_len);

#endif
