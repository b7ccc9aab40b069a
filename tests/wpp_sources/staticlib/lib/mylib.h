/* mylib.h - the static library's one function. */
#ifndef MYLIB_H
#define MYLIB_H
int MyLibChecksum(const unsigned char* data, int length);
#endif
