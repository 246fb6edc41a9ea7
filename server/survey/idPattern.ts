// A definition's `questionIdFormat` ('<actor>.<theme>.<nn>') turned into a check of one question's id.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** '<actor>.<theme>.<nn>' as a regular expression for one question. */
export function idPattern(format: string, q: { actorKinds: string[]; theme: string }): RegExp {
  const parts = format.split(/(<actor>|<theme>|<nn>)/).map((p) =>
    p === '<actor>' ? `(?:${q.actorKinds.map(escape).join('|')})` : p === '<theme>' ? escape(q.theme) : p === '<nn>' ? '\\d{2}' : escape(p),
  );
  return new RegExp(`^${parts.join('')}$`);
}
