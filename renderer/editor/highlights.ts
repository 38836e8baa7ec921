/**
 * Paint ranges with the CSS Custom Highlight API: the text is marked without touching the DOM
 * Lexical owns or the document model. Unsupported browsers simply show no paint.
 */
type HighlightCtor = new (...ranges: AbstractRange[]) => { add(r: AbstractRange): void; clear(): void; priority?: number };

interface HighlightRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): void;
}

function registry(): HighlightRegistry | null {
  const css = (globalThis as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  return css?.highlights ?? null;
}

export function highlightsSupported(): boolean {
  return registry() !== null && typeof (globalThis as unknown as { Highlight?: unknown }).Highlight === 'function';
}

export function paint(name: string, ranges: Range[], priority = 0): void {
  const reg = registry();
  if (!reg || !highlightsSupported()) return;
  if (ranges.length === 0) {
    reg.delete(name);
    return;
  }
  const H = (globalThis as unknown as { Highlight: HighlightCtor }).Highlight;
  const h = new H(...ranges);
  h.priority = priority;
  reg.set(name, h);
}

export function clearPaint(name: string): void {
  registry()?.delete(name);
}
