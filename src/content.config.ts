import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { articleLoader } from './lib/loaders.ts';
import { articleSchema, entitySchema, eventSchema, publisherSchema } from './lib/schema.ts';

/** The content lives in content/ at the top of the project; src/lib/schema.ts defines it. */
const content = process.env.KLIPING_CONTENT ?? './content';

export const collections = {
  articles: defineCollection({ loader: articleLoader(`${content}/articles`), schema: articleSchema }),
  publishers: defineCollection({ loader: file(`${content}/publishers.yaml`), schema: publisherSchema }),
  entities: defineCollection({ loader: file(`${content}/entities.yaml`), schema: entitySchema }),
  events: defineCollection({ loader: file(`${content}/events.yaml`), schema: eventSchema }),
};
