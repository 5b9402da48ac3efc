// What every row of a GitRepo or HelmOp carries (their own lists and the applications list alike).
import { z } from 'zod';
import { ObjectStateSchema } from '../object-state';

export const APP_ROW_FIELDS = {
  namespace: z.string(),
  name: z.string(),
  /** What the badge shows and the state filter matches: lib/fleet/object-state.ts (gitRepoState, helmOpState). */
  state: ObjectStateSchema,
  /** Why it is not Ready, in Fleet's words (the condition or display message behind `state`). */
  message: z.string().optional(),
  readyClusters: z.number().int(),
  desiredReadyClusters: z.number().int(),
};
