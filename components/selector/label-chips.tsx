// Labels as compact key=value chips; long sets collapse behind "+N more" (the title lists them all).
export function LabelChips({ labels, max = 4, testId }: { labels: Record<string, string>; max?: number; testId?: string }) {
  const entries = Object.entries(labels).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <span className="text-xs text-muted">no labels</span>;
  const shown = entries.slice(0, max);
  const rest = entries.length - shown.length;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Labels" data-testid={testId}>
      {shown.map(([k, v]) => (
        <li key={k} className="max-w-[16rem] truncate rounded border border-border bg-surface-2 px-1.5 py-0.5 font-mono text-[0.7rem] leading-4" title={`${k}=${v}`}>
          <span className="text-muted">{k}=</span>
          {v}
        </li>
      ))}
      {rest > 0 && (
        <li className="px-1 text-[0.7rem] leading-5 text-muted" title={entries.slice(max).map(([k, v]) => `${k}=${v}`).join('\n')}>
          +{rest} more
        </li>
      )}
    </ul>
  );
}
