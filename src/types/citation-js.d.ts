// citation-js ships no types; this declares the part of its API the site uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string | unknown;
    static async(data: unknown): Promise<Cite>;
  }
  export const plugins: {
    config: { get(name: string): unknown };
    input: { chain(data: unknown, options?: Record<string, unknown>): unknown };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
