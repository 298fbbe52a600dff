// The timeline's one renderer: turns a scene into SVG elements, attribute by attribute. At build
// time they are written out as markup (Timeline.astro); in the browser the same elements are
// written onto the server-rendered nodes, keyed by slug (src/scripts/timeline/draw.ts). It does
// no geometry: every position and size comes from the scene as it is.
import type { Scene, SceneBox, SceneCluster, SceneEra, SceneLane, SceneMark, SceneText, SceneTick } from './scene.ts';
import { roundToTenth } from '../round.ts';

/** Attribute values as written; null means "no such attribute". */
export type SvgAttributes = Record<string, string | null>;

/** One SVG element as the renderer writes it: its tag, attributes, text or children. */
export interface SvgElement {
  tag: 'a' | 'g' | 'rect' | 'circle' | 'text' | 'line' | 'path';
  attrs: SvgAttributes;
  text?: string;
  children?: SvgElement[];
}

/** Where marks and clusters link to: the page builds them at its base, the browser may point clusters elsewhere. */
export interface RenderLinks {
  event(slug: string): string;
  cluster(cluster: SceneCluster): string;
}

/** The timeline's layers, back to front; each holds one keyed element per era, lane, tick, mark or cluster. */
export const LAYERS = ['eras', 'lanes', 'axis', 'marks', 'clusters'] as const;

/** The name of one of the timeline's layers. */
export type LayerName = (typeof LAYERS)[number];

/** To a tenth of a pixel: finer differences show nothing, and would only be written again. */
export function formatPx(value: number): string {
  return String(roundToTenth(value));
}

const px = formatPx;
const boxAttrs = (box: SceneBox): SvgAttributes => ({ x: px(box.x), y: px(box.y), width: px(box.width), height: px(box.height) });
const textAttrs = (at: SceneText): SvgAttributes => ({ x: px(at.x), y: px(at.y), transform: at.rotate ? `rotate(90 ${px(at.x)} ${px(at.y)})` : null });
const translate = (x: number, y: number) => `translate(${px(x)},${px(y)})`;

function label(at: SceneText, text: string, labelled: boolean, anchor: 'start' | 'end'): SvgElement {
  return { tag: 'text', attrs: { class: labelled ? 'tl-label' : 'tl-label is-hidden', x: px(at.x), y: px(at.y), 'text-anchor': anchor }, text };
}

/** An era's band and name. */
export function renderEra(era: SceneEra): SvgElement {
  return {
    tag: 'g',
    attrs: { class: `tl-era tl-era--${era.kind}`, 'data-key': era.key },
    children: [{ tag: 'rect', attrs: boxAttrs(era.rect) }, { tag: 'text', attrs: textAttrs(era.text), text: era.label }],
  };
}

/** A lane's band and name. */
export function renderLane(lane: SceneLane, index: number): SvgElement {
  return {
    tag: 'g',
    attrs: { class: `tl-lane lane-${index + 1}`, 'data-key': lane.key },
    children: [{ tag: 'rect', attrs: boxAttrs(lane.rect) }, { tag: 'text', attrs: textAttrs(lane.text), text: lane.label }],
  };
}

/** A tick of the time axis: its line and its label. */
export function renderTick(tick: SceneTick): SvgElement {
  const { x1, y1, x2, y2 } = tick.line;
  return {
    tag: 'g',
    attrs: { class: tick.major ? 'tl-tick is-major' : 'tl-tick', 'data-key': String(tick.time) },
    children: [{ tag: 'line', attrs: { x1: px(x1), y1: px(y1), x2: px(x2), y2: px(y2) } }, { tag: 'text', attrs: textAttrs(tick.text), text: tick.label }],
  };
}

/**
 * An event's mark: a link at translate(x, y) holding its parts at fixed offsets, so that while
 * the reader zooms or drags most marks change one attribute a frame.
 */
