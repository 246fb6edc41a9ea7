import type { AnswerValue } from '../../questions/index.ts';
import type { Db } from '../database.ts';
import { precompiled } from '../precompiled.ts';

/** Answers of one response by field id, as every channel reads them. */
export type StoredAnswers = Record<string, AnswerValue>;

/** An answer as stored (JSON text in `answers.value` and the history's old/new value) back to its value. */
export const parseStoredAnswer = (json: string): AnswerValue => JSON.parse(json) as AnswerValue;

/** The value as it is stored. */
export const storedAnswer = (value: AnswerValue): string => JSON.stringify(value);

/** Keeps the number of SQL parameters well below SQLite's limit. */
const CHUNK = 500;

/**
 * The one answer loader: the answers of these responses, by response id (a response without
 * answers is absent). Used for one response (the questionnaire, a save) and for batches (exports, imports).
 * `asDictionary` (the exports, which read every response): each response's answers in an object
 * without prototype, which V8 keeps as a dictionary. A plain object built key by key gets a new
 * hidden class for each order of field ids; over 38,000 responses those piled up in the old
 * generation (at 40× 4 MB of the heap's growth while reading, issue 18).
 */
export async function answersOfResponses(
  db: Db, responseIds: readonly number[], asDictionary = false,
): Promise<Map<number, StoredAnswers>> {
  const out = new Map<number, StoredAnswers>();
  for (let i = 0; i < responseIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('answers')
      .select(['response_id', 'field_id', 'value'])
      .where('response_id', 'in', responseIds.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) {
      let answers = out.get(r.response_id);
      if (!answers) out.set(r.response_id, (answers = asDictionary ? (Object.create(null) as StoredAnswers) : {}));
      answers[r.field_id] = parseStoredAnswer(r.value);
    }
  }
  return out;
}

// One response's answers: read by every save and questionnaire page, so compiled once.
const answersOfOne = precompiled((db: Db, responseId: number) =>
  db.selectFrom('answers').select(['field_id', 'value']).where('response_id', '=', responseId));

/** The answers of one response. */
export async function loadAnswers(db: Db, responseId: number): Promise<StoredAnswers> {
  const out: StoredAnswers = {};
  for (const r of (await answersOfOne(db, responseId)).rows) out[r.field_id] = parseStoredAnswer(r.value);
  return out;
}
