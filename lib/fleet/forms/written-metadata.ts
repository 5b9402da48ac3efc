// The metadata of an object a form writes (GitRepo, HelmOp): name and namespace, the resourceVersion that guards the
// write (the one given, else the stored object's), and on edit the stored object's labels, annotations, finalizers
// (Fleet's own finalizer must survive a PUT) and ownerReferences, copied so the manifest never aliases the object.
import type { ObjectMeta, WrittenMetadata } from '../kinds/common';

export function writtenMetadata(name: string, namespace: string, existing?: { metadata: ObjectMeta }, resourceVersion?: string): WrittenMetadata {
  const metadata: WrittenMetadata = { name, namespace };
  const rv = resourceVersion ?? existing?.metadata.resourceVersion;
  if (rv) metadata.resourceVersion = rv;
  const m = existing?.metadata;
  if (m?.labels) metadata.labels = { ...m.labels };
  if (m?.annotations) metadata.annotations = { ...m.annotations };
  if (m?.finalizers) metadata.finalizers = [...m.finalizers];
  if (m?.ownerReferences) metadata.ownerReferences = structuredClone(m.ownerReferences);
  return metadata;
}
