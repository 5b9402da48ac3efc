'use client';
// Pin a GitRepo to a commit (roll back to a known-good one): choose among the commits Fleet reported or type a full
// SHA (checked by the same schema as the server, the error beside the input), then confirm. And its undo, Unpin.
// Fleet keeps no history of earlier commits: an older one must be typed (lib/fleet/pin.ts says why).
import { useId, useState } from 'react';
import type { GitRepo } from '@/lib/fleet/kinds/gitrepo';
import { commitChoices, PinShaSchema, UNPIN_BRANCH_ANNOTATION } from '@/lib/fleet/pin';
import { ApiFetchError } from '@/lib/http/api-fetch';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { Field, inputClass } from '@/components/ui/field';

const OTHER = 'other';

/** The branch a pin replaces / an unpin returns to, in words. */
export function branchWords(branch: string | undefined): string {
  return branch ? `branch ${branch}` : "Fleet's default branch (master)";
}

export function PinDialog({ g, onPin, onClose }: { g: GitRepo; onPin: (sha: string) => Promise<string>; onClose: () => void }) {
  const choices = commitChoices(g);
  const [choice, setChoice] = useState<string>(choices[0]?.sha ?? OTHER);
  const [typed, setTyped] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const groupId = useId();
  const name = g.metadata.name;
  const branch = g.spec.branch ?? g.metadata.annotations?.[UNPIN_BRANCH_ANNOTATION];

  const review = () => {
    if (choice !== OTHER) return setConfirming(choice);
    const r = PinShaSchema.safeParse(typed);
    if (!r.success) return setFieldError(r.error.issues[0]?.message);
    setFieldError(undefined);
    setConfirming(r.data);
  };
  const pin = async (sha: string) => {
    setBusy(true);
    setError('');
    try {
      await onPin(sha);
      onClose();
    } catch (e) {
      const fe = e instanceof ApiFetchError ? e.fieldErrors?.find((f) => f.field === 'sha') : undefined;
      if (fe) {
        setChoice(OTHER);
        setTyped(sha);
        setFieldError(fe.message);
        setConfirming(undefined);
      } else setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={confirming ? `Pin ${name} to ${confirming.slice(0, 7)}?` : `Pin ${name} to a commit`}
      onClose={onClose}
      testId="pin-dialog"
      footer={
        confirming ? (
          <>
            <Button onClick={() => setConfirming(undefined)}>Back</Button>
            <Button variant="primary" busy={busy} onClick={() => void pin(confirming)} data-testid="pin-confirm">
              Pin to {confirming.slice(0, 7)}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={onClose}>Cancel</Button>
            <Button variant="primary" onClick={review} data-testid="pin-review">
              Review
            </Button>
          </>
        )
      }
    >
      {confirming ? (
        <div className="space-y-3" data-testid="pin-confirmation">
          <p>
            Fleet will deploy commit <code className="break-all font-mono">{confirming}</code> to every cluster {name} targets, and stop following {branchWords(branch)}:
            new commits there are not rolled out while it is pinned.
          </p>
          <p className="text-muted">Unpin returns it to {branchWords(branch)} and its newest commit.</p>
        </div>
      ) : (
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            review();
          }}
        >
          <fieldset className="space-y-2" aria-describedby={`${groupId}-hint`}>
            <legend className="font-medium">Commit</legend>
            <p id={`${groupId}-hint`} className="text-muted">
              {choices.length ? 'Commits Fleet reported for this GitRepo, or another one by its full SHA.' : 'Fleet has not reported a commit yet: type the full SHA.'} Fleet keeps no
              history of earlier commits; to roll back further, copy the SHA from your Git history.
            </p>
            {choices.map((c) => (
              <label key={c.sha} className="flex items-start gap-2 rounded-md border border-border p-2 has-[:checked]:border-accent has-[:checked]:bg-accent/5">
                <input type="radio" name={groupId} value={c.sha} checked={choice === c.sha} onChange={() => setChoice(c.sha)} className="mt-1" data-testid="pin-choice" />
                <span className="min-w-0">
                  <code className="break-all font-mono text-xs">{c.sha}</code>
                  <span className="block text-xs text-muted">{c.label}</span>
                </span>
              </label>
            ))}
            <label className="flex items-start gap-2 rounded-md border border-border p-2 has-[:checked]:border-accent has-[:checked]:bg-accent/5">
              <input type="radio" name={groupId} value={OTHER} checked={choice === OTHER} onChange={() => setChoice(OTHER)} className="mt-1" data-testid="pin-choice-other" />
              <span>Another commit</span>
            </label>
          </fieldset>
          {choice === OTHER && (
            <Field label="Full commit SHA" error={fieldError} hint="40 hexadecimal digits (64 in SHA-256 repositories)." testId="pin-sha-field">
              <input
                className={`${inputClass} font-mono`}
                value={typed}
                autoFocus
                autoComplete="off"
                spellCheck={false}
                onChange={(e) => {
                  setTyped(e.target.value);
                  setFieldError(undefined);
                }}
                data-testid="pin-sha"
              />
            </Field>
          )}
        </form>
      )}
      {error && (
        <p role="alert" className="mt-3 rounded-md border border-danger/40 bg-danger/10 p-2 text-sm" data-testid="pin-error">
          {error}
        </p>
      )}
    </Dialog>
  );
}

export function UnpinDialog({ g, onUnpin, onClose }: { g: GitRepo; onUnpin: () => Promise<unknown>; onClose: () => void }) {
  const branch = g.metadata.annotations?.[UNPIN_BRANCH_ANNOTATION] || undefined;
  return (
    <ConfirmDialog
      title={`Unpin ${g.metadata.name}?`}
      confirmLabel="Unpin"
      variant="primary"
      onConfirm={async () => {
        await onUnpin();
      }}
      onClose={onClose}
      testId="unpin-dialog"
    >
      <p>
        It is pinned to commit <code className="break-all font-mono">{g.spec.revision}</code>. Unpinned, it follows {branchWords(branch)} again and Fleet deploys that
        branch&rsquo;s newest commit.
      </p>
    </ConfirmDialog>
  );
}
