/**
 * Errors a service throws that the web layer turns into a page (http/errors.ts): kept here, at the
 * top, so services never import from http/.
 */

/** What was asked for does not exist (an unknown wave, organisation or survey): a 404 page. */
export class NotFoundError extends Error {}
