/*
 * wdfcollection.h - collections of framework objects (WDFCOLLECTION). A collection holds a
 * reference on each item: an item deleted while in a collection runs its cleanup callback at
 * once but stays valid (its destroy callback and its memory wait) until it leaves the
 * collection. Deleting the collection removes every item.
 */
#ifndef WPPTRACE_WDFCOLLECTION_H
#define WPPTRACE_WDFCOLLECTION_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct WDFCOLLECTION__* WDFCOLLECTION;

NTSTATUS WdfCollectionCreate(PWDF_OBJECT_ATTRIBUTES CollectionAttributes,
                             WDFCOLLECTION* Collection);
ULONG WdfCollectionGetCount(WDFCOLLECTION Collection);
/* Appends Object; STATUS_INSUFFICIENT_RESOURCES if it cannot. */
NTSTATUS WdfCollectionAdd(WDFCOLLECTION Collection, WDFOBJECT Object);
/* Removes Item (not in the collection: reported, as the KMDF verifier does). */
void WdfCollectionRemove(WDFCOLLECTION Collection, WDFOBJECT Item);
/* Removes the item at Index (out of range: reported). */
void WdfCollectionRemoveItem(WDFCOLLECTION Collection, ULONG Index);
/* NULL when Index is out of range or the collection is empty. */
WDFOBJECT WdfCollectionGetItem(WDFCOLLECTION Collection, ULONG Index);
WDFOBJECT WdfCollectionGetFirstItem(WDFCOLLECTION Collection);
WDFOBJECT WdfCollectionGetLastItem(WDFCOLLECTION Collection);

/* (wdfobject.h) An object's reference count: a referenced object deleted by the driver or its
   parent runs its cleanup callback, and is destroyed when the last reference goes. Tag, Line and
   File identify the reference for a tracker; the host ignores them. */
void WdfObjectReferenceActual(WDFOBJECT Handle, PVOID Tag, LONG Line, const CHAR* File);
void WdfObjectDereferenceActual(WDFOBJECT Handle, PVOID Tag, LONG Line, const CHAR* File);
#define WdfObjectReference(Handle) \
    WdfObjectReferenceActual((WDFOBJECT)(Handle), NULL, __LINE__, __FILE__)
#define WdfObjectReferenceWithTag(Handle, Tag) \
    WdfObjectReferenceActual((WDFOBJECT)(Handle), (Tag), __LINE__, __FILE__)
#define WdfObjectDereference(Handle) \
    WdfObjectDereferenceActual((WDFOBJECT)(Handle), NULL, __LINE__, __FILE__)
#define WdfObjectDereferenceWithTag(Handle, Tag) \
    WdfObjectDereferenceActual((WDFOBJECT)(Handle), (Tag), __LINE__, __FILE__)

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_WDFCOLLECTION_H */
