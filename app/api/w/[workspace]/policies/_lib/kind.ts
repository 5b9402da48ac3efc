// The Policy's pieces of the direct-read routes it shares with the Schedule (lib/http/direct-routes.ts).
import { PolicyFormSchema, formToPolicy, type PolicyForm } from '@/lib/fleet/forms/policy-form';
import { PolicySchema, type Policy } from '@/lib/fleet/kinds/policy';
import type { DirectKind } from '@/lib/http/direct-routes';

export const POLICY_KIND: DirectKind<Policy, PolicyForm> = {
  kind: 'Policy',
  words: 'Policies',
  resource: 'policies',
  schema: PolicySchema,
  formSchema: PolicyFormSchema,
  toManifest: formToPolicy,
};
