export const toggle = <T,>(list: readonly T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

/** A fieldset of native checkboxes, one per item. */
export function CheckboxGroup<T extends string | number>({ legend, items, checked, label, onToggle, testId }: {
  legend: string;
  items: T[];
  checked: readonly T[];
  label(item: T): string;
  onToggle(item: T): void;
  testId: string;
}) {
  return (
    <fieldset className="field" data-testid={testId}>
      <legend>{legend}</legend>
      {items.map((item) => (
        <label key={item} className="check">
          <input type="checkbox" checked={checked.includes(item)} onChange={() => onToggle(item)} value={item} />
          {label(item)}
        </label>
      ))}
    </fieldset>
  );
}
