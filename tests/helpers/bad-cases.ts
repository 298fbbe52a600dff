// The bad-input fixtures (tests/fixtures/bad/<case>/) and the message each must produce.
const EVENT = 'content/events/fixture-treaty.md';
// Each bad case and the message an author must see: the file, the field, the value and the fix.
export const CASES: Record<string, string[]> = {
  'missing-title': [`${EVENT}: title: is missing. Fix: add "title:" to the front matter.`],
  'missing-date': [`${EVENT}: date: is missing. Fix: add "date:" to the front matter.`],
  'invalid-edtf': [`${EVENT}: date (line 4): "17 April 1895" is not a valid EDTF date. Fix: write a quoted EDTF date such as`],
  'impossible-day': [`${EVENT}: date (line 4): "1928-02-30" is not a real day: 1928-02 has only 29 days. Fix: check the day against a calendar.`],
  'impossible-leap-day': [`${EVENT}: date (line 4): "1900-02-29" is not a real day: 1900-02 has only 28 days.`],
  'interval-ends-before-start': [`${EVENT}: date (line 4): "1939-09-16/1939-05-11" ends before it starts. Fix: put the earlier date first: "start/end".`],
  'unquoted-date': [`${EVENT}: date (line 4): the date must be a quoted string, got an unquoted date 1895-04-17. Fix: put it in quotes, e.g. "1895-04-17".`],
  'unknown-key': [`${EVENT}: sumary: unknown key "sumary". Fix: did you mean "summary"? Otherwise remove it.`, `${EVENT}: summary: is missing.`],
  'unknown-lane': [`${EVENT}: lane: "diplomcy" is not a lane. Fix: did you mean "diplomacy"? use one of: diplomacy, war,`],
  'unknown-related': [`${EVENT}: related[0].event: "fixture-intervnetion" is not an event. Fix: did you mean "fixture-intervention"?`],
  'unknown-person': [`${EVENT}: people[1]: "mutsu-munemitsu" is not a person. Fix: add content/people/mutsu-munemitsu.yaml or correct the slug.`],
  'unknown-place': [`${EVENT}: places[1]: "peking" is not a place. Fix: add content/places/peking.yaml or correct the slug.`],
  'unknown-citation-key': [`${EVENT}: body: "nobody1999" is not a key in content/bibliography.yaml (cited in the text).`],
  'no-source': [`${EVENT}: sources (line 14): []: must list at least one bibliography key.`],
  'invalid-lang': [`${EVENT}: names.0.lang (line 7): "jp" names no known language ("jp"); use e.g. ja, zh-Hans, zh-Hant, ru, mn, en.`],
  'malformed-yaml': [`${EVENT}: line 10: the YAML could not be read`],
  'raw-script': [`${EVENT}: body: contains <script>, which is not allowed in content. Fix: remove it`],
  'raw-iframe': [`${EVENT}: body: contains <iframe>, which is not allowed in content.`],
  'event-handler': [`${EVENT}: body: contains an on…= event-handler attribute, which is not allowed in content.`],
  'javascript-link': [`${EVENT}: body: contains a javascript: link, which is not allowed in content.`],
  'wrong-julian-date': [`${EVENT}: julianDate: "1895-04-06" is not the Old Style date of 1895-04-17. Fix: the Julian date of 1895-04-17 is "1895-04-05".`],
  'duplicate-slug': [
    `content/events/fixture-treaty.md: the slug "fixture-treaty" is also used by content/events/fixture-treaty.mdx.`,
    `content/events/fixture-treaty.mdx: the slug "fixture-treaty" is also used by content/events/fixture-treaty.md.`,
  ],
  'latitude-out-of-range': [`content/places/shimonoseki.yaml: latitude (line 4): 133.96: must be between -90 and 90.`],
  'longitude-out-of-range': [`content/places/shimonoseki.yaml: longitude (line 5): -190: must be between -180 and 180.`],
  'unknown-path-step': [`content/paths/fixture-lesson.md: steps[1].event (line 10): "fixture-intervnetion" is not an event. Fix: did you mean "fixture-intervention"?`],
};

