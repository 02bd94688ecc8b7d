/**
 * The content collections' loaders. All four read the content folder once, through
 * `readContent` (src/lib/content.ts), which checks everything: data files strictly, article
 * files, captures and their accounts, references. If anything is wrong, the articles loader
 * stops the build with every problem at once; nothing is silently skipped or left empty.
 *
 * Articles are MDX files, but the archive never compiles or runs them: the body is captured
 * text, checked here and rendered by the pages as escaped text, so no MDX module is generated.
 */
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { type ContentRead, readContent } from './content.ts';

export type CollectionName = 'articles' | 'publishers' | 'entities' | 'events';

const COLLECTIONS = 4;

/**
 * One read of the content folder, shared by the four loaders of a sync and let go once all
 * four have stored their entries (at 100,000 articles it is large).
 */
let reading: { dir: string; promise: Promise<ContentRead>; served: number } | undefined;
let invalidating = false;

function read(dir: string, root: string): Promise<ContentRead> {
  if (reading?.dir !== dir) reading = { dir, promise: readContent(dir, root), served: 0 };
  const current = reading;
  current.served += 1;
  if (current.served === COLLECTIONS) reading = undefined;
  return current.promise;
}

/** A change in the content folder: the next load reads it again (once for all four loaders). */
function invalidate() {
  if (invalidating) return;
  invalidating = true;
  reading = undefined;
  setTimeout(() => (invalidating = false), 0);
}

/** Thrown by the articles loader: the problems, one per line, under a heading that counts them. */
export class ContentError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(
      `The archive's content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ContentError';
    this.problems = problems;
    // The message says all there is to say: no stack trace under it.
    this.stack = this.message;
  }
}

async function load(collection: CollectionName, dir: string, context: LoaderContext) {
  const root = fileURLToPath(context.config.root);
  const content = await read(dir, root);
  if (collection === 'articles' && content.problems.length > 0) throw new ContentError(content.problems);
  context.store.clear();
  if (collection === 'articles') {
    for (const article of content.articles) {
      // The data store wants the path from the project root, even for a folder outside it.
      const filePath = relative(root, join(dir, 'articles', `${article.id}.mdx`));
      // No body: 100,000 of them would not fit in the data store (one JSON string); pages read
      // an article's body from its file (src/lib/articles.ts articleBlocks).
      context.store.set({ id: article.id, data: article.data, filePath });
    }
  } else {
    for (const { data } of content[collection]) context.store.set({ id: data.id, data });
  }
}

/** The loader of one collection over the content folder `dir`. */
export function contentLoader(collection: CollectionName, dir: string): Loader {
  return {
    name: `kliping-${collection}`,
    load: async (context) => {
      await load(collection, dir, context);
      // In development, any change in the content folder reads it again.
      context.watcher?.add(dir);
      context.watcher?.on('all', (_event, changed) => {
        if (!changed.startsWith(dir)) return;
        invalidate();
        load(collection, dir, context).catch((error: unknown) =>
          context.logger.error(error instanceof Error ? error.message : String(error)),
        );
      });
    },
  };
}
