/** The benchmarks' flags (bench/lib/args.ts): `--name value` and `--name=value`, environment as the fallback, bad numbers refused. */
import { describe, expect, it } from 'vitest';
import { argValue, intArg } from '../../bench/lib/args.js';

describe('bench flags', () => {
  it('reads --name value and --name=value', () => {
    expect(argValue('workstations', ['--only', 'hub', '--workstations', '20'])).toBe('20');
    expect(argValue('workstations', ['--workstations=20', '--json'])).toBe('20');
    expect(argValue('workstations', ['--only', 'hub'])).toBeUndefined();
  });

  it('a flag wins over the environment, which wins over the default; a bad number is an error', () => {
    expect(intArg('workstations', '50', 200, ['--workstations', '20'])).toBe(20);
    expect(intArg('workstations', '50', 200, [])).toBe(50);
    expect(intArg('workstations', undefined, 200, [])).toBe(200);
    expect(() => intArg('workstations', undefined, 200, ['--workstations', 'many'])).toThrow(/--workstations: expected a whole number of 1 or more, got "many"/);
    expect(() => intArg('workstations', '0', 200, [])).toThrow(/got "0"/);
  });
});
