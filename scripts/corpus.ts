/**
 * Writes a synthetic archive for benchmarks: a complete content folder of N articles of
 * Indonesian news text, with the real articles of content/ among them, so that the build and
 * search can be measured at 1,000, 10,000 or 100,000 articles. Run it with the project's
 * Node (24), which runs TypeScript directly:
 *
 *   npm run corpus -- --count 10000 [--seed 1] [--out DIR]
 *
 * then build it with `KLIPING_CONTENT=corpus/10000-1/ astro build`. The generator is in
 * scripts/corpus/ (the world it writes about is data, in scripts/corpus/data/); this file is
 * its command line. The same --count and --seed give the same bytes.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CorpusError, writeCorpus } from './corpus/files.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

const USAGE = `Usage: node scripts/corpus.ts --count N [--seed S] [--out DIR]

Writes a synthetic content folder of N articles (the real articles of content/ included):
captures/, articles/, publishers.yaml, entities.yaml, events.yaml. The same N and S give
the same bytes.

Options:
  --count N     the number of articles, at least the number of real articles
  --seed S      an integer from 0 to 4294967295 (default: 1)
  --out DIR     the folder to write, new or empty (default: corpus/<N>-<S>/ in the project)
  -h, --help    show this help`;

/** Long runs say how far they are, every this many articles. */
const PROGRESS_EVERY = 10_000;

/** An integer option within bounds, or an error that names it. */
function integerOption(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new CorpusError(`--${name}: ${JSON.stringify(value)} is not an integer from ${min} to ${max}`);
  }
  return n;
}

const thousands = (n: number) => n.toLocaleString('en');

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      count: { type: 'string' },
      seed: { type: 'string', default: '1' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values.count === undefined) throw new CorpusError('--count is required (see --help)');
  const count = integerOption('count', values.count, 1, 10_000_000);
  const seed = integerOption('seed', values.seed, 0, 0xffff_ffff);
  const out = values.out ?? `${ROOT}corpus/${count}-${seed}`;
  const shown = values.out ?? (relative(process.cwd(), out) || '.');
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  const summary = writeCorpus({
    out,
    count,
    seed,
    progress:
      count >= PROGRESS_EVERY
        ? {
            every: PROGRESS_EVERY,
            report: (n) =>
              console.error(`corpus: ${thousands(n)} of ${thousands(count)} articles, ${seconds()} s`),
          }
        : undefined,
  });
  console.log(
    `corpus: ${thousands(summary.articles)} articles, ${thousands(summary.events)} events, ${thousands(summary.files)} files, ${(summary.bytes / 1e6).toFixed(1)} MB in ${seconds()} s (seed ${seed}) → ${shown}`,
  );
}

if (import.meta.main) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof CorpusError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')))
      throw error;
    console.error(`corpus: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
