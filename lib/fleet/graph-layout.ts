// Positions for the graph's nodes: one column per depth (owner, Bundles, deployments, resources) and rows in the
// order buildGraph emits nodes (depth first), each node starting below its previous sibling's whole subtree and no
// higher than its parent, so a parent sits level with its first child and the drawing reads like a tree turned
// sideways. Pure: the page draws the result.
import type { GraphNodeRow } from './graph-schema';

export interface Placed {
  node: GraphNodeRow;
  col: number;
  row: number;
}

export interface Layout {
  placed: Placed[];
  rows: number;
  cols: number;
  byId: Map<string, Placed>;
}

export function layoutGraph(nodes: readonly GraphNodeRow[], edges: readonly { from: string; to: string }[]): Layout {
  const parent = new Map<string, string>();
  for (const e of edges) if (!parent.has(e.to)) parent.set(e.to, e.from);
  const nextFree: number[] = [];
  const byId = new Map<string, Placed>();
  const placed: Placed[] = [];
  let rows = 0;
  let cols = 0;
  for (const node of nodes) {
    const col = node.depth;
    const p = parent.get(node.id);
    // Below everything already placed in this column and the deeper ones (the previous sibling's subtree).
    let row = p ? (byId.get(p)?.row ?? 0) : 0;
    for (let c = col; c < nextFree.length; c++) row = Math.max(row, nextFree[c] ?? 0);
    nextFree[col] = row + 1;
    const at = { node, col, row };
    placed.push(at);
    byId.set(node.id, at);
    rows = Math.max(rows, row + 1);
    cols = Math.max(cols, col + 1);
  }
  return { placed, rows, cols, byId };
}
