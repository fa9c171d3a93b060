/*
 * hash.h - the one hash of the library: 64-bit FNV-1a (Fowler, Noll, Vo),
 * over bytes or folding in whole integers, plus a finalizer for maps keyed
 * on integers.
 *
 * FNV-1a is not a strong hash, but it is short, fast on the short keys
 * brief hashes (words, stems, names) and, what matters most, fixed: the
 * values of sketch band keys and MinHash signatures are output, so they
 * must be the same on every machine and in every version.
 *
 * The functions are inline (C99 `inline`; hash.c holds the one external
 * definition of each), since the tokenizer hashes every word it reads.
 */
#ifndef BRIEF_HASH_H
#define BRIEF_HASH_H

#include <stddef.h>
#include <stdint.h>

/* The standard FNV-1a 64-bit offset basis and prime. */
#define HASH_FNV_BASIS UINT64_C(14695981039346656037)
#define HASH_FNV_PRIME UINT64_C(1099511628211)

/* The basis the sketch band keys were first written with: one digit short
 * of HASH_FNV_BASIS.  Band keys are output, so they keep it. */
#define HASH_BAND_BASIS UINT64_C(1469598103934665603)

/* Folds the bytes p[0..n) into the hash h (start from HASH_FNV_BASIS). */
inline uint64_t hash_fold_bytes(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= HASH_FNV_PRIME;
    }
    return h;
}

/* Folds a whole 32-bit value into h as one FNV-1a step (one xor, one
 * multiply; not byte by byte), the way sketch band keys combine the
 * signature values of a band. */
inline uint64_t hash_fold_u32(uint64_t h, uint32_t v)
{
    return (h ^ v) * HASH_FNV_PRIME;
}

/* FNV-1a of p[0..n) from the standard basis (MinHash stem hashes). */
inline uint64_t hash_bytes(const void *p, size_t n)
{
    return hash_fold_bytes(HASH_FNV_BASIS, p, n);
}

/* 32 bits of a 64-bit hash for a table index: the two halves xor-ed, so
 * that the high bits count too when an index keeps only the low ones. */
inline uint32_t hash_to32(uint64_t h)
{
    return (uint32_t)(h ^ (h >> 32));
}

/* The 64-bit finalizer of MurmurHash3 (fmix64): spreads an integer key
 * over all 64 bits, for open addressing on integer keys whose low bits
 * alone would cluster (word-pair ids). */
inline uint64_t hash_mix64(uint64_t x)
{
    x ^= x >> 33;
    x *= UINT64_C(0xff51afd7ed558ccd);
    x ^= x >> 33;
    x *= UINT64_C(0xc4ceb9fe1a85ec53);
    x ^= x >> 33;
    return x;
}

#endif
