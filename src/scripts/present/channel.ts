// The link between a slide show and its notes window: a BroadcastChannel per deck, on the
// same origin only. The deck announces every change; the notes window asks it to move.
import type { DeckCommand } from '../../lib/present/keys.ts';

/** Commands the notes window may send to the slides. */
export type RemoteCommand = Extract<DeckCommand, 'next' | 'previous' | 'first' | 'last' | 'blackout'>;

/** What goes over the channel. */
export type DeckMessage =
  | { type: 'state'; index: number; count: number; blackout: boolean }
  | { type: 'hello' }
  | { type: 'command'; command: RemoteCommand }
  | { type: 'go'; index: number };

export const REMOTE_COMMANDS: readonly RemoteCommand[] = ['next', 'previous', 'first', 'last', 'blackout'];

/** The channel of one deck ("all" or a lesson path's slug), or null where BroadcastChannel is missing. */
export function openDeckChannel(key: string): { post(message: DeckMessage): void; listen(handler: (message: DeckMessage) => void): void } | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(`present:${key}`);
  return {
    post: (message) => channel.postMessage(message),
    listen: (handler) => channel.addEventListener('message', (event: MessageEvent<DeckMessage>) => handler(event.data)),
  };
}
