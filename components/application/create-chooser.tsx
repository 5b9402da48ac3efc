'use client';
// One "Create" for both kinds: a dialog (native <dialog>: focus kept inside, Escape closes) offering a GitRepo or a
// HelmOp, each a link to its form, reachable with Tab and Enter.
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { pageUrl } from '@/lib/http/urls';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

const CHOICES = [
  { kind: 'GitRepo', href: pageUrl.gitrepoNew, what: 'Deploy what a Git repository holds (manifests, Helm charts, Kustomize), following a branch.' },
  { kind: 'HelmOp', href: (ws: string) => pageUrl.helmopNew(ws), what: 'Deploy a Helm chart straight from a chart repository, an OCI registry or a chart archive, without Git.' },
] as const;

export function CreateChooser({ workspace }: { workspace: string }) {
  const [open, setOpen] = useState(false);
  const first = useRef<HTMLAnchorElement>(null);
  // showModal() (the Dialog's effect, which runs before this one) focuses the close button; start on the first choice.
  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);
  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)} aria-haspopup="dialog" data-testid="create-application">
        Create
      </Button>
      {open && (
        <Dialog title={`Create an application in ${workspace}`} onClose={() => setOpen(false)} size="sm" testId="create-chooser">
          <ul className="space-y-2">
            {CHOICES.map((c, i) => (
              <li key={c.kind}>
                <Link
                  href={c.href(workspace)}
                  ref={i === 0 ? first : undefined}
                  className="block rounded-lg border border-border p-3 hover:border-accent hover:bg-accent/5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
                  data-testid={`create-${c.kind.toLowerCase()}`}
                >
                  <span className="font-semibold">{c.kind}</span>
                  <span className="mt-0.5 block text-muted">{c.what}</span>
                </Link>
              </li>
            ))}
          </ul>
        </Dialog>
      )}
    </>
  );
}
