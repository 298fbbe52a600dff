// <event-filters>: filters the server-rendered chronology of /events/ by lane and tag at once,
// keeps the filter in the URL (?lane=…&tag=…) and points the timeline link at the same filter.
// Without JavaScript the element stays hidden and the pre-built theme and tag pages do the job.
import { describeFilter, parseFilter, type MenuFilter } from '../lib/browse/filter.ts';
import { filterQuery, matchesFilter } from '../lib/filter-query.ts';

class EventFilters extends HTMLElement {
  connectedCallback(): void {
    const lane = this.querySelector<HTMLSelectElement>('select[name="lane"]');
    const tag = this.querySelector<HTMLSelectElement>('select[name="tag"]');
    const scope = document.querySelector<HTMLElement>(this.dataset.scope ?? 'main');
    if (!lane || !tag || !scope) return;
    const items = [...scope.querySelectorAll<HTMLElement>('.event-item[data-lane]')];
    const groups = [...scope.querySelectorAll<HTMLElement>('.era[data-group], .decade[data-group]')];
    const jumps = [...document.querySelectorAll<HTMLElement>('.jump-nav [data-group]')];
    const status = this.querySelector<HTMLElement>('[data-filter-status]');
    const timelineLink = this.querySelector<HTMLAnchorElement>('[data-timeline-link]');
    const optionValues = (select: HTMLSelectElement) => [...select.options].map((o) => o.value).filter(Boolean);
    const known = { lanes: optionValues(lane), tags: optionValues(tag) };
    const label = (select: HTMLSelectElement) => select.selectedOptions[0]?.dataset.label ?? '';

    const apply = (filter: MenuFilter, updateUrl: boolean) => {
      lane.value = filter.lane;
      tag.value = filter.tag;
      let shown = 0;
      for (const item of items) {
        const visible = matchesFilter({ lane: item.dataset.lane ?? '', tags: (item.dataset.tags ?? '').split(' ') }, filter);
        item.hidden = !visible;
        if (visible) shown += 1;
      }
      const empty = new Set<string>();
      for (const group of groups) {
        group.hidden = !group.querySelector('.event-item:not([hidden])');
        if (group.hidden) empty.add(group.dataset.group ?? '');
      }
      for (const jump of jumps) jump.hidden = empty.has(jump.dataset.group ?? '');
      if (status) status.textContent = describeFilter(shown, items.length, { lane: filter.lane ? label(lane) : '', tag: filter.tag ? label(tag) : '' });
      const query = filterQuery(filter);
      if (timelineLink) timelineLink.href = `${timelineLink.dataset.base ?? '/'}${query}`;
      if (updateUrl) history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    };

    const current = (): MenuFilter => ({ lane: lane.value, tag: tag.value });
    lane.addEventListener('change', () => apply(current(), true));
    tag.addEventListener('change', () => apply(current(), true));
    this.querySelector('[data-filter-reset]')?.addEventListener('click', () => {
      apply({ lane: '', tag: '' }, true);
      lane.focus();
    });
    this.hidden = false;
    apply(parseFilter(location.search, known), false);
  }
}

customElements.define('event-filters', EventFilters);
