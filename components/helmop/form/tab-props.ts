// What every tab of the HelmOp form gets: the form, a patcher (with the error keys the change clears) and its errors.
import type { HelmOpForm } from '@/lib/fleet/forms';

export type HelmOpTabProps = {
  form: HelmOpForm;
  update: (patch: Partial<HelmOpForm>, keys?: string[]) => void;
  e: (k: string) => string | undefined;
};
