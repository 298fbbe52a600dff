// The edtf package ships no types; this declares the small part of its API we use.
declare module 'edtf' {
  export interface EdtfValue {
    type: 'Date' | 'Year' | 'Season' | 'Interval' | 'Set' | 'List' | 'Century' | 'Decade';
    edtf: string;
    values: (number | string | null)[];
    min: number;
    max: number | null;
    precision?: number;
    approximate?: { value: number };
    uncertain?: { value: number };
    unspecified?: { value: number };
    lower?: EdtfValue | null;
    upper?: EdtfValue | null;
  }
  function edtf(input: string, options?: { level?: 0 | 1 | 2; types?: string[] }): EdtfValue;
  export default edtf;
}
