/**
 * Lighthouse (npm `lighthouse`, its default settings: a mobile device, simulated slow 4G and
 * CPU) over pages of a built site served on 127.0.0.1, driving the tests' Chromium. For each
 * page: the four category scores and every scored audit that did not pass.
 */
import lighthouse from 'lighthouse';
import { serve } from '../../tests/support/server.ts';
import { startChromium } from './chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  name: string;
  path: string;
  /** 0–100 per category. */
  scores: Record<Category, number>;
  /** Scored audits below a full score: category, id, title, score, what Lighthouse shows. */
  failing: { category: Category; id: string; title: string; score: number; display: string }[];
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number };
  /** The elements that moved, with their share of the layout shift, when there was any. */
  shifts: { element: string; score: number }[];
  lighthouseVersion: string;
}

/** An item of the `layout-shifts` audit. */
interface ShiftItem {
  node?: { selector?: string; snippet?: string; nodeLabel?: string };
  score?: number;
}

export async function runLighthouse(
  dist: string,
  pages: readonly { name: string; path: string }[],
): Promise<LighthouseResult[]> {
  const server = await serve({ root: dist });
  const chromium = await startChromium();
  const results: LighthouseResult[] = [];
  try {
    for (const { name, path } of pages) {
      console.log(`lighthouse: ${name} (${path})`);
      const run = await lighthouse(`${server.url}${path}`, {
        port: chromium.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { lhr } = run;
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${lhr.runtimeError.message}`);
      const scores = {} as Record<Category, number>;
      const failing: LighthouseResult['failing'] = [];
      for (const category of CATEGORIES) {
        const found = lhr.categories[category];
        scores[category] = Math.round((found?.score ?? 0) * 100);
        for (const ref of found?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
          failing.push({
            category,
            id: ref.id,
            title: audit.title,
            score: audit.score,
            display: audit.displayValue ?? '',
          });
        }
      }
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      const shiftItems =
        (lhr.audits['layout-shifts']?.details as { items?: ShiftItem[] } | undefined)?.items ?? [];
      results.push({
        name,
        path,
        scores,
        failing,
        metrics: {
          fcpMs: numeric('first-contentful-paint'),
          lcpMs: numeric('largest-contentful-paint'),
          tbtMs: numeric('total-blocking-time'),
          cls: numeric('cumulative-layout-shift'),
        },
        shifts: shiftItems.map((item) => ({
          element: item.node?.selector ?? item.node?.snippet ?? item.node?.nodeLabel ?? 'unknown',
          score: item.score ?? 0,
        })),
        lighthouseVersion: lhr.lighthouseVersion,
      });
    }
  } finally {
    await chromium.close();
    await server.close();
  }
  return results;
}
