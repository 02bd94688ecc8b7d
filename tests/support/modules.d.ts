/** Types for a test-only package that ships none. */

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
