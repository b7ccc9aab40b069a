/* tracedrv.h - the machine whose state the driver traces by name (%!state!). */
#ifndef TRACEDRV_H
#define TRACEDRV_H

typedef enum _MachineState {
    Offline = 0,
    Online,
    Failover = Online + 3, /* a value that refers to an earlier one */
    Maintenance = 0x10
} MachineState;

#endif /* TRACEDRV_H */
