import { defineCollection } from 'astro:content';
import { contentLoader } from './lib/loaders.ts';
import { articleSchema, entitySchema, eventSchema, publisherSchema } from './lib/schema.ts';

/**
 * The content lives in content/ at the top of the project (astro.config.mjs resolves it);
 * src/lib/schema.ts defines it and src/lib/content.ts reads and checks it.
 */
const content = process.env.KLIPING_CONTENT ?? './content';

export const collections = {
  articles: defineCollection({ loader: contentLoader('articles', content), schema: articleSchema }),
  publishers: defineCollection({ loader: contentLoader('publishers', content), schema: publisherSchema }),
  entities: defineCollection({ loader: contentLoader('entities', content), schema: entitySchema }),
  events: defineCollection({ loader: contentLoader('events', content), schema: eventSchema }),
};
