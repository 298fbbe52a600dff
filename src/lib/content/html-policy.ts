// The one HTML policy of the site: what HTML written in Markdown (or imported from TimelineJS)
// may contain. It is an allowlist applied by hast-util-sanitize after the HTML has been parsed,
// so entities are decoded before anything is judged (`&#106;avascript:` is `javascript:`).
// The same schema serves three callers:
//   - the content check (`htmlPolicyProblems`), which names each thing refused, with its line;
//   - the build (`rehypeContentPolicy`, a rehype plugin in astro.config.mjs), which applies it;
//   - the TimelineJS importer, which drops STRIPPED_ELEMENTS while converting HTML to Markdown
//     and then refuses an entry by the same check as hand-written content.
import type { Element, Nodes, Root, Properties } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { raw } from 'hast-util-raw';
import { toHtml } from 'hast-util-to-html';
import { find, html as htmlSchema } from 'property-information';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import { VFile } from 'vfile';

/** URL schemes a link may use; anything else with a scheme (javascript:, data:, vbscript:, file:) is refused. */
export const LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;

/** Control characters and whitespace, which browsers strip from URLs (so `java\tscript:` would run). */
const URL_NOISE = /[\u0000-\u0020\u007f-\u009f]/;

/**
 * A URL that names a file of this site: a path ("/images/map.png", "map.png", "../x.png"),
 * never a scheme ("https:", "data:") and never another host ("//host/x", "/\host/x").
 */
