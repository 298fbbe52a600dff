// Mouse, keyboard and button input: each gesture becomes one call on the timeline.
import type { SceneCluster } from '../../lib/timeline/scene.ts';

/** The zoom buttons and keys change the window by this factor. */
export const ZOOM_STEP = 2;

/** What input asks of the timeline. */
export interface InputHost {
  /** Whether the timeline runs down the page (it then scrolls with it instead of dragging). */
  vertical(): boolean;
  activeSlug(): string | undefined;
  /** The time under a pointer at clientX. */
  timeAtClientX(clientX: number): number;
  cluster(key: string): SceneCluster | undefined;
  select(slug: string | undefined): void;
  step(delta: number | 'first' | 'last'): void;
  zoomBy(factor: number, around?: number): void;
  openCluster(cluster: SceneCluster): void;
  reset(): void;
  clearFilter(): void;
  /** Closes the card and gives focus back to the timeline. */
  closeCard(): void;
  open(slug: string): void;
}

const onMark = (target: EventTarget | null) => (target as Element | null)?.closest?.<SVGAElement>('.tl-mark, .tl-cluster') ?? null;

/** Which pointer events d3-zoom may act on: none in the vertical timeline, and no double-click on a mark. */
export function acceptsZoomEvent(host: InputHost, event: Event & { button?: number }): boolean {
  if (host.vertical()) return false; // the column scrolls with the page; buttons and keys zoom it
  if (event.type === 'wheel') return true;
  if (event.type === 'dblclick') return !onMark(event.target);
  return !event.button;
}

/** Wires the timeline's SVG, its buttons and its card to the host. */
export function listen(root: HTMLElement, svg: SVGSVGElement, card: HTMLElement, host: InputHost): void {
  svg.addEventListener('dblclick', (event) => {
    if (onMark(event.target) || host.vertical()) return;
    host.zoomBy(event.shiftKey ? 1 / ZOOM_STEP : ZOOM_STEP, host.timeAtClientX(event.clientX));
  });

  svg.addEventListener('click', (event) => {
    const target = event.target as Element;
    const mark = target.closest<SVGAElement>('.tl-mark');
    const clusterNode = target.closest<SVGAElement>('.tl-cluster');
    if (mark) {
      event.preventDefault();
      host.select(mark.dataset.key);
      mark.focus({ preventScroll: true });
    } else if (clusterNode) {
      event.preventDefault();
      const cluster = host.cluster(clusterNode.dataset.key!);
      if (cluster) host.openCluster(cluster);
    }
  });

  svg.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const onCluster = (event.target as Element).closest?.('.tl-cluster');
    switch (event.key) {
      case 'ArrowRight': case 'ArrowDown': case 'n': case 'PageDown': host.step(1); break;
      case 'ArrowLeft': case 'ArrowUp': case 'p': case 'PageUp': host.step(-1); break;
      case 'Home': host.step('first'); break;
      case 'End': host.step('last'); break;
      case '+': case '=': host.zoomBy(ZOOM_STEP); break;
      case '-': case '_': host.zoomBy(1 / ZOOM_STEP); break;
      case 'Escape': if (host.activeSlug()) host.select(undefined); break;
      case 'Enter': {
        const slug = host.activeSlug();
        if (onCluster) (onCluster as SVGAElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
        else if (slug) host.open(slug);
        else host.step(1);
        break;
      }
      default: return;
    }
    event.preventDefault();
  });

  root.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'zoom-in') host.zoomBy(ZOOM_STEP);
    else if (action === 'zoom-out') host.zoomBy(1 / ZOOM_STEP);
    else if (action === 'reset') host.reset();
    else if (action === 'clear-filter') host.clearFilter();
    else if (action === 'close-card') host.closeCard();
  });
  card.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') host.closeCard();
  });
}
