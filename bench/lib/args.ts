/** `--name value` or `--name=value` from the command line (every bench module reads its flags so) */
export function argValue(name: string, argv: readonly string[] = process.argv.slice(2)): string | undefined {
  const i = argv.findIndex((x) => x === `--${name}` || x.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
}

/** a whole number from a flag, else from the environment, else the default; a bad value is an error, not a silent default */
export function intArg(flag: string, env: string | undefined, fallback: number, argv?: readonly string[]): number {
  const raw = argValue(flag, argv) ?? env;
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${flag}: expected a whole number of 1 or more, got "${raw}"`);
  return n;
}
