/** A select over a fixed list of values, each shown by `text`. */
export function Choice<T extends string>({ label, value, options, text, onChange }: { label: string; value: T; options: readonly T[]; text(option: T): string; onChange(option: T): void }) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value as T)}>
      {options.map((option) => (
        <option key={option} value={option}>
          {text(option)}
        </option>
      ))}
    </select>
  );
}
