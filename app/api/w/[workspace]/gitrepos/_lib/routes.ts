// The GitRepo's pieces of the routes it shares with the HelmOp (lib/http/owner-routes.ts).
import { GitRepoFormSchema, type GitRepoForm } from '@/lib/fleet/forms';
import { GitRepoSchema, type GitRepo } from '@/lib/fleet/kinds/gitrepo';
import type { OwnerRoutesKind } from '@/lib/http/owner-routes';
import { createGitRepo, updateGitRepo } from './writes';

export const GITREPO_ROUTES: OwnerRoutesKind<GitRepo, GitRepoForm> = {
  kind: 'GitRepo',
  resource: 'gitrepos',
  owner: 'gitrepo',
  schema: GitRepoSchema,
  formSchema: GitRepoFormSchema,
  create: createGitRepo,
  update: updateGitRepo,
};
