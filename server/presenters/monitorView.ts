/**
 * View models for the monitor pages (the templates get this module as `mv`): what each cell says, so
 * the templates stay simple. Each concern lives in a file of its own; this module gathers them.
 */
export * from './monitorBars.ts';
export * from './monitorRows.ts';
export * from './monitorSummaries.ts';
export * from './monitorPicture.ts';
