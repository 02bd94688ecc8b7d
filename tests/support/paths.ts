/** Where the tests find the project, its content and its build. */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = `${ROOT}dist/`;
export const CONTENT = `${ROOT}content/`;
