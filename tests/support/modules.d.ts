/** Types for the two test-only packages that ship none. */

declare module 'html-metadata' {
  /** One key per metadata standard found on the page; a repeated tag gives an array. */
  export interface Metadata {
    dublinCore?: Record<string, string | string[]>;
    prism?: Record<string, string | string[]>;
    highwirePress?: Record<string, string | string[]>;
    openGraph?: Record<string, unknown>;
    twitter?: Record<string, unknown>;
    general?: Record<string, unknown>;
    jsonLd?: unknown;
    [standard: string]: unknown;
  }
  /** Parses an HTML text; no network. */
  export function loadFromString(html: string): Promise<Metadata>;
}

declare module 'jsonld' {
  export interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  export interface JsonLdEvent {
    event: { type: string[]; code: string; level: string; message: string; details?: unknown };
    next?: () => void;
  }
  export interface ToRdfOptions {
    format?: 'application/n-quads';
    documentLoader?: (url: string) => Promise<RemoteDocument>;
    /** Fail on anything lossy: dropped terms, invalid IRIs, relative references. */
    safe?: boolean;
    eventHandler?: (event: JsonLdEvent) => void;
  }
  const jsonld: { toRDF(input: object, options: ToRdfOptions): Promise<string> };
  export default jsonld;
}
