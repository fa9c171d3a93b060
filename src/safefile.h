/*
 * safefile.h - the one way brief creates the files it publishes: a
 * temporary beside the target, created exclusively and never through a
 * symbolic link, written, synced, renamed over the target, and its folder
 * synced; temporaries are tracked so that a signal handler can remove
 * them (brief_remove_temporaries), and those an earlier, killed run left
 * are recognised by name and age and removed.
 */
#ifndef BRIEF_SAFEFILE_H
#define BRIEF_SAFEFILE_H

#include <stddef.h>
#include <time.h>

/* Temporaries older than this are an earlier run's, not a concurrent
 * one's: a run writes its files within seconds. */
#define SAFEFILE_STALE_SECONDS 3600

typedef struct safefile_tracked safefile_tracked;

/*
 * Creates "<path>.tmpXXXXXX" (six random letters and digits) with
 * O_CREAT|O_EXCL|O_NOFOLLOW, mode 0666 less the umask, tracked for
 * brief_remove_temporaries.  Returns the open descriptor and sets *tmp
 * (malloc'd) and *track; -1 with errno set on failure.
 */
int safefile_create(const char *path, char **tmp, safefile_tracked **track);

/*
 * Creates name in the folder dirfd, exclusively and never through a link
 * (O_CREAT|O_EXCL|O_NOFOLLOW, mode 0666 less the umask), and tracks path
 * (the same file, as brief_remove_temporaries reaches it).  Returns the
 * open descriptor and sets *track; -1 with errno set on failure.
 */
int safefile_create_at(int dirfd, const char *name, const char *path,
                       safefile_tracked **track);

/* Makes the folder name in dirfd (mode 0777 less the umask) and tracks
 * path: brief_remove_temporaries removes it after the files tracked since,
 * if it is then empty.  0, or -1 with errno set (EEXIST: it exists). */
int safefile_mkdir_at(int dirfd, const char *name, const char *path,
                      safefile_tracked **track);

/* Six random letters and digits and a NUL: names no other run picks. */
void safefile_random_suffix(char out[7]);

/* Writes all of bytes[0..len) to fd; 0, or -1 with errno set. */
int safefile_write_all(int fd, const char *bytes, size_t len);

/* fsync, where the file system can (EINVAL: it cannot; not an error). */
int safefile_sync_fd(int fd);
int safefile_sync_dir(const char *dir);

/* Stops tracking (the temporary was renamed or removed); NULL is ignored. */
void safefile_untrack(safefile_tracked *t);

/* 1 when name ends in ".tmp" and 1..16 letters or digits: a temporary of
 * brief (this version's six random ones, or an older one's process id). */
int safefile_is_temp_name(const char *name);

/* Removes from dir the regular files named like temporaries, owned by this
 * user and last modified more than max_age seconds before now. */
void safefile_remove_stale(const char *dir, time_t now, time_t max_age);

/* The folder part of path ("." when none), malloc'd; NULL when out of
 * memory. */
char *safefile_dir_of(const char *path);

#endif
