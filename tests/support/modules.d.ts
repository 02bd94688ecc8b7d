/** Types for the test-only packages that ship none. */

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

declare module 'datapackage' {
  /** A Data Package descriptor loaded and checked against its profile (Frictionless v1). */
  export class Package {
    static load(
      descriptor: string | object,
      basePath?: string,
      options?: { strict?: boolean },
    ): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly descriptor: Record<string, unknown>;
  }
}
