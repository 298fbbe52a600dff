import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers/fixtures.ts';

// Each zone runs in its own process, because a process reads TZ once.
const ZONES = ['UTC', 'America/New_York', 'Pacific/Kiritimati'];

function runIn(zone: string) {
  const output = execFileSync(process.execPath, [join(ROOT, 'tests/helpers/date-cases.ts')], { env: { ...process.env, TZ: zone }, encoding: 'utf8' });
  return JSON.parse(output) as { results: { text: string; earliest?: number; formatted?: string; error?: string }[] };
}

describe('the date model does not depend on the time zone', () => {
  const byZone = Object.fromEntries(ZONES.map((zone) => [zone, runIn(zone)]));
  it('the processes really ran in different zones', () => {
    const offsets = ZONES.map((zone) => execFileSync(process.execPath, ['-e', 'console.log(new Date(0).getTimezoneOffset())'], { env: { ...process.env, TZ: zone }, encoding: 'utf8' }).trim());
    expect(new Set(offsets).size).toBe(3);
  });
  for (const zone of ZONES.slice(1)) {
    it(`${zone} gives the same results as UTC`, () => {
      expect(byZone[zone]).toEqual(byZone.UTC);
    });
  }
  it('and the results are the right ones', () => {
    const utc = byZone.UTC.results;
    expect(utc.find((r) => r.text === '1928-06-04')?.earliest).toBe(Date.UTC(1928, 5, 4));
    expect(utc.find((r) => r.text === '0079-08-24')?.formatted).toBe('24 August 79');
    expect(utc.find((r) => r.text === '1900-02-29')?.error).toMatch(/not a real day/);
  });
});
