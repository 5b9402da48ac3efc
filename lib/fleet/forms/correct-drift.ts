// Drift correction as the GitRepo and HelmOp forms show it (three checkboxes) and as Fleet's spec holds it
// (spec.correctDrift, CorrectDrift in pkg/apis/fleet.cattle.io/v1alpha1 of Fleet v0.16.0): only the flags that are
// on are written, and nothing at all when every flag is off.
import { z } from 'zod';
import type { CorrectDriftSchema } from '../kinds/common';
import { flag } from './fields';

export const NO_DRIFT_CORRECTION = { enabled: false, force: false, keepFailHistory: false };

export const CorrectDriftFormSchema = z.object({ enabled: flag, force: flag, keepFailHistory: flag }).default(NO_DRIFT_CORRECTION);
export type CorrectDriftForm = z.output<typeof CorrectDriftFormSchema>;

export function correctDriftToSpec({ enabled, force, keepFailHistory }: CorrectDriftForm): z.infer<typeof CorrectDriftSchema> | undefined {
  if (!(enabled || force || keepFailHistory)) return undefined;
  return { ...(enabled && { enabled }), ...(force && { force }), ...(keepFailHistory && { keepFailHistory }) };
}

export function correctDriftFromSpec(s: z.infer<typeof CorrectDriftSchema> | null | undefined): CorrectDriftForm {
  return { enabled: s?.enabled ?? false, force: s?.force ?? false, keepFailHistory: s?.keepFailHistory ?? false };
}
