/**
 * Where a build's time goes, read from its output: Astro's phases from the times its log
 * lines came, and its rendering time per page type from the time it logs for each page
 * ("├─ /linimasa/index.html (+412ms)"). Pure: lines in, figures out.
 */
import { type Classify, pagePath } from './pages.ts';

/** A line of a command's output (stdout or stderr, colour codes removed) and when it came. */
export interface OutputLine {
  /** ms from the start. */
  ms: number;
  text: string;
}

export interface Phase {
  name: string;
  ms: number;
}

/** A named moment: the end of the phase of that name, in ms from the start. */
export type Mark = [name: string, ms: number | undefined];

/** The first line matching `pattern` at or after `from` ms: its time, or undefined. */
export function when(lines: readonly OutputLine[], pattern: RegExp, from = 0): number | undefined {
  return lines.find((line) => line.ms >= from && pattern.test(line.text))?.ms;
}

/** Astro's build up to "Complete!", as marks: each phase ends where the next begins. */
export function astroMarks(lines: readonly OutputLine[]): Mark[] {
  const syncing = when(lines, /\[content\] Syncing content/);
  const synced = when(lines, /\[content\] Synced content/, syncing);
  const bundling = when(lines, /Building static entrypoints/, synced);
  const generating = when(lines, /generating static routes/, bundling);
  const rendered = when(lines, /✓ Completed in/, generating);
  const complete = when(lines, /\[build\] Complete!/, rendered);
  return [
    ['start-up, config', syncing],
    ['content sync (loaders, schema, data store)', synced],
    ['types, build info', bundling],
    ['bundling (Vite)', generating],
    ['rendering pages', rendered],
    ['after the pages (sitemap, integrations)', complete],
  ];
}

/** Phases from marks in order; a mark not found is left out (its time goes to the next phase). */
export function phasesOf(marks: readonly Mark[]): Phase[] {
  const phases: Phase[] = [];
  let previous = 0;
  for (const [name, at] of marks) {
    if (at === undefined || at < previous) continue;
    phases.push({ name, ms: at - previous });
    previous = at;
  }
  return phases;
}

export interface RenderTime {
  type: string;
  pages: number;
  ms: number;
}

const PAGE_LINE = /[├└]─ (\/\S+) \(\+([\d.]+)(ms|s)\)/;

/** Astro's rendering time per page type, summed from its per-page log lines; the most time first. */
export function renderTimes(lines: readonly OutputLine[], classify: Classify): RenderTime[] {
  const byType = new Map<string, RenderTime>();
  for (const line of lines) {
    const match = PAGE_LINE.exec(line.text);
    if (!match) continue;
    const [, file, amount, unit] = match;
    // Astro logs "/naskah/x.txt/" for an endpoint's file: the path is the file's.
    const type = classify(pagePath(file!.replace(/(\.\w+)\/$/, '$1')));
    const entry = byType.get(type) ?? { type, pages: 0, ms: 0 };
    entry.pages += 1;
    entry.ms += Number(amount) * (unit === 's' ? 1000 : 1);
    byType.set(type, entry);
  }
  return [...byType.values()].sort((a, b) => b.ms - a.ms);
}
