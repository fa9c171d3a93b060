/* hash.c - the external definitions of the inline functions of hash.h
 * (C99: a call the compiler does not inline links to these). */
#include "hash.h"

extern inline uint64_t hash_fold_bytes(uint64_t h, const void *p, size_t n);
extern inline uint64_t hash_fold_u32(uint64_t h, uint32_t v);
extern inline uint64_t hash_bytes(const void *p, size_t n);
extern inline uint32_t hash_to32(uint64_t h);
extern inline uint64_t hash_mix64(uint64_t x);
