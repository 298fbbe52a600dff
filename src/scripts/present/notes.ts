// The notes window: follows the slide show in the other window (BroadcastChannel), highlights
// the current slide's notes, shows the next slide and the time since the lesson started, and
// sends the slides the teacher's key presses and button clicks.
import { commandForKey } from '../../lib/present/keys.ts';
import { clampSlide, searchForSlide, slideIndexFromSearch } from '../../lib/present/slides.ts';
import { openDeckChannel, REMOTE_COMMANDS, type RemoteCommand } from './channel.ts';

/** Minutes and seconds, for the lesson timer. */
function elapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** Turns the list of notes into the presenter's view. */
export function enhanceNotes(root: HTMLElement): void {
  const items = [...root.querySelectorAll<HTMLElement>('[data-note]')];
  const slugs = (root.dataset.slugs ?? '').split(' ').filter(Boolean);
  const closing = root.dataset.closing !== undefined;
  const count = items.length;
  const bar = root.querySelector<HTMLElement>('[data-notes-bar]')!;
  const position = root.querySelector<HTMLElement>('[data-notes-position]')!;
  const next = root.querySelector<HTMLElement>('[data-notes-next]')!;
  const status = root.querySelector<HTMLElement>('[data-notes-status]')!;
  const timer = root.querySelector<HTMLElement>('[data-notes-timer]')!;
  const channel = openDeckChannel(root.dataset.key ?? 'all');
  const titleOf = (index: number) => items[index]?.querySelector('h2 a')?.textContent?.trim() ?? '';
  let current = -1;
  let connected = false;
  const started = performance.now();

  function highlight(index: number, blackout = false): void {
    const at = clampSlide(index, count);
    if (at !== current) {
      items.forEach((item, i) => {
        item.classList.toggle('is-current', i === at);
        if (i === at) item.setAttribute('aria-current', 'step');
        else item.removeAttribute('aria-current');
      });
      current = at;
      items[at].scrollIntoView({ block: 'start' });
      history.replaceState(null, '', `${location.pathname}${searchForSlide(at, slugs, closing)}`);
    }
    position.textContent = `Slide ${at + 1} of ${count}${blackout ? ' (screen black)' : ''}`;
    next.textContent = at + 1 < count ? `Next: ${titleOf(at + 1)}` : 'Last slide';
  }

  function send(command: RemoteCommand): void {
    if (connected) channel?.post({ type: 'command', command });
    else if (command === 'next') highlight(current + 1);
    else if (command === 'previous') highlight(current - 1);
    else if (command === 'first') highlight(0);
    else if (command === 'last') highlight(count - 1);
  }

  channel?.listen((message) => {
    if (message.type !== 'state') return;
    if (!connected) status.textContent = 'Connected to the slides.';
    connected = true;
    highlight(message.index, message.blackout);
  });

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || (event.target as HTMLElement).closest('input, textarea, select')) return;
    const command = commandForKey(event);
    if (!command || !(REMOTE_COMMANDS as readonly string[]).includes(command)) return;
    if (event.key === ' ' && (event.target as HTMLElement).closest('button, a')) return;
    event.preventDefault();
    send(command as RemoteCommand);
  });
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-remote]');
    if (button) send(button.dataset.remote as RemoteCommand);
  });

  bar.hidden = false;
  highlight(slideIndexFromSearch(location.search, slugs, closing));
  channel?.post({ type: 'hello' });
  window.setInterval(() => (timer.textContent = elapsed(performance.now() - started)), 1000);
}
