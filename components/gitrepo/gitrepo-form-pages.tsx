'use client';
// The create (optionally cloned from another GitRepo) and edit pages around GitRepoForm, on the shared plan of
// components/forms/object-form-pages.tsx.
import { cloneForm, emptyGitRepoForm, gitRepoToForm } from '@/lib/fleet/forms';
import { GitRepoSchema } from '@/lib/fleet/kinds/gitrepo';
import { pageUrl } from '@/lib/http/urls';
import { EditObjectPage, NewObjectPage, type FormPagesKind } from '@/components/forms/object-form-pages';
import { fetchGitRepoDetail } from './gitrepo-api';
import { GitRepoForm } from './gitrepo-form';

const GITREPO_PAGES: FormPagesKind<ReturnType<typeof GitRepoSchema.parse>, ReturnType<typeof emptyGitRepoForm>> = {
  kind: 'GitRepo',
  resource: 'gitrepos',
  listLabel: 'Git Repos',
  listUrl: pageUrl.gitrepos,
  objectUrl: pageUrl.gitrepo,
  fetchDetail: fetchGitRepoDetail,
  schema: GitRepoSchema,
  toForm: gitRepoToForm,
  cloneForm,
  emptyForm: emptyGitRepoForm,
  Form: GitRepoForm,
};

export function NewGitRepo({ workspace }: { workspace: string }) {
  return <NewObjectPage k={GITREPO_PAGES} workspace={workspace} />;
}

export function EditGitRepo({ workspace, name }: { workspace: string; name: string }) {
  return <EditObjectPage k={GITREPO_PAGES} workspace={workspace} name={name} />;
}