export function isSiteUrl(url: string): boolean {
  if (!url || URL_NOISE.test(url)) return false;
  if (/^[/\\]{2}|^\/\\/.test(url)) return false;
  const colon = url.indexOf(':');
  if (colon === -1) return true;
  const before = url.slice(0, colon);
  return /[/?#]/.test(before); // a colon after the path has begun is not a scheme
}

/** A link target the policy accepts: http(s), mailto, a site-relative path or a fragment. */
export function isAllowedLink(url: string): boolean {
  if (!url || URL_NOISE.test(url)) return false;
  const colon = url.indexOf(':');
  if (colon === -1 || /[/?#]/.test(url.slice(0, colon))) return true; // a path or fragment, no scheme
  return (LINK_PROTOCOLS as readonly string[]).includes(url.slice(0, colon).toLowerCase());
}

const SITE_FILE = { test: isSiteUrl, flags: '' } as unknown as RegExp; // hast-util-sanitize calls .test() on anything with `flags`
const LINK = { test: isAllowedLink, flags: '' } as unknown as RegExp;

/** Elements removed with everything inside them (their content is code or a foreign document, not text). */
const STRIPPED = ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'object', 'embed'] as const;

/** The elements removed with their content, for the importer's HTML-to-Markdown conversion. */
export const STRIPPED_ELEMENTS: readonly string[] = STRIPPED;

const GLOBAL_ATTRIBUTES = ['lang', 'dir', 'title', 'ariaHidden', 'ariaLabel', 'ariaDescribedBy'];

/**
 * The allowlist. Elements: text structure, lists, tables, quotations, ruby for East Asian
 * names, figures and images. Attributes: those listed per element. URLs: links by
 * LINK_PROTOCOLS or site-relative; images only from the site. Ids are those the Markdown
 * pipeline itself writes (footnotes, prefixed "user-content-"): an author's own id could clash
 * with the page's. Everything else is removed by the build and refused by the check.
 */
export const CONTENT_SCHEMA: Schema = {
  tagNames: [
    'a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details',
    'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'input', 'ins', 'kbd',
    'li', 'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'span', 'strong', 'sub',
    'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
  ],
  attributes: {
    '*': GLOBAL_ATTRIBUTES,
    a: [['href', LINK], 'dataFootnoteRef', 'dataFootnoteBackref', ['className', 'data-footnote-backref'], ['id', /^user-content-/]],
    li: [['id', /^user-content-/], ['className', 'task-list-item']],
    ul: [['className', 'contains-task-list']],
    h2: [['id', /^(?:user-content-)?footnote-label$/], ['className', 'sr-only']],
    section: ['dataFootnotes', ['className', 'footnotes']],
    img: [['src', SITE_FILE], 'alt', 'width', 'height'],
    blockquote: [['cite', LINK]],
    q: [['cite', LINK]],
    del: [['cite', LINK], 'dateTime'],
    ins: [['cite', LINK], 'dateTime'],
    time: ['dateTime'],
    abbr: ['title'],
    ol: ['start', 'reversed', ['className', 'contains-task-list']],
    td: ['align', 'colSpan', 'rowSpan'],
    th: ['align', 'colSpan', 'rowSpan', 'scope'],
    details: ['open'],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    code: [['className', /^language-[\w-]+$/]],
  },
  // Values are checked by the functions above (passed where hast-util-sanitize takes a RegExp).
  protocols: {},
  required: { input: { type: 'checkbox', disabled: true } },
  ancestors: { tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tfoot: ['table'], tr: ['table'], li: ['ol', 'ul'] },
  strip: [...STRIPPED],
  clobber: [],
  allowComments: false,
  allowDoctypes: false,
};
/** One thing the policy refuses, with where it is and what to do instead. */
export interface PolicyFinding {
  /** 1-based line in the text that was checked. */
  line?: number;
  /** What was found, e.g. `<img src="https://…">`. */
  found: string;
  /** Why it is refused. */
  reason: string;
  /** What to do. */
  fix: string;
}

const ALLOWED_TAGS = new Set(CONTENT_SCHEMA.tagNames);
const ELEMENT_FIX: Record<string, string> = {
  script: 'remove it: pages run only the site\'s own scripts',
  style: 'remove it: pages use only the site\'s stylesheet',
  iframe: 'remove it and link to the page instead: [text](https://…)',
  form: 'remove it: content cannot send data anywhere',
  img: 'use an image file of this site',
};

/** The attribute definitions the schema gives an element (its own and the global ones). */
function definitionsFor(tag: string): (string | [string, ...unknown[]])[] {
  return [...(CONTENT_SCHEMA.attributes?.[tag] ?? []), ...(CONTENT_SCHEMA.attributes?.['*'] ?? [])] as (string | [string, ...unknown[]])[];
}

function attributeName(property: string): string {
  return find(htmlSchema, property).attribute;
}

function shorten(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

function valueAllowed(definition: unknown[], value: unknown): boolean {
  if (definition.length <= 1) return true;
  return definition.slice(1).some((allowed) => (allowed && typeof allowed === 'object' && 'flags' in allowed ? (allowed as RegExp).test(String(value)) : allowed === value));
}

/** Why an attribute value is refused, for URL attributes the rule they break. */
function attributeFinding(tag: string, name: string, value: string): { reason: string; fix: string } {
  if (tag === 'img' && name === 'src') return { reason: 'images may only be files of this site (no request may leave it)', fix: 'save the image in public/ and use its path, e.g. /images/map.png' };
  if (name === 'href' || name === 'cite') {
    const scheme = /^([^:/?#]*):/.exec(value)?.[1];
    const what = scheme !== undefined && !URL_NOISE.test(scheme) ? `${scheme.toLowerCase()}: links are refused` : 'this link is refused';
    return { reason: `${what}; links may be http(s), mailto, a site-relative path or a #fragment`, fix: 'link to an https:// address or a page of this site' };
  }
  if (name === 'id') return { reason: 'an id written in content could clash with the page\'s own', fix: 'remove the id' };
  if (/^on/i.test(name)) return { reason: 'event handlers run scripts', fix: 'remove the attribute' };
  return { reason: `"${name}" is not an attribute that <${tag}> may carry in content`, fix: 'remove the attribute (the allowed HTML is listed in README.md, "Adding an event")' };
}

function display(value: unknown): string {
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** A finding as one phrase: `contains <form>, which is not on the allowlist …` or `contains <img src="…">: images may …`. */
export function findingMessage(finding: PolicyFinding): string {
  return `contains ${finding.found}${finding.reason.startsWith('which') ? ', ' : ': '}${finding.reason}`;
}

/** Every element, attribute and URL in a (parsed) hast tree that the schema does not allow. */
export function findDisallowed(tree: Nodes, lineOffset = 0): PolicyFinding[] {
  const findings: PolicyFinding[] = [];
  const lineOf = (node: Nodes) => (node.position ? node.position.start.line + lineOffset : undefined);
  const visit = (node: Nodes, parents: string[]) => {
    if (node.type === 'element') {
      const element = node as Element;
      const tag = element.tagName;
      if (!ALLOWED_TAGS.has(tag)) {
        findings.push({ line: lineOf(node), found: `<${tag}>`, reason: 'which is not on the allowlist of HTML for content', fix: ELEMENT_FIX[tag] ?? 'remove it or write it in Markdown (the allowed HTML is listed in README.md, "Adding an event")' });
        if ((CONTENT_SCHEMA.strip ?? []).includes(tag)) return;
      } else {
        const needs = CONTENT_SCHEMA.ancestors?.[tag];
        if (needs && !parents.some((parent) => needs.includes(parent))) {
          findings.push({ line: lineOf(node), found: `<${tag}>`, reason: `which may only appear inside <${needs.join('> or <')}>`, fix: `put it inside <${needs[0]}>` });
        }
        const definitions = definitionsFor(tag);
        for (const [property, value] of Object.entries(element.properties as Properties)) {
          if (value === undefined || value === null || value === false) continue;
          const matching = definitions.filter((definition) => (typeof definition === 'string' ? definition : definition[0]) === property);
          const name = attributeName(property);
          const values = property === 'className' && Array.isArray(value) ? value : [value];
          const ok = matching.length > 0 && values.every((one) => matching.some((definition) => typeof definition === 'string' || valueAllowed(definition, one)));
          if (!ok) {
            const { reason, fix } = attributeFinding(tag, name, display(value));
            findings.push({ line: lineOf(node), found: `<${tag} ${name}="${shorten(display(value))}">`, reason, fix });
          }
        }
      }
      parents = [...parents, tag];
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes, parents);
  };
  visit(tree, []);
  return findings;
}

const markdownToHast = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true });

/** A Markdown body as the HTML tree the build makes of it (raw HTML parsed, entities decoded). */
export function markdownTree(markdown: string): Root {
  const file = new VFile(markdown);
  const mdast = markdownToHast.parse(file);
  return raw(markdownToHast.runSync(mdast, file) as Root, { file }) as Root;
}

function withoutComments(node: Nodes): Nodes {
  if ('children' in node) (node as Root).children = (node as Root).children.filter((child) => child.type !== 'comment').map((child) => withoutComments(child as Nodes)) as Root['children'];
  return node;
}

/**
 * The problems of a Markdown body under the policy, lines counted from `firstLine` (the body's
 * line in its file). Besides what findDisallowed names, anything the sanitizer would still
 * change is reported, so the check can never be more lenient than the build.
 */
export function htmlPolicyProblems(markdown: string, firstLine = 1): PolicyFinding[] {
  // Cheap exit: without "<" (HTML, autolinks), "](" (links, images) or "]:" (link definitions)
  // no element or URL can be written that the policy might refuse (GFM's bare autolinks are
  // http(s) or e-mail only, entities alone make text). Citations [@key] are not links.
  if (!/<|\]\s*\(|\]\s*:/.test(markdown.replace(/\[@[^\]]*\]/g, ''))) return [];
  const tree = withoutComments(markdownTree(markdown)) as Root;
  const findings = findDisallowed(tree, firstLine - 1);
  if (!findings.length) {
    const before = toHtml(tree);
    const after = toHtml(sanitize(tree, CONTENT_SCHEMA));
    if (before !== after) {
      let at = 0;
      while (before[at] === after[at]) at++;
      findings.push({ found: shorten(before.slice(Math.max(0, before.lastIndexOf('<', at)), at + 40)), reason: 'the HTML allowlist would change this', fix: 'write it in plain Markdown' });
    }
  }
  return findings;
}

/**
 * The rehype plugin of the build: parses the raw HTML of a Markdown page (entities decoded)
 * and keeps only what CONTENT_SCHEMA allows. The check has refused anything else already;
 * this is the second lock, so that what the check might miss is still not published.
 */
export function rehypeContentPolicy() {
  return (tree: Root): Root => {
    const { tree: marked, kept } = setAsideMdx(tree);
    const clean = sanitize(raw(marked, { passThrough: [] }) as Root, MDX_AWARE_SCHEMA) as Root;
    return restoreMdx(clean, kept);
  };
}

// MDX (.mdx entries) is code, reviewed as code: its expressions, ESM and JSX nodes are set aside
// while the sanitizer runs over the Markdown around them, then put back where they were.
const MDX_NODES = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement']);
const KEEP = 'x-mdx-kept';
const MDX_AWARE_SCHEMA: Schema = {
  ...CONTENT_SCHEMA,
  tagNames: [...CONTENT_SCHEMA.tagNames!, KEEP],
  attributes: { ...CONTENT_SCHEMA.attributes, [KEEP]: ['dataKept'] },
};

function setAsideMdx(tree: Root): { tree: Root; kept: Nodes[] } {
  const kept: Nodes[] = [];
  const walk = (node: Nodes): Nodes => {
    if (MDX_NODES.has(node.type)) {
      kept.push(node);
      return { type: 'element', tagName: KEEP, properties: { dataKept: kept.length - 1 }, children: [] };
    }
    if ('children' in node) (node as Root).children = (node as Root).children.map((child) => walk(child as Nodes)) as Root['children'];
    return node;
  };
  return { tree: walk(tree) as Root, kept };
}

function restoreMdx(tree: Root, kept: Nodes[]): Root {
  if (!kept.length) return tree;
  const walk = (node: Nodes): Nodes => {
    if (node.type === 'element' && node.tagName === KEEP) return kept[Number(node.properties.dataKept)]!;
    if ('children' in node) (node as Root).children = (node as Root).children.map((child) => walk(child as Nodes)) as Root['children'];
    return node;
  };
  return walk(tree) as Root;
}
