// "Pinned to <sha7>": a GitRepo (or HelmOp) held at one commit (chart version) instead of following its branch
// (range). The same badge on the detail page, the GitRepo list and the applications view.
export function PinnedBadge({ to, title }: { to: string; title?: string }) {
  const short = /^[0-9a-f]{40,64}$/i.test(to) ? to.slice(0, 7) : to;
  return (
    <span
      className="inline-flex items-center gap-1 whitespace-nowrap rounded-full bg-indigo-100 px-2 py-0.5 text-xs font-medium text-indigo-800 ring-1 ring-inset ring-indigo-600/30 dark:bg-indigo-500/20 dark:text-indigo-200 dark:ring-indigo-400/40"
      title={title ?? `Pinned to ${to}`}
      data-testid="pinned-badge"
    >
      {/* A drawn pin: the emoji is missing from many Linux fonts. */}
      <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3 w-3 fill-current">
        <path d="M10.5 1.5 14.5 5.5 13 6 10.5 8.5 10 12 8.5 13.5 6 11 2.5 14.5 1.5 13.5 5 10 2.5 7.5 4 6 7.5 5.5 10 3z" />
      </svg>
      Pinned to <code className="font-mono">{short}</code>
    </span>
  );
}