export function renderMark(mark: SceneMark, links: RenderLinks): SvgElement {
  const { parts } = mark;
  const children: SvgElement[] = [{ tag: 'rect', attrs: { class: 'tl-hit', ...boxAttrs(parts.hit) } }];
  if (parts.dot !== undefined) children.push({ tag: 'circle', attrs: { class: 'tl-dot', r: px(parts.dot) } });
  if (parts.bar) children.push({ tag: 'rect', attrs: { class: 'tl-bar', ...boxAttrs(parts.bar), rx: px(parts.bar.corner) } });
  if (parts.fuzzStart) children.push({ tag: 'rect', attrs: { class: 'tl-fuzz tl-fuzz--start', ...boxAttrs(parts.fuzzStart) } });
  if (parts.fuzzEnd) children.push({ tag: 'rect', attrs: { class: 'tl-fuzz tl-fuzz--end', ...boxAttrs(parts.fuzzEnd) } });
  if (parts.open) children.push({ tag: 'path', attrs: { class: 'tl-open', d: `M${parts.open.map(([x, y]) => `${px(x)},${px(y)}`).join(' L')} z` } });
  children.push(label(parts.label, mark.label, mark.labelled, mark.labelAnchor));
  return {
    tag: 'a',
    attrs: { class: mark.classes, href: links.event(mark.slug), 'data-key': mark.key, 'aria-label': mark.ariaLabel, transform: translate(mark.x, mark.y) },
    children,
  };
}

/** A cluster: a circle with its count, and its label. */
export function renderCluster(cluster: SceneCluster, links: RenderLinks): SvgElement {
  return {
    tag: 'a',
    attrs: { class: `tl-cluster lane-${cluster.lane + 1}`, href: links.cluster(cluster), 'data-key': cluster.key, 'aria-label': cluster.ariaLabel, transform: translate(cluster.x, cluster.y) },
    children: [
      { tag: 'circle', attrs: { class: 'tl-cluster__dot', r: px(cluster.radius) } },
      { tag: 'text', attrs: { class: 'tl-count' }, text: String(cluster.count) },
      label(cluster.labelAt, cluster.label, cluster.labelled, cluster.labelAnchor),
    ],
  };
}

/** Every layer's elements for a scene, in drawing order. */
export function renderLayers(scene: Scene, links: RenderLinks): Record<LayerName, SvgElement[]> {
  return {
    eras: scene.eras.map(renderEra),
    lanes: scene.lanes.map(renderLane),
    axis: scene.ticks.map(renderTick),
    marks: scene.marks.map((mark) => renderMark(mark, links)),
    clusters: scene.clusters.map((cluster) => renderCluster(cluster, links)),
  };
}

/** The SVG root's own attributes for a scene: its viewBox, and a fixed size when it runs down the page. */
export function renderSvgAttributes(scene: Scene): SvgAttributes {
  const vertical = scene.orientation === 'vertical';
  return { viewBox: `0 0 ${px(scene.width)} ${px(scene.height)}`, width: vertical ? px(scene.width) : null, height: vertical ? px(scene.height) : null };
}

/**
 * The key an element is joined by: its data-key, and for marks their kind as well (a mark that
 * turns from point to bar is rebuilt with the parts its kind needs). The same for an element
 * described here and for one already in the page, read from its attributes.
 */
export function joinKey(attrs: { class?: string | null; 'data-key'?: string | null }): string {
  const classes = ` ${attrs.class ?? ''} `;
  const kind = classes.includes(' tl-mark--bar ') ? 'bar:' : classes.includes(' tl-mark--point ') ? 'point:' : '';
  return `${kind}${attrs['data-key'] ?? ''}`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]);

/** An element as SVG markup. */
export function toMarkup(element: SvgElement): string {
  const attrs = Object.entries(element.attrs).filter(([, value]) => value !== null).map(([name, value]) => ` ${name}="${escape(value!)}"`).join('');
  const inner = element.children ? element.children.map(toMarkup).join('') : escape(element.text ?? '');
  return `<${element.tag}${attrs}>${inner}</${element.tag}>`;
}

/** The layers of a scene as SVG markup, each a `<g data-layer>` the browser adopts. */
export function renderLayersMarkup(scene: Scene, links: RenderLinks): string {
  const layers = renderLayers(scene, links);
  return LAYERS.map((name) => `<g class="tl-${name}" data-layer="${name}">${layers[name].map(toMarkup).join('')}</g>`).join('');
}
