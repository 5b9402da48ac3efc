// The fleet-agent Helm values a token was issued with, read from its Secret AS THE PERSON and only
// when that Secret is a registration-values Secret. Anything that stops it is said in words.
import { ClusterRegistrationTokenSchema } from '@/lib/fleet/kinds/clusterregistrationtoken';
import { forIdentity } from '@/lib/k8s/client';
import { workspaceAdmin } from '@/lib/k8s/cluster-admin';
import { K8sError } from '@/lib/k8s/errors';
import { objectParams, type ObjectCtx } from '@/lib/http/path';
import { asPerson, json, jsonError } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: ObjectCtx) {
  return asPerson(req, async ({ identity }) => {
    const t = await objectParams(ctx, 'registration token');
    const tok = ClusterRegistrationTokenSchema.safeParse(await forIdentity(identity).get('clusterregistrationtokens', t.ws, t.name));
    if (!tok.success) return jsonError(502, 'The API server sent a ClusterRegistrationToken this dashboard cannot read.');
    const secretName = tok.data.status?.secretName;
    if (!secretName) {
      return json(
        {
          problem:
            'Waiting for the Fleet controller to issue the token: it writes status.secretName and the values Secret. No Fleet controller is answering on this API server yet, so the values are not available.',
        });
    }
    try {
      const values = await workspaceAdmin(identity).registrationValues(t.ws, secretName);
      if (values === undefined) return json({ secretName, problem: `Secret ${secretName} is not a registration-values Secret, so it is not shown.` });
      return json({ secretName, values });
    } catch (e) {
      if (e instanceof K8sError && e.httpStatus === 403) {
        return json(
          {
            secretName,
            problem: `You (${identity.username}) may not read Secrets in ${t.ws}, and the token values live in Secret ${secretName}. Ask someone who can read it to fetch the values (kubectl -n ${t.ws} get secret ${secretName} -o jsonpath='{.data.values}' | base64 -d), or have them register the cluster.`,
          });
      }
      if (e instanceof K8sError && e.httpStatus === 404) {
        return json({ secretName, problem: `The values Secret ${secretName} does not exist (yet). The Fleet controller creates it when it issues the token.` });
      }
      throw e;
    }
  });
}
