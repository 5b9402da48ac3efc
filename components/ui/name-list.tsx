// The names a confirmation acts on (one object or a selection), scrollable when many.
export function NameList({ names }: { names: string[] }) {
  return (
    <ul className="max-h-40 overflow-y-auto rounded-md border border-border bg-surface-2 p-2 font-mono text-xs">
      {names.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}
