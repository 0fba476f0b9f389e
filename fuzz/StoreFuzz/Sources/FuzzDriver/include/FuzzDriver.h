// libFuzzer's driver, for a binary with a main of its own: SwiftPM names every executable's
// entry point `<module>_main` and links `main` to it, so the fuzz target provides
// `store_fuzz_main`, which hands over to libFuzzer here.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
