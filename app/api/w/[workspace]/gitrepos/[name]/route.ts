// One GitRepo: GET (the object with its Bundles and per-cluster state), PUT (edit as loaded), DELETE (as loaded);
// the plan is lib/http/owner-routes.ts, shared with the HelmOp.
import { ownerObjectRoutes } from '@/lib/http/owner-routes';
import { GITREPO_ROUTES } from '../_lib/routes';

export const dynamic = 'force-dynamic';

export const { GET, PUT, DELETE } = ownerObjectRoutes(GITREPO_ROUTES);
