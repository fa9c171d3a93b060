/*
 * jsonget - test helper: reads JSON on stdin and prints the value at a
 * path ("sentences.0.text"; a trailing "#" prints an array's length).
 * Exit 1 when stdin is not JSON or the path does not exist.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

int main(int argc, char **argv)
{
    json_error_t err;
    json_t *root = json_loadf(stdin, 0, &err);
    if (!root) {
        fprintf(stderr, "jsonget: invalid JSON: %s (line %d)\n", err.text, err.line);
        return 1;
    }
    if (argc < 2) return 0; /* validity only */
    char *path = strdup(argv[1]);
    int count = 0;
    size_t len = strlen(path);
    if (len && path[len - 1] == '#') { count = 1; path[len - 1] = '\0'; }
    json_t *cur = root;
    for (char *tok = strtok(path, "."); tok && cur; tok = strtok(NULL, ".")) {
        if (json_is_array(cur)) cur = json_array_get(cur, strtoul(tok, NULL, 10));
        else cur = json_object_get(cur, tok);
    }
    if (!cur) { fprintf(stderr, "jsonget: no %s\n", argv[1]); return 1; }
    if (count) printf("%zu\n", json_is_array(cur) ? json_array_size(cur) : json_object_size(cur));
    else if (json_is_string(cur)) printf("%s\n", json_string_value(cur));
    else if (json_is_null(cur)) printf("null\n");
    else { char *s = json_dumps(cur, JSON_ENCODE_ANY); printf("%s\n", s); free(s); }
    free(path);
    json_decref(root);
    return 0;
}
