/* Test-only stand-in for Wine 8, which lacks bcryptprimitives.dll (see scripts/windows-check.sh). */
#include <windows.h>
/* Wine 8 lacks bcryptprimitives.dll; Rust's std asks it for random bytes. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);
BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk; len -= chunk;
    }
    return TRUE;
}
