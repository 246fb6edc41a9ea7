// The wave and the seeding helper live in test/support/wave.ts; re-exported for the monitor tests.
export { seedResponse, WAVE } from '../support/wave.ts';
export { gemeentenOf } from '../support/arrange.ts';
