/* public.h - what applications of the Memo sample use: its control codes. */
#ifndef MEMO_PUBLIC_H
#define MEMO_PUBLIC_H

/* Input: the handle's new note (up to MEMO_NOTE_SIZE bytes). */
#define IOCTL_MEMO_WRITE_NOTE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)
/* Output: the handle's note (STATUS_BUFFER_TOO_SMALL if it does not fit). */
#define IOCTL_MEMO_READ_NOTE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS)
/* Stops the archive queue: writes wait until IOCTL_MEMO_RESUME_ARCHIVE. */
#define IOCTL_MEMO_PAUSE_ARCHIVE \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x802, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_MEMO_RESUME_ARCHIVE \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x803, METHOD_BUFFERED, FILE_ANY_ACCESS)
/* Waits for the device to go away: completed with STATUS_CANCELLED when it does. */
#define IOCTL_MEMO_WAIT_REMOVAL \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x804, METHOD_BUFFERED, FILE_ANY_ACCESS)

#define MEMO_NOTE_SIZE 64
#define MEMO_ARCHIVE_ENTRIES 4

#endif /* MEMO_PUBLIC_H */
