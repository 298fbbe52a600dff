import type { ExportedEvent } from './events.ts';

/** The columns of /data/events.csv, in order; lists are joined with "; ". */
export const CSV_COLUMNS = ['slug', 'title', 'date', 'date_display', 'start', 'end', 'lane', 'tags', 'places', 'people', 'summary', 'url'] as const;

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** /data/events.csv: one row per event, CRLF line ends as RFC 4180 asks, UTF-8. */
export function eventsToCsv(events: readonly ExportedEvent[]): string {
  const rows = events.map((event) => [
    event.slug,
    event.title,
    event.date.edtf,
    event.date.display,
    event.date.start ?? '',
    event.date.end ?? '',
    event.lane.id,
    event.tags.join('; '),
    event.places.map((p) => p.slug).join('; '),
    event.people.map((p) => p.slug).join('; '),
    event.summary,
    event.url,
  ]);
  return [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Parses RFC 4180 CSV into rows of fields (for tests and for anyone reading the export back). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { row.push(field); field = ''; }
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += char;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}
