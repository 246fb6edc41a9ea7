import { SelectQueryNode, type CompiledQuery } from 'kysely';

/**
 * A select, built by kysely or written as SQL: it changes nothing. The group commit lets what it holds
 * wait for a read outside a transaction; anything else there counts as a write and commits it first.
 */
export const isRead = (query: CompiledQuery): boolean => SelectQueryNode.is(query.query) || /^\s*select\b/i.test(query.sql);
