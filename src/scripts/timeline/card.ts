// The event card: the selected event's theme, title, date, certainty, places, summary and link.
import { describeCertainty, type TimelineItem } from '../../lib/timeline/items.ts';

/** Shows the card for `item` (with the names of its places), or hides it when there is none. */
export function showCard(root: HTMLElement, item: TimelineItem | undefined, laneLabel: string, eventsBase: string, placeNames: readonly string[] = []): void {
  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const card = q<HTMLElement>('[data-card]');
  card.hidden = !item;
  if (!item) return;
  q<HTMLElement>('[data-card-lane]').textContent = laneLabel;
  q<HTMLElement>('[data-card-title]').textContent = item.title;
  const time = q<HTMLTimeElement>('[data-card-date]');
  time.textContent = item.dateText;
  if (item.iso) time.dateTime = item.iso;
  else time.removeAttribute('datetime'); // before 1 CE: HTML has no form for it
  const certainty = describeCertainty(item);
  q<HTMLElement>('[data-card-certainty]').textContent = certainty ? `(${certainty})` : '';
  const where = q<HTMLElement>('[data-card-places]');
  where.hidden = placeNames.length === 0;
  where.textContent = placeNames.length ? `Where: ${placeNames.join(', ')}` : '';
  q<HTMLElement>('[data-card-summary]').textContent = item.summary;
  showThumbnail(card, item.thumb);
  const link = q<HTMLAnchorElement>('[data-card-link]');
  link.href = `${eventsBase}${item.slug}/`;
  link.setAttribute('aria-label', `Read and cite: ${item.title}`);
}

/** Side of the card's square thumbnail, in CSS pixels (the file is twice as wide, for sharp screens). */
const THUMB_PX = 80;

/**
 * The event's picture, small, at the top of the card; made here, since an <img> needs a src.
 * Its alt is empty: the card's title says what it is, and the event page has the full text alternative.
 */
function showThumbnail(card: HTMLElement, src: string | undefined): void {
  let thumb = card.querySelector<HTMLImageElement>('[data-card-thumb]');
  if (!src) {
    thumb?.remove();
    return;
  }
  if (!thumb) {
    thumb = Object.assign(document.createElement('img'), { alt: '', width: THUMB_PX, height: THUMB_PX, decoding: 'async', className: 'tl-card__thumb' });
    thumb.dataset.cardThumb = '';
    card.prepend(thumb);
  }
  thumb.src = src;
}

/** Room between the card and the mark it describes. */
const CARD_GAP_PX = 12;

/**
 * Puts the card over the drawing, next to `anchor` (the chosen mark, or what holds it): beside it
 * where there is room, else on its other side, else at the far edge from it. It stays inside the
 * drawing area and on screen, so it never covers the controls above the drawing (zoom, embed,
 * filters). On phones the stylesheet makes the card a bottom sheet instead, and this leaves it alone.
 */
export function placeCard(root: HTMLElement, anchor: Element | null): void {
  const card = root.querySelector<HTMLElement>('[data-card]')!;
  if (card.hidden || root.classList.contains('is-vertical')) return;
  const origin = root.getBoundingClientRect();
  const area = (root.querySelector('[data-viewport]') ?? root).getBoundingClientRect();
  const width = card.offsetWidth;
  const height = card.offsetHeight;
  const mark = anchor?.getBoundingClientRect() ?? { left: area.right, right: area.right, top: area.top };
  const after = mark.right + CARD_GAP_PX;
  const before = mark.left - CARD_GAP_PX - width;
  const farEdge = (mark.left + mark.right) / 2 < (area.left + area.right) / 2 ? area.right - width : area.left;
  const left = after + width <= area.right ? after : before >= area.left ? before : Math.max(area.left, farEdge);
  // Level with the mark, but below the top of the drawing and wholly on screen where it fits.
  const lowest = Math.min(area.bottom, globalThis.innerHeight) - height - CARD_GAP_PX;
  const top = Math.max(area.top, Math.min(mark.top - CARD_GAP_PX, lowest));
  // CSSOM, not a style attribute: the CSP allows the one and refuses the other.
  card.style.left = `${Math.round(left - origin.left)}px`;
  card.style.top = `${Math.round(top - origin.top)}px`;
}
