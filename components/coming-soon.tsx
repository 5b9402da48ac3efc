// Placeholder for sections not built yet, inside the normal layout so navigation still works.
export function ComingSoon({ title, workspace, what }: { title: string; workspace: string; what: string }) {
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <h1 id="page-title" className="text-xl font-semibold">
        {title}
      </h1>
      <div className="rounded-lg border border-dashed border-border bg-surface p-8 text-center">
        <p className="font-medium">Coming soon</p>
        <p className="mt-1 text-sm text-muted">
          {what} for workspace <span className="font-mono">{workspace}</span> will appear here.
        </p>
      </div>
    </section>
  );
}
