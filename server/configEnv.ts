// Parsing single environment variables for config.ts: whole numbers, on/off flags, TRUST_PROXY.

/** A positive whole number from the environment, or the default; anything else stops the start. */
export function positive(env: NodeJS.ProcessEnv, name: string, dflt: number): number {
  const v = env[name]?.trim();
  if (!v) return dflt;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new Error(`${name} moet een heel getal van 1 of meer zijn: ${v}`);
  return Number(v);
}

export const flag = (v: string | undefined, dflt: boolean) =>
  v === undefined || v === '' ? dflt : !['0', 'false', 'nee', 'off', 'no'].includes(v.toLowerCase());

/**
 * TRUST_PROXY: off unless set. A number is the count of proxies in front (1 = one reverse proxy);
 * yes/true means 1; anything else is a list of proxy addresses or subnets ('loopback', '10.0.0.0/8').
 */
export function parseTrustProxy(v: string | undefined): boolean | number | string {
  if (v === undefined || v.trim() === '' || !flag(v, false)) return false;
  const t = v.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (['1', 'true', 'ja', 'on', 'yes'].includes(t.toLowerCase())) return 1;
  return t;
}
