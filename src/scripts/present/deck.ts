// The slide show around the server-rendered list of slides (components/present/Deck.astro):
// one slide at a time, its own address (?event=<slug>) with back and forward, the keys teachers
// know from presentation software and clickers, swipes, buttons, an overview, a black screen,
// "G then a number", full screen, themes, and the notes window kept in step. Nothing moves on
// its own.
import { commandForKey, type DeckCommand } from '../../lib/present/keys.ts';
import { clampSlide, resolveGoto, searchForSlide, slideIndexFromSearch, typeGotoDigit } from '../../lib/present/slides.ts';
import { openDeckChannel, REMOTE_COMMANDS } from './channel.ts';

const THEME_KEY = 'present-theme';
/** A horizontal swipe at least this long (CSS pixels) turns the slide. */
const SWIPE_PX = 50;
/** After "G" and a number, how long to wait for another digit before going. */
const GOTO_IDLE_MS = 2000;

type Theme = 'light' | 'dark';

function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

/** Turns a deck's list of slides into a slide show. */
export function enhanceDeck(root: HTMLElement): void {
  const slides = [...root.querySelectorAll<HTMLElement>('[data-slide]')];
  const slugs = (root.dataset.slugs ?? '').split(' ').filter(Boolean);
  const closing = root.dataset.closing !== undefined;
  const count = slides.length;
  const key = root.dataset.key ?? 'all';
  const get = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const bar = get<HTMLElement>('[data-bar]');
  const counter = get<HTMLElement>('[data-counter]');
  const overview = get<HTMLElement>('[data-overview]');
  const black = get<HTMLElement>('[data-black]');
  const gotoBox = get<HTMLElement>('[data-goto-box]');
  const gotoDigits = get<HTMLElement>('[data-goto-digits]');
  const live = get<HTMLElement>('[data-live]');
  const help = get<HTMLDialogElement>('[data-help]');
  const fullscreenButton = get<HTMLButtonElement>('[data-fullscreen-label]');
  const themeButton = get<HTMLButtonElement>('[data-theme-label]');
  const channel = openDeckChannel(key);
  const pageTitle = document.title;

  let current = -1;
  let blackout = false;
  let goto: { digits: string; timer: number } | null = null;
  /** What had focus when the keys dialog opened (the ? button, or the slide): it gets focus back. */
  let helpOpener: HTMLElement | null = null;

  const titleOf = (index: number) => (index === 0 ? root.dataset.title ?? '' : slides[index].querySelector('h2')?.textContent?.trim() ?? '');

  function broadcast(): void {
    channel?.post({ type: 'state', index: current, count, blackout });
  }

  /** Shows a slide: the one path for every change (keys, buttons, overview, address, notes window). */
  function show(index: number, history: 'push' | 'replace' | 'none'): void {
    const next = clampSlide(index, count);
    const previous = slides[current];
    const hadFocus = previous?.contains(document.activeElement);
    if (next !== current) {
      slides.forEach((slide, i) => slide.classList.toggle('is-current', i === next));
      current = next;
      counter.textContent = `${next + 1} / ${count}`;
      document.title = next === 0 ? pageTitle : `${next + 1}. ${titleOf(next)} · ${pageTitle}`;
      if (previous) live.textContent = `Slide ${next + 1} of ${count}: ${titleOf(next)}`;
      fit(slides[next]);
      if (hadFocus) focusSlide(slides[next]);
    }
    if (history !== 'none') {
      const url = `${location.pathname}${searchForSlide(next, slugs, closing)}`;
      if (history === 'push' && url !== `${location.pathname}${location.search}`) window.history.pushState({ slide: next }, '', url);
      else window.history.replaceState({ slide: next }, '', url);
    }
    broadcast();
  }

  function focusSlide(slide: HTMLElement): void {
    const heading = slide.querySelector<HTMLElement>('h1, h2');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }

  /** A slide whose content does not fit the screen (an unusual screen, a long text) scrolls rather than being cut off. */
  function fit(slide: HTMLElement): void {
    const body = slide.querySelector<HTMLElement>('.slide__body');
    if (!body) return;
    slide.classList.remove('is-overflowing');
    const parts = [body, ...body.querySelectorAll<HTMLElement>('.slide__points, .slide__intro, .slide__head')];
    slide.classList.toggle('is-overflowing', parts.some((part) => part.scrollHeight > part.clientHeight + 1 || part.scrollWidth > part.clientWidth + 1));
  }

  function setBlackout(on: boolean): void {
    blackout = on;
    black.hidden = !on;
    root.classList.toggle('is-black', on);
    broadcast();
  }

  function overviewOpen(): boolean {
    return !overview.hidden;
  }

  function setOverview(open: boolean): void {
    overview.hidden = !open;
    root.classList.toggle('is-overview', open);
    if (open) {
      const cards = overview.querySelectorAll<HTMLAnchorElement>('a[data-goto]');
      cards.forEach((card, i) => card.setAttribute('aria-current', i === current ? 'page' : 'false'));
      cards[current]?.focus();
    } else if (overview.contains(document.activeElement) || document.activeElement === document.body) {
      focusSlide(slides[current]);
    }
  }

  function moveInOverview(key: string): void {
    const cards = [...overview.querySelectorAll<HTMLAnchorElement>('a[data-goto]')];
    const at = Math.max(0, cards.indexOf(document.activeElement as HTMLAnchorElement));
    const top = cards[0].getBoundingClientRect().top;
    const columns = Math.max(1, cards.filter((card) => Math.abs(card.getBoundingClientRect().top - top) < 2).length);
    const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns, ArrowUp: -columns, Home: -cards.length, End: cards.length }[key] ?? 0;
    cards[Math.max(0, Math.min(cards.length - 1, at + step))].focus();
  }

  function startGoto(): void {
    goto = { digits: '', timer: 0 };
    gotoDigits.textContent = '';
    gotoBox.hidden = false;
  }

  function endGoto(to: number | null): void {
    if (goto) window.clearTimeout(goto.timer);
    goto = null;
    gotoBox.hidden = true;
    if (to !== null) show(to, 'push');
  }

  function gotoKey(event: KeyboardEvent): void {
    if (!goto) return;
    event.preventDefault();
    if (/^[0-9]$/.test(event.key)) {
      const typed = typeGotoDigit(goto.digits, event.key, count);
      if (typed.go !== null) return endGoto(typed.go);
      goto.digits = typed.digits;
      gotoDigits.textContent = typed.digits;
      window.clearTimeout(goto.timer);
      goto.timer = window.setTimeout(() => endGoto(resolveGoto(goto?.digits ?? '', count)), GOTO_IDLE_MS);
    } else if (event.key === 'Enter') endGoto(resolveGoto(goto.digits, count));
    else if (event.key === 'Backspace') {
      goto.digits = goto.digits.slice(0, -1);
      gotoDigits.textContent = goto.digits;
    } else if (!['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) endGoto(null);
  }

  function toggleFullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  }

  function applyTheme(theme: Theme): void {
    root.dataset.theme = theme;
    themeButton.textContent = theme === 'dark' ? 'Light' : 'Dark';
    themeButton.setAttribute('aria-label', theme === 'dark' ? 'Light theme' : 'Dark theme');
  }

  function toggleTheme(): void {
    const theme: Theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
    applyTheme(theme);
    try {
      localStorage.setItem(THEME_KEY, theme);
    } catch {
      // Private browsing may refuse storage; the theme still changes for this page.
    }
  }

  function openNotes(): void {
    const notes = root.dataset.notes;
    if (notes) window.open(`${notes}${searchForSlide(current, slugs, closing)}`, `notes-${key}`, 'popup=yes,width=1000,height=760');
  }

  function openHelp(opener: Element | null): void {
    helpOpener = opener instanceof HTMLElement && opener !== document.body ? opener : null;
    help.showModal();
  }

  help.addEventListener('close', () => {
    const opener = helpOpener;
    helpOpener = null;
    // The browser may hand focus back on its own, or to nothing; make it the opener, every time.
    if (opener?.isConnected && !opener.closest('[hidden]')) opener.focus({ preventScroll: true });
    else focusSlide(slides[current]);
  });

  function run(command: DeckCommand, opener: Element | null = document.activeElement): void {
    switch (command) {
      case 'next': return show(current + 1, 'push');
      case 'previous': return show(current - 1, 'push');
      case 'first': return show(0, 'push');
      case 'last': return show(count - 1, 'push');
      case 'fullscreen': return toggleFullscreen();
      case 'blackout': return setBlackout(!blackout);
      case 'overview': return setOverview(!overviewOpen());
      case 'escape': return setOverview(!overviewOpen());
      case 'goto': return startGoto();
      case 'help': return openHelp(opener);
      case 'notes': return openNotes();
      case 'theme': return toggleTheme();
    }
  }

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || help.open) return; // the dialog closes itself on Esc
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    if (blackout) {
      if (['Shift', 'Control', 'Alt', 'Meta'].includes(event.key) || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      return setBlackout(false); // any key brings the slide back, and does nothing else
    }
    if (goto) return gotoKey(event);
    const command = commandForKey(event);
    if (overviewOpen()) {
      if (command === 'escape' || command === 'overview') {
        event.preventDefault();
        setOverview(false);
      } else if (['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) {
        event.preventDefault();
        moveInOverview(event.key);
      }
      return;
    }
    if (!command) return;
    // Space on a focused button or link does what that control does, once.
    if (event.key === ' ' && target.closest('button, a')) return;
    event.preventDefault();
    run(command);
  });

  root.addEventListener('click', (event) => {
    const control = (event.target as Element).closest<HTMLElement>('[data-command], a[data-goto]');
    if (!control) return;
    if (control.dataset.goto !== undefined) {
      event.preventDefault();
      setOverview(false);
      show(Number(control.dataset.goto), 'push');
      return;
    }
    run(control.dataset.command as DeckCommand, control);
    // After a mouse click, keys go back to the slides (a focused button would take Space for
    // itself); a dialog's opener keeps its focus, to be given it back when the dialog closes.
    if (event.detail > 0 && control instanceof HTMLButtonElement && !help.open) control.blur();
  });
  black.addEventListener('click', () => setBlackout(false));

  let touch: { x: number; y: number } | null = null;
  root.addEventListener('pointerdown', (event) => {
    touch = event.pointerType === 'touch' && !overviewOpen() ? { x: event.clientX, y: event.clientY } : null;
  });
  root.addEventListener('pointerup', (event) => {
    if (!touch || event.pointerType !== 'touch') return;
    const dx = event.clientX - touch.x;
    const dy = event.clientY - touch.y;
    touch = null;
    if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > 1.5 * Math.abs(dy)) run(dx < 0 ? 'next' : 'previous');
  });
  root.addEventListener('pointercancel', () => (touch = null));

  window.addEventListener('popstate', () => show(slideIndexFromSearch(location.search, slugs, closing), 'none'));
  window.addEventListener('resize', () => fit(slides[current]));
  document.addEventListener('fullscreenchange', () => {
    const on = Boolean(document.fullscreenElement);
    fullscreenButton.textContent = on ? 'Exit full screen' : 'Full screen';
    root.classList.toggle('is-fullscreen', on);
  });
  if (!document.fullscreenEnabled) fullscreenButton.hidden = true;

  channel?.listen((message) => {
    if (message.type === 'hello') broadcast();
    else if (message.type === 'go') show(message.index, 'push');
    else if (message.type === 'command' && REMOTE_COMMANDS.includes(message.command)) run(message.command);
  });

  applyTheme(storedTheme() ?? (window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
  root.classList.add('is-ready');
  bar.hidden = false;
  show(slideIndexFromSearch(location.search, slugs, closing), 'replace');
}
