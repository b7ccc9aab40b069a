// device_reference_test.cpp - a device object's references live in one place, the object table:
// IoGetAttachedDeviceReference and IoQueueWorkItem take theirs there, so that
// ObDereferenceObject releases exactly what they took and never the creator's reference (which
// retired a live device when they counted in DEVICE_OBJECT.ReferenceCount instead).
#include <gtest/gtest.h>

#include <wdm.h>

namespace {

struct TwoDeviceStack {
    DRIVER_OBJECT driver{};
    PDEVICE_OBJECT lower = nullptr, upper = nullptr;
    TwoDeviceStack() {
        driver.Type = IO_TYPE_DRIVER;
        EXPECT_EQ(IoCreateDevice(&driver, 0, nullptr, FILE_DEVICE_UNKNOWN, 0, FALSE, &lower),
                  STATUS_SUCCESS);
        EXPECT_EQ(IoCreateDevice(&driver, 0, nullptr, FILE_DEVICE_UNKNOWN, 0, FALSE, &upper),
                  STATUS_SUCCESS);
        EXPECT_EQ(IoAttachDeviceToDeviceStack(upper, lower), lower);
    }
};

TEST(DeviceReferences, AttachedDeviceReferenceReleasedByObDereference) {
    TwoDeviceStack s;
    PDEVICE_OBJECT top = IoGetAttachedDeviceReference(s.lower);
    ASSERT_EQ(top, s.upper);
    // Ours goes; the creator's stays, and the device with it.
    EXPECT_EQ(ObDereferenceObject(top), 1);
    EXPECT_EQ(s.upper->Type, IO_TYPE_DEVICE);

    // A reference still held keeps a deleted device until it is released.
    top = IoGetAttachedDeviceReference(s.lower);
    IoDetachDevice(s.lower);
    IoDeleteDevice(s.upper);
    EXPECT_EQ(top->Type, IO_TYPE_DEVICE);
    EXPECT_EQ(ObDereferenceObject(top), 0);
    EXPECT_EQ(top->Type, 0);  // freed with its last reference
    IoDeleteDevice(s.lower);
}

TEST(DeviceReferences, ReferenceTakenByObReferenceIsTheOneIoGetAttachedDeviceReferenceCounts) {
    TwoDeviceStack s;
    EXPECT_EQ(ObReferenceObject(s.upper), 2);  // the creator's and ours
    PDEVICE_OBJECT top = IoGetAttachedDeviceReference(s.lower);
    EXPECT_EQ(ObReferenceObject(top), 4);  // one table: ours, the attached reference, this one
    EXPECT_EQ(ObDereferenceObject(top), 3);
    EXPECT_EQ(ObDereferenceObject(top), 2);
    EXPECT_EQ(ObDereferenceObject(s.upper), 1);
    IoDetachDevice(s.lower);
    IoDeleteDevice(s.upper);
    EXPECT_EQ(s.upper->Type, 0);
    IoDeleteDevice(s.lower);
}

}  // namespace
