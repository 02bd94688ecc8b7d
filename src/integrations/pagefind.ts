/**
 * Builds the Pagefind search index from the finished site, through Pagefind's Node API, once
 * Astro has written dist/. Any error Pagefind reports, or an index with no pages, fails the
 * build: a site whose search silently finds nothing is broken.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind could not ${step}:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'kliping:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const created = await pagefind.createIndex({});
          if (!created.index || created.errors.length > 0) fail('create an index', created.errors);
          const { index } = created;
          // Only article pages carry indexed text (data-pagefind-body); reading the other pages
          // would cost time and memory for nothing. The build tests check every article is in.
          const added = await index.addDirectory({ path: site, glob: 'artikel/**/*.html' });
          if (added.errors.length > 0) fail(`index ${site}`, added.errors);
          if (added.page_count === 0) fail(`index ${site}`, ['no page has data-pagefind-body']);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) fail('write the index', written.errors);
          logger.info(`indexed ${added.page_count} pages into ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
