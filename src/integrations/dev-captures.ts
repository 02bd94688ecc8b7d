/**
 * `astro dev` serves the raw captures at /naskah/<file>, as the built site does (scripts/build.ts
 * copies them there after `astro build`, checking each digest). Only a plain capture file name
 * (the schema's CAPTURE_PATH, which no path can leave captures/ through) is served.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { CAPTURE_PATH } from '../lib/schema.ts';

export function devCaptures(content: string): AstroIntegration {
  return {
    name: 'kliping:dev-captures',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/naskah/', (request, response, next) => {
          const file = `captures/${decodeURIComponent((request.url ?? '').replace(/^\//, '').split('?')[0]!)}`;
          if (!CAPTURE_PATH.test(file)) return next();
          readFile(join(content, file)).then(
            (bytes) => {
              response.setHeader('Content-Type', 'text/plain; charset=utf-8');
              response.end(bytes);
            },
            () => next(),
          );
        });
      },
    },
  };
}
