/**
 * The reader's place in a report as a character offset, read from and written to its scrolling box.
 * Each line of the text is an element with `data-start`, the offset of its first character.
 */

const lineOf = (node: Node | null): HTMLElement | null => (node instanceof HTMLElement ? node : node?.parentElement ?? null)?.closest<HTMLElement>('[data-start]') ?? null;

/** The offset of the character at the top left of the box's visible text. */
export function offsetAtTop(box: HTMLElement): number {
  const bounds = box.getBoundingClientRect();
  const style = getComputedStyle(box);
  const x = bounds.left + parseFloat(style.paddingLeft) + 2;
  const y = bounds.top + parseFloat(style.paddingTop) + 2;
  const range = document.caretRangeFromPoint?.(x, y);
  const line = range && box.contains(range.startContainer) ? lineOf(range.startContainer) : null;
  if (range && line) return Number(line.dataset.start) + charsBefore(line, range.startContainer, range.startOffset);
  // Between lines, or a browser without caretRangeFromPoint: the first line reaching below the top.
  const lines = [...box.querySelectorAll<HTMLElement>('[data-start]')];
  return Number((lines.find((l) => l.getBoundingClientRect().bottom > y) ?? lines[0])?.dataset.start ?? 0);
}

function charsBefore(line: HTMLElement, container: Node, offset: number): number {
  const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node === container) return count + offset;
    count += node.textContent!.length;
  }
  return count;
}

/** Scrolls the box so that the character at `offset` is at its top; returns the scrollTop set. */
export function scrollToOffset(box: HTMLElement, offset: number): number {
  const lines = [...box.querySelectorAll<HTMLElement>('[data-start]')];
  const line = lines.findLast((l) => Number(l.dataset.start) <= offset);
  if (!line) return (box.scrollTop = 0);
  const top = topOf(line, offset - Number(line.dataset.start)) - box.getBoundingClientRect().top - parseFloat(getComputedStyle(box).paddingTop);
  box.scrollTop += top;
  return box.scrollTop;
}

/** The viewport top of the character `within` characters into the line. */
function topOf(line: HTMLElement, within: number): number {
  const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  let left = within;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent!.length;
    if (left < length) {
      const range = document.createRange();
      range.setStart(node, left);
      range.setEnd(node, left + 1);
      return range.getBoundingClientRect().top;
    }
    left -= length;
  }
  return line.getBoundingClientRect().top;
}
