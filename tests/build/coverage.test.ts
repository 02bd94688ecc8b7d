/**
 * The coverage charts of the real dist/: on the front page, on the first page of every topic
 * and of every source, the counts (in the chart's text and in its SVG) are the archive's
 * articles per month, and the caption says what an empty month means. Gaps are checked over a
 * build with a gap in it (tests/build/data-fixture.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { monthlyCounts } from '../../src/lib/coverage.ts';
import { publisherViews, topicViews } from '../../src/lib/listings.ts';
import { resolvedArchive } from '../support/archive.ts';
import { readChart } from '../support/coverage.ts';
import { pageDocument, readPage } from '../support/dist.ts';

const archive = await resolvedArchive();
const { topics } = topicViews(archive.entities, archive.articles, archive.events);
const sources = publisherViews(archive.publishers, archive.articles);

/** Every page with a chart, and the articles it counts. */
const charted = [
  { path: '/', dates: archive.articles.map((a) => a.data.published) },
  ...topics
    .filter((view) => view.articles.number === 1)
    .map((view) => ({
      path: view.articles.path,
      dates: [...archive.articles]
        .filter((a) => a.entities.some((e) => e.id === view.entity.id))
        .map((a) => a.data.published),
    })),
  ...sources
    .filter((view) => view.articles.number === 1)
    .map((view) => ({
      path: view.articles.path,
      dates: archive.articles
        .filter((a) => [a.publisher, ...a.wire, ...a.cited].some((p) => p.id === view.publisher.id))
        .map((a) => a.data.published),
    })),
];

describe('the coverage chart', () => {
  it.each(charted)('on $path counts the archive’s articles per month', ({ path, dates }) => {
    const chart = readChart(pageDocument(path));
    const series = monthlyCounts(dates);
    if (series.length === 0) {
      expect(chart).toBeUndefined();
      return;
    }
    expect(chart!.table).toEqual(series);
    expect(chart!.bars).toBe(series.filter((m) => m.count > 0).length);
    expect(chart!.gaps).toBe(series.filter((m) => m.count === 0).length);
    expect(chart!.label).toContain(`Seluruhnya ${dates.length} artikel`);
    expect(chart!.caption).toContain('tidak adanya bukti bukan bukti ketiadaan');
  });

  it('is a few KiB of markup, and no script or style attribute', () => {
    const html = readPage('/');
    const start = html.indexOf('<div class="coverage-chart"');
    const figure = html.slice(start, html.indexOf('</details>', start) + 10);
    expect(figure.length).toBeLessThan(4096);
    expect(figure).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
  });
});
