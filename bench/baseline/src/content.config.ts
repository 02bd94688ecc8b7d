/** One collection: the corpus's articles, with a plain glob loader and a minimal schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const content = process.env.BASELINE_CONTENT ?? '../../content';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${content}/articles` }),
    schema: z.object({ title: z.string(), summary: z.string(), published: z.string() }),
  }),
};
