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
  time.dateTime = item.iso;
  const certainty = describeCertainty(item);
  q<HTMLElement>('[data-card-certainty]').textContent = certainty ? `(${certainty})` : '';
  const where = q<HTMLElement>('[data-card-places]');
  where.hidden = placeNames.length === 0;
  where.textContent = placeNames.length ? `Where: ${placeNames.join(', ')}` : '';
  q<HTMLElement>('[data-card-summary]').textContent = item.summary;
  const link = q<HTMLAnchorElement>('[data-card-link]');
  link.href = `${eventsBase}${item.slug}/`;
  link.setAttribute('aria-label', `Read and cite: ${item.title}`);
}
