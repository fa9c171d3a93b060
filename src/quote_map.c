/* quote_map.c - value slots over strmap for the quotes stage; see quote_map.h. */
#include "quote_map.h"

uint32_t *qmap_get(const strmap *m, const char *s, size_t n)
{
    uint32_t e = strmap_find(m, s, n);
    /* The slot belongs to the map's caller, who may write through it. */
    return e == STRMAP_NONE ? NULL : strmap_value((strmap *)m, e);
}

uint32_t *qmap_put(strmap *m, const char *s, size_t n)
{
    uint32_t e = strmap_put(m, s, n, NULL);
    return e == STRMAP_NONE ? NULL : strmap_value(m, e);
}
