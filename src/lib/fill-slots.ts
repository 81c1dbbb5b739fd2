/** A text's `{name}` slots filled as given: years and ids stay as written (2022, not 2,022). */
export const fillSlots = (text: string, slots: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in slots ? String(slots[name]) : whole));
