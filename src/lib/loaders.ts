/**
 * Content loaders. Articles are loaded by Astro's glob loader and then checked as text
 * before anything compiles them: a body that MDX would run as code stops the build here,
 * with the file and the reason, instead of failing (or running) later in the bundler.
 */
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { checkBody } from './body.ts';

export function articleLoader(base: string): Loader {
  // The id is the file's path, never the frontmatter's `slug` (glob's default): two articles
  // with one slug would otherwise share an id, and Astro would keep one and only warn.
  const inner = glob({ pattern: '**/*.mdx', base, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });
  return {
    name: 'kliping-articles',
    load: async (context) => {
      await inner.load(context);
      const problems = context.store
        .values()
        .flatMap((entry) =>
          checkBody(entry.body ?? '').map((problem) => `${entry.filePath ?? entry.id}: body: ${problem}`),
        );
      if (problems.length > 0) {
        throw new Error(
          `Article text that is not plain captured text:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
        );
      }
    },
  };
}
