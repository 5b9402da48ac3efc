'use client';
// The create (optionally cloned from another HelmOp) and edit pages around the HelmOp form, on the shared plan of
// components/forms/object-form-pages.tsx.
import { cloneHelmOpForm, emptyHelmOpForm, helmOpToForm } from '@/lib/fleet/forms';
import { HelmOpSchema } from '@/lib/fleet/kinds/helmop';
import { pageUrl } from '@/lib/http/urls';
import { EditObjectPage, NewObjectPage, type FormPagesKind } from '@/components/forms/object-form-pages';
import { fetchHelmOpDetail } from './helmop-api';
import { HelmOpFormView } from './helmop-form';

const HELMOP_PAGES: FormPagesKind<ReturnType<typeof HelmOpSchema.parse>, ReturnType<typeof emptyHelmOpForm>> = {
  kind: 'HelmOp',
  resource: 'helmops',
  listLabel: 'HelmOps',
  listUrl: pageUrl.helmops,
  objectUrl: pageUrl.helmop,
  fetchDetail: fetchHelmOpDetail,
  schema: HelmOpSchema,
  toForm: helmOpToForm,
  cloneForm: cloneHelmOpForm,
  emptyForm: emptyHelmOpForm,
  Form: HelmOpFormView,
};

export function NewHelmOp({ workspace }: { workspace: string }) {
  return <NewObjectPage k={HELMOP_PAGES} workspace={workspace} />;
}

export function EditHelmOp({ workspace, name }: { workspace: string; name: string }) {
  return <EditObjectPage k={HELMOP_PAGES} workspace={workspace} name={name} />;
}
