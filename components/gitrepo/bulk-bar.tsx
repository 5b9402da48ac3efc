'use client';
// Actions on the selected GitRepos (components/list/object-bulk-bar.tsx), with a download of the selection as one
// multi-document YAML file.
import { ObjectBulkBar, type BulkOp } from '@/components/list/object-bulk-bar';
import type { ObjectRef } from '@/components/list/use-object-ops';
import { fetchGitRepoDetail, objectYaml } from './gitrepo-api';
import { DeleteGitRepoDialog, ForceUpdateDialog } from './gitrepo-dialogs';
import { OP_WORDS, useGitRepoOps } from './use-gitrepo-actions';

const DOWNLOAD = {
  yamlOf: async (r: ObjectRef) => objectYaml((await fetchGitRepoDetail(r.namespace, r.name)).object),
  fileName: (n: number) => `gitrepos-${n}.yaml`,
};
const doneTitle = (op: BulkOp) => OP_WORDS[op].done;

export function BulkBar(props: {
  selected: ReadonlySet<string>;
  loaded: ReadonlyMap<string, Pick<ObjectRef, 'uid' | 'generation'>>;
  showNamespace: boolean;
  onClear: () => void;
  onDeselect: (keys: string[]) => void;
}) {
  const run = useGitRepoOps();
  return <ObjectBulkBar {...props} run={run} doneTitle={doneTitle} ForceUpdateDialog={ForceUpdateDialog} DeleteDialog={DeleteGitRepoDialog} download={DOWNLOAD} />;
}
