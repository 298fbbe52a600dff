// Writes the renderer's elements (src/lib/timeline/render.ts) into the page. The first draw
// adopts the SVG the build rendered, joined by key, so nothing is thrown away; later draws
// write only the attributes that changed.
import { select } from 'd3-selection';
import { joinKey, LAYERS, type LayerName, type SvgAttributes, type SvgElement } from '../../lib/timeline/render.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A drawn element, with the attribute values last written to it (writing even an equal value costs style and layout). */
type Drawn = Element & { __attrs?: Map<string, string | null>; __adopted?: boolean; __checked?: boolean };

/** The layers' groups of the server-rendered SVG, made where the page has none. */
export function adoptLayers(svg: SVGSVGElement): Record<LayerName, SVGGElement> {
  const layers = {} as Record<LayerName, SVGGElement>;
  for (const name of LAYERS) {
    let group = svg.querySelector<SVGGElement>(`:scope > g[data-layer="${name}"]`);
    if (!group) {
      group = document.createElementNS(SVG_NS, 'g');
      group.setAttribute('class', `tl-${name}`);
      group.dataset.layer = name;
      svg.append(group);
    }
    layers[name] = group;
  }
  return layers;
}

/** Sets the attributes that changed; null removes one. */
export function writeAttributes(node: Drawn, attrs: SvgAttributes): void {
  const written = (node.__attrs ??= new Map());
  for (const name in attrs) {
    const value = attrs[name];
    const before = written.has(name) ? written.get(name) : node.getAttribute(name);
    written.set(name, value);
    if (before === value) continue;
    if (value === null) node.removeAttribute(name);
    else node.setAttribute(name, value);
  }
}

function create(element: SvgElement): Element {
  const node = document.createElementNS(SVG_NS, element.tag);
  for (const child of element.children ?? []) node.append(create(child));
  return node;
}

/** Brings a node (and its parts, in order) to what the renderer describes. */
function patch(node: Drawn, element: SvgElement): void {
  writeAttributes(node, element.attrs);
  const children = element.children;
  if (children) {
    // The parts are fixed per key, so a node's are checked once: one from elsewhere with other parts is rebuilt.
    if (!node.__checked) {
      node.__checked = true;
      if (node.children.length !== children.length || children.some((child, i) => node.children[i].localName !== child.tag)) node.replaceChildren(...children.map(create));
    }
    for (let i = 0; i < children.length; i++) patch(node.children[i], children[i]);
  } else if (element.text !== undefined && node.textContent !== element.text) {
    node.textContent = element.text;
  }
}

/**
 * Joins one layer's elements to its nodes by key (keeping each node, the server's included,
 * for as long as its key is drawn), then writes them. `adopt` runs once for each node.
 */
export function drawLayer(layer: SVGGElement, elements: SvgElement[], adopt?: (node: Element) => void): void {
  select(layer)
    .selectChildren<Element, SvgElement | undefined>()
    .data(elements, function (this: Element | SvgElement[], d: SvgElement | undefined) {
      return d ? joinKey(d.attrs) : joinKey({ class: (this as Element).getAttribute('class'), 'data-key': (this as Element).getAttribute('data-key') });
    })
    .join((enter) => enter.append((d) => create(d)))
    .each(function (d) {
      const node = this as Drawn;
      patch(node, d);
      if (adopt && !node.__adopted) {
        node.__adopted = true;
        adopt(node);
      }
    });
}
