// The bad-input fixtures (tests/fixtures/bad/<case>/) and the message each must produce.
const EVENT = 'content/events/fixture-treaty.md';
// Each bad case and the message an author must see: the file, the field, the value and the fix.
export const CASES: Record<string, string[]> = {
  'missing-title': [`${EVENT}: title: is missing. Fix: add "title:" to the front matter.`],
  'missing-date': [`${EVENT}: date: is missing. Fix: add "date:" to the front matter.`],
  'invalid-edtf': [`${EVENT}: date (line 4): "17 April 1895" is not a valid EDTF date. Fix: write a quoted EDTF date such as`],
  'y-year-approximate': [`${EVENT}: date (line 4): "Y-13800000000~" marks a Y-year as uncertain, approximate or by significant digits, which the site does not support. Fix: give the year alone, e.g. "Y-13800000000", and say how certain it is in the text.`],
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
  'raw-script': [`${EVENT}: body (line 17): contains <script>, which is not on the allowlist of HTML for content. Fix: remove it: pages run only the site's own scripts.`],
  'raw-iframe': [`${EVENT}: body (line 17): contains <iframe>, which is not on the allowlist of HTML for content. Fix: remove it and link to the page instead: [text](https://…).`],
  'event-handler': [`${EVENT}: body (line 17): contains <img onerror="alert(1)">: event handlers run scripts. Fix: remove the attribute.`],
  'javascript-link': [`${EVENT}: body (line 17): contains <a href="javascript:alert(1)">: javascript: links are refused; links may be http(s), mailto, a site-relative path or a #fragment. Fix: link to an https:// address or a page of this site.`],
  // Entities are decoded before the allowlist is applied.
  'entity-javascript-link': [`${EVENT}: body (line 17): contains <a href="javascript:alert(1)">: javascript: links are refused; links may be http(s), mailto, a site-relative path or a #fragment. Fix: link to an https:// address or a page of this site.`],
  'data-link': [`${EVENT}: body (line 17): contains <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">: data: links are refused; links may be http(s), mailto, a site-relative path or a #fragment. Fix: link to an https:// address or a page of this site.`],
  'raw-style': [`${EVENT}: body (line 17): contains <style>, which is not on the allowlist of HTML for content. Fix: remove it: pages use only the site's stylesheet.`],
  'raw-form': [`${EVENT}: body (line 17): contains <form>, which is not on the allowlist of HTML for content. Fix: remove it: content cannot send data anywhere.`],
  'remote-image': [`${EVENT}: body (line 17): contains <img src="https://tracker.example/pixel.gif">: images may only be files of this site (no request may leave it). Fix: save the image in public/ and use its path, e.g. /images/map.png.`],
  'remote-image-markdown': [`${EVENT}: body (line 17): contains <img src="https://tracker.example/map.png">: images may only be files of this site (no request may leave it). Fix: save the image in public/ and use its path, e.g. /images/map.png.`],
  'yaml-alias-bomb': [`${EVENT}: line 10: the YAML aliases (*name) expand to more than 100 copies. Fix: write the values out instead of repeating them with & and *.`],
  'yaml-custom-tag': [`${EVENT}: line 2: the YAML tag !!js/function is not allowed. Fix: remove the tag; put the value in quotes if it is text.`],
  'yaml-duplicate-key': [`${EVENT}: line 9: the key "lane" is given twice. Fix: keep one of the two lines.`],
  'not-utf8': [`${EVENT}: line 17: is not UTF-8 text: the byte at offset 484 is not UTF-8. Fix: save the file with the encoding UTF-8 (in most editors: "Save as…", then Encoding: UTF-8).`],
  'empty-file': ['content/events/fixture-empty.md: is empty. Fix: write its content (see README.md, "Adding an event") or delete the file.'],
  // One bad file is reported as itself; what links to it is told that the target has problems, not that it is missing.
  'invalid-target': [
    'content/events/fixture-intervention.md: title: is missing. Fix: add "title:" to the front matter.',
    `${EVENT}: related[0].event: "fixture-intervention" is an event whose entry has problems (content/events/fixture-intervention.md). Fix: correct that entry first: its problems are listed under its own name.`,
  ],
  'wrong-julian-date': [`${EVENT}: julianDate: "1895-04-06" is not the Old Style date of 1895-04-17. Fix: the Julian date of 1895-04-17 is "1895-04-05".`],
  'duplicate-slug': [
    `content/events/fixture-treaty.md: the slug "fixture-treaty" is also used by content/events/fixture-treaty.mdx.`,
    `content/events/fixture-treaty.mdx: the slug "fixture-treaty" is also used by content/events/fixture-treaty.md.`,
  ],
  'latitude-out-of-range': [`content/places/shimonoseki.yaml: latitude (line 4): 133.96: must be between -90 and 90.`],
  'longitude-out-of-range': [`content/places/shimonoseki.yaml: longitude (line 5): -190: must be between -180 and 180.`],
  'unknown-path-step': [`content/paths/fixture-lesson.md: steps[1].event (line 10): "fixture-intervnetion" is not an event. Fix: did you mean "fixture-intervention"?`],
  // Issue 14: a figure's numbers cite works of the bibliography, with a locator, on an event that exists.
  'figure-unknown-source': ['content/figures/fixture-treaty.yaml: groups.0.claims.0.source.key: "paine2030" is not in content/bibliography.yaml. Fix: did you mean "paine2003"?'],
  'figure-missing-locator': [
    'content/figures/fixture-treaty.yaml: groups.0.claims.0.source.locator: is missing. Fix: add "locator:"',
    'content/figures/fixture-treaty.yaml: event: "fixture-treatty" is not an event. Fix: did you mean "fixture-treaty"?',
  ],
  // Issue 16: one run lists the format problems and the reference and editorial ones of the same file.
  'tsushima-all-at-once': [
    'content/events/fixture-tsushima.md: date (line 4): the date must be a quoted string',
    'content/events/fixture-tsushima.md: lane: "naval" is not a lane.',
    'content/events/fixture-tsushima.md: places[0]: "tsushima-strait" is not a place.',
  ],
  'tag-near-duplicate': ['content/events/fixture-intervention.md: tags[1]: "war-crime" is not a tag in content/tags.yaml. Fix: did you mean "war-crimes"?'],
  'tag-list-twins': ['content/tags.yaml: [2].id: "war-crime" is almost the same as "war-crimes".'],
  // Issue 14: a picture needs its text alternative, credit and licence; its src must be a picture file of the site (or an http(s) address, only linked).
  'media-missing-credits': [
    `${EVENT}: media.0.alt: is missing. Fix: add "alt:" to media[0] (line 16).`,
    `${EVENT}: media.0.credit: is missing. Fix: add "credit:" to media[0] (line 16).`,
    `${EVENT}: media.0.license: is missing. Fix: add "license:" to media[0] (line 16).`,
  ],
  'media-bad-src': [
    `${EVENT}: media.0.src (line 16): "../../secrets/key.png" leads out of content/events/ and content/media/.`,
    `${EVENT}: media.1.src (line 17): "../media/map.svg": SVG is not accepted (an SVG file can carry scripts).`,
    `${EVENT}: media.2.src (line 18): "../media/scan.tiff" is not a picture format the site accepts. Fix: convert it; accepted: jpg, jpeg, png, webp, avif, gif.`,
    `${EVENT}: media.3.src (line 19): "data:image/png;base64,iVBORw0KGgo=" is not a file of this site or an http(s) address.`,
    `${EVENT}: media.4.src (line 20): "/etc/passwd.png" must be a path relative to the event file, with forward slashes.`,
    `${EVENT}: media.5.sourceUrl (line 21): "javascript:alert(1)" is not an http(s) address.`,
  ],
  'media-bad-file': [
    `${EVENT}: media.0.src (line 16): "../media/missing.jpg" is not a file (looked for content/media/missing.jpg).`,
    `${EVENT}: media.1.src (line 17): "../media/not-a-png.png" is named .png but its content is SVG or HTML text.`,
  ],
};
