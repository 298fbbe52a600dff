// The shape of a built page, for the axe tests: which pages axe must see, and which are alike.
//
// axe takes one to three seconds a page here. On the sitemap's 365 pages that was seven minutes
// of the suite, most of it spent on the people, places and tags, which are generated from short
// fields into one template each. Two pages with the same shape get the same answer from axe.
// Shape here means the same elements in the same nesting, the same attributes, and the same
// values where a value decides a rule: class, role, lang, dir, type, tabindex, hidden, scope,
// the aria-* attributes, and whether alt, title and aria-label are empty. For an attribute that
// names other elements (aria-labelledby, for), it means whether each element named is there.
// It also notes which elements hold text of their own. Running axe on one page of each shape
// is axe on them all.
// The words themselves are left out, and so are ids and addresses. What they can break is
// checked on every page elsewhere: duplicate ids by html-validate (tests/site/), links and
// #fragments by tests/site/links.test.ts.
// The items of a list count once for each kind, in any order, and elsewhere a run of siblings
// of one shape counts once. A person with three events and one with thirty are then alike;
// a person with a portrait and one without are not.
import { parse } from 'parse5';

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

/** Attributes whose value decides an axe rule; other attributes count by name only. */
const VALUE_MATTERS = /^(class|role|lang|dir|type|tabindex|hidden|scope|colspan|rowspan|aria-(?!label$).*)$/;
/** Attributes that name other elements by id: what matters is whether each is there. */
const ID_REFERENCES = /^(aria-labelledby|aria-describedby|aria-controls|aria-owns|aria-activedescendant|aria-details|aria-errormessage|for|headers|list)$/;
/** Elements whose children are items: the order of the items does not change what axe finds, so each kind counts once. */
const LISTS = new Set(['ol', 'ul', 'dl', 'menu', 'tbody', 'thead', 'select', 'datalist']);
/** Attributes that axe reads as a name or description: whether they are empty matters. */
const EMPTINESS_MATTERS = /^(alt|title|aria-label|value|placeholder)$/;

function idsOf(node: Node, ids = new Set<string>()): Set<string> {
  for (const a of node.attrs ?? []) if (a.name === 'id') ids.add(a.value);
  for (const child of [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])]) idsOf(child, ids);
  return ids;
}

function attributeShape({ name, value }: { name: string; value: string }, ids: Set<string>): string {
  if (ID_REFERENCES.test(name)) return `${name}=${value.trim().split(/\s+/).map((id) => (ids.has(id) ? 'found' : 'missing')).join(' ')}`;
  if (VALUE_MATTERS.test(name)) return `${name}=${value}`;
  if (EMPTINESS_MATTERS.test(name)) return `${name}${value.trim() ? '+' : '-'}`;
  return name;
}

function shapeOf(node: Node, ids: Set<string>): string {
  if (node.nodeName === '#text') return /\S/.test(node.value ?? '') ? 't' : '';
  if (node.nodeName === '#document') return (node.childNodes ?? []).map((child) => shapeOf(child, ids)).join('');
  if (!node.tagName) return ''; // comments, the doctype
  const attrs = (node.attrs ?? [])
    .filter((a) => a.name !== 'id' && a.name !== 'href' && a.name !== 'src' && a.name !== 'srcset' && !a.name.startsWith('data-'))
    .map((a) => attributeShape(a, ids))
    .sort();
  const children = [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])].map((child) => shapeOf(child, ids)).filter(Boolean);
  // A list's items count once per kind; elsewhere, consecutive siblings of one shape count once.
  // <script> and <style> bodies are not the page's.
  const kept = LISTS.has(node.tagName) ? [...new Set(children)].sort() : children.filter((child, i) => child !== children[i - 1]);
  const inner = node.tagName === 'script' || node.tagName === 'style' ? '' : kept.join('');
  return `<${node.tagName}${attrs.length ? ` ${attrs.join(' ')}` : ''}>${inner}</>`;
}

/** The shape of a page's HTML, as a string: equal strings, pages alike for axe. */
export function pageShape(html: string): string {
  const document = parse(html) as unknown as Node;
  return shapeOf(document, idsOf(document));
}

/** The pages axe must see, one of each shape (the first in the order given), with the pages each stands for. */
export function pagesOfEachShape(pages: readonly { path: string; html: string }[]): { path: string; alike: string[] }[] {
  const byShape = new Map<string, { path: string; alike: string[] }>();
  for (const { path, html } of pages) {
    const shape = pageShape(html);
    const group = byShape.get(shape);
    if (group) group.alike.push(path);
    else byShape.set(shape, { path, alike: [] });
  }
  return [...byShape.values()];
}
