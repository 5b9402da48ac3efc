// The HelmOp's pieces of the routes it shares with the GitRepo (lib/http/owner-routes.ts): its GET answer adds the
// version story (asked → resolved by Fleet → deployed).
import { HelmOpFormSchema, type HelmOpForm } from '@/lib/fleet/forms';
import { HelmOpSchema, type HelmOp } from '@/lib/fleet/kinds/helmop';
import { helmOpVersionInfo } from '@/lib/fleet/rows/helmop-detail';
import type { OwnerRoutesKind } from '@/lib/http/owner-routes';
import { createHelmOp, updateHelmOp } from './writes';

export const HELMOP_ROUTES: OwnerRoutesKind<HelmOp, HelmOpForm> = {
  kind: 'HelmOp',
  resource: 'helmops',
  owner: 'helmop',
  schema: HelmOpSchema,
  formSchema: HelmOpFormSchema,
  create: createHelmOp,
  update: updateHelmOp,
  detail: (h) => ({ version: helmOpVersionInfo(h) }),
};
