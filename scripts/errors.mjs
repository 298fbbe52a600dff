// How every command a user runs (check:content, build, import, bench) ends when something goes
// wrong: bad input gets one line that names the file and says what to do; anything else is a
// bug, and says so in one line, with the file its details (the stack) were written to.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Where the details of the last unexpected error are written. */
export const ERROR_LOG = join(root, 'tmp', 'last-error.log');

/** A problem with the user's input or environment, told in one line (no stack). */
export class InputError extends Error {
  constructor(message) {
    super(message);
    this.name = 'InputError';
  }
}

/** The first line of an error's message, for a report that must stay on one line. */
export function firstLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').map((line) => line.trim()).find(Boolean) ?? 'no message';
}

/** Writes the details of an unexpected error to ERROR_LOG and returns its path as shown to the user. */
export function writeDetails(command, details) {
  mkdirSync(join(root, 'tmp'), { recursive: true });
  writeFileSync(ERROR_LOG, [`${new Date().toISOString()} ${command}`, `argv: ${process.argv.slice(2).join(' ')}`, `node: ${process.version}`, '', details, ''].join('\n'));
  return relative(process.cwd(), ERROR_LOG) || ERROR_LOG;
}

/** Ends the command on an error: one line for bad input, one line naming the log for a bug. */
export function fail(command, error) {
  if (error instanceof InputError || error?.name === 'InputError') {
    console.error(`✗ ${error.message}`);
    process.exit(1);
  }
  const log = writeDetails(command, error instanceof Error ? error.stack ?? error.message : String(error));
  console.error(`✗ ${command} stopped on an unexpected error (a bug, not a problem with your input): ${firstLine(error)}. Details were written to ${log}.`);
  process.exit(70);
}

/** Routes every uncaught error of this process through `fail`, so no stack trace reaches the user. */
export function handleErrors(command) {
  process.on('uncaughtException', (error) => fail(command, error));
  process.on('unhandledRejection', (error) => fail(command, error));
}
