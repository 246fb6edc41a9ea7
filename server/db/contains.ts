import { sql, type RawBuilder } from 'kysely';

/**
 * "This column contains this piece of text, whatever the case", written once for SQLite and
 * PostgreSQL: lower() on both sides (PostgreSQL's like is case-sensitive) and like with % and _
 * escaped, so a typed % or _ is just a character (instr is SQLite's, strpos PostgreSQL's).
 */
export function containsText(column: string, piece: string): RawBuilder<boolean> {
  const pattern = `%${piece.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}
