// The list contract shared by every list route and page: query parsing (one zod schema, used by the
// route to validate and by the page to build URLs) and the response shape. Sort keys per kind: sort-keys.ts.
// Filtering, sorting and paging happen in one place: the server's watch cache (lib/cache/query.ts).
import { z } from 'zod';
import { paramKeyProblem } from '@/lib/http/params';
import type { Parsed } from '@/lib/parsed';
import { OBJECT_STATES, type ObjectState } from '../object-state';

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_QUERY_TEXT = 200;

export function listQuerySchema<K extends string>(sortKeys: readonly [K, ...K[]], defaultSort: K) {
  return z.object({
    page: z.coerce.number({ error: 'page must be a number' }).int('page must be a whole number').min(1, 'page must be 1 or more').max(1_000_000, 'page is too large').default(1),
    pageSize: z.coerce
      .number({ error: 'pageSize must be a number' })
      .int('pageSize must be a whole number')
      .min(1, 'pageSize must be 1 or more')
      .max(MAX_PAGE_SIZE, `pageSize must be at most ${MAX_PAGE_SIZE}`)
      .default(DEFAULT_PAGE_SIZE),
    sort: z.enum(sortKeys, { error: `sort must be one of: ${sortKeys.join(', ')}` }).default(defaultSort),
    dir: z.enum(['asc', 'desc'], { error: 'dir must be asc or desc' }).default('asc'),
    q: z.string().max(MAX_QUERY_TEXT, `q must be at most ${MAX_QUERY_TEXT} characters`).default(''),
    state: z.enum(OBJECT_STATES, { error: `state must be one of: ${OBJECT_STATES.join(', ')}` }).optional(),
  });
}

export interface ListQuery<K extends string = string> {
  page: number;
  pageSize: number;
  sort: K;
  dir: 'asc' | 'desc';
  q: string;
  state?: ObjectState;
}


/** Validate URL search params; empty values count as absent so forms can submit blanks. */
export function parseListQuery<K extends string>(
  schema: ReturnType<typeof listQuerySchema<K>>,
  params: URLSearchParams,
): Parsed<ListQuery<K>> {
  const known = ['page', 'pageSize', 'sort', 'dir', 'q', 'state'];
  const raw: Record<string, string> = {};
  const keyProblem = paramKeyProblem(params, known);
  if (keyProblem) return { ok: false, error: keyProblem };
  for (const [k, v] of params) if (v !== '') raw[k] = v;
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, value: r.data as ListQuery<K> };
  return { ok: false, error: r.error.issues.map((i) => i.message).join('; ') };
}

/** Query params for a URL, leaving defaults out so shared links stay short. */
export function listQueryToParams<K extends string>(q: Partial<ListQuery<K>>, defaults: { sort: K }): URLSearchParams {
  const p = new URLSearchParams();
  if (q.q) p.set('q', q.q);
  if (q.state) p.set('state', q.state);
  if (q.sort && q.sort !== defaults.sort) p.set('sort', q.sort);
  if (q.dir && q.dir !== 'asc') p.set('dir', q.dir);
  if (q.page && q.page !== 1) p.set('page', String(q.page));
  if (q.pageSize && q.pageSize !== DEFAULT_PAGE_SIZE) p.set('pageSize', String(q.pageSize));
  return p;
}

export function listResponseSchema<T extends z.ZodType>(row: T) {
  return z.object({
    items: z.array(row),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  });
}

export interface ListPage<R> {
  items: R[];
  total: number;
  page: number;
  pageSize: number;
}
