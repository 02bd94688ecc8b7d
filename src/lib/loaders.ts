/**
 * The article loader. Articles are MDX files, but the archive never compiles or runs them:
 * the body is captured text, checked here and rendered by the pages as escaped text. So each
 * file is read as text (frontmatter + body) and no MDX module is generated at all, which also
 * spares the build from bundling one module per article. Anything wrong stops the build here,
 * naming the file.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { checkBody } from './body.ts';
import { splitFrontmatter } from './frontmatter.ts';

export function articleLoader(base: string): Loader {
  return {
    name: 'kliping-articles',
    load: async ({ store, parseData, generateDigest, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const load = async () => {
        const files = (await readdir(base, { recursive: true }))
          .filter((file) => file.endsWith('.mdx'))
          .sort();
        const problems: string[] = [];
        const entries = [];
        for (const file of files) {
          const path = join(base, file);
          // The data store wants the path from the project root; messages name the file from the
          // root when it is inside the project (content/articles/x.mdx), in full otherwise.
          const filePath = relative(root, path);
          const shown = path.startsWith(root) ? filePath : path;
          const source = await readFile(path, 'utf8');
          const split = splitFrontmatter(source);
          if (!split.ok) {
            problems.push(`${shown}: ${split.reason}`);
            continue;
          }
          problems.push(...checkBody(split.body).map((problem) => `${shown}: body: ${problem}`));
          // The id is the file's path: two articles can never share one and silently replace each other.
          const id = file.replace(/\.mdx$/, '').replaceAll('\\', '/');
          const data = await parseData({ id, data: split.frontmatter, filePath: shown });
          entries.push({ id, data, body: split.body, filePath, digest: generateDigest(source) });
        }
        if (problems.length > 0) {
          throw new Error(
            `Articles that are not plain captured text:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
          );
        }
        store.clear();
        for (const entry of entries) store.set(entry);
      };
      await load();
      // In development, any change to an article reloads them all.
      watcher?.add(base);
      watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(base) && changed.endsWith('.mdx')) {
          load().catch((error: unknown) =>
            logger.error(String(error instanceof Error ? error.message : error)),
          );
        }
      });
    },
  };
}
