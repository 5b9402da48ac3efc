// Creating an object needs one workspace: shown on a "new" page opened under `_all`, with a way to one.
import Link from 'next/link';

export function OneWorkspaceNote({ what, href }: { what: string; href: string }) {
  return (
    <p className="text-sm">
      {what} lives in one workspace.{' '}
      <Link href={href} className="text-accent underline">
        Create one in fleet-default
      </Link>{' '}
      or pick a workspace above.
    </p>
  );
}
