import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { GraphView } from '@/components/graph/graph-view';
import { objectName } from '@/components/shell/workspace-page';
import { GRAPH_KINDS, type GraphOwnerKind } from '@/lib/fleet/graph-schema';

type Params = { params: Promise<{ workspace: string; kind: string; name: string }> };

const ownerKind = (k: string): GraphOwnerKind => {
  if (!(GRAPH_KINDS as readonly string[]).includes(k)) notFound();
  return k as GraphOwnerKind;
};

export async function generateMetadata({ params }: Params) {
  const { kind, name } = await params;
  return { title: `Graph of ${kind} ${decodeURIComponent(name)}` };
}

export default async function GraphPage({ params }: Params) {
  const { workspace, kind, name } = await params;
  return (
    <Suspense>
      <GraphView workspace={workspace} kind={ownerKind(kind)} name={objectName(name)} />
    </Suspense>
  );
}
