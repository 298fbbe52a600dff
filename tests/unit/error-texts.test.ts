// Every error text of the content check, pinned whole: file, field, message and fix, as
// `npm run check:content` prints each line. A change of wording shows here as a diff to review.
import { afterAll, describe, expect, it } from 'vitest';
import { problemLinesFor, removeDir } from '../helpers/fixtures.ts';

const made: string[] = [];
afterAll(() => made.forEach(removeDir));
const lines = (name: string) => problemLinesFor(name, made);

describe('the whole line of every error', () => {
  it('data-link', () => {
    expect(lines('data-link')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: body (line 17): contains <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">: data: links are refused; links may be http(s), mailto, a site-relative path or a #fragment. Fix: link to an https:// address or a page of this site.",
      ]
    `);
  });
  it('duplicate-slug', () => {
    expect(lines('duplicate-slug')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: the slug "fixture-treaty" is also used by content/events/fixture-treaty.mdx. Fix: keep one file per event: rename or delete one of them.",
        "content/events/fixture-treaty.mdx: the slug "fixture-treaty" is also used by content/events/fixture-treaty.md. Fix: keep one file per event: rename or delete one of them.",
      ]
    `);
  });
  it('empty-file', () => {
    expect(lines('empty-file')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-empty.md: is empty. Fix: write its content (see README.md, "Adding an event") or delete the file.",
      ]
    `);
  });
  it('entity-javascript-link', () => {
    expect(lines('entity-javascript-link')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: body (line 17): contains <a href="javascript:alert(1)">: javascript: links are refused; links may be http(s), mailto, a site-relative path or a #fragment. Fix: link to an https:// address or a page of this site.",
      ]
    `);
  });
  it('event-handler', () => {
    expect(lines('event-handler')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: body (line 17): contains <img onerror="alert(1)">: event handlers run scripts. Fix: remove the attribute.",
      ]
    `);
  });
  it('impossible-day', () => {
    expect(lines('impossible-day')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: date (line 4): "1928-02-30" is not a real day: 1928-02 has only 29 days. Fix: check the day against a calendar.",
      ]
    `);
  });
  it('impossible-leap-day', () => {
    expect(lines('impossible-leap-day')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: date (line 4): "1900-02-29" is not a real day: 1900-02 has only 28 days. Fix: check the day against a calendar.",
      ]
    `);
  });
  it('interval-ends-before-start', () => {
    expect(lines('interval-ends-before-start')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: date (line 4): "1939-09-16/1939-05-11" ends before it starts. Fix: put the earlier date first: "start/end".",
      ]
    `);
  });
  it('invalid-edtf', () => {
    expect(lines('invalid-edtf')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: date (line 4): "17 April 1895" is not a valid EDTF date. Fix: write a quoted EDTF date such as "1928-06-04", "1918-08", "1939", "1918-21" (spring), "1920~" (circa), "1939-05-11/1939-09-16" or, for years beyond four digits, "Y-13800000000".",
      ]
    `);
  });
  it('invalid-lang', () => {
    expect(lines('invalid-lang')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: names.0.lang (line 7): "jp" names no known language ("jp"); use e.g. ja, zh-Hans, zh-Hant, ru, mn, en.",
      ]
    `);
  });
  it('invalid-target', () => {
    expect(lines('invalid-target')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-intervention.md: title: is missing. Fix: add "title:" to the front matter.",
        "content/events/fixture-treaty.md: related[0].event: "fixture-intervention" is an event whose entry has problems (content/events/fixture-intervention.md). Fix: correct that entry first: its problems are listed under its own name.",
      ]
    `);
  });
  it('javascript-link', () => {
    expect(lines('javascript-link')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: body (line 17): contains <a href="javascript:alert(1)">: javascript: links are refused; links may be http(s), mailto, a site-relative path or a #fragment. Fix: link to an https:// address or a page of this site.",
      ]
    `);
  });
  it('latitude-out-of-range', () => {
    expect(lines('latitude-out-of-range')).toMatchInlineSnapshot(`
      [
        "content/places/shimonoseki.yaml: latitude (line 4): 133.96: must be between -90 and 90.",
        "content/events/fixture-treaty.md: places[0]: "shimonoseki" is a place whose entry has problems (content/places/shimonoseki.yaml). Fix: correct that entry first: its problems are listed under its own name.",
      ]
    `);
  });
  it('longitude-out-of-range', () => {
    expect(lines('longitude-out-of-range')).toMatchInlineSnapshot(`
      [
        "content/places/shimonoseki.yaml: longitude (line 5): -190: must be between -180 and 180.",
        "content/events/fixture-treaty.md: places[0]: "shimonoseki" is a place whose entry has problems (content/places/shimonoseki.yaml). Fix: correct that entry first: its problems are listed under its own name.",
      ]
    `);
  });
  it('malformed-yaml', () => {
    expect(lines('malformed-yaml')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: line 10: the YAML could not be read (Flow sequence in block collection must be sufficiently indented and end with a ]). Fix: check the indentation and quote any value that contains ": " or starts with a special character.",
        "content/events/fixture-treaty.md: line 10: the YAML could not be read (Nested mappings are not allowed in compact mappings). Fix: check the indentation and quote any value that contains ": " or starts with a special character.",
      ]
    `);
  });
  it('missing-date', () => {
    expect(lines('missing-date')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: date: is missing. Fix: add "date:" to the front matter.",
      ]
    `);
  });
  it('missing-title', () => {
    expect(lines('missing-title')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: title: is missing. Fix: add "title:" to the front matter.",
      ]
    `);
  });
  it('no-source', () => {
    expect(lines('no-source')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: sources (line 14): []: must list at least one bibliography key.",
      ]
    `);
  });
  it('not-utf8', () => {
    expect(lines('not-utf8')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: line 17: is not UTF-8 text: the byte at offset 484 is not UTF-8. Fix: save the file with the encoding UTF-8 (in most editors: "Save as…", then Encoding: UTF-8).",
      ]
    `);
  });
  it('raw-form', () => {
    expect(lines('raw-form')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: body (line 17): contains <form>, which is not on the allowlist of HTML for content. Fix: remove it: content cannot send data anywhere.",
        "content/events/fixture-treaty.md: body (line 17): contains <button>, which is not on the allowlist of HTML for content. Fix: remove it or write it in Markdown (the allowed HTML is listed in README.md, "Adding an event").",
      ]
    `);
  });
  it('raw-iframe', () => {
    expect(lines('raw-iframe')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: body (line 17): contains <iframe>, which is not on the allowlist of HTML for content. Fix: remove it and link to the page instead: [text](https://…).",
      ]
    `);
  });
  it('raw-script', () => {
    expect(lines('raw-script')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: body (line 17): contains <script>, which is not on the allowlist of HTML for content. Fix: remove it: pages run only the site's own scripts.",
      ]
    `);
  });
  it('raw-style', () => {
    expect(lines('raw-style')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: body (line 17): contains <style>, which is not on the allowlist of HTML for content. Fix: remove it: pages use only the site's stylesheet.",
      ]
    `);
  });
  it('remote-image', () => {
    expect(lines('remote-image')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: body (line 17): contains <img src="https://tracker.example/pixel.gif">: images may only be files of this site (no request may leave it). Fix: save the image in public/ and use its path, e.g. /images/map.png.",
      ]
    `);
  });
  it('remote-image-markdown', () => {
    expect(lines('remote-image-markdown')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: body (line 17): contains <img src="https://tracker.example/map.png">: images may only be files of this site (no request may leave it). Fix: save the image in public/ and use its path, e.g. /images/map.png.",
      ]
    `);
  });
  it('three-bad-files', () => {
    expect(lines('three-bad-files')).toMatchInlineSnapshot(`
      [
        "content/places/shimonoseki.yaml: latitude (line 4): 95: must be between -90 and 90.",
        "content/events/fixture-treaty.md: date (line 4): "1928-02-30" is not a real day: 1928-02 has only 29 days. Fix: check the day against a calendar.",
        "content/events/fixture-intervention.md: lane: "nowhere" is not a lane. Fix: use one of: diplomacy, war, siberia, manchuria, army-politics, crimes-justice.",
        "content/events/fixture-treaty.md: places[0]: "shimonoseki" is a place whose entry has problems (content/places/shimonoseki.yaml). Fix: correct that entry first: its problems are listed under its own name.",
      ]
    `);
  });
  it('unknown-citation-key', () => {
    expect(lines('unknown-citation-key')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: body: "nobody1999" is not a key in content/bibliography.yaml (cited in the text). Fix: add the reference to content/bibliography.yaml or correct the slug.",
      ]
    `);
  });
  it('unknown-key', () => {
    expect(lines('unknown-key')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: summary: is missing. Fix: add "summary:" to the front matter.",
        "content/events/fixture-treaty.md: sumary: unknown key "sumary". Fix: did you mean "summary"? Otherwise remove it.",
      ]
    `);
  });
  it('unknown-lane', () => {
    expect(lines('unknown-lane')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: lane: "diplomcy" is not a lane. Fix: did you mean "diplomacy"? use one of: diplomacy, war, siberia, manchuria, army-politics, crimes-justice.",
      ]
    `);
  });
  it('unknown-path-step', () => {
    expect(lines('unknown-path-step')).toMatchInlineSnapshot(`
      [
        "content/paths/fixture-lesson.md: steps[1].event (line 10): "fixture-intervnetion" is not an event. Fix: did you mean "fixture-intervention"?",
      ]
    `);
  });
  it('unknown-person', () => {
    expect(lines('unknown-person')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: people[1]: "mutsu-munemitsu" is not a person. Fix: add content/people/mutsu-munemitsu.yaml or correct the slug.",
      ]
    `);
  });
  it('unknown-place', () => {
    expect(lines('unknown-place')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: places[1]: "peking" is not a place. Fix: add content/places/peking.yaml or correct the slug.",
      ]
    `);
  });
  it('unknown-related', () => {
    expect(lines('unknown-related')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: related[0].event: "fixture-intervnetion" is not an event. Fix: did you mean "fixture-intervention"?",
      ]
    `);
  });
  it('unquoted-date', () => {
    expect(lines('unquoted-date')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: date (line 4): the date must be a quoted string, got an unquoted date 1895-04-17. Fix: put it in quotes, e.g. "1895-04-17".",
      ]
    `);
  });
  it('wrong-julian-date', () => {
    expect(lines('wrong-julian-date')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: julianDate: "1895-04-06" is not the Old Style date of 1895-04-17. Fix: the Julian date of 1895-04-17 is "1895-04-05".",
      ]
    `);
  });
  it('yaml-alias-bomb', () => {
    expect(lines('yaml-alias-bomb')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: line 10: the YAML aliases (*name) expand to more than 100 copies. Fix: write the values out instead of repeating them with & and *.",
      ]
    `);
  });
  it('yaml-custom-tag', () => {
    expect(lines('yaml-custom-tag')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: line 2: the YAML tag !!js/function is not allowed. Fix: remove the tag; put the value in quotes if it is text.",
      ]
    `);
  });
  it('yaml-duplicate-key', () => {
    expect(lines('yaml-duplicate-key')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: line 9: the key "lane" is given twice. Fix: keep one of the two lines.",
      ]
    `);
  });
  it('tag-near-duplicate', () => {
    expect(lines('tag-near-duplicate')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-intervention.md: tags[0]: "treaties" is not a tag in content/tags.yaml. Fix: did you mean "treaty"? Otherwise add it to content/tags.yaml (id, label, description) if no listed tag fits; \`npm run list -- tags\` shows them all.",
        "content/events/fixture-intervention.md: tags[1]: "war-crime" is not a tag in content/tags.yaml. Fix: did you mean "war-crimes"? Otherwise add it to content/tags.yaml (id, label, description) if no listed tag fits; \`npm run list -- tags\` shows them all.",
        "content/events/fixture-intervention.md: tags[2]: "naval-battle" is not a tag in content/tags.yaml. Fix: did you mean "naval"? Otherwise add it to content/tags.yaml (id, label, description) if no listed tag fits; \`npm run list -- tags\` shows them all.",
        "content/events/fixture-intervention.md: tags[3]: "spying" is not a tag in content/tags.yaml. Fix: add it to content/tags.yaml (id, label, description) if no listed tag fits; \`npm run list -- tags\` shows them all.",
        "content/events/fixture-intervention.md: body: has 10 words; an entry needs at least 200. Fix: expand the text.",
      ]
    `);
  });
  it('tag-list-twins', () => {
    expect(lines('tag-list-twins')).toMatchInlineSnapshot(`
      [
        "content/tags.yaml: [4].description: is missing. Fix: add "description:" to the front matter.",
        "content/tags.yaml: [2].id: "war-crime" is almost the same as "war-crimes". Fix: keep one of the two tags and give the events that tag.",
        "content/tags.yaml: [3].id: "treaty" is listed twice. Fix: keep one of the two tags and give the events that tag.",
      ]
    `);
  });
  it('tsushima-all-at-once', () => {
    expect(lines('tsushima-all-at-once')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-tsushima.md: date (line 4): the date must be a quoted string, got an unquoted date 1905-05-27. Fix: put it in quotes, e.g. "1905-05-27".",
        "content/events/fixture-tsushima.md: sources: is missing. Fix: add "sources:" to the front matter.",
        "content/events/fixture-tsushima.md: soruces: unknown key "soruces". Fix: did you mean "sources"? Otherwise remove it.",
        "content/events/fixture-tsushima.md: lane: "naval" is not a lane. Fix: use one of: diplomacy, war, siberia, manchuria, army-politics, crimes-justice.",
        "content/events/fixture-tsushima.md: tags[0]: "naval-battle" is not a tag in content/tags.yaml. Fix: did you mean "naval"? Otherwise add it to content/tags.yaml (id, label, description) if no listed tag fits; \`npm run list -- tags\` shows them all.",
        "content/events/fixture-tsushima.md: people[0]: "togo-heihachiro" is not a person. Fix: add content/people/togo-heihachiro.yaml or correct the slug.",
        "content/events/fixture-tsushima.md: places[0]: "tsushima-strait" is not a place. Fix: add content/places/tsushima-strait.yaml or correct the slug.",
        "content/events/fixture-tsushima.md: body: "corbett1994" is not a key in content/bibliography.yaml (cited in the text). Fix: add the reference to content/bibliography.yaml or correct the slug.",
        "content/events/fixture-tsushima.md: body: "westwood1986" is not a key in content/bibliography.yaml (cited in the text). Fix: add the reference to content/bibliography.yaml or correct the slug.",
        "content/events/fixture-tsushima.md: body: has 10 words; an entry needs at least 200. Fix: expand the text.",
      ]
    `);
  });
  it('media-missing-credits', () => {
    expect(lines('media-missing-credits')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: media.0.alt: is missing. Fix: add "alt:" to media[0] (line 16).",
        "content/events/fixture-treaty.md: media.0.credit: is missing. Fix: add "credit:" to media[0] (line 16).",
        "content/events/fixture-treaty.md: media.0.license: is missing. Fix: add "license:" to media[0] (line 16).",
      ]
    `);
  });
  it('media-bad-src', () => {
    expect(lines('media-bad-src')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: media.0.src (line 16): "../../secrets/key.png" leads out of content/events/ and content/media/. Fix: put the picture beside the event or under content/media/ and write e.g. "../media/port-arthur-1904.jpg" (a file in content/media/) or "port-arthur-1904.jpg" (beside the event).",
        "content/events/fixture-treaty.md: media.1.src (line 17): "../media/map.svg": SVG is not accepted (an SVG file can carry scripts). Fix: export it as PNG or WebP; accepted: jpg, jpeg, png, webp, avif, gif.",
        "content/events/fixture-treaty.md: media.2.src (line 18): "../media/scan.tiff" is not a picture format the site accepts. Fix: convert it; accepted: jpg, jpeg, png, webp, avif, gif.",
        "content/events/fixture-treaty.md: media.3.src (line 19): "data:image/png;base64,iVBORw0KGgo=" is not a file of this site or an http(s) address. Fix: save the picture under content/media/ and write its path, e.g. "../media/port-arthur-1904.jpg" (a file in content/media/) or "port-arthur-1904.jpg" (beside the event).",
        "content/events/fixture-treaty.md: media.4.src (line 20): "/etc/passwd.png" must be a path relative to the event file, with forward slashes. Fix: write e.g. "../media/port-arthur-1904.jpg" (a file in content/media/) or "port-arthur-1904.jpg" (beside the event).",
        "content/events/fixture-treaty.md: media.5.sourceUrl (line 21): "javascript:alert(1)" is not an http(s) address. Fix: write the whole address, e.g. https://commons.wikimedia.org/wiki/File:Example.jpg.",
      ]
    `);
  });
  it('media-bad-file', () => {
    expect(lines('media-bad-file')).toMatchInlineSnapshot(`
      [
        "content/events/fixture-treaty.md: media.0.src (line 16): "../media/missing.jpg" is not a file (looked for content/media/missing.jpg). Fix: add the picture there, or correct the path (it is relative to the event file).",
        "content/events/fixture-treaty.md: media.1.src (line 17): "../media/not-a-png.png" is named .png but its content is SVG or HTML text. Fix: save it as PNG, or give it the extension of its format (accepted: jpg, jpeg, png, webp, avif, gif).",
      ]
    `);
  });
});
