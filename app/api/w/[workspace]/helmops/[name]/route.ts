// One HelmOp: GET (the object, its version story asked → resolved → deployed, its Bundle and per-cluster state), PUT
// (edit as loaded), DELETE (as loaded); the plan is lib/http/owner-routes.ts, shared with the GitRepo.
import { ownerObjectRoutes } from '@/lib/http/owner-routes';
import { HELMOP_ROUTES } from '../_lib/routes';

export const dynamic = 'force-dynamic';

export const { GET, PUT, DELETE } = ownerObjectRoutes(HELMOP_ROUTES);
