'use client';
// Form state checked by the same zod schema the API route uses: errors of a field show once it was changed or the
// form was submitted; the server's field errors (422) show until their field changes; a failure keeps what was typed.
import { useMemo, useState } from 'react';
import type { z } from 'zod';
import { ApiFetchError } from '@/lib/http/api-fetch';
import { firstPerField, zodFieldErrors } from '@/lib/http/field-errors';

const under = (k: string, keys: string[]) => keys.some((p) => k === p || k.startsWith(`${p}.`));

export function useZodForm<S extends z.ZodType<object>>(schema: S, initial: z.output<S>) {
  type F = z.output<S>;
  const [form, setForm] = useState<F>(initial);
  const [touched, setTouched] = useState<string[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ text: string; status: number }>();
  const [busy, setBusy] = useState(false);
  const parsed = useMemo(() => schema.safeParse(form), [schema, form]);
  const clientErrors = useMemo(() => (parsed.success ? {} : firstPerField(zodFieldErrors(parsed.error))), [parsed]);

  const e = (k: string): string | undefined => serverErrors[k] ?? (submitted || under(k, touched) ? clientErrors[k] : undefined);

  const update = (patch: Partial<F>, keys: string[] = Object.keys(patch)) => {
    setForm((f) => ({ ...f, ...patch }));
    setTouched((t) => [...new Set([...t, ...keys])]);
    setServerErrors((s) => Object.fromEntries(Object.entries(s).filter(([k]) => !under(k, keys))));
  };

  /** Runs `save` with the parsed form if it is valid; a failure's message and field errors are kept for the page. */
  const submit = async (save: (f: F) => Promise<void>) => {
    setSubmitted(true);
    setMessage(undefined);
    if (!parsed.success) return;
    setBusy(true);
    try {
      await save(parsed.data);
    } catch (err) {
      if (err instanceof ApiFetchError) {
        setMessage({ text: err.message, status: err.status });
        setServerErrors(firstPerField(err.fieldErrors ?? []));
      } else setMessage({ text: String(err), status: 0 });
    } finally {
      setBusy(false);
    }
  };

  const errorCount = submitted ? Object.keys({ ...clientErrors, ...serverErrors }).length : Object.keys(serverErrors).length;
  return { form, update, e, submit, busy, message, valid: parsed.success, errorCount };
}
