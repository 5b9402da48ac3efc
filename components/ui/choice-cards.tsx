// One choice of a few, as radio cards with a label and a hint each (credentials kind, chart source).
export function ChoiceCards<T extends string>({
  label, name, choices, value, onChoose, className = 'sm:grid-cols-2',
}: {
  /** The group's accessible name. */
  label: string;
  name: string;
  choices: { type: T; label: string; hint: string }[];
  value: T;
  onChoose: (type: T) => void;
  /** Grid columns. */
  className?: string;
}) {
  return (
    <div role="radiogroup" aria-label={label} className={`grid gap-2 ${className}`}>
      {choices.map((c) => (
        <label key={c.type} className={`flex cursor-pointer items-start gap-2 rounded-md border p-2 text-sm ${value === c.type ? 'border-accent bg-accent/5' : 'border-border'}`}>
          <input type="radio" name={name} className="mt-1" checked={value === c.type} onChange={() => onChoose(c.type)} />
          <span>
            <span className="font-medium">{c.label}</span>
            <span className="block text-xs text-muted">{c.hint}</span>
          </span>
        </label>
      ))}
    </div>
  );
}
