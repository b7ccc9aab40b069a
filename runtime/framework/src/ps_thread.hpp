// ps_thread.hpp - thread handles, for the object manager (Ob*, ZwClose in their own files): the
// handle PsCreateSystemThread returns names a thread object, a dispatcher object that is
// signalled when the thread ends.
//
//   ObReferenceObjectByHandle(handle, ..., *PsThreadType, ...):
//       if (PKTHREAD t = thread_from_handle(handle)) { *Object = t; return STATUS_SUCCESS; }
//   ObDereferenceObject(object):  if (is_thread_object(object)) thread_release(object);
//   ZwClose(handle):               if (thread_handle_close(handle)) return STATUS_SUCCESS;
#pragma once

#include <km/ps.h>

namespace wpptrace::framework {

// The thread object a thread handle names, with a reference the caller gives back with
// thread_release (ke_dispatcher.hpp); nullptr if handle is not an open thread handle.
PKTHREAD thread_from_handle(HANDLE handle);
// Closes a thread handle (its reference); false if handle is not an open thread handle.
bool thread_handle_close(HANDLE handle);
// True for a live thread object (a PKTHREAD or PETHREAD the framework made).
bool is_thread_object(const void* object);

}  // namespace wpptrace::framework
