/**
 * The build's targets, each judged at every size measured. Issue 10 sets them at 100,000
 * articles (and the Hugo ratio at 10,000 and 100,000); the smaller sizes show the trend.
 * Issue 6, the earlier benchmark, set its own at 1,000 and 10,000. Pure.
 */
import {
  missing,
  perArticle,
  perPage,
  type SiteSummary,
  sizeOf,
  summariseSize,
  usable,
} from './build-summary.ts';
import { type Cell, code, count, gib, kib, ms, ratio, verdict } from './markdown.ts';
import type { BuildSize } from './results.ts';

export interface Target {
  text: string;
  /** The figure and verdict at a size, or undefined where the target does not apply. */
  cell(count: number): Cell | undefined;
}

/** Issue 10's limits. */
export const MEMORY_LIMIT = 12 * 2 ** 30;
export const LINEAR_TOLERANCE = 1.2;
export const HUGO_RATIO = 2;
/** Issue 6's. */
export const BASELINE_RATIO = 1.5;

const notYet: Cell = { figure: '', verdict: 'not yet run' };

/** A size's results and their summaries, if measured. */
function klipingAt(sizes: readonly BuildSize[], n: number) {
  const size = sizeOf(sizes, n);
  return size ? { size, sites: summariseSize(size) } : undefined;
}

function largestOver(kliping: SiteSummary, key: 'bytes' | 'gzip', limit: number): Cell {
  const dist = kliping.typical?.dist;
  if (!dist) return { figure: 'no pages measured', verdict: 'not measured' };
  const pick = (t: (typeof dist.types)[number]) => (key === 'bytes' ? t.largest : t.largestGzip);
  const worst = dist.types.map(pick).reduce((a, b) => (b[key] > a[key] ? b : a));
  const over = dist.types.reduce((sum, t) => sum + (key === 'bytes' ? t.overRaw : t.overGzip), 0);
  return {
    figure: `${over === 0 ? '' : `${count(over)} pages over; `}largest ${kib(worst[key])} KiB, ${code(worst.path)}`,
    verdict: verdict(worst[key] <= limit),
  };
}

/** A target judged only at the sizes given. */
const onlyAt = (target: Target, counts: readonly number[]): Target => ({
  text: target.text,
  cell: (n) => (counts.includes(n) ? target.cell(n) : undefined),
});

/** Issue 6 judged its targets at these sizes. */
export const ISSUE_6_COUNTS = [1000, 10000];

/**
 * The targets of issue 10 and issue 6 over the results, for the report's columns `counts`
 * (ascending): linearity compares each size with the column before it.
 */
export function buildTargets(
  sizes: readonly BuildSize[],
  counts: readonly number[],
): { issue10: Target[]; issue6: Target[] } {
  const at = (n: number) => klipingAt(sizes, n);
  const before = (n: number) => counts[counts.indexOf(n) - 1];

  const completes: Target = {
    text: 'The build completes (`npm run build`)',
    cell: (n) => {
      const k = at(n)?.sites.kliping;
      if (!k) return notYet;
      const good = k.runs.filter((run) => run.ok).length;
      return { figure: `${good} of ${k.runs.length} runs`, verdict: verdict(good === k.runs.length) };
    },
  };
  const memory: Target = {
    text: `Peak memory of the whole process tree ≤ ${gib(MEMORY_LIMIT, 0)} GiB (the highest run)`,
    cell: (n) => {
      const k = at(n)?.sites.kliping;
      if (!k) return notYet;
      return {
        figure: `${gib(k.worstPeakTreeBytes)} GiB`,
        verdict: verdict(k.worstPeakTreeBytes <= MEMORY_LIMIT),
      };
    },
  };
  const linear = (time: 'wallMs' | 'cpuMs', label: string): Target => ({
    text: `Linear: ${label} per article ≤ ${LINEAR_TOLERANCE}× that at the size before`,
    cell: (n) => {
      const m = before(n);
      if (m === undefined) return undefined;
      const here = at(n);
      const there = at(m);
      if (!here) return notYet;
      if (!there) return { figure: `${count(m)} not yet run`, verdict: 'not yet run' };
      const k = here.sites.kliping;
      const b = there.sites.kliping;
      if (!usable(k) || !usable(b)) return { figure: 'a build failed', verdict: 'not measured' };
      const growth = perArticle(k, n, time) / perArticle(b, m, time);
      return {
        figure: `${ms(perArticle(b, m, time), 2)} → ${ms(perArticle(k, n, time), 2)} ms (${ratio(growth)}×)`,
        verdict: verdict(growth <= LINEAR_TOLERANCE),
      };
    },
  });
  const pageLimit = (key: 'bytes' | 'gzip', limit: number, label: string): Target => ({
    text: `No HTML page over ${kib(limit, 0)} KiB ${label}`,
    cell: (n) => {
      const k = at(n)?.sites.kliping;
      if (!k) return notYet;
      return usable(k) ? largestOver(k, key, limit) : { figure: 'the build failed', verdict: 'missed' };
    },
  });
  const againstHugo: Target = {
    text: `≤ ${HUGO_RATIO}× Hugo + Pagefind's wall time per page`,
    cell: (n) => {
      const here = at(n);
      if (!here) return notYet;
      const { kliping: k, hugo: h } = here.sites;
      if (!usable(k)) return { figure: 'the build failed', verdict: 'missed' };
      if (!usable(h)) return { figure: `Hugo + Pagefind ${missing(h)}`, verdict: 'not measured' };
      const r = perPage(k) / perPage(h);
      return {
        figure: `${ratio(r)}× (${ms(perPage(k), 2)} vs ${ms(perPage(h), 2)} ms per page)`,
        verdict: verdict(r <= HUGO_RATIO),
      };
    },
  };
  const againstBaseline = (kind: 'time' | 'memory'): Target => ({
    text:
      kind === 'time'
        ? `≤ ${BASELINE_RATIO}× the baseline's wall time per article`
        : "Peak memory of the whole tree ≤ the baseline's",
    cell: (n) => {
      const here = at(n);
      if (!here) return notYet;
      const { kliping: k, baseline: b } = here.sites;
      if (!usable(k)) return { figure: 'the build failed', verdict: 'missed' };
      if (!usable(b)) return { figure: `the baseline ${missing(b)}`, verdict: 'not measured' };
      if (kind === 'memory') {
        return {
          figure: `${gib(k.peakTreeBytes)} vs ${gib(b.peakTreeBytes)} GiB`,
          verdict: verdict(k.peakTreeBytes <= b.peakTreeBytes),
        };
      }
      const r = perArticle(k, n) / perArticle(b, n);
      return { figure: `${ratio(r)}×`, verdict: verdict(r <= BASELINE_RATIO) };
    },
  });
  return {
    issue10: [
      completes,
      memory,
      linear('wallMs', 'wall time'),
      linear('cpuMs', 'CPU time'),
      pageLimit('bytes', 150 * 1024, 'raw'),
      pageLimit('gzip', 30 * 1024, 'gzipped'),
      againstHugo,
    ],
    issue6: [againstBaseline('time'), againstBaseline('memory'), linear('wallMs', 'wall time')].map(
      (target) => onlyAt(target, ISSUE_6_COUNTS),
    ),
  };
}
