import type { Express } from 'express';
import type { Config } from '../config.ts';

/** Security headers and logging; placeholder until the proof issue fills it in. */
export function setUpSecurity(_app: Express, _config: Config): void {}
